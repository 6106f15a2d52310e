// Building blocks shared by the tool panels: labelled fields, translated text that follows
// the language switch, the run/stop button pair, the status line and plain-words errors.
//
// Everything is built with DOM calls: user and model text only ever goes through
// `textContent` (or `renderMarkdown`, in the panels), never through innerHTML.

import { ApiError } from "../api.js";
import { language, onLanguageChange, t } from "../i18n.js";

let uid = 0;
/** A unique id for a panel's element (`tool-<prefix>-<n>`). */
export function newId(prefix) {
  uid += 1;
  return `tool-${prefix}-${uid}`;
}

/** `document.createElement(tag)` with a class and attributes. */
export function el(tag, { className, text, attrs, i18n, vars } = {}, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (attrs) for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (i18n) setText(node, i18n, vars);
  else if (text !== undefined) node.textContent = text;
  node.append(...children.filter(Boolean));
  return node;
}

// Text set with setText() is translated again when the language changes (applyTranslations
// handles data-i18n without variables; these may have some).
const live = new Map(); // node → {key, vars}

let pruning = false;
function prune() {
  pruning = false;
  for (const node of live.keys()) if (!node.isConnected) live.delete(node);
}

/** Show `t(key, vars)` in `node`, and keep it in the interface's language. */
export function setText(node, key, vars = {}) {
  node.textContent = t(key, vars);
  live.set(node, { key, vars });
  // Later, not now: a node being built is not in the document yet.
  if (live.size > 500 && !pruning) {
    pruning = true;
    queueMicrotask(prune);
  }
}

onLanguageChange(() => {
  prune();
  for (const [node, { key, vars }] of live) node.textContent = t(key, vars);
  for (const listener of languageListeners) listener();
});

const languageListeners = new Set();
/** Call `listener` after the panels' texts were translated again. */
export function afterLanguageChange(listener) {
  languageListeners.add(listener);
}

/** A panel's header: title and short explanation. */
export function panelHead(titleKey, introKey) {
  return el("header", { className: "tool-head" },
    el("h2", { i18n: titleKey }),
    el("p", { className: "tool-intro", i18n: introKey }));
}

/**
 * A labelled field: `{wrap, control, help}`. `control` is a textarea, input or select
 * made by `make()`; the label and the help text are tied to it (for, aria-describedby).
 */
export function field(labelKey, control, { helpKey, className = "" } = {}) {
  control.id ||= newId("field");
  const wrap = el("div", { className: `tool-field ${className}`.trim() });
  const label = el("label", { i18n: labelKey, attrs: { for: control.id } });
  wrap.append(label, control);
  let help = null;
  if (helpKey) {
    help = el("p", { className: "help", i18n: helpKey, attrs: { id: `${control.id}-help` } });
    control.setAttribute("aria-describedby", help.id);
    wrap.append(help);
  }
  return { wrap, control, label, help };
}

/** A <select> whose options are `[value, i18nKey | {text}]` pairs. */
export function select(options, value) {
  const node = el("select");
  for (const [optionValue, label] of options) {
    const option = typeof label === "string"
      ? el("option", { i18n: label })
      : el("option", { text: label.text, attrs: label.lang ? { lang: label.lang } : undefined });
    option.value = optionValue;
    node.append(option);
  }
  if (value !== undefined) node.value = value;
  return node;
}

// The languages the text tasks take (tasks.md): measured ones first, then best effort.
export const TEXT_LANGUAGES = ["en", "fr", "es", "de", "it", "pt", "nl", "ca", "ro", "pl", "sv", "da"];

/** The name of language `code` in the interface's language (Intl), e.g. "français". */
export function languageName(code) {
  try {
    const name = new Intl.DisplayNames([language()], { type: "language" }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(language()) + name.slice(1) : code;
  } catch {
    return code;
  }
}

/** Options of TEXT_LANGUAGES, named in the interface's language; renamed on a switch. */
export function languageSelect(first = null) {
  const node = el("select");
  const fill = () => {
    const value = node.value;
    node.replaceChildren();
    if (first) {
      const option = el("option", { text: t(first[1]) });
      option.value = first[0];
      node.append(option);
    }
    for (const code of TEXT_LANGUAGES) {
      const option = el("option", { text: languageName(code) });
      option.value = code;
      node.append(option);
    }
    if (value) node.value = value;
  };
  fill();
  afterLanguageChange(fill);
  return node;
}

/** The panel's Run and Stop buttons and its status line (aria-live). */
export function actions(runKey) {
  const run = el("button", { className: "button primary", i18n: runKey, attrs: { type: "submit" } });
  const stop = el("button", { className: "button danger", i18n: "stop", attrs: { type: "button" } });
  stop.hidden = true;
  const status = el("p", { className: "tool-status", attrs: { role: "status", "aria-live": "polite" } });
  const bar = el("div", { className: "tool-actions" }, run, stop, status);
  return { bar, run, stop, status };
}

/** Run `job(signal)` with the Run button disabled and Stop shown; returns how it ended. */
export async function running(controls, job) {
  const controller = new AbortController();
  const onStop = () => controller.abort();
  controls.run.disabled = true;
  controls.stop.hidden = false;
  controls.stop.addEventListener("click", onStop);
  controls.form?.setAttribute("aria-busy", "true");
  try {
    await job(controller.signal);
    return "done";
  } catch (err) {
    if (err?.name === "AbortError") return "stopped";
    throw err;
  } finally {
    controls.stop.removeEventListener("click", onStop);
    controls.stop.hidden = true;
    controls.run.disabled = false;
    controls.form?.removeAttribute("aria-busy");
  }
}

/** An error in plain words: the API's own message, or what went wrong with the network. */
export function errorText(err) {
  if (err instanceof ApiError) {
    if (err.status === 401) return t("keyNeeded");
    if (err.status === 503) return err.message || t("notReady");
    return err.message;
  }
  if (err instanceof TypeError) return t("networkError");
  return err?.message || String(err);
}

/** An error box (role=alert) saying what failed, in the interface's language. */
export function errorBox(message) {
  return el("div", { className: "tool-error", attrs: { role: "alert" } },
    el("p", { i18n: "failedTool", vars: { message } }));
}

/** A <pre> of plain text (never parsed), focusable so that the keyboard can scroll it. */
export function pre(text, className = "") {
  return el("pre", { className: `tool-pre ${className}`.trim(), text, attrs: { tabindex: "0" } });
}

/** A unified diff as text, lines marked for colour (classes only, no markup from the text). */
export function diffBlock(diff) {
  const block = el("pre", { className: "tool-pre diff", attrs: { tabindex: "0" } });
  for (const line of String(diff).replace(/\n+$/, "").split("\n")) {
    let kind = "";
    if (line.startsWith("+++") || line.startsWith("---")) kind = "diff-file";
    else if (line.startsWith("+")) kind = "diff-add";
    else if (line.startsWith("-")) kind = "diff-del";
    else if (line.startsWith("@@")) kind = "diff-hunk";
    block.append(el("span", { className: kind, text: `${line}\n` }));
  }
  return block;
}

/** A collapsible section. */
export function details(summaryKey, content, { open = false, vars } = {}) {
  const node = el("details", { className: "tool-details" },
    el("summary", { i18n: summaryKey, vars }), content);
  node.open = open;
  return node;
}
