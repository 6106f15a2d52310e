// Messages on screen: the user's as plain text, the assistant's as sanitised Markdown, with
// their state (writing, interrupted, error), the safety notice of a refused or cut answer,
// and the actions (copy, edit, regenerate, ‹ 2/3 ›). Buttons carry `data-action`; app.js
// handles their clicks for the whole list.

import { linkCitations } from "./citations.js";
import { t } from "./i18n.js";
import { renderInto } from "./markdown.js";
import { toolCallsElement, toolResultParts } from "./tool_calls.js";

const ICONS = {
  copy: '<rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V5a1 1 0 0 1 1-1h9"/>',
  edit: '<path d="M4 20h4L19 9l-4-4L4 16z"/><path d="M13 7l4 4"/>',
  regenerate: '<path d="M20 11a8 8 0 1 0-2.3 5.7"/><path d="M20 5v6h-6"/>',
  prev: '<path d="M15 6l-6 6 6 6"/>',
  next: '<path d="M9 6l6 6-6 6"/>',
  shield: '<path d="M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z"/><path d="M12 8v5M12 16v.5"/>',
};

export function icon(name) {
  // Fixed markup from ICONS above: no data from messages goes into it.
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.innerHTML = ICONS[name];
  return svg;
}

function actionButton(action, label, { text = false, disabled = false } = {}) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "message-action";
  button.dataset.action = action;
  button.append(icon(action));
  if (text) {
    const span = document.createElement("span");
    span.textContent = label;
    button.append(span);
  } else {
    button.setAttribute("aria-label", label);
    button.title = label;
  }
  button.disabled = disabled;
  return button;
}

/** The safety decision of a message, or null when there is nothing to show. */
export function safetyOf(message) {
  const safety = message.meta?.safety ?? null;
  if (message.finish_reason === "content_filter") return safety ?? { action: "block" };
  if (safety && safety.action === "warn") return safety;
  return null;
}

function safetyNotice(message, safety) {
  const refused = message.finish_reason === "content_filter";
  const notice = document.createElement("div");
  notice.className = `safety-notice ${refused ? "refused" : "warning"}`;
  notice.setAttribute("role", "note");
  notice.append(icon("shield"));
  const text = document.createElement("div");
  const title = document.createElement("strong");
  title.className = "safety-title";
  title.textContent = t(safety.cut ? "cutTitle" : refused ? "refusedTitle" : "warningTitle");
  text.append(title);
  if (safety.explanation) {
    const explanation = document.createElement("p");
    explanation.className = "safety-explanation";
    explanation.textContent = safety.explanation;
    if (safety.language) explanation.lang = safety.language;
    text.append(explanation);
  }
  const codes = (safety.categories ?? []).filter((c) => typeof c === "string");
  if (codes.length) {
    const list = document.createElement("p");
    list.className = "safety-codes";
    list.textContent = `${t("categories")} `;
    for (const code of codes) {
      const chip = document.createElement("span");
      chip.className = "chip";
      chip.textContent = code;
      list.append(chip);
    }
    text.append(list);
  }
  const help = Array.isArray(safety.help) ? safety.help : [];
  if (help.length) {
    const heading = document.createElement("p");
    heading.className = "safety-help-title";
    heading.textContent = t("helpLines");
    const list = document.createElement("ul");
    list.className = "safety-help";
    for (const line of help) {
      const item = document.createElement("li");
      item.textContent = helpLine(line);
      list.append(item);
    }
    text.append(heading, list);
  }
  notice.append(text);
  return notice;
}

function helpLine(line) {
  if (typeof line === "string") return line;
  if (line && typeof line === "object") {
    return ["name", "country", "phone", "number", "text", "url"]
      .map((key) => line[key])
      .filter((value) => typeof value === "string" || typeof value === "number")
      .join(" · ");
  }
  return String(line);
}

function branchNav(message) {
  const total = message.sibling_ids?.length ?? 0;
  if (total < 2) return null;
  const index = message.sibling_index ?? 0;
  const nav = document.createElement("div");
  nav.className = "branch-nav";
  nav.setAttribute("role", "group");
  nav.setAttribute("aria-label", t("versionOf", { index: index + 1, total }));
  const prev = actionButton("prev", t("previousVersion"), { disabled: index === 0 });
  const next = actionButton("next", t("nextVersion"), { disabled: index === total - 1 });
  const count = document.createElement("span");
  count.className = "branch-count";
  count.textContent = `${index + 1}/${total}`;
  nav.append(prev, count, next);
  return nav;
}

/** A new element for `message`. */
export function messageElement(message, { busy = false } = {}) {
  const article = document.createElement("article");
  article.dataset.messageId = message.id;
  updateMessageElement(article, message, { busy });
  return article;
}

/** Redraw `article` for `message` (same message, new content or state). */
export function updateMessageElement(article, message, { busy = false } = {}) {
  const assistant = message.role === "assistant";
  const safety = assistant ? safetyOf(message) : null;
  const result = message.role === "tool" ? toolResultParts(message) : null;
  const kind = assistant ? "assistant" : result ? "tool" : "user";
  article.className = `message ${kind} status-${message.status}`;
  article.classList.toggle("refused", Boolean(safety) && message.finish_reason === "content_filter");
  article.dataset.status = message.status;
  article.setAttribute("aria-busy", String(message.status === "streaming"));

  const head = document.createElement("div");
  head.className = "message-head";
  const role = document.createElement("span");
  role.className = "message-role";
  role.textContent = assistant ? t("assistant") : result ? result.label : t("you");
  head.append(role);
  const state = stateLabel(message);
  if (state) {
    const badge = document.createElement("span");
    badge.className = `message-state state-${message.status}`;
    badge.textContent = state;
    head.append(badge);
  }

  let body = document.createElement("div");
  body.className = "message-body";
  if (result) {
    body = result.body;
  } else if (assistant) {
    renderInto(body, message.content);
    linkCitations(body, message);
    if (message.status === "streaming") body.append(cursor());
  } else {
    body.classList.add("plain");
    body.textContent = message.content; // what the user typed, shown as typed
  }

  const parts = [head];
  if (safety) parts.push(safetyNotice(message, safety));
  parts.push(body);
  const calls = assistant ? toolCallsElement(message) : null;
  if (calls) parts.push(calls);
  const note = statusNote(message);
  if (note) parts.push(note);
  if (message.status !== "streaming") parts.push(actions(message, assistant, busy));
  article.replaceChildren(...parts);
}

/** Update only the text of a message being streamed (cheaper than a full redraw). */
export function updateStreamingBody(article, content) {
  const body = article.querySelector(".message-body");
  renderInto(body, content);
  body.append(cursor());
}

function cursor() {
  const span = document.createElement("span");
  span.className = "cursor";
  span.setAttribute("aria-hidden", "true");
  return span;
}

function stateLabel(message) {
  if (message.status === "streaming") return t("streaming");
  if (message.status === "interrupted") return t("interrupted");
  if (message.status === "error") return t("error");
  return "";
}

function statusNote(message) {
  let text = "";
  if (message.status === "interrupted") text = t("interruptedNote");
  if (message.status === "error") text = t("errorNote", { message: message.error || "" });
  if (!text) return null;
  const note = document.createElement("p");
  note.className = "status-note";
  note.textContent = text;
  return note;
}

function actions(message, assistant, busy) {
  const bar = document.createElement("div");
  bar.className = "message-actions";
  const nav = branchNav(message);
  if (nav) bar.append(nav);
  bar.append(actionButton("copy", t("copyMessage")));
  if (assistant) bar.append(actionButton("regenerate", t("regenerate"), { disabled: busy }));
  else if (message.role !== "tool") bar.append(actionButton("edit", t("edit"), { disabled: busy }));
  return bar;
}

/** Swap the body of user message `article` for an editor; resolves to the text or null. */
export function editInPlace(article, content) {
  return new Promise((resolve) => {
    const body = article.querySelector(".message-body");
    const bar = article.querySelector(".message-actions");
    const form = document.createElement("form");
    form.className = "edit-form";
    const area = document.createElement("textarea");
    area.value = content;
    area.rows = Math.min(12, Math.max(2, content.split("\n").length + 1));
    area.setAttribute("aria-label", t("editLabel"));
    const row = document.createElement("div");
    row.className = "edit-actions";
    const cancel = document.createElement("button");
    cancel.type = "button";
    cancel.className = "button ghost";
    cancel.textContent = t("cancel");
    const save = document.createElement("button");
    save.type = "submit";
    save.className = "button primary";
    save.textContent = t("saveAndSend");
    row.append(cancel, save);
    form.append(area, row);
    body.hidden = true;
    if (bar) bar.hidden = true;
    body.after(form);
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);

    const finish = (value) => {
      form.remove();
      body.hidden = false;
      if (bar) bar.hidden = false;
      resolve(value);
    };
    cancel.addEventListener("click", () => finish(null));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const text = area.value.trim();
      finish(text && text !== content.trim() ? area.value : null);
    });
    area.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        finish(null);
      } else if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
  });
}
