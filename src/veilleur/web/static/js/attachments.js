// Attachments of the conversation on screen (docs/attachments.md): the paperclip button
// and files dropped onto the conversation upload with a progress bar (XMLHttpRequest
// upload events, through api.js: key and CSRF token); the conversation's attachments are
// chips above the message box, each with a × that removes it. Errors are shown in the
// page's language, from the server's error code (413, 415, 422, 429…).
//
// app.js calls `show(conversationId)` whenever it renders; attaching a file to a
// conversation not created yet creates it first (`ensureConversation`).

import { ApiError, attachments as api } from "./api.js";
import { onLanguageChange, t } from "./i18n.js";
import { POLL_MS, indexingElement, stillIndexing } from "./indexing.js";

const $ = (id) => document.getElementById(id);

// Server error code -> the i18n key of its message.
const ERRORS = {
  document_too_large: "attachTooLarge",
  payload_too_large: "attachTooLarge",
  too_many_files: "attachTooMany",
  attachment_quota_exceeded: "attachQuota",
  no_text: "attachNoText",
  encrypted_document: "attachEncrypted",
  corrupt_document: "attachCorrupt",
  unsupported_document: "attachUnsupported",
  document_type_mismatch: "attachUnsupported",
  unsupported_media_type: "attachUnsupported",
  unsafe_document: "attachUnsafe",
};

/** Bytes in words: "12 kB", "3.4 MB". */
export function formatSize(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} B`;
}

/**
 * @param {{ensureConversation: () => Promise<{id: string}>, changed?: () => void}} hooks
 * @returns {{show: (conversationId: string | null) => void}}
 */
export function initAttachments(hooks) {
  const box = $("attachments");
  const chips = $("attachment-chips");
  const progress = $("attachment-progress");
  const bar = $("attachment-progress-bar");
  const progressLabel = $("attachment-progress-label");
  const errorLine = $("attachment-error");
  const input = $("attach-input");
  const dropZone = $("chat-view");

  let shownId = null; // the conversation whose chips are on screen
  let items = [];
  let limits = null;
  let lastError = null; // {key, vars}: re-translated on a language change
  let uploading = false;
  let poll = null; // the timer of the next list while an attachment is being indexed

  const refreshBox = () => {
    box.hidden = !items.length && progress.hidden && errorLine.hidden;
  };

  const showError = (key, vars = {}) => {
    lastError = key ? { key, vars } : null;
    errorLine.textContent = key ? t(key, vars) : "";
    errorLine.hidden = !key;
    refreshBox();
  };

  const render = () => {
    chips.replaceChildren(...items.map(chip));
    refreshBox();
    clearTimeout(poll);
    poll = shownId && stillIndexing(items) ? setTimeout(() => load(shownId), POLL_MS) : null;
  };

  function chip(item) {
    const li = document.createElement("li");
    li.className = "attachment-chip";
    li.dataset.attachmentId = item.id;
    if (item.status === "flagged") li.classList.add("flagged");
    const name = document.createElement("span");
    name.className = "attachment-name";
    name.textContent = item.filename;
    const meta = document.createElement("span");
    meta.className = "attachment-meta";
    meta.textContent = formatSize(item.size) + (item.status === "flagged" ? ` · ${t("attachFlagged")}` : "");
    if (item.status === "flagged") li.title = t("attachFlaggedHelp");
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "attachment-remove";
    remove.setAttribute("aria-label", t("attachRemove", { name: item.filename }));
    remove.textContent = "×";
    remove.addEventListener("click", () => removeItem(item));
    const indexing = indexingElement(item);
    li.append(...(indexing ? [name, meta, indexing, remove] : [name, meta, remove]));
    return li;
  }

  async function load(conversationId) {
    try {
      const listed = await api.list(conversationId);
      if (shownId !== conversationId) return;
      items = listed.data;
      limits = listed.limits ?? limits;
      render();
    } catch (err) {
      if (shownId === conversationId) failed(err);
    }
  }

  async function removeItem(item) {
    try {
      await api.remove(item.id);
      items = items.filter((other) => other.id !== item.id);
      showError(null);
      render();
      hooks.changed?.();
    } catch (err) {
      failed(err);
    }
  }

  function failed(err, files = []) {
    const name = files.length === 1 ? files[0].name : files.map((f) => f.name).join(", ");
    if (err instanceof ApiError && err.status === 0) return showError("attachConnection", { name });
    const key = err instanceof ApiError ? ERRORS[err.code] : null;
    if (key) return showError(key, { name });
    showError("attachFailed", { name, message: err.message || String(err) });
  }

  /** Refuse before sending what the server's limits refuse anyway (saves the upload). */
  function tooMuch(files) {
    if (!limits) return false;
    const big = files.find((f) => f.size > limits.max_file_bytes);
    if (big) {
      showError("attachTooLargeLimit", { name: big.name, limit: formatSize(limits.max_file_bytes) });
      return true;
    }
    if (files.length > limits.max_files_per_request) {
      showError("attachTooMany", { name: "" });
      return true;
    }
    return false;
  }

  async function upload(fileList) {
    const files = Array.from(fileList || []);
    if (!files.length || uploading) return;
    showError(null);
    uploading = true;
    try {
      const conversation = await hooks.ensureConversation();
      if (shownId !== conversation.id) {
        shownId = conversation.id;
        items = [];
        await load(conversation.id);
      } else if (!limits) {
        await load(conversation.id);
      }
      if (tooMuch(files)) return;
      progress.hidden = false;
      bar.value = 0;
      progressLabel.textContent = t("attachUploading", { name: files.map((f) => f.name).join(", ") });
      refreshBox();
      const result = await api.upload(conversation.id, files, (loaded, total) => {
        bar.value = total ? Math.round((loaded / total) * 100) : 0;
      });
      bar.value = 100;
      if (shownId === conversation.id) {
        const known = new Set(items.map((item) => item.id));
        items = items.concat(result.data.filter((item) => !known.has(item.id)));
        render();
      }
      hooks.changed?.();
    } catch (err) {
      failed(err, files);
    } finally {
      uploading = false;
      progress.hidden = true;
      refreshBox();
    }
  }

  $("attach-button").addEventListener("click", () => input.click());
  input.addEventListener("change", () => {
    const files = input.files;
    upload(files).finally(() => {
      input.value = "";
    });
  });

  // Drag and drop onto the conversation: only drags that carry files.
  const carriesFiles = (event) => Array.from(event.dataTransfer?.types || []).includes("Files");
  let depth = 0;
  dropZone.addEventListener("dragenter", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth += 1;
    dropZone.classList.add("drop-target");
  });
  dropZone.addEventListener("dragover", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  });
  dropZone.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (!depth) dropZone.classList.remove("drop-target");
  });
  dropZone.addEventListener("drop", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    dropZone.classList.remove("drop-target");
    upload(event.dataTransfer.files);
  });

  onLanguageChange(() => {
    render();
    if (lastError) showError(lastError.key, lastError.vars);
  });

  return {
    show(conversationId) {
      if (conversationId === shownId) return;
      shownId = conversationId;
      items = [];
      showError(null);
      render();
      if (conversationId) load(conversationId);
    },
  };
}
