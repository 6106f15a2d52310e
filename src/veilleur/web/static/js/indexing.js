// Indexing of attachments for retrieval (docs/attachments.md): each attachment's
// `indexing` (queued → indexing done/total → ready, or failed with its reason) shown on
// its chip, and the conversation's list polled while one is still being indexed (the
// server indexes in the background; polling every second costs one small GET).

import { t } from "./i18n.js";

export const POLL_MS = 1000;

/** The chip's indexing label element for `item`, or null when there is nothing to say. */
export function indexingElement(item) {
  const state = item?.indexing?.state;
  const key = { queued: "attachIndexQueued", indexing: "attachIndexing", ready: "attachIndexReady",
    failed: "attachIndexFailed" }[state];
  if (!key) return null;
  const span = document.createElement("span");
  span.className = `attachment-index ${state}`;
  span.dataset.indexing = state;
  span.textContent = t(key, { done: item.indexing.done ?? 0, total: item.indexing.total ?? 0 });
  if (state === "failed" && item.indexing.error) span.title = String(item.indexing.error);
  return span;
}

/** Whether one of `items` is still waiting for or being indexed. */
export function stillIndexing(items) {
  return items.some((item) => ["queued", "indexing"].includes(item?.indexing?.state));
}
