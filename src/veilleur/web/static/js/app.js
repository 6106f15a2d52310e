// The chat page: routing (#/c/<id>), the conversation on screen, turns streamed from the
// conversation API, and the wiring of the sidebar, the settings panel, the tools and the
// account screens (login, #/keys, #/admin).
//
// The store is the truth: after every turn (finished, stopped or failed) the conversation
// is read back from the server, and a reply the server still marks `streaming` (written by
// a tab that was reloaded, or by another client) is polled until it ends.

import { accountsEnabled, currentUser, ensureSession, initAccount, translateLogin } from "./account.js";
import { showAdmin } from "./admin.js";
import { api, ApiError, apiKey, setApiKey } from "./api.js";
import { applyTranslations, language, onLanguageChange, setLanguage, t } from "./i18n.js";
import { copyText } from "./markdown.js";
import { editInPlace, messageElement, updateMessageElement, updateStreamingBody } from "./messages.js";
import { samplingOf, SettingsPanel } from "./settings.js";
import { Sidebar, titleOf } from "./sidebar.js";
import { showKeys } from "./keys.js";
import { initTheme } from "./theme.js";
import { currentTool, loadTools, showTool, toolLabel } from "./tools.js";
import { initTransfer } from "./transfer.js";
import { initAttachments } from "./attachments.js";

const POLL_MS = 1000;
const $ = (id) => document.getElementById(id);

const els = {
  app: $("app"),
  messages: $("messages"),
  welcome: $("welcome"),
  composer: $("composer"),
  input: $("composer-input"),
  send: $("send-button"),
  stop: $("stop-button"),
  status: $("status-line"),
  title: $("conversation-title"),
  badge: $("model-badge"),
  menu: $("menu-button"),
  scrim: $("scrim"),
};

const state = {
  conversation: null, // the conversation shown (with its active branch), null for a new one
  draft: { system_prompt: null, settings: {} }, // settings of the conversation not created yet
  turn: null, // {controller, conversationId, message, article} while a turn streams
  pollTimer: null,
  renderQueued: false,
};

const sidebar = new Sidebar({
  currentId: () => state.conversation?.id ?? null,
  deleted: (id) => {
    if (state.conversation?.id === id) navigate("#/");
    announce(t("deleted"));
  },
  renamed: (conversation) => {
    if (state.conversation?.id === conversation.id) {
      Object.assign(state.conversation, conversation);
      showTitle();
    }
  },
  error: (err) => showError(err),
});

initTransfer({ imported: () => sidebar.refresh().catch(() => {}) });
const attachments = initAttachments({ ensureConversation, changed: () => showTitle() });

const settings = new SettingsPanel({
  save: async (fields) => {
    try {
      if (state.conversation) {
        const updated = await api.update(state.conversation.id, fields);
        Object.assign(state.conversation, updated);
        sidebar.upsert(updated);
      } else {
        state.draft = fields;
      }
      announce(t("saved"));
      settings.close();
    } catch (err) {
      showError(err);
    }
  },
});

// --- status line --------------------------------------------------------------------------

function announce(text, { error = false } = {}) {
  els.status.textContent = text;
  els.status.classList.toggle("error", error);
}

function showError(err) {
  if (err instanceof ApiError && err.status === 401) {
    // With accounts the login screen is shown (account.js hears every 401); without, the
    // server wants its shared key.
    if (accountsEnabled()) return;
    announce(t("keyNeeded"), { error: true });
    askForKey();
    return;
  }
  if (err instanceof ApiError && err.code === "engine_dead") {
    announce(t("notReady"), { error: true });
    return;
  }
  announce(err instanceof ApiError ? err.message : t("networkError"), { error: true });
}

// --- routing --------------------------------------------------------------------------------

function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

const ACCOUNT_VIEWS = { keys: showKeys, admin: showAdmin };

/** Show the keys or admin screen for `name` (or hide both for null); false when not allowed. */
function showAccountView(name) {
  const user = currentUser();
  const allowed = Boolean(user?.id) && (name !== "admin" || user.role === "admin");
  for (const view of Object.keys(ACCOUNT_VIEWS)) {
    $(`${view}-view`).hidden = !(allowed && view === name);
  }
  for (const link of [$("keys-link"), $("admin-link")]) link.removeAttribute("aria-current");
  if (!name || !allowed) return false;
  showTool(null);
  $("chat-view").hidden = true;
  $(`${name}-link`).setAttribute("aria-current", "page");
  if (!settings.panel.hidden) settings.close();
  showTitle();
  ACCOUNT_VIEWS[name]($(`${name}-view`)).catch(showError);
  return true;
}

async function route() {
  const [, screen] = /^#\/(keys|admin)$/.exec(location.hash) ?? [];
  closeSidebar();
  if (showAccountView(screen ?? null)) return;
  const [, kind, id] = /^#\/(c|tool)\/(.+)$/.exec(location.hash) ?? [];
  if (kind === "tool" && showTool(decodeURIComponent(id))) {
    if (!settings.panel.hidden) settings.close();
    showTitle();
    return;
  }
  showTool(null);
  showTitle();
  if (kind === "c") await openConversation(decodeURIComponent(id));
  else newConversation();
}

function newConversation() {
  stopPolling();
  state.conversation = null;
  state.draft = { system_prompt: null, settings: {} };
  render();
  sidebar.render();
  els.input.focus();
}

async function openConversation(id) {
  if (state.conversation?.id === id && state.conversation.messages) return;
  stopPolling();
  try {
    state.conversation = await api.get(id);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return navigate("#/");
    state.conversation = null;
    showError(err);
  }
  render({ scroll: "bottom" });
  sidebar.render();
}

// --- rendering ------------------------------------------------------------------------------

function accountView() {
  return Object.keys(ACCOUNT_VIEWS).find((name) => !$(`${name}-view`).hidden) ?? null;
}

function showTitle() {
  const tool = currentTool();
  const screen = accountView();
  $("settings-button").hidden = Boolean(tool || screen);
  if (screen) {
    const label = t(screen === "keys" ? "apiKeys" : "administration");
    els.title.textContent = label;
    document.title = `${label} · Veilleur`;
    return;
  }
  if (tool) {
    els.title.textContent = toolLabel(tool);
    document.title = `${toolLabel(tool)} · Veilleur`;
    return;
  }
  els.title.textContent = state.conversation ? titleOf(state.conversation) : t("newConversation");
  document.title = state.conversation ? `${titleOf(state.conversation)} · Veilleur` : "Veilleur";
}

function render({ scroll = null } = {}) {
  const conversation = state.conversation;
  attachments.show(conversation?.id ?? null);
  showTitle();
  // Never overwrite what the user is typing in the open panel (a poll redraws too).
  if (settings.panel.hidden || settings.filledFor !== (conversation?.id ?? null)) {
    settings.fill(conversation ?? state.draft);
  }
  // The reply streaming here (if any) is drawn from the live turn, not from the store's copy.
  const live = showingTurn() ? state.turn.message : null;
  const messages = (conversation?.messages ?? []).map((m) => (live && m.id === live.id ? live : m));
  if (conversation) conversation.messages = messages;
  const busy = Boolean(state.turn);
  els.welcome.hidden = messages.length > 0;
  els.messages.replaceChildren(els.welcome, ...messages.map((m) => messageElement(m, { busy })));
  if (live) {
    state.turn.article =
      els.messages.querySelector(`article[data-message-id="${CSS.escape(live.id)}"]`) ?? null;
  }
  updateComposer();
  if (scroll === "bottom") scrollToBottom(true);
  schedulePoll();
}

function nearBottom() {
  const m = els.messages;
  return m.scrollHeight - m.scrollTop - m.clientHeight < 80;
}

function scrollToBottom(force = false) {
  if (force || nearBottom()) els.messages.scrollTop = els.messages.scrollHeight;
}

function showingTurn() {
  return state.turn && state.conversation?.id === state.turn.conversationId;
}

function updateComposer() {
  const streamingHere = showingTurn();
  els.send.hidden = Boolean(streamingHere);
  els.stop.hidden = !streamingHere;
  els.send.disabled = Boolean(state.turn);
  els.composer.classList.toggle("busy", Boolean(state.turn));
}

// --- polling a reply the store still marks as streaming -------------------------------------

function stopPolling() {
  clearTimeout(state.pollTimer);
  state.pollTimer = null;
}

function schedulePoll() {
  stopPolling();
  const conversation = state.conversation;
  if (!conversation || showingTurn()) return;
  if (!conversation.messages?.some((m) => m.status === "streaming")) return;
  announce(t("stillWriting"));
  state.pollTimer = setTimeout(async () => {
    try {
      const fresh = await api.get(conversation.id);
      if (state.conversation?.id !== conversation.id || showingTurn()) return;
      const keep = nearBottom();
      state.conversation = fresh;
      render({ scroll: keep ? "bottom" : null });
      if (!fresh.messages.some((m) => m.status === "streaming")) announce("");
    } catch (err) {
      showError(err);
      schedulePoll();
    }
  }, POLL_MS);
}

// --- turns ----------------------------------------------------------------------------------

async function ensureConversation() {
  if (state.conversation) return state.conversation;
  const created = await api.create({
    system_prompt: state.draft.system_prompt ?? null,
    settings: state.draft.settings ?? {},
  });
  state.conversation = { ...created, messages: [] };
  sidebar.upsert(created);
  // Record the new address without reopening what is already on screen.
  history.replaceState(null, "", `#/c/${encodeURIComponent(created.id)}`);
  return state.conversation;
}

/** Drop message `id` and what follows it from the screen (edit and regenerate replace them). */
function truncateFrom(id) {
  const messages = state.conversation.messages;
  const index = messages.findIndex((m) => m.id === id);
  if (index !== -1) messages.splice(index);
  render();
}

async function runTurn(kind, { content = "", messageId = null } = {}) {
  if (state.turn) return false;
  announce("");
  let conversation;
  try {
    conversation = await ensureConversation();
  } catch (err) {
    showError(err);
    return false;
  }
  const cid = conversation.id;
  const body = samplingOf(conversation.settings);
  const turn = { controller: new AbortController(), conversationId: cid, message: null, article: null };
  state.turn = turn;
  stopPolling();
  if (kind !== "send") truncateFrom(messageId);
  updateComposer();
  const signal = turn.controller.signal;
  const events =
    kind === "send" ? api.send(cid, { ...body, content }, signal)
    : kind === "edit" ? api.edit(cid, messageId, { ...body, content }, signal)
    : api.regenerate(cid, messageId, body, signal);
  let started = false;
  try {
    for await (const { event, data } of events) {
      started = true;
      onTurnEvent(turn, event, data);
    }
  } catch (err) {
    if (err.name === "AbortError") announce(t("stopped"));
    else showError(err);
  } finally {
    state.turn = null;
    if (state.conversation?.id === cid) await reload(cid);
    else updateComposer();
    sidebar.refresh().catch(() => {});
  }
  return started;
}

function onTurnEvent(turn, event, data) {
  const visible = state.conversation?.id === turn.conversationId;
  const messages = visible ? state.conversation.messages : [];
  switch (event) {
    case "user_message":
      messages.push(data);
      if (visible) appendMessage(data);
      break;
    case "assistant_message":
      turn.message = { ...data, content: data.content ?? "" };
      messages.push(turn.message);
      if (visible) {
        turn.article = appendMessage(turn.message);
        announce(t("generating"));
      }
      break;
    case "delta":
      if (!turn.message) break;
      turn.message.content += data.text ?? "";
      queueStreamRender(turn);
      break;
    case "tool_calls": // the answer is function calls: shown under the message
      if (!turn.message) break;
      turn.message.tool_calls = data.tool_calls ?? [];
      redrawTurn(turn);
      break;
    case "replaced": // the safety check cut the answer: its text gives way to the refusal
      if (!turn.message) break;
      turn.message.content = data.content ?? "";
      turn.message.finish_reason = "content_filter";
      turn.message.meta = { ...(turn.message.meta ?? {}), safety: { ...(data.safety ?? {}), cut: true } };
      redrawTurn(turn);
      break;
    case "done":
      if (!turn.message) break;
      Object.assign(turn.message, data);
      redrawTurn(turn);
      announce("");
      break;
    case "error":
      if (!turn.message) break;
      turn.message.status = "error";
      turn.message.error = data.message ?? "";
      redrawTurn(turn);
      announce(t("errorNote", { message: data.message ?? "" }), { error: true });
      break;
    default:
      break;
  }
}

function appendMessage(message) {
  els.welcome.hidden = true;
  const article = messageElement(message, { busy: true });
  els.messages.append(article);
  scrollToBottom(true);
  return article;
}

function queueStreamRender(turn) {
  if (state.renderQueued) return;
  state.renderQueued = true;
  requestAnimationFrame(() => {
    state.renderQueued = false;
    if (!turn.article?.isConnected || turn.message.status !== "streaming") return;
    const keep = nearBottom();
    updateStreamingBody(turn.article, turn.message.content);
    if (keep) scrollToBottom(true);
  });
}

function redrawTurn(turn) {
  if (!turn.article?.isConnected) return;
  const keep = nearBottom();
  updateMessageElement(turn.article, turn.message, { busy: true });
  if (keep) scrollToBottom(true);
}

async function reload(cid) {
  try {
    const fresh = await api.get(cid);
    if (state.conversation?.id !== cid) return;
    const keep = nearBottom();
    state.conversation = fresh;
    render({ scroll: keep ? "bottom" : null });
  } catch (err) {
    showError(err);
  }
}

// --- the composer -----------------------------------------------------------------------------

function autosize() {
  els.input.style.height = "auto";
  els.input.style.height = `${Math.min(els.input.scrollHeight, 240)}px`;
}

els.composer.addEventListener("submit", async (event) => {
  event.preventDefault();
  const content = els.input.value;
  if (!content.trim() || state.turn) return;
  els.input.value = "";
  autosize();
  const started = await runTurn("send", { content });
  if (!started && !els.input.value) {
    els.input.value = content; // nothing was sent: give the text back
    autosize();
  }
});

els.input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    els.composer.requestSubmit();
  } else if (event.key === "Escape" && state.turn) {
    state.turn.controller.abort();
  }
});
els.input.addEventListener("input", autosize);
els.stop.addEventListener("click", () => {
  state.turn?.controller.abort();
  els.input.focus();
});

// --- message actions ------------------------------------------------------------------------

els.messages.addEventListener("click", async (event) => {
  const codeButton = event.target.closest(".copy-code");
  if (codeButton) {
    const code = codeButton.closest(".code-block")?.querySelector("code");
    if (code) flashCopied(codeButton, await copyText(code.textContent.replace(/\n$/, "")), true);
    return;
  }
  const button = event.target.closest("button[data-action]");
  const article = button?.closest("article[data-message-id]");
  if (!button || !article || !state.conversation) return;
  const message = state.conversation.messages.find((m) => m.id === article.dataset.messageId);
  if (!message) return;
  const action = button.dataset.action;
  if (action === "copy") flashCopied(button, await copyText(message.content), false);
  else if (action === "regenerate") runTurn("regenerate", { messageId: message.id });
  else if (action === "edit") {
    const content = await editInPlace(article, message.content);
    if (content !== null) runTurn("edit", { content, messageId: message.id });
  } else if (action === "prev" || action === "next") {
    await switchBranch(message, action === "prev" ? -1 : 1);
  }
});

function flashCopied(button, ok, hasText) {
  if (!ok) return;
  const label = hasText ? button.textContent : button.getAttribute("aria-label");
  button.classList.add("copied");
  if (hasText) button.textContent = t("copied");
  else button.setAttribute("aria-label", t("copied"));
  announce(t("copied"));
  setTimeout(() => {
    button.classList.remove("copied");
    if (hasText) button.textContent = label;
    else button.setAttribute("aria-label", label);
  }, 1500);
}

async function switchBranch(message, step) {
  const target = message.sibling_ids[(message.sibling_index ?? 0) + step];
  if (!target || state.turn) return;
  try {
    const fresh = await api.branch(state.conversation.id, target);
    state.conversation = fresh;
    render();
    // Keep the keyboard where it was: on the same arrow of the version now shown.
    const article = els.messages.querySelector(`article[data-message-id="${CSS.escape(target)}"]`);
    const again = article?.querySelector(`button[data-action="${step < 0 ? "prev" : "next"}"]`);
    (again && !again.disabled ? again : article?.querySelector(".branch-nav button:not(:disabled)"))?.focus();
  } catch (err) {
    showError(err);
  }
}

// --- sidebar on small screens, language, API key --------------------------------------------

function openSidebar() {
  els.app.classList.add("sidebar-open");
  els.scrim.hidden = false;
  els.menu.setAttribute("aria-expanded", "true");
  $("new-conversation").focus();
}

function closeSidebar() {
  if (!els.app.classList.contains("sidebar-open")) return;
  els.app.classList.remove("sidebar-open");
  els.scrim.hidden = true;
  els.menu.setAttribute("aria-expanded", "false");
}

els.menu.addEventListener("click", openSidebar);
els.scrim.addEventListener("click", closeSidebar);
$("sidebar-close").addEventListener("click", () => {
  closeSidebar();
  els.menu.focus();
});
$("sidebar").addEventListener("keydown", (event) => {
  if (event.key === "Escape" && els.app.classList.contains("sidebar-open")) {
    closeSidebar();
    els.menu.focus();
  }
});
$("new-conversation").addEventListener("click", () => navigate("#/"));

const languageSelects = [$("language-select"), $("login-language")];
for (const select of languageSelects) {
  select.value = language();
  select.addEventListener("change", () => setLanguage(select.value));
}
onLanguageChange(() => {
  for (const select of languageSelects) select.value = language();
  translateLogin();
  render();
  sidebar.render();
});

function askForKey() {
  const dialog = $("key-dialog");
  if (dialog.open) return;
  const input = $("key-input");
  input.value = apiKey();
  dialog.returnValue = "";
  dialog.showModal();
  dialog.addEventListener(
    "close",
    () => {
      if (dialog.returnValue !== "ok") return;
      setApiKey(input.value.trim());
      start();
    },
    { once: true },
  );
}
$("api-key-button").addEventListener("click", askForKey);

// --- start ------------------------------------------------------------------------------------

async function loadModels() {
  try {
    const models = (await api.models()).data ?? [];
    settings.setModels(models);
    if (models.length) {
      els.badge.textContent = models[0].id;
      els.badge.hidden = false;
    }
  } catch {
    // The model list is a nicety; the chat works without it.
  }
}

async function start() {
  try {
    await ensureSession();
    await sidebar.refresh();
  } catch (err) {
    showError(err);
    return;
  }
  announce("");
  await loadModels();
  await route();
}

// After a login that follows a lost session: another person may have logged in, so what
// the page holds of the previous one goes; the same person finds their screen again.
initAccount({
  onLogin: async (session, before) => {
    if (before?.id && before.id !== session.user?.id) {
      state.conversation = null;
      history.replaceState(null, "", "#/");
    }
    await start();
  },
});

applyTranslations(document);
initTheme($("theme-toggle"));
window.addEventListener("hashchange", route);
await loadTools();
await start();
document.documentElement.dataset.ready = "true";
