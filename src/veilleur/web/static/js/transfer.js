// "Your conversations" in the sidebar: export every conversation (JSON, which another
// Veilleur imports, or Markdown) and import a JSON export, with a message that says what
// was imported and skipped (docs/export.md). api.js sends the CSRF token and the key.

import { transfer } from "./api.js";
import { t } from "./i18n.js";

const $ = (id) => document.getElementById(id);

/** @param {{imported: () => void}} hooks `imported()`: after an import wrote something. */
export function initTransfer(hooks) {
  const status = $("transfer-status");
  const say = (text, isError = false) => {
    status.textContent = text;
    status.classList.toggle("error", isError);
    status.hidden = !text;
  };
  const failed = (err) => say(t("transferFailed", { message: err.message || String(err) }), true);

  for (const [button, format] of [["export-json", "json"], ["export-markdown", "markdown"]]) {
    $(button).addEventListener("click", async () => {
      say(t("exporting"));
      try {
        const { blob, name } = await transfer.download(format);
        const url = URL.createObjectURL(blob);
        const link = document.createElement("a");
        link.href = url;
        link.download = name;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
        say(t("exported", { name }));
      } catch (err) {
        failed(err);
      }
    });
  }

  const input = $("import-file");
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    if (!file) return;
    say(t("importing"));
    try {
      const result = await transfer.upload(file);
      say(t("imported", { imported: result.imported, skipped: result.skipped, messages: result.messages }));
      if (result.imported) hooks.imported?.();
    } catch (err) {
      failed(err);
    } finally {
      input.value = "";
    }
  });
}
