// The API keys screen (#/keys): the logged-in user's keys (prefix only: the server keeps a
// hash), a form that creates one and shows its secret once with a copy button, and revoke
// after confirmation. Built with DOM calls only; names typed by the user go through
// textContent.

import { keys } from "./api.js";
import { language, t } from "./i18n.js";
import { copyText } from "./markdown.js";
import { afterLanguageChange, el, errorBox, errorText, field, select, setText } from "./tools/common.js";

const EXPIRIES = [
  ["7", "expires7"],
  ["30", "expires30"],
  ["90", "expires90"],
  ["365", "expires365"],
  ["", "expiresNever"],
];

let view = null; // {section, list, status, created, form, name, expiry}
let rows = [];

/** A date and time in the interface's language, or `fallback` (a key) when there is none. */
export function formatDate(value, fallback = "never") {
  if (!value) return t(fallback);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(language(), { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** Ask for confirmation in the page's dialog, with `okKey` on the confirming button. */
export function confirmAction(title, text, okKey) {
  const dialog = document.getElementById("confirm-dialog");
  const ok = document.getElementById("confirm-ok");
  document.getElementById("confirm-title").textContent = title;
  document.getElementById("confirm-text").textContent = text;
  ok.textContent = t(okKey);
  dialog.returnValue = "";
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener(
      "close",
      () => {
        ok.textContent = t(ok.dataset.i18n); // back to the conversations' "Delete"
        resolve(dialog.returnValue === "ok");
      },
      { once: true },
    );
  });
}

function build(section) {
  const name = el("input", { attrs: { type: "text", maxlength: "200", autocomplete: "off" } });
  const nameField = field("keyName", name, { helpKey: "keyNameHelp" });
  const expiry = select(EXPIRIES, "30");
  const expiryField = field("keyExpiry", expiry);
  const submit = el("button", { className: "button primary", i18n: "createKey", attrs: { type: "submit" } });
  const formStatus = el("p", { className: "tool-status", attrs: { role: "status", "aria-live": "polite" } });
  const form = el("form", { className: "tool-form", attrs: { id: "key-create-form", novalidate: "" } },
    el("h3", { i18n: "newKey" }),
    el("div", { className: "tool-options" }, nameField.wrap, expiryField.wrap),
    el("div", { className: "tool-actions" }, submit, formStatus));
  const created = el("div", { className: "key-created", attrs: { "aria-live": "polite" } });
  const status = el("p", { className: "tool-status", attrs: { role: "status", "aria-live": "polite" } });
  const list = el("div", { className: "key-list" });
  const heading = el("h2", { i18n: "apiKeys", attrs: { tabindex: "-1" } });
  section.append(
    el("header", { className: "tool-head" }, heading, el("p", { className: "tool-intro", i18n: "keysIntro" })),
    el("div", { className: "tool-body" },
      form,
      created,
      el("section", { className: "tool-result", attrs: { "aria-labelledby": "keys-list-title" } },
        el("h3", { i18n: "yourKeys", attrs: { id: "keys-list-title" } }), status, list)),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    create();
  });
  list.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-key-id]");
    if (button) revoke(button.dataset.keyId);
  });
  afterLanguageChange(renderList);
  view = { section, heading, form, name, expiry, submit, formStatus, created, status, list };
}

/** Show the keys screen (building it the first time) and read the keys again. */
export async function showKeys(section) {
  if (!view) build(section);
  view.created.replaceChildren();
  view.formStatus.textContent = "";
  view.heading.focus({ preventScroll: true });
  await load();
}

async function load() {
  try {
    const answer = await keys.list();
    rows = Array.isArray(answer) ? answer : answer?.data ?? [];
    view.status.textContent = "";
    renderList();
  } catch (err) {
    view.list.replaceChildren(errorBox(errorText(err)));
  }
}

function keyState(key) {
  if (key.status === "revoked" || key.revoked_at) return "revoked";
  if (key.status === "expired") return "expired";
  return null;
}

function renderList() {
  if (!view) return;
  if (!rows.length) {
    view.list.replaceChildren(el("p", { className: "muted", i18n: "noKeys" }));
    return;
  }
  const head = el("tr", {},
    ...["keyName", "keyPrefix", "keyCreatedAt", "keyExpiresAt", "keyLastUsed", "actions"].map((key) =>
      el("th", { i18n: key, attrs: { scope: "col" } })));
  const body = el("tbody");
  for (const key of rows) {
    const name = key.name || t("unnamed");
    const stateKey = keyState(key);
    const action = el("td");
    if (stateKey) {
      action.append(el("span", { className: `chip-status fail`, i18n: stateKey }));
    } else {
      action.append(el("button", {
        className: "button ghost small",
        i18n: "revoke",
        attrs: { type: "button", "data-key-id": key.id, "aria-label": t("revokeKey", { name }) },
      }));
    }
    body.append(el("tr", { attrs: { "data-key-id": key.id } },
      el("td", { text: name }),
      el("td", {}, el("code", { text: `${key.prefix}…` })),
      el("td", { text: formatDate(key.created_at) }),
      el("td", { text: formatDate(key.expires_at) }),
      el("td", { text: formatDate(key.last_used_at, "notYet") }),
      action));
  }
  view.list.replaceChildren(el("div", { className: "table-wrap", attrs: { tabindex: "0", role: "region", "aria-labelledby": "keys-list-title" } },
    el("table", { className: "data-table" }, el("thead", {}, head), body)));
}

async function create() {
  const name = view.name.value.trim();
  if (!name) {
    setText(view.formStatus, "keyNameMissing");
    view.name.focus();
    return;
  }
  const days = Number.parseInt(view.expiry.value, 10);
  const fields = { name };
  if (Number.isFinite(days)) fields.expires_in_days = days;
  view.submit.disabled = true;
  view.formStatus.textContent = "";
  try {
    const answer = await keys.create(fields);
    const secret = answer.secret;
    view.name.value = "";
    showSecret(answer.name || name, secret);
    await load();
  } catch (err) {
    view.created.replaceChildren(errorBox(errorText(err)));
  } finally {
    view.submit.disabled = false;
  }
}

function showSecret(name, secret) {
  const code = el("code", { className: "key-secret", text: secret, attrs: { id: "key-secret" } });
  const copy = el("button", { className: "button small", i18n: "copyKey", attrs: { type: "button" } });
  copy.addEventListener("click", async () => {
    if (await copyText(secret)) {
      setText(copy, "copied");
      setTimeout(() => setText(copy, "copyKey"), 1500);
    }
  });
  const title = el("p", { className: "key-created-title", i18n: "keyCreated", vars: { name } });
  view.created.replaceChildren(
    el("div", { className: "verdict verified", attrs: { role: "status" } },
      title,
      el("div", { className: "key-secret-row" },
        el("span", { className: "visually-hidden", i18n: "keySecret" }), code, copy),
      el("p", { className: "help", i18n: "keyUsage", vars: { url: `${location.origin}/v1` } })),
  );
  copy.focus();
}

async function revoke(keyId) {
  const key = rows.find((row) => row.id === keyId);
  if (!key) return;
  const name = key.name || t("unnamed");
  const ok = await confirmAction(t("revokeTitle"), t("revokeText", { name, prefix: key.prefix }), "revoke");
  if (!ok) return;
  try {
    await keys.revoke(keyId);
    setText(view.status, "keyRevoked");
    await load();
    view.heading.focus({ preventScroll: true });
  } catch (err) {
    view.list.prepend(errorBox(errorText(err)));
  }
}
