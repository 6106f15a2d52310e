// The place where the tools (translate, summarise, fix or optimise code) plug into the page.
//
// A tool is a module that calls `registerTool({id, label: {en, fr}, mount(section)})`;
// app.js imports the modules listed in TOOL_MODULES. Each gets an entry in the sidebar's
// "Tools" list (shown only when there is at least one tool) and its own <section> in
// #tool-views, shown instead of the chat while it is selected (URL `#/tool/<id>`). `mount`
// is called once, the first time the tool is opened. No tool ships yet: the list is empty
// on purpose, rather than showing panels that do nothing.

import { language, onLanguageChange } from "./i18n.js";

/** Module paths (relative to this file) of the tools to load, e.g. "./tools/translate.js". */
export const TOOL_MODULES = [];

const tools = new Map();

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
      link.textContent = tool.label[language()] ?? tool.label.en;
      item.append(link);
      return item;
    }),
  );
}

/** Show tool `id` (or the chat when `id` is null); false when there is no such tool. */
export function showTool(id) {
  const chat = document.getElementById("chat-view");
  const views = document.getElementById("tool-views");
  const tool = id ? tools.get(id) : null;
  for (const section of views.children) section.hidden = true;
  chat.hidden = Boolean(tool);
  if (!tool) return !id;
  if (!tool.section) {
    tool.section = document.createElement("section");
    tool.section.className = "view tool-view";
    tool.section.dataset.tool = tool.id;
    views.append(tool.section);
    tool.mount(tool.section);
  }
  tool.section.hidden = false;
  return true;
}
