// The conversation API seen from the page: JSON calls, and turns streamed as Server-Sent
// Events read from a fetch body (EventSource cannot POST nor be aborted per request).
//
// With accounts, the session is an HttpOnly cookie the page never sees; every request that
// is not a GET carries the session's CSRF token (`X-CSRF-Token`, from GET /auth/session).
// A 401 from anything but the login flow means the session is gone: `onUnauthorized`
// listeners hear of it (the page then shows its login screen again).

const KEY_STORAGE = "veilleur.apiKey";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

let csrfToken = "";
const unauthorizedListeners = new Set();

/** An error answered by the server, with its OpenAI-style body. */
export class ApiError extends Error {
  constructor(status, body, retryAfter = null) {
    super(body?.error?.message || `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.code = body?.error?.code || null;
    this.body = body;
    // Seconds to wait (the Retry-After header of a 429), or null.
    const seconds = Number.parseInt(retryAfter ?? "", 10);
    this.retryAfter = Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
  }
}

/** The session's CSRF token, sent with every request that is not a GET ("": none). */
export function setCsrfToken(value) {
  csrfToken = value || "";
}

/** Call `listener(error)` when a request gets 401 outside the login flow. */
export function onUnauthorized(listener) {
  unauthorizedListeners.add(listener);
}

async function failure(response, path) {
  const error = new ApiError(
    response.status,
    await response.json().catch(() => null),
    response.headers.get("Retry-After"),
  );
  if (response.status === 401 && !path.startsWith("/auth/")) {
    for (const listener of unauthorizedListeners) listener(error);
  }
  return error;
}

export function apiKey() {
  return localStorage.getItem(KEY_STORAGE) || "";
}

export function setApiKey(value) {
  if (value) localStorage.setItem(KEY_STORAGE, value);
  else localStorage.removeItem(KEY_STORAGE);
}

function headers(method) {
  const result = { Accept: "application/json" };
  const key = apiKey();
  if (key) result.Authorization = `Bearer ${key}`;
  if (csrfToken && !SAFE_METHODS.has(method)) result["X-CSRF-Token"] = csrfToken;
  return result;
}

async function request(method, path, body, { signal } = {}) {
  const init = { method, headers: headers(method), signal };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  if (!response.ok) throw await failure(response, path);
  return response;
}

async function json(method, path, body) {
  const response = await request(method, path, body);
  return response.status === 204 ? null : response.json();
}

const BASE = "/api/conversations";
const id = encodeURIComponent;

export const api = {
  list: (limit = 50, offset = 0) => json("GET", `${BASE}?limit=${limit}&offset=${offset}`),
  create: (fields) => json("POST", BASE, fields),
  get: (cid) => json("GET", `${BASE}/${id(cid)}`),
  update: (cid, fields) => json("PATCH", `${BASE}/${id(cid)}`, fields),
  remove: (cid) => json("DELETE", `${BASE}/${id(cid)}`),
  branch: (cid, messageId) => json("POST", `${BASE}/${id(cid)}/branch`, { message_id: messageId }),
  models: () => json("GET", "/v1/models"),

  /** Post a new message; yields the turn's events. */
  send: (cid, body, signal) => stream(`${BASE}/${id(cid)}/messages`, body, signal),
  regenerate: (cid, mid, body, signal) =>
    stream(`${BASE}/${id(cid)}/messages/${id(mid)}/regenerate`, body, signal),
  edit: (cid, mid, body, signal) =>
    stream(`${BASE}/${id(cid)}/messages/${id(mid)}/edit`, body, signal),
};

/** Login, logout and who is logged in (`/auth/…`; a 401 there is an answer, not a loss). */
export const auth = {
  session: () => json("GET", "/auth/session"),
  login: (username, password) => json("POST", "/auth/login", { username, password }),
  logout: () => json("POST", "/auth/logout"),
};

/** The logged-in user's API keys. */
export const keys = {
  list: () => json("GET", "/api/keys"),
  create: (fields) => json("POST", "/api/keys", fields),
  revoke: (kid) => json("DELETE", `/api/keys/${id(kid)}`),
};

/** The admin screen: users, the audit log of everyone, usage. */
export const admin = {
  users: () => json("GET", "/api/admin/users"),
  updateUser: (uid, fields) => json("PATCH", `/api/admin/users/${id(uid)}`, fields),
  audit: (filters = {}) => {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(filters)) if (value) query.set(name, value);
    const text = query.toString();
    return json("GET", `/api/admin/audit${text ? `?${text}` : ""}`);
  },
  usage: () => json("GET", "/api/admin/usage"),
};

/** Export and import of every conversation (docs/export.md). */
export const transfer = {
  /** The caller's export (`json` or `markdown`): `{blob, name}`. */
  download: async (format) => {
    const response = await request("GET", `/api/export?format=${id(format)}`);
    const disposition = response.headers.get("Content-Disposition") || "";
    const name = /filename="([^"]+)"/.exec(disposition)?.[1] || `veilleur-export.${format === "json" ? "json" : "md"}`;
    return { blob: await response.blob(), name };
  },
  /** Import a JSON export (a File); resolves with the counts. */
  upload: async (file) => {
    const body = new FormData();
    body.append("file", file);
    const response = await fetch("/api/import", { method: "POST", headers: headers("POST"), body });
    if (!response.ok) throw await failure(response, "/api/import");
    return response.json();
  },
};

/** Files attached to conversations (docs/attachments.md). */
export const attachments = {
  list: (cid) => json("GET", `${BASE}/${id(cid)}/attachments`),
  remove: (aid) => json("DELETE", `/api/attachments/${id(aid)}`),
  /**
   * Upload `files` (File objects) into conversation `cid` with XMLHttpRequest, whose
   * upload events give `onProgress(loaded, total)`; resolves with `{data: [...]}`, rejects
   * with an ApiError (status 0: the connection broke, e.g. closed by the server).
   */
  upload: (cid, files, onProgress) => new Promise((resolve, reject) => {
    const path = `${BASE}/${id(cid)}/attachments`;
    const body = new FormData();
    for (const file of files) body.append("files", file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    for (const [name, value] of Object.entries(headers("POST"))) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded, event.total);
    });
    xhr.addEventListener("load", () => {
      let parsed = null;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        parsed = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(parsed);
      const error = new ApiError(xhr.status, parsed, xhr.getResponseHeader("Retry-After"));
      if (xhr.status === 401) for (const listener of unauthorizedListeners) listener(error);
      reject(error);
    });
    xhr.addEventListener("error", () => reject(new ApiError(0, null)));
    xhr.send(body);
  }),
};

/**
 * Run a task (`/api/tasks/...`) as a stream; yields its events. `body` is an object (sent
 * as JSON) or a FormData (sent as multipart, for an uploaded file).
 */
export async function* streamTask(path, body, signal) {
  if (body instanceof FormData) {
    body.set("stream", "true");
    const response = await fetch(path, { method: "POST", headers: headers("POST"), body, signal });
    if (!response.ok) throw await failure(response, path);
    yield* readEvents(response.body);
  } else {
    yield* stream(path, body, signal);
  }
}

async function* stream(path, body, signal) {
  const response = await request("POST", path, { ...body, stream: true }, { signal });
  yield* readEvents(response.body);
}

/** Parse a Server-Sent Events body into `{event, data}` objects (data parsed as JSON). */
export async function* readEvents(body) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value.replace(/\r\n?/g, "\n");
      let end;
      while ((end = buffer.indexOf("\n\n")) !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = parseBlock(block);
        if (event) yield event;
      }
    }
  } finally {
    reader.releaseLock();
  }
}

function parseBlock(block) {
  let event = "message";
  const data = [];
  for (const line of block.split("\n")) {
    if (line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
  }
  if (!data.length) return null;
  try {
    return { event, data: JSON.parse(data.join("\n")) };
  } catch {
    return null;
  }
}
