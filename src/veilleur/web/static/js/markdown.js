// Markdown of the assistant's answers, rendered safely.
//
// Three layers, so that no text a model writes can run as code: raw HTML in the Markdown is
// shown as text (never parsed as markup); DOMPurify then cleans the HTML that marked made,
// allowing only formatting tags and safe link schemes; and the page's Content-Security-Policy
// forbids inline scripts and event handlers whatever gets through.

import { Marked } from "../vendor/marked/marked.esm.js";
import DOMPurify from "../vendor/dompurify/purify.es.mjs";
import hljs from "../vendor/highlight/highlight.min.js";
import { t } from "./i18n.js";

const ALLOWED_TAGS = [
  "a", "b", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6",
  "hr", "i", "input", "li", "ol", "p", "pre", "s", "span", "strong", "sub", "sup", "table",
  "tbody", "td", "th", "thead", "tr", "ul",
];
const ALLOWED_ATTR = ["href", "title", "class", "start", "align", "type", "checked", "disabled"];
const SAFE_CLASS = /^(language-[\w+#.-]+|hljs[\w-]*)$/;

export function escapeHtml(text) {
  return String(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const marked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    // Raw HTML written by the model is text to show, not markup to build.
    html: (token) => escapeHtml(token.text ?? token.raw ?? ""),
    // A remote image would be a request to a third party (and a tracking pixel): show a link.
    image: (token) => `<a href="${escapeHtml(token.href || "")}">${escapeHtml(token.text || token.href || "")}</a>`,
  },
});

DOMPurify.addHook("uponSanitizeAttribute", (node, data) => {
  if (data.attrName === "class") {
    const kept = data.attrValue.split(/\s+/).filter((c) => SAFE_CLASS.test(c));
    data.attrValue = kept.join(" ");
    if (!kept.length) data.keepAttr = false;
  }
  if (node.nodeName === "INPUT" && data.attrName === "type" && data.attrValue !== "checkbox") {
    data.keepAttr = false;
  }
});
DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.nodeName === "A" && node.hasAttribute("href")) {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer nofollow");
  }
  if (node.nodeName === "INPUT") node.setAttribute("disabled", "");
});

/** Sanitised HTML for `markdown`, as a DocumentFragment. */
export function renderMarkdown(markdown) {
  const html = marked.parse(String(markdown ?? ""), { async: false });
  const fragment = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  for (const code of fragment.querySelectorAll("pre > code")) decorateCode(code);
  return fragment;
}

/** Put `markdown`, rendered, into `element` (replacing what it had). */
export function renderInto(element, markdown) {
  element.replaceChildren(renderMarkdown(markdown));
}

function decorateCode(code) {
  const pre = code.parentElement;
  const match = /language-([\w+#.-]+)/.exec(code.className);
  const language = match && hljs.getLanguage(match[1]) ? match[1] : null;
  const text = code.textContent;
  const result = language
    ? hljs.highlight(text, { language, ignoreIllegals: true })
    : hljs.highlightAuto(text);
  // highlight.js escapes the code it wraps in spans; sanitise again all the same.
  code.replaceChildren(
    DOMPurify.sanitize(result.value, { ALLOWED_TAGS: ["span"], ALLOWED_ATTR: ["class"], RETURN_DOM_FRAGMENT: true }),
  );
  code.classList.add("hljs");

  const block = document.createElement("div");
  block.className = "code-block";
  const head = document.createElement("div");
  head.className = "code-head";
  const label = document.createElement("span");
  label.textContent = language || result.language || t("code");
  const copy = document.createElement("button");
  copy.type = "button";
  copy.className = "copy-code";
  copy.textContent = t("copy");
  copy.setAttribute("aria-label", t("copyCode"));
  head.append(label, copy);
  pre.replaceWith(block);
  pre.tabIndex = 0; // a long line scrolls sideways: let the keyboard reach it
  block.append(head, pre);
}

/** Copy `text` to the clipboard; falls back to a selection where the API is missing. */
export async function copyText(text) {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // fall through: a denied permission, or an insecure context
    }
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.className = "clipboard-helper";
  document.body.append(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  return ok;
}
