// The conversation API seen from the page: JSON calls, and turns streamed as Server-Sent
// Events read from a fetch body (EventSource cannot POST nor be aborted per request).

const KEY_STORAGE = "veilleur.apiKey";

/** An error answered by the server, with its OpenAI-style body. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error?.message || `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.code = body?.error?.code || null;
  }
}

export function apiKey() {
  return localStorage.getItem(KEY_STORAGE) || "";
}

export function setApiKey(value) {
  if (value) localStorage.setItem(KEY_STORAGE, value);
  else localStorage.removeItem(KEY_STORAGE);
}

function headers(extra = {}) {
  const result = { Accept: "application/json", ...extra };
  const key = apiKey();
  if (key) result.Authorization = `Bearer ${key}`;
  return result;
}

async function request(method, path, body, { signal } = {}) {
  const init = { method, headers: headers(), signal };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
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

/**
 * Run a task (`/api/tasks/...`) as a stream; yields its events. `body` is an object (sent
 * as JSON) or a FormData (sent as multipart, for an uploaded file).
 */
export async function* streamTask(path, body, signal) {
  if (body instanceof FormData) {
    body.set("stream", "true");
    const response = await fetch(path, { method: "POST", headers: headers(), body, signal });
    if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
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
