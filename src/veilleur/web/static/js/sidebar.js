// The conversations sidebar: the list (most recent first), search by title, rename in place
// and delete after confirmation. The server has no search endpoint: the search filters the
// titles loaded, and loads the rest of the list first when there is more.

import { api } from "./api.js";
import { t } from "./i18n.js";

const PAGE = 100;
const MAX_SEARCHED = 2000;

export class Sidebar {
  /**
   * @param {object} hooks `open(id)`, `deleted(id)`, `error(err)`, `currentId()`.
   */
  constructor(hooks) {
    this.hooks = hooks;
    this.items = [];
    this.hasMore = false;
    this.query = "";
    this.list = document.getElementById("conversation-list");
    this.empty = document.getElementById("empty-list");
    this.more = document.getElementById("load-more");
    this.search = document.getElementById("search-input");
    this.search.addEventListener("input", () => this.onSearch());
    this.more.addEventListener("click", () => this.loadMore());
    this.list.addEventListener("click", (event) => this.onClick(event));
  }

  async refresh() {
    const page = await api.list(Math.max(PAGE, this.items.length), 0);
    this.items = page.data;
    this.hasMore = page.has_more;
    this.render();
  }

  async loadMore() {
    const page = await api.list(PAGE, this.items.length);
    const known = new Set(this.items.map((c) => c.id));
    this.items.push(...page.data.filter((c) => !known.has(c.id)));
    this.hasMore = page.has_more;
    this.render();
  }

  async onSearch() {
    this.query = this.search.value.trim().toLocaleLowerCase();
    this.render();
    try {
      while (this.query && this.hasMore && this.items.length < MAX_SEARCHED) await this.loadMore();
    } catch (err) {
      this.hooks.error(err);
    }
  }

  /** Put `conversation` (new or changed) at the top of the list. */
  upsert(conversation) {
    this.items = [conversation, ...this.items.filter((c) => c.id !== conversation.id)];
    this.render();
  }

  render() {
    const current = this.hooks.currentId();
    const shown = this.query
      ? this.items.filter((c) => titleOf(c).toLocaleLowerCase().includes(this.query))
      : this.items;
    this.list.replaceChildren(...shown.map((c) => this.item(c, c.id === current)));
    this.empty.hidden = shown.length > 0;
    this.empty.textContent = this.query ? t("noMatch") : t("noConversations");
    this.more.hidden = !this.hasMore || Boolean(this.query);
  }

  item(conversation, active) {
    const title = titleOf(conversation);
    const li = document.createElement("li");
    li.className = `conversation-item${active ? " active" : ""}`;
    li.dataset.id = conversation.id;
    const link = document.createElement("a");
    link.className = "conversation-link";
    link.href = `#/c/${encodeURIComponent(conversation.id)}`;
    link.textContent = title;
    if (active) link.setAttribute("aria-current", "page");
    const rename = this.actionButton(
      "rename", t("rename"), t("renameItem", { title }), '<path d="M4 20h4L19 9l-4-4L4 16z"/>',
    );
    const remove = this.actionButton(
      "delete", t("delete"), t("deleteItem", { title }),
      '<path d="M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13"/>',
    );
    li.append(link, rename, remove);
    return li;
  }

  actionButton(action, label, accessibleName, path) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "icon-button item-action";
    button.dataset.action = action;
    button.setAttribute("aria-label", accessibleName);
    button.title = label;
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.innerHTML = path; // fixed markup, no data in it
    button.append(svg);
    return button;
  }

  onClick(event) {
    const button = event.target.closest("button[data-action]");
    if (!button) return;
    const li = button.closest("li");
    const conversation = this.items.find((c) => c.id === li.dataset.id);
    if (!conversation) return;
    if (button.dataset.action === "rename") this.rename(li, conversation);
    if (button.dataset.action === "delete") this.remove(conversation);
  }

  rename(li, conversation) {
    const link = li.querySelector(".conversation-link");
    const input = document.createElement("input");
    input.type = "text";
    input.className = "rename-input";
    input.value = titleOf(conversation);
    input.maxLength = 200;
    input.setAttribute("aria-label", t("renameLabel"));
    link.replaceWith(input);
    input.focus();
    input.select();
    let done = false;
    const finish = async (save) => {
      if (done) return;
      done = true;
      const title = input.value.trim();
      if (save && title && title !== conversation.title) {
        try {
          const updated = await api.update(conversation.id, { title });
          Object.assign(conversation, updated);
          this.hooks.renamed?.(updated);
        } catch (err) {
          this.hooks.error(err);
        }
      }
      this.render();
      this.list.querySelector(`li[data-id="${CSS.escape(conversation.id)}"] .conversation-link`)?.focus();
    };
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") finish(true);
      if (event.key === "Escape") finish(false);
    });
    input.addEventListener("blur", () => finish(true));
  }

  async remove(conversation) {
    const ok = await confirmDialog(
      t("deleteTitle"),
      t("deleteText", { title: titleOf(conversation) }),
    );
    if (!ok) return;
    try {
      await api.remove(conversation.id);
      this.items = this.items.filter((c) => c.id !== conversation.id);
      this.render();
      this.hooks.deleted(conversation.id);
    } catch (err) {
      this.hooks.error(err);
    }
  }
}

export function titleOf(conversation) {
  return conversation?.title?.trim() || t("untitled");
}

function confirmDialog(title, text) {
  const dialog = document.getElementById("confirm-dialog");
  document.getElementById("confirm-title").textContent = title;
  document.getElementById("confirm-text").textContent = text;
  dialog.returnValue = "";
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok"), { once: true });
  });
}
