// Who is using the page: the session read from GET /auth/session, the login screen shown
// instead of the app when the server has accounts and nobody is logged in (or the session
// ended while the page was open), and the account menu of the sidebar (keys, admin, logout).
//
// The session cookie is HttpOnly: the page only ever holds the CSRF token, which api.js
// sends with every request that is not a GET.

import { ApiError, auth, onUnauthorized, setApiKey, setCsrfToken } from "./api.js";
import { t } from "./i18n.js";

const $ = (id) => document.getElementById(id);

const els = {
  screen: $("login-view"),
  app: $("app"),
  skip: $("skip-link"),
  form: $("login-form"),
  username: $("login-username"),
  password: $("login-password"),
  submit: $("login-submit"),
  error: $("login-error"),
  notice: $("login-notice"),
  sso: $("login-sso"),
  ssoLink: $("login-sso-link"),
  nav: $("account-nav"),
  name: $("account-name"),
  adminItem: $("admin-item"),
  logout: $("logout-button"),
  keyButton: $("api-key-button"),
};

// A notice to show on the login screen after the page reloads (set by logout).
const NOTICE_STORAGE = "veilleur.loginNotice";

const state = {
  session: null, // the last answer of /auth/session (or of a login)
  oidc: { enabled: false, label: "" },
  loginShown: false,
  waiting: null, // resolve() of the promise that `ensureSession` returns while logged out
  noticeKey: null, // the notice shown above the form (a translation key), or null
  errorText: null, // () => the error shown under the form, in the current language
};

/** The logged-in user (`{id, username, display_name, role}`), or null. */
export function currentUser() {
  return state.session?.user ?? null;
}

/** Whether the server has accounts (a user exists). */
export function accountsEnabled() {
  return Boolean(state.session?.accounts);
}

/**
 * Resolve with the session once there is one: at once when the server says who we are,
 * after the login screen otherwise. Rejects on a network or server error.
 */
export async function ensureSession() {
  try {
    adopt(await auth.session());
    return state.session;
  } catch (err) {
    if (!(err instanceof ApiError && err.status === 401 && err.body?.accounts)) throw err;
    state.oidc = err.body.oidc ?? state.oidc;
    const notice = sessionStorage.getItem(NOTICE_STORAGE);
    sessionStorage.removeItem(NOTICE_STORAGE);
    // A cookie the server no longer knows (expired, ended elsewhere): say so.
    const expired = err.code === "session_expired" ? "sessionExpired" : null;
    return showLogin(notice === "loggedOut" ? notice : expired);
  }
}

function adopt(session) {
  state.session = session;
  setCsrfToken(session.csrf_token);
  if (session.oidc) state.oidc = session.oidc;
  const user = session.user;
  els.nav.hidden = !session.accounts || !user?.id;
  els.name.textContent = user ? user.display_name || user.username : "";
  els.adminItem.hidden = user?.role !== "admin" || !user?.id;
  // The shared-key dialog is for a server without accounts (or for its operator's key).
  els.keyButton.hidden = Boolean(session.accounts && user?.id);
}

/** Show the login screen; resolves with the session after a successful login. */
function showLogin(noticeKey = null) {
  state.session = null;
  setCsrfToken("");
  state.noticeKey = noticeKey;
  state.errorText = null;
  drawTexts();
  els.sso.hidden = !state.oidc?.enabled;
  els.password.value = "";
  els.screen.hidden = false;
  els.app.hidden = true;
  els.skip.hidden = true;
  state.loginShown = true;
  (els.username.value ? els.password : els.username).focus();
  return new Promise((resolve) => {
    const previous = state.waiting;
    state.waiting = (session) => {
      previous?.(session);
      resolve(session);
    };
  });
}

function hideLogin() {
  els.screen.hidden = true;
  els.app.hidden = false;
  els.skip.hidden = false;
  state.loginShown = false;
}

/** The texts of the login screen that depend on state (static ones use data-i18n). */
function drawTexts() {
  els.notice.hidden = !state.noticeKey;
  els.notice.textContent = state.noticeKey ? t(state.noticeKey) : "";
  els.error.hidden = !state.errorText;
  els.error.textContent = state.errorText ? state.errorText() : "";
  els.ssoLink.textContent = t("logInWith", { label: state.oidc?.label || "SSO" });
}

/** "3 minutes", "45 seconds": a wait in words, rounded up to the minute past 90 s. */
export function waitText(seconds) {
  if (seconds === null || seconds === undefined) return t("minutes", { n: "?" });
  if (seconds <= 90) return seconds === 1 ? t("oneSecond") : t("seconds", { n: seconds });
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? t("oneMinute") : t("minutes", { n: minutes });
}

function loginErrorText(err) {
  if (err instanceof ApiError && err.status === 401) return () => t("loginFailed");
  if (err instanceof ApiError && err.status === 429) {
    const wait = err.retryAfter;
    return () => t("loginRateLimited", { wait: waitText(wait) });
  }
  if (err instanceof ApiError) return () => t("loginError", { message: err.message });
  return () => t("networkError");
}

els.form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const username = els.username.value.trim();
  const password = els.password.value;
  if (!username || !password) {
    state.errorText = () => t("loginMissing");
    drawTexts();
    (username ? els.password : els.username).focus();
    return;
  }
  els.submit.disabled = true;
  els.submit.textContent = t("loggingIn");
  try {
    const session = await auth.login(username, password);
    setApiKey(""); // a stored shared key would be sent instead of the cookie
    adopt(session);
    hideLogin();
    els.password.value = "";
    const waiting = state.waiting;
    state.waiting = null;
    waiting?.(session);
  } catch (err) {
    state.errorText = loginErrorText(err);
    els.password.value = "";
    drawTexts();
    els.password.focus();
  } finally {
    els.submit.disabled = false;
    els.submit.textContent = t("logIn");
  }
});

/**
 * Wire the account menu. `onLogin(session, previousUser)` runs after a login that follows
 * a lost session (or a logout), so that the app reloads what it shows.
 */
export function initAccount({ onLogin }) {
  const relogin = async (noticeKey) => {
    const before = currentUser();
    const session = await showLogin(noticeKey);
    onLogin(session, before);
  };
  onUnauthorized(() => {
    // Only a server with accounts has a login screen; without, the page asks for the key.
    if (!accountsEnabled() || state.loginShown) return;
    relogin("sessionExpired");
  });
  els.logout.addEventListener("click", async () => {
    try {
      await auth.logout();
    } catch {
      // Already ended (401), or refused: the reload below shows which.
    }
    // Start afresh, so that nothing of this user stays in the page for the next one.
    sessionStorage.setItem(NOTICE_STORAGE, "loggedOut");
    location.replace("/");
  });
}

// The login screen follows the language switch (its static texts carry data-i18n).
export function translateLogin() {
  drawTexts();
  els.submit.textContent = els.submit.disabled ? t("loggingIn") : t("logIn");
}
