// The conversation settings panel: system prompt, model, sampling. Saved in the
// conversation (`system_prompt`, `settings.model`, `settings.sampling`); the sampling is
// also sent with each message, so that what the panel shows is what the turn uses.

import { onLanguageChange, t } from "./i18n.js";

// llama.cpp's defaults, which the server applies when a request sets nothing.
const DEFAULTS = { temperature: 0.8, top_p: 0.95 };

const $ = (id) => document.getElementById(id);

export class SettingsPanel {
  /** @param {object} hooks `save(fields)` → Promise, `opened()`, `closed()`. */
  constructor(hooks) {
    this.hooks = hooks;
    this.panel = $("settings-panel");
    this.button = $("settings-button");
    this.form = $("settings-form");
    this.fields = {
      system: $("system-prompt"),
      model: $("model-select"),
      temperature: $("temperature"),
      topP: $("top-p"),
      maxTokens: $("max-tokens"),
      seed: $("seed"),
    };
    this.button.addEventListener("click", () => (this.panel.hidden ? this.open() : this.close()));
    $("settings-close").addEventListener("click", () => this.close());
    $("settings-reset").addEventListener("click", () => this.setValues({}));
    this.fields.temperature.addEventListener("input", () => this.showValues());
    this.fields.topP.addEventListener("input", () => this.showValues());
    this.panel.addEventListener("keydown", (event) => {
      if (event.key === "Escape") this.close();
    });
    this.form.addEventListener("submit", async (event) => {
      event.preventDefault();
      await this.hooks.save(this.read());
    });
  }

  /** The picker's models (`/v1/models`): a server of several says which are loaded. */
  setModels(models) {
    if (this.models === undefined) onLanguageChange(() => this.setModels(this.models));
    this.models = models;
    const chosen = this.fields.model.value;
    this.fields.model.replaceChildren(
      ...models.map((model) => {
        const option = document.createElement("option");
        option.value = model.id;
        const loaded = model.veilleur?.loaded;
        option.textContent = loaded === false ? `${model.id} (${t("modelNotLoaded")})` : model.id;
        return option;
      }),
    );
    if (chosen && models.some((model) => model.id === chosen)) this.fields.model.value = chosen;
  }

  /** Show the settings of `conversation` (or of a conversation not created yet). */
  fill(conversation) {
    this.filledFor = conversation?.id ?? null;
    this.setValues(conversation);
  }

  setValues(conversation) {
    const settings = conversation?.settings ?? {};
    const sampling = settings.sampling ?? {};
    this.fields.system.value = conversation?.system_prompt ?? "";
    if (settings.model) this.fields.model.value = settings.model;
    this.fields.temperature.value = sampling.temperature ?? DEFAULTS.temperature;
    this.fields.topP.value = sampling.top_p ?? DEFAULTS.top_p;
    this.fields.maxTokens.value = sampling.max_tokens ?? "";
    this.fields.seed.value = sampling.seed ?? "";
    this.fields.maxTokens.placeholder = "512";
    this.showValues();
  }

  showValues() {
    $("temperature-value").textContent = Number(this.fields.temperature.value).toFixed(2);
    $("top-p-value").textContent = Number(this.fields.topP.value).toFixed(2);
  }

  /** The panel's values as conversation fields: `{system_prompt, settings}`. */
  read() {
    const sampling = {
      temperature: Number(this.fields.temperature.value),
      top_p: Number(this.fields.topP.value),
    };
    const maxTokens = parseInt(this.fields.maxTokens.value, 10);
    if (maxTokens > 0) sampling.max_tokens = maxTokens;
    const seed = parseInt(this.fields.seed.value, 10);
    if (seed >= 0) sampling.seed = seed;
    const system = this.fields.system.value;
    return {
      system_prompt: system.trim() ? system : null,
      settings: { model: this.fields.model.value || undefined, sampling },
    };
  }

  open() {
    this.panel.hidden = false;
    this.button.setAttribute("aria-expanded", "true");
    this.fields.system.focus();
    this.hooks.opened?.();
  }

  close() {
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    this.button.setAttribute("aria-expanded", "false");
    this.button.focus();
  }
}

/** The sampling parameters to send with a turn, from conversation `settings`. */
export function samplingOf(settings) {
  const sampling = settings?.sampling ?? {};
  const body = {};
  for (const key of ["temperature", "top_p", "top_k", "min_p", "max_tokens", "seed", "repeat_penalty"]) {
    if (typeof sampling[key] === "number" && Number.isFinite(sampling[key])) body[key] = sampling[key];
  }
  return body;
}
