// Citations of an answer grounded in the conversation's attachments (docs/web.md): the
// `[1]`, `[2]` the answer writes become buttons when they name a passage the answer was
// given (`message.meta.citations`); a click opens a panel with the file name, the page,
// the heading path and the passage. Everything from the message is set as text
// (textContent), never as markup: a `<script>` in a document is shown as written.

import { t } from "./i18n.js";

const MARKER = /\[(\d{1,3})\]/g;
const SKIP = new Set(["CODE", "PRE", "A", "BUTTON"]);

/** The citations stored with `message` (a list, maybe empty). */
export function citationsOf(message) {
  const list = message?.meta?.citations;
  return Array.isArray(list) ? list.filter((c) => c && Number.isInteger(c.number)) : [];
}

/**
 * Turn the `[n]` of the rendered answer in `body` into buttons that open passage n.
 * Markers that name no passage, and those inside code, stay text.
 */
export function linkCitations(body, message) {
  const citations = citationsOf(message);
  if (!citations.length) return;
  const byNumber = new Map(citations.map((c) => [c.number, c]));
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== body; el = el.parentElement) {
        if (SKIP.has(el.tagName)) return NodeFilter.FILTER_REJECT;
      }
      MARKER.lastIndex = 0;
      return MARKER.test(node.data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    },
  });
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  for (const node of nodes) {
    const parts = [];
    let last = 0;
    for (const match of node.data.matchAll(MARKER)) {
      const citation = byNumber.get(Number(match[1]));
      if (!citation) continue;
      parts.push(node.data.slice(last, match.index), citationButton(citation));
      last = match.index + match[0].length;
    }
    if (!parts.length) continue;
    parts.push(node.data.slice(last));
    node.replaceWith(...parts.filter((p) => p !== ""));
  }
}

function citationButton(citation) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "citation-link";
  button.dataset.citation = String(citation.number);
  button.textContent = `[${citation.number}]`;
  button.setAttribute("aria-label", t("citationOpen", { number: citation.number, name: String(citation.filename ?? "") }));
  button.setAttribute("aria-haspopup", "dialog");
  button.addEventListener("click", (event) => {
    event.stopPropagation();
    openPassage(citation, button);
  });
  return button;
}

let panel = null;
let opener = null;

function closePassage() {
  if (!panel) return;
  panel.remove();
  panel = null;
  if (opener?.isConnected) opener.focus();
  opener = null;
}

/** Show passage `citation` in a panel next to its button (one panel at a time). */
export function openPassage(citation, button) {
  closePassage();
  opener = button;
  panel = document.createElement("aside");
  panel.className = "citation-panel";
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", t("citationPanel", { number: citation.number }));
  const head = document.createElement("div");
  head.className = "citation-head";
  const title = document.createElement("strong");
  title.className = "citation-file";
  title.textContent = `[${citation.number}] ${String(citation.filename ?? "")}`;
  const close = document.createElement("button");
  close.type = "button";
  close.className = "citation-close";
  close.setAttribute("aria-label", t("citationClose"));
  close.textContent = "×";
  close.addEventListener("click", closePassage);
  head.append(title, close);
  const where = document.createElement("p");
  where.className = "citation-where";
  const bits = [];
  if (citation.page != null) bits.push(t("citationPage", { page: citation.page }));
  if (citation.heading_path) bits.push(String(citation.heading_path));
  where.textContent = bits.join(" · ");
  where.hidden = !bits.length;
  const passage = document.createElement("blockquote");
  passage.className = "citation-text";
  passage.textContent = String(citation.text ?? citation.excerpt ?? "");
  const parts = [head, where];
  if (citation.flagged) {
    const note = document.createElement("p");
    note.className = "citation-flagged";
    note.textContent = t("citationFlagged");
    parts.push(note);
  }
  parts.push(passage);
  panel.append(...parts);
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") closePassage();
  });
  const article = button.closest("article") ?? document.body;
  article.append(panel);
  close.focus();
}
