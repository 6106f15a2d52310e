// Function calls in a conversation: an assistant message's `tool_calls` (each call's
// function name and its arguments pretty-printed, in a collapsible block) and a message
// of role `tool` (the result, labelled with the function it answers). Everything from
// the message is set as text (textContent), never as markup: a `<script>` in arguments or
// in a result is shown as written.

import { t } from "./i18n.js";

/** The calls of an assistant message, or null when it made none. */
export function toolCallsElement(message) {
  const calls = Array.isArray(message.tool_calls) ? message.tool_calls : [];
  if (!calls.length) return null;
  const list = document.createElement("div");
  list.className = "fncalls";
  list.setAttribute("role", "group");
  list.setAttribute("aria-label", t("toolCallsLabel", { count: calls.length }));
  for (const call of calls) list.append(callElement(call));
  return list;
}

function callElement(call) {
  const fn = call && typeof call.function === "object" && call.function ? call.function : {};
  const details = document.createElement("details");
  details.className = "fncall";
  details.open = true;
  details.dataset.callId = String(call?.id ?? "");
  const summary = document.createElement("summary");
  const label = document.createElement("span");
  label.className = "fncall-label";
  label.textContent = t("toolCall");
  const name = document.createElement("code");
  name.className = "fncall-name";
  name.textContent = String(fn.name ?? "");
  summary.append(label, " ", name);
  const args = document.createElement("pre");
  args.className = "fncall-arguments";
  args.setAttribute("aria-label", t("toolArguments"));
  args.textContent = pretty(fn.arguments);
  details.append(summary, args);
  return details;
}

/** Arguments as JSON text, indented; text that is not JSON as it came. */
export function pretty(text) {
  if (typeof text !== "string") return JSON.stringify(text ?? {}, null, 2);
  try {
    return JSON.stringify(JSON.parse(text || "{}"), null, 2);
  } catch {
    return text;
  }
}

/** The name of the function a tool message answers: stored with it, or found in the
 * calls of the messages before it. */
export function answeredFunction(message, messages = []) {
  const stored = message.meta?.tool_name;
  if (typeof stored === "string" && stored) return stored;
  for (const other of messages) {
    for (const call of Array.isArray(other.tool_calls) ? other.tool_calls : []) {
      if (call?.id === message.tool_call_id) return String(call.function?.name ?? "");
    }
  }
  return "";
}

/** The head label and the body of a message of role `tool`. */
export function toolResultParts(message, messages = []) {
  const name = answeredFunction(message, messages);
  const label = name ? t("toolResultOf", { name }) : t("toolResult");
  const body = document.createElement("div");
  body.className = "message-body fncall-result";
  const pre = document.createElement("pre");
  const content = String(message.content ?? "");
  pre.textContent = content.trim() ? pretty(content) : content;
  body.append(pre);
  return { label, body };
}
