// The place where the tools (translate, summarise, fix or optimise code) plug into the page.
//
// A tool is a module that calls `registerTool({id, label: {en, fr}, mount(section)})`;
// app.js imports the modules listed in TOOL_MODULES. Each gets an entry in the sidebar's
// "Tools" list (shown only when there is at least one tool) and its own <section> in
// #tool-views, shown instead of the chat while it is selected (URL `#/tool/<id>`). `mount`
// is called once, the first time the tool is opened. The panels live in ./tools/: text.js
// (translate, summarise) and code.js (fix, optimise), with helpers in ./tools/common.js.

import { language, onLanguageChange } from "./i18n.js";

/** Module paths (relative to this file) of the tools to load, e.g. "./tools/translate.js". */
export const TOOL_MODULES = ["./tools/text.js", "./tools/code.js"];

const tools = new Map();
let shown = null;

export function registerTool(tool) {
  if (!tool?.id || typeof tool.mount !== "function") throw new Error("a tool needs an id and mount()");
  tools.set(tool.id, { ...tool, section: null });
}

export async function loadTools() {
  for (const path of TOOL_MODULES) await import(path);
  renderToolList();
  onLanguageChange(renderToolList);
  return tools.size;
}

function renderToolList() {
  const nav = document.getElementById("tools-nav");
  const list = document.getElementById("tools-list");
  nav.hidden = tools.size === 0;
  list.replaceChildren(
    ...[...tools.values()].map((tool) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = `#/tool/${encodeURIComponent(tool.id)}`;
      link.className = "tool-link";
      link.textContent = toolLabel(tool.id);
      if (tool.id === shown) link.setAttribute("aria-current", "page");
      item.append(link);
      return item;
    }),
  );
}

/** The label of tool `id` in the interface's language. */
export function toolLabel(id) {
  const tool = tools.get(id);
  return tool ? (tool.label[language()] ?? tool.label.en) : "";
}

/** The id of the tool shown, or null while the chat shows. */
export function currentTool() {
  return shown;
}

/** Show tool `id` (or the chat when `id` is null); false when there is no such tool. */
export function showTool(id) {
  const chat = document.getElementById("chat-view");
  const views = document.getElementById("tool-views");
  const tool = id ? tools.get(id) : null;
  for (const section of views.children) section.hidden = true;
  chat.hidden = Boolean(tool);
  views.hidden = !tool;
  shown = tool ? tool.id : null;
  renderToolList();
  if (!tool) return !id;
  if (!tool.section) {
    tool.section = document.createElement("section");
    tool.section.className = "view tool-view";
    tool.section.dataset.tool = tool.id;
    views.append(tool.section);
    tool.mount(tool.section);
  }
  tool.section.hidden = false;
  // Move the keyboard (and a screen reader) to the panel that just replaced the chat.
  const heading = tool.section.querySelector("h2");
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
  return true;
}
