// The code tools: fix or optimise a piece of Python, streamed from
// `/api/tasks/code/fix` and `/api/tasks/code/optimize` (attempt, output, verdict, error).
//
// Each attempt is shown with its diff and the sandbox's test output; the verdict badge says
// "verified" only when the verdict's `verified` is exactly true: a status alone never earns
// it. Code and output are shown as text (<pre>, textContent), never as markup.

import { streamTask } from "../api.js";
import { t } from "../i18n.js";
import { copyText } from "../markdown.js";
import { registerTool } from "../tools.js";
import {
  actions, details, diffBlock, el, errorBox, errorText, field, newId, panelHead, pre, running,
  setText,
} from "./common.js";

const ATTEMPT_CHOICES = ["1", "2", "3", "4", "5"];

function codeArea(rows, placeholder = "") {
  const area = el("textarea", { className: "mono", attrs: { rows: String(rows), spellcheck: "false", autocapitalize: "off", autocomplete: "off" } });
  if (placeholder) area.placeholder = placeholder;
  return area;
}

function attemptsSelect(value) {
  const node = el("select");
  for (const choice of ATTEMPT_CHOICES) {
    const option = el("option", { text: choice });
    option.value = choice;
    node.append(option);
  }
  node.value = value;
  return node;
}

/** The run: one card per attempt (code, diff, test output), then the verdict. */
class RunView {
  constructor() {
    this.node = el("section", { className: "tool-result code-run", attrs: { "aria-labelledby": (this.headingId = newId("run")) } });
    this.node.hidden = true;
  }

  start() {
    this.cards = new Map();
    this.list = el("ol", { className: "attempt-list" });
    this.verdictNode = el("div", { className: "verdict-area", attrs: { "aria-live": "polite" } });
    this.node.replaceChildren(el("h3", { i18n: "attempts", attrs: { id: this.headingId } }), this.list, this.verdictNode);
    delete this.node.dataset.verdict;
    this.node.setAttribute("aria-busy", "true");
    this.node.hidden = false;
  }

  card(n) {
    let card = this.cards.get(n);
    if (!card) {
      const title = el("h4", { className: "attempt-title" });
      card = { item: el("li", { className: "attempt", attrs: { "data-attempt": String(n) } }, title), title };
      setText(title, "attemptN", { n, total: "?" });
      this.cards.set(n, card);
      this.list.append(card.item);
    }
    return card;
  }

  onAttempt({ n, max_attempts: total, code, diff }) {
    const card = this.card(n);
    if (n === 0) setText(card.title, "attemptOriginal");
    else {
      setText(card.title, "attemptN", { n, total });
      card.item.append(diff ? details("changes", diffBlock(diff), { open: true }) : el("p", { className: "muted", i18n: "noChanges" }));
      if (code && !diff) card.item.append(pre(code, "code"));
    }
  }

  onOutput(data) {
    const card = this.card(data.n);
    const chip = el("span", { className: `chip-status ${data.passed ? "pass" : "fail"}`, i18n: data.passed ? "checksPassed" : "checksFailed" });
    const summary = el("span", { className: "attempt-summary", text: data.summary || "" });
    card.title.after(el("p", { className: "attempt-outcome" }, chip, " ", summary));
    const output = [data.stdout, data.stderr].filter((part) => part && part.trim()).join("\n");
    const shown = output || data.failure || "";
    card.item.append(details("testOutput", pre(shown || t("noOutput")), { open: !data.passed && Boolean(shown) }));
    if (data.speedup) card.item.append(el("p", { className: "muted", text: `× ${Number(data.speedup).toFixed(2)}` }));
  }

  onVerdict(verdict) {
    this.node.removeAttribute("aria-busy");
    // "verified" only on the word of the API's boolean; a status never earns it alone.
    const verified = verdict.verified === true;
    const refused = !verified && verdict.status === "refused";
    const kind = verified ? "verified" : refused ? "refused" : "unverified";
    this.node.dataset.verdict = kind;
    const badgeKey = verified ? "verdictVerified" : refused ? "verdictRefused"
      : verdict.status === "not_optimized" ? "verdictNotOptimized" : "verdictUnverified";
    const badge = el("span", { className: `verdict-badge ${kind}`, i18n: badgeKey, attrs: { "data-verdict": kind } });
    const box = el("div", { className: `verdict ${kind}`, attrs: { role: "status" } },
      el("h3", { className: "verdict-head" }, el("span", { i18n: "verdict" }), " ", badge));

    if (refused) {
      box.append(el("p", { i18n: "verdictRefusedNote" }));
      if (verdict.safety?.explanation) box.append(el("p", { className: "safety-explanation", text: verdict.safety.explanation }));
      if (verdict.refusal) box.append(el("p", { className: "verdict-refusal", text: verdict.refusal }));
      const categories = verdict.safety?.categories ?? [];
      if (categories.length) {
        box.append(el("p", { className: "safety-codes" }, el("span", { i18n: "categories" }), " ",
          ...categories.map((code) => el("span", { className: "chip", text: String(code) }))));
      }
    } else if (verified) {
      if (verdict.status === "already_passing") box.append(el("p", { i18n: "verdictAlreadyPassing" }));
      else if (verdict.task === "optimize") {
        box.append(el("p", { i18n: "verdictOptimizedNote", vars: {
          speedup: Number(verdict.speedup ?? 0).toFixed(2), inputs: verdict.inputs_checked ?? 0 } }));
      } else box.append(el("p", { i18n: "verdictVerifiedNote", vars: { checks: verdict.checked_by || "pytest" } }));
    } else if (verdict.status === "not_reproduced") {
      box.append(el("p", { i18n: "verdictNotReproduced" }));
    } else if (verdict.status === "not_optimized") {
      box.append(el("p", { i18n: "verdictNotOptimizedNote" }));
      const rejected = verdict.rejected ?? [];
      if (rejected.length) {
        box.append(details("rejectedAttempts", el("ul", {}, ...rejected.map((r) => el("li", { text: `${r.n}: ${r.reason}` }))), { open: true }));
      }
    } else {
      box.append(el("p", { i18n: "verdictUnverifiedNote", vars: { n: verdict.attempt ?? "?" } }));
    }
    if (!verified && !refused) {
      if (verdict.diff) box.append(details("changes", diffBlock(verdict.diff), { open: true }));
      if (verdict.last_failure) box.append(details("lastFailure", pre(verdict.last_failure), { open: true }));
    }
    if (!refused && verdict.code && (verdict.diff || verified)) {
      const copy = el("button", { className: "button ghost small", i18n: "copyCode", attrs: { type: "button" } });
      copy.addEventListener("click", async () => {
        if (await copyText(verdict.code)) setText(copy, "copied");
      });
      box.append(details("finalCode", el("div", {}, pre(verdict.code, "code"), copy), { open: verified && Boolean(verdict.diff) }));
    }
    if (verdict.isolation && verdict.isolation !== "bwrap") {
      box.append(el("p", { className: "muted", i18n: "degradedSandbox", vars: { mode: verdict.isolation } }));
    }
    this.verdictNode.replaceChildren(box);
  }

  onStopped() {
    this.node.removeAttribute("aria-busy");
    this.node.dataset.verdict = "stopped";
    this.verdictNode.replaceChildren(el("p", { className: "tool-warning", i18n: "stopped" }));
  }

  onError(message) {
    this.node.removeAttribute("aria-busy");
    this.node.dataset.verdict = "error";
    this.verdictNode.replaceChildren(errorBox(message));
  }
}

function codePanel(section, { id, title, intro, runKey, path, fields }) {
  const form = el("form", { className: "tool-form", attrs: { novalidate: "" } });
  const spec = fields();
  const controls = { ...actions(runKey), form };
  form.append(...spec.nodes, controls.bar);
  const run = new RunView();
  section.append(panelHead(title, intro), el("div", { className: "tool-body" }, form, run.node));
  section.setAttribute("aria-labelledby", (section.querySelector("h2").id = newId(id)));

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    controls.status.textContent = "";
    const body = spec.body();
    if (!body.code.trim()) {
      setText(controls.status, "emptyCode");
      spec.focus();
      return;
    }
    run.start();
    let finished = false;
    try {
      const ended = await running(controls, async (signal) => {
        for await (const { event: name, data } of streamTask(path, body, signal)) {
          if (name === "attempt") run.onAttempt(data);
          else if (name === "output") run.onOutput(data);
          else if (name === "verdict") {
            finished = true;
            run.onVerdict(data);
          } else if (name === "error") {
            finished = true;
            run.onError(data.message || data.code || "error");
          }
        }
      });
      if (ended === "stopped") run.onStopped();
      else if (!finished) run.onError(t("networkError"));
    } catch (err) {
      run.onError(errorText(err));
    }
  });
}

const optional = (value) => (value.trim() ? value : null);

registerTool({
  id: "fix",
  label: { en: "Fix code", fr: "Corriger du code" },
  mount(section) {
    codePanel(section, {
      id: "fix",
      title: "toolFix",
      intro: "fixIntro",
      runKey: "runFix",
      path: "/api/tasks/code/fix",
      fields() {
        const code = codeArea(6, "def add(a, b):\n    return a - b");
        const tests = codeArea(5, "from solution import add\n\ndef test_add():\n    assert add(2, 3) == 5");
        const command = el("input", { className: "mono", attrs: { type: "text", spellcheck: "false", autocomplete: "off" } });
        const attempts = attemptsSelect("3");
        return {
          nodes: [
            field("codeInput", code, { className: "wide" }).wrap,
            field("testsInput", tests, { helpKey: "testsHelp", className: "wide" }).wrap,
            el("div", { className: "tool-options" },
              field("testCommand", command, { helpKey: "testCommandHelp" }).wrap,
              field("attemptsInput", attempts).wrap),
          ],
          focus: () => code.focus(),
          body: () => {
            const body = { code: code.value, max_attempts: Number(attempts.value) };
            if (optional(tests.value)) body.tests = tests.value;
            if (optional(command.value)) body.test_command = command.value.trim();
            return body;
          },
        };
      },
    });
  },
});

registerTool({
  id: "optimize",
  label: { en: "Optimise code", fr: "Optimiser du code" },
  mount(section) {
    codePanel(section, {
      id: "optimize",
      title: "toolOptimize",
      intro: "optimizeIntro",
      runKey: "runOptimize",
      path: "/api/tasks/code/optimize",
      fields() {
        const code = codeArea(8, "def total(xs):\n    s = 0\n    for x in xs:\n        s = s + x\n    return s");
        const fn = el("input", { className: "mono", attrs: { type: "text", spellcheck: "false", autocomplete: "off", placeholder: "total" } });
        const bench = el("input", { className: "mono", attrs: { type: "text", spellcheck: "false", autocomplete: "off", placeholder: "total(list(range(10000)))" } });
        const tests = codeArea(4);
        const attempts = attemptsSelect("2");
        return {
          nodes: [
            field("codeInput", code, { className: "wide" }).wrap,
            el("div", { className: "tool-options" },
              field("functionInput", fn).wrap,
              field("benchInput", bench, { helpKey: "benchHelp" }).wrap,
              field("attemptsInput", attempts).wrap),
            field("testsInput", tests, { helpKey: "testsHelp", className: "wide" }).wrap,
          ],
          focus: () => code.focus(),
          body: () => {
            const body = {
              code: code.value,
              function: fn.value.trim(),
              bench: bench.value.trim(),
              max_attempts: Number(attempts.value),
            };
            if (optional(tests.value)) body.tests = tests.value;
            return body;
          },
        };
      },
    });
  },
});
