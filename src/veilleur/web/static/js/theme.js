// Light or dark: the system's preference until the user picks one with the toggle.

const STORAGE_KEY = "veilleur.theme";
const media = window.matchMedia("(prefers-color-scheme: dark)");

export function isDark() {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored ? stored === "dark" : media.matches;
}

function apply(button) {
  const dark = isDark();
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  button?.setAttribute("aria-pressed", String(dark));
}

/** Wire the toggle `button` and apply the theme now. */
export function initTheme(button) {
  apply(button);
  media.addEventListener("change", () => apply(button));
  button.addEventListener("click", () => {
    localStorage.setItem(STORAGE_KEY, isDark() ? "light" : "dark");
    apply(button);
  });
}
