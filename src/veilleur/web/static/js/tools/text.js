// The text tools: translate and summarise pasted text or an uploaded document, streamed
// from `/api/tasks/translate` and `/api/tasks/summarize` (progress, delta, done, error).
//
// The streamed text is rendered with the chat's sanitiser (renderMarkdown); the `done`
// event's `text` is authoritative (after a safety cut it is the refusal, and the deltas
// sent before are void).

import { streamTask } from "../api.js";
import { t } from "../i18n.js";
import { copyText, renderInto } from "../markdown.js";
import { registerTool } from "../tools.js";
import {
  actions, el, errorBox, errorText, field, languageName, languageSelect, newId, panelHead,
  running, select, setText,
} from "./common.js";

const ACCEPT = ".txt,.md,.markdown,.html,.htm,.pdf,.docx";
const WARNINGS = {
  prompt_injection: "warningPromptInjection",
  safety_warning: "warningSafety",
  truncated: "warningTruncated",
  incomplete_translation: "warningIncomplete",
};

/** The text area and the file input, one or the other: `{nodes, payload()}`. */
function sourceInput() {
  const area = el("textarea", { attrs: { rows: "8", spellcheck: "true" } });
  area.dataset.i18nPlaceholder = "textPlaceholder";
  area.placeholder = t("textPlaceholder");
  const text = field("textInput", area);

  const file = el("input", { attrs: { type: "file", accept: ACCEPT } });
  const upload = field("orFile", file, { helpKey: "fileHelp", className: "tool-file" });
  const chosen = el("p", { className: "tool-file-chosen", attrs: { "aria-live": "polite" } });
  const remove = el("button", { className: "button ghost small", i18n: "removeFile", attrs: { type: "button" } });
  const chosenRow = el("div", { className: "tool-file-row" }, chosen, remove);
  chosenRow.hidden = true;
  upload.wrap.append(chosenRow);

  const sync = () => {
    const picked = file.files?.[0];
    chosenRow.hidden = !picked;
    area.disabled = Boolean(picked);
    if (picked) setText(chosen, "fileChosen", { name: picked.name });
  };
  file.addEventListener("change", sync);
  remove.addEventListener("click", () => {
    file.value = "";
    sync();
    file.focus();
  });

  return {
    nodes: [text.wrap, upload.wrap],
    focus: () => area.focus(),
    /** The form to send, or null when there is nothing to work on. */
    payload(options) {
      const picked = file.files?.[0];
      if (picked) {
        const form = new FormData();
        form.append("file", picked, picked.name);
        for (const [name, value] of Object.entries(options)) {
          if (value === null || value === undefined || value === "") continue;
          form.append(name, typeof value === "string" ? value : JSON.stringify(value));
        }
        return form;
      }
      if (!area.value.trim()) return null;
      const body = { text: area.value };
      for (const [name, value] of Object.entries(options)) {
        if (value !== null && value !== undefined && value !== "") body[name] = value;
      }
      return body;
    },
  };
}

/** "term = translation" lines → {term: translation}; throws with the line's number. */
function parseGlossary(text) {
  const glossary = {};
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const cut = line.indexOf("=");
    const term = cut > 0 ? line.slice(0, cut).trim() : "";
    const translation = cut > 0 ? line.slice(cut + 1).trim() : "";
    if (!term || !translation) throw new Error(t("glossaryInvalid", { line: index + 1 }));
    glossary[term] = translation;
  });
  return glossary;
}

/** The result area: progress, the streamed text, then the outcome and its warnings. */
class ResultView {
  constructor(kind) {
    this.kind = kind; // "translation" | "summary"
    this.node = el("section", { className: "tool-result", attrs: { "aria-live": "polite" } });
    this.node.hidden = true;
    this.node.setAttribute("aria-labelledby", (this.headingId = newId("result")));
  }

  start() {
    this.text = "";
    this.queued = false;
    this.heading = el("h3", { i18n: "result", attrs: { id: this.headingId } });
    this.progressLabel = el("span", { i18n: "working" });
    this.progressBar = el("progress", { attrs: { "aria-label": t("working") } });
    this.progress = el("div", { className: "tool-progress" }, this.progressLabel, this.progressBar);
    this.body = el("div", { className: "tool-output message-body" });
    this.notes = el("div", { className: "tool-notes" });
    this.node.replaceChildren(this.heading, this.progress, this.body, this.notes);
    delete this.node.dataset.outcome;
    this.node.setAttribute("aria-busy", "true");
    this.node.hidden = false;
  }

  onProgress({ stage, done, total }) {
    // map/reduce count the parts finished: show the part being worked on.
    const current = (done ?? 0) + (stage === "map" || stage === "reduce" ? 1 : 0);
    const vars = { done: typeof total === "number" ? Math.min(current, total) : current, total: total ?? "?" };
    const key = { map: "progressMap", reduce: "progressReduce", final: "progressFinal",
      translate: "progressTranslate" }[stage] ?? "progressStep";
    setText(this.progressLabel, key, vars);
    this.progressBar.setAttribute("aria-label", this.progressLabel.textContent);
    if (typeof total === "number" && total > 0) {
      this.progressBar.max = total;
      this.progressBar.value = Math.min(done ?? 0, total);
    }
  }

  onDelta(text) {
    this.text += text ?? "";
    if (this.queued) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      if (!this.node.dataset.outcome) renderInto(this.body, this.text);
    });
  }

  onDone(result) {
    this.progress.remove();
    this.node.removeAttribute("aria-busy");
    const refused = Boolean(result.refused);
    this.node.dataset.outcome = refused ? "refused" : this.kind;
    setText(this.heading, refused ? "resultRefused" : this.kind === "summary" ? "resultSummary" : "resultTranslation");
    if (refused) {
      const notice = el("div", { className: "safety-notice refused tool-refusal", attrs: { role: "note" } },
        el("p", { i18n: "refusedTool" }));
      this.body.before(notice);
      this.body.classList.add("plain");
      this.body.textContent = result.text ?? "";
    } else {
      renderInto(this.body, result.text ?? "");
      const copy = el("button", { className: "button ghost small tool-copy", i18n: "copyResult", attrs: { type: "button" } });
      copy.addEventListener("click", async () => {
        if (await copyText(result.text ?? "")) setText(copy, "copied");
      });
      this.notes.append(copy);
    }
    const items = [];
    if (result.source_detected && result.source_language) {
      items.push(el("li", { i18n: "detectedLanguage", vars: { name: languageName(result.source_language) } }));
    }
    for (const warning of result.warnings ?? []) {
      // {code, message}: our words for the codes we know, the server's message otherwise.
      const code = typeof warning === "string" ? warning : warning?.code;
      const key = WARNINGS[code];
      const name = (typeof warning === "object" && warning?.message) || code || "";
      items.push(el("li", { className: "tool-warning", i18n: key ?? "warningOther", vars: { name } }));
    }
    const lost = result.checks?.lost;
    if (Array.isArray(lost) && lost.length) {
      items.push(el("li", { className: "tool-warning", i18n: "lostSpans", vars: { items: lost.join(", ") } }));
    }
    const glossary = result.checks?.glossary;
    const missed = glossary && typeof glossary === "object"
      ? Object.entries(glossary).filter(([, kept]) => !kept).map(([term]) => term) : [];
    if (missed.length) {
      items.push(el("li", { className: "tool-warning", i18n: "glossaryMissed", vars: { items: missed.join(", ") } }));
    }
    if (items.length) this.notes.prepend(el("ul", { className: "tool-note-list" }, ...items));
  }

  onStopped() {
    this.progress?.remove();
    this.node.removeAttribute("aria-busy");
    this.node.dataset.outcome = "stopped";
    this.notes.replaceChildren(el("p", { className: "tool-warning", i18n: "stoppedTool" }));
  }

  onError(message) {
    this.progress?.remove();
    this.node.removeAttribute("aria-busy");
    this.node.dataset.outcome = "error";
    this.notes.replaceChildren(errorBox(message));
  }
}

/** Build a text tool's panel in `section`. */
function textPanel(section, { id, title, intro, runKey, kind, path, options }) {
  const form = el("form", { className: "tool-form", attrs: { novalidate: "" } });
  const source = sourceInput();
  const extra = options();
  const controls = { ...actions(runKey), form };
  form.append(...source.nodes, el("div", { className: "tool-options" }, ...extra.nodes), controls.bar);
  const result = new ResultView(kind);
  section.append(panelHead(title, intro), el("div", { className: "tool-body" }, form, result.node));
  section.setAttribute("aria-labelledby", (section.querySelector("h2").id = newId(id)));

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    controls.status.textContent = "";
    let body;
    try {
      body = source.payload(extra.values());
    } catch (err) {
      controls.status.textContent = err.message;
      return;
    }
    if (!body) {
      setText(controls.status, "emptyInput");
      source.focus();
      return;
    }
    result.start();
    let finished = false;
    try {
      const ended = await running(controls, async (signal) => {
        for await (const { event: name, data } of streamTask(path, body, signal)) {
          if (name === "progress") result.onProgress(data);
          else if (name === "delta") result.onDelta(data.text);
          else if (name === "done") {
            finished = true;
            result.onDone(data);
          } else if (name === "error") {
            finished = true;
            result.onError(data.message || data.code || "error");
          }
        }
      });
      if (ended === "stopped") result.onStopped();
      else if (!finished) result.onError(t("networkError"));
    } catch (err) {
      result.onError(errorText(err));
    }
  });
}

registerTool({
  id: "translate",
  label: { en: "Translate", fr: "Traduire" },
  mount(section) {
    textPanel(section, {
      id: "translate",
      title: "toolTranslate",
      intro: "translateIntro",
      runKey: "runTranslate",
      kind: "translation",
      path: "/api/tasks/translate",
      options() {
        const target = languageSelect();
        target.value = document.documentElement.lang === "fr" ? "en" : "fr";
        const sourceLang = languageSelect(["", "detectLanguage"]);
        const glossary = el("textarea", { className: "mono", attrs: { rows: "3", spellcheck: "false" } });
        glossary.placeholder = "cloud = nuage";
        return {
          nodes: [
            field("targetLanguage", target).wrap,
            field("sourceLanguage", sourceLang).wrap,
            field("glossary", glossary, { helpKey: "glossaryHelp", className: "wide" }).wrap,
          ],
          values: () => {
            const terms = parseGlossary(glossary.value);
            return {
              target_language: target.value,
              source_language: sourceLang.value || null,
              glossary: Object.keys(terms).length ? terms : null,
            };
          },
        };
      },
    });
  },
});

registerTool({
  id: "summarize",
  label: { en: "Summarise", fr: "Résumer" },
  mount(section) {
    textPanel(section, {
      id: "summarize",
      title: "toolSummarize",
      intro: "summarizeIntro",
      runKey: "runSummarize",
      kind: "summary",
      path: "/api/tasks/summarize",
      options() {
        const length = select([
          ["sentence", "lengthSentence"],
          ["short", "lengthShort"],
          ["detailed", "lengthDetailed"],
          ["bullets", "lengthBullets"],
        ], "short");
        const lang = languageSelect(["", "sameLanguage"]);
        return {
          nodes: [field("summaryLength", length).wrap, field("summaryLanguage", lang).wrap],
          values: () => ({ length: length.value, language: lang.value || null }),
        };
      },
    });
  },
});
