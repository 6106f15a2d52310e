// The admin screen (#/admin, shown to admins only; the server checks the role on every
// call): users with their role, disabled flag and quotas; today's usage of everyone; the
// safety audit log of everyone, filtered by user, category, action and time.
// Built with DOM calls only: usernames, explanations and audit texts go through textContent.

import { admin } from "./api.js";
import { language, t } from "./i18n.js";
import { formatDate } from "./keys.js";
import { afterLanguageChange, el, errorBox, errorText, field, select, setText } from "./tools/common.js";

const QUOTAS = [
  ["requests_per_minute", "quotaRequests"],
  ["tokens_per_day", "quotaTokens"],
  ["concurrent_generations", "quotaConcurrent"],
];
const ACTIONS = ["allow", "log", "warn", "block"];
const AUDIT_LIMIT = 100;

let view = null;
const data = { users: [], usage: [], audit: [], total: 0 };

function build(section) {
  const heading = el("h2", { i18n: "administration", attrs: { tabindex: "-1" } });
  const users = el("div", { className: "user-list" });
  const usersStatus = el("p", { className: "tool-status", attrs: { role: "status", "aria-live": "polite" } });
  const usage = el("div", { className: "usage-list" });

  const userFilter = select([["", "anyUser"]], "");
  const category = el("input", { attrs: { type: "text", maxlength: "32", autocomplete: "off", spellcheck: "false" } });
  const action = select([["", "anyAction"], ...ACTIONS.map((a) => [a, { text: a }])], "");
  const direction = select([["", "anyDirection"], ["input", "directionInput"], ["output", "directionOutput"]], "");
  const since = el("input", { attrs: { type: "datetime-local" } });
  const until = el("input", { attrs: { type: "datetime-local" } });
  const apply = el("button", { className: "button primary", i18n: "applyFilters", attrs: { type: "submit" } });
  const filters = el("form", { className: "tool-form audit-filters", attrs: { id: "audit-filters", novalidate: "" } },
    el("div", { className: "tool-options" },
      field("auditUser", userFilter).wrap,
      field("auditCategory", category, { helpKey: "auditCategoryHelp" }).wrap,
      field("auditAction", action).wrap,
      field("auditDirection", direction).wrap,
      field("auditSince", since).wrap,
      field("auditUntil", until).wrap),
    el("div", { className: "tool-actions" }, apply));
  const auditStatus = el("p", { className: "tool-status", attrs: { role: "status", "aria-live": "polite" } });
  const audit = el("div", { className: "audit-list" });

  section.append(
    el("header", { className: "tool-head" }, heading, el("p", { className: "tool-intro", i18n: "adminIntro" })),
    el("div", { className: "tool-body" },
      el("section", { className: "tool-result", attrs: { "aria-labelledby": "admin-users-title" } },
        el("h3", { i18n: "users", attrs: { id: "admin-users-title" } }), usersStatus, users),
      el("section", { className: "tool-result", attrs: { "aria-labelledby": "admin-usage-title" } },
        el("h3", { i18n: "usage", attrs: { id: "admin-usage-title" } }), usage),
      el("section", { className: "tool-result", attrs: { "aria-labelledby": "admin-audit-title" } },
        el("h3", { i18n: "auditLog", attrs: { id: "admin-audit-title" } }), filters, auditStatus, audit)),
  );
  filters.addEventListener("submit", (event) => {
    event.preventDefault();
    loadAudit();
  });
  users.addEventListener("submit", (event) => {
    event.preventDefault();
    if (event.target.dataset.userId) saveUser(event.target);
  });
  afterLanguageChange(() => {
    renderUsers();
    renderUsage();
    renderAudit();
  });
  view = { heading, users, usersStatus, usage, audit, auditStatus, userFilter, category, action, direction, since, until };
}

/** Show the admin screen (building it the first time) and read everything again. */
export async function showAdmin(section) {
  if (!view) build(section);
  view.heading.focus({ preventScroll: true });
  await loadUsers();
  await Promise.all([loadUsage(), loadAudit()]);
}

function listOf(answer) {
  return Array.isArray(answer) ? answer : answer?.data ?? [];
}

function nameOf(ownerId) {
  if (!ownerId) return t("unowned");
  const user = data.users.find((u) => u.id === ownerId);
  return user ? user.username : ownerId;
}

// --- users ------------------------------------------------------------------------------------

async function loadUsers() {
  try {
    data.users = listOf(await admin.users());
    renderUsers();
  } catch (err) {
    view.users.replaceChildren(errorBox(errorText(err)));
  }
  const chosen = view.userFilter.value;
  const first = view.userFilter.options[0];
  view.userFilter.replaceChildren(first, ...data.users.map((u) => {
    const option = el("option", { text: u.username });
    option.value = u.id;
    return option;
  }));
  view.userFilter.value = chosen;
}

function renderUsers() {
  if (!view) return;
  // One row per user; each row's controls belong to the form in its last cell (the
  // `form` attribute), so that Enter in a field saves that user.
  const head = el("tr", {},
    ...["auditUser", "role", "disabled", ...QUOTAS.map(([, key]) => key), "actions"].map((key) =>
      el("th", { i18n: key, attrs: { scope: "col" } })));
  const body = el("tbody", {}, ...data.users.map(userRow));
  view.users.replaceChildren(
    el("p", { className: "help", i18n: "quotaHelp", attrs: { id: "quota-help" } }),
    el("div", { className: "table-wrap", attrs: { tabindex: "0", role: "region", "aria-labelledby": "admin-users-title" } },
      el("table", { className: "data-table users-table" }, el("thead", {}, head), body)));
}

function userRow(user) {
  const formId = `user-form-${user.id}`;
  const name = user.username;
  const control = (node, labelKey) => {
    node.setAttribute("form", formId);
    node.setAttribute("aria-label", `${t(labelKey)} (${name})`);
    return node;
  };
  const role = control(select([["user", "roleUser"], ["admin", "roleAdmin"]], user.role), "role");
  role.dataset.field = "role";
  const disabled = control(el("input", { attrs: { type: "checkbox" } }), "disabled");
  disabled.checked = Boolean(user.disabled);
  disabled.dataset.field = "disabled";
  const quotas = QUOTAS.map(([quota, key]) => {
    const input = control(el("input", {
      attrs: { type: "number", min: "1", step: "1", inputmode: "numeric", "aria-describedby": "quota-help" },
    }), key);
    const value = user.quotas?.[quota];
    input.value = value === undefined || value === null ? "" : String(value);
    input.dataset.quota = quota;
    return el("td", {}, input);
  });
  const save = el("button", {
    className: "button primary small",
    i18n: "saveUser",
    attrs: { type: "submit", "aria-label": t("saveUserLabel", { name }) },
  });
  const form = el("form", { attrs: { id: formId, "data-user-id": user.id } }, save);
  const who = el("td", {}, el("span", { className: "user-name", text: name }));
  if (user.display_name) who.append(el("span", { className: "muted user-display", text: user.display_name }));
  return el("tr", { className: user.disabled ? "disabled" : "", attrs: { "data-username": name } },
    who, el("td", {}, role), el("td", {}, disabled), ...quotas, el("td", {}, form));
}

async function saveUser(form) {
  const user = data.users.find((u) => u.id === form.dataset.userId);
  if (!user) return;
  const controls = [...form.elements];
  const quotas = {};
  for (const input of controls.filter((c) => c.dataset.quota)) {
    const value = Number.parseInt(input.value, 10);
    if (Number.isFinite(value)) quotas[input.dataset.quota] = value;
  }
  const fields = {
    role: controls.find((c) => c.dataset.field === "role").value,
    disabled: controls.find((c) => c.dataset.field === "disabled").checked,
    quotas,
  };
  try {
    const updated = await admin.updateUser(user.id, fields);
    Object.assign(user, updated ?? fields);
    renderUsers();
    setText(view.usersStatus, "userSaved", { name: user.username });
    view.users.querySelector(`form[data-user-id="${CSS.escape(user.id)}"] button`)?.focus();
  } catch (err) {
    view.usersStatus.textContent = errorText(err);
  }
}

// --- usage ------------------------------------------------------------------------------------

async function loadUsage() {
  try {
    data.usage = listOf(await admin.usage());
    renderUsage();
  } catch (err) {
    view.usage.replaceChildren(errorBox(errorText(err)));
  }
}

function renderUsage() {
  if (!view) return;
  if (!data.usage.length) {
    view.usage.replaceChildren(el("p", { className: "muted", i18n: "noUsage" }));
    return;
  }
  view.usage.replaceChildren(table(
    ["auditUser", "requestsToday", "tokensToday", "tokensMonth", "runningNow", "conversationsCount"],
    data.usage.map((row) => [
      row.username || nameOf(row.owner_id),
      number(row.requests_today),
      number(row.tokens_today),
      number(row.tokens_month),
      number(row.generations_running),
      number(row.conversations),
    ]),
    "admin-usage-title",
  ));
}

// --- audit ------------------------------------------------------------------------------------

function number(value) {
  return value === undefined || value === null ? "–" : new Intl.NumberFormat(language()).format(value);
}

function isoOrEmpty(value) {
  if (!value) return "";
  const date = new Date(value); // a datetime-local value is in the browser's time zone
  return Number.isNaN(date.getTime()) ? "" : date.toISOString();
}

async function loadAudit() {
  const filters = {
    user: view.userFilter.value,
    category: view.category.value.trim(),
    action: view.action.value,
    direction: view.direction.value,
    since: isoOrEmpty(view.since.value),
    until: isoOrEmpty(view.until.value),
    limit: String(AUDIT_LIMIT),
  };
  try {
    const answer = await admin.audit(filters);
    data.audit = listOf(answer);
    data.total = answer?.total ?? data.audit.length;
    renderAudit();
  } catch (err) {
    data.audit = [];
    view.auditStatus.textContent = "";
    view.audit.replaceChildren(errorBox(errorText(err)));
  }
}

function renderAudit() {
  if (!view) return;
  if (!data.audit.length) {
    view.auditStatus.textContent = "";
    if (!view.audit.querySelector(".tool-error")) {
      view.audit.replaceChildren(el("p", { className: "muted", i18n: "noAudit" }));
    }
    return;
  }
  setText(view.auditStatus, "auditTotal", { shown: data.audit.length, total: data.total });
  view.audit.replaceChildren(table(
    ["auditTime", "auditUser", "auditDirection", "auditAction", "auditCategories", "auditExplanation"],
    data.audit.map((row) => [
      formatDate(row.created_at),
      row.username || nameOf(row.owner_id),
      row.direction === "input" ? t("directionInput") : row.direction === "output" ? t("directionOutput") : row.direction,
      row.action,
      (row.categories ?? []).join(", "),
      row.explanation ?? "",
    ]),
    "admin-audit-title",
    "audit-table",
  ));
}

/** A table of plain-text cells under headers `keys`, scrollable on its own on a phone. */
function table(keys, rows, labelledBy, className = "") {
  const head = el("tr", {}, ...keys.map((key) => el("th", { i18n: key, attrs: { scope: "col" } })));
  const body = el("tbody", {}, ...rows.map((cells) => el("tr", {}, ...cells.map((text) => el("td", { text })))));
  return el("div", { className: "table-wrap", attrs: { tabindex: "0", role: "region", "aria-labelledby": labelledBy } },
    el("table", { className: `data-table ${className}`.trim() }, el("thead", {}, head), body));
}
