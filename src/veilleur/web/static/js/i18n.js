// The interface's two languages. The assistant's own language is the server's business:
// it answers in the language the user writes in, whatever the interface shows.

const STORAGE_KEY = "veilleur.lang";

const MESSAGES = {
  en: {
    skipToComposer: "Skip to the message box",
    conversations: "Conversations",
    history: "History",
    closeSidebar: "Close the list",
    openSidebar: "Conversations",
    newConversation: "New conversation",
    untitled: "Untitled conversation",
    searchLabel: "Search conversations",
    searchPlaceholder: "Search",
    noConversations: "No conversations yet.",
    noMatch: "No conversation matches.",
    loadMore: "Load more",
    tools: "Tools",
    language: "Language",
    darkMode: "Dark mode",
    apiKey: "API key",
    apiKeyHelp: "This server asks for an API key. It is kept in this browser only.",
    conversationSettings: "Conversation settings",
    messages: "Messages",
    welcomeTitle: "How can I help?",
    welcomeText: "Your conversations stay on this server. Answers are checked for safety before you see them.",
    messageLabel: "Message",
    messagePlaceholder: "Write a message…",
    send: "Send",
    stop: "Stop",
    composerHint: "Enter to send, Shift+Enter for a new line.",
    close: "Close",
    systemPrompt: "System prompt",
    systemPromptHelp: "Instructions the assistant follows in this conversation. Empty: the server's default.",
    model: "Model",
    sampling: "Sampling",
    temperature: "Temperature",
    temperatureHelp: "Lower is more focused, higher more varied.",
    topP: "Top-p",
    maxTokens: "Maximum answer length (tokens)",
    seed: "Seed (optional)",
    reset: "Reset",
    save: "Save",
    saved: "Settings saved.",
    cancel: "Cancel",
    delete: "Delete",
    rename: "Rename",
    renameLabel: "New name of the conversation",
    renameItem: "Rename “{title}”",
    deleteItem: "Delete “{title}”",
    deleteTitle: "Delete this conversation?",
    deleteText: "“{title}” and all its messages will be deleted. This cannot be undone.",
    deleted: "Conversation deleted.",
    you: "You",
    assistant: "Assistant",
    copy: "Copy",
    copied: "Copied",
    copyCode: "Copy the code",
    copyMessage: "Copy the message",
    edit: "Edit",
    editLabel: "Edit your message",
    saveAndSend: "Save and send",
    regenerate: "Regenerate",
    previousVersion: "Previous version",
    nextVersion: "Next version",
    versionOf: "Version {index} of {total}",
    streaming: "Writing…",
    generating: "The assistant is writing…",
    interrupted: "Interrupted",
    interruptedNote: "This answer was cut short.",
    stopped: "Stopped.",
    error: "Error",
    errorNote: "The answer failed: {message}",
    stillWriting: "This answer was still being written; waiting for it…",
    refusedTitle: "Request declined",
    cutTitle: "Answer stopped by the safety check",
    warningTitle: "Sensitive topic",
    categories: "Categories:",
    helpLines: "Where to find help",
    whatYouCanDo: "What you can do",
    notReady: "The model is still loading; try again in a few seconds.",
    networkError: "The server cannot be reached.",
    keyNeeded: "This server needs an API key.",
    loadFailed: "Could not load the conversation.",
    code: "code",
  },
  fr: {
    skipToComposer: "Aller à la zone de message",
    conversations: "Conversations",
    history: "Historique",
    closeSidebar: "Fermer la liste",
    openSidebar: "Conversations",
    newConversation: "Nouvelle conversation",
    untitled: "Conversation sans titre",
    searchLabel: "Rechercher dans les conversations",
    searchPlaceholder: "Rechercher",
    noConversations: "Aucune conversation pour l’instant.",
    noMatch: "Aucune conversation ne correspond.",
    loadMore: "Afficher plus",
    tools: "Outils",
    language: "Langue",
    darkMode: "Mode sombre",
    apiKey: "Clé d’API",
    apiKeyHelp: "Ce serveur demande une clé d’API. Elle reste dans ce navigateur.",
    conversationSettings: "Réglages de la conversation",
    messages: "Messages",
    welcomeTitle: "Comment puis-je vous aider ?",
    welcomeText: "Vos conversations restent sur ce serveur. Les réponses passent un contrôle de sécurité avant de s’afficher.",
    messageLabel: "Message",
    messagePlaceholder: "Écrivez un message…",
    send: "Envoyer",
    stop: "Arrêter",
    composerHint: "Entrée pour envoyer, Maj+Entrée pour aller à la ligne.",
    close: "Fermer",
    systemPrompt: "Consigne système",
    systemPromptHelp: "Les instructions que l’assistant suit dans cette conversation. Vide : celles du serveur.",
    model: "Modèle",
    sampling: "Échantillonnage",
    temperature: "Température",
    temperatureHelp: "Plus bas : plus précis ; plus haut : plus varié.",
    topP: "Top-p",
    maxTokens: "Longueur maximale de la réponse (jetons)",
    seed: "Graine (facultatif)",
    reset: "Réinitialiser",
    save: "Enregistrer",
    saved: "Réglages enregistrés.",
    cancel: "Annuler",
    delete: "Supprimer",
    rename: "Renommer",
    renameLabel: "Nouveau nom de la conversation",
    renameItem: "Renommer « {title} »",
    deleteItem: "Supprimer « {title} »",
    deleteTitle: "Supprimer cette conversation ?",
    deleteText: "« {title} » et tous ses messages seront supprimés. C’est définitif.",
    deleted: "Conversation supprimée.",
    you: "Vous",
    assistant: "Assistant",
    copy: "Copier",
    copied: "Copié",
    copyCode: "Copier le code",
    copyMessage: "Copier le message",
    edit: "Modifier",
    editLabel: "Modifier votre message",
    saveAndSend: "Enregistrer et envoyer",
    regenerate: "Régénérer",
    previousVersion: "Version précédente",
    nextVersion: "Version suivante",
    versionOf: "Version {index} sur {total}",
    streaming: "En cours…",
    generating: "L’assistant écrit…",
    interrupted: "Interrompue",
    interruptedNote: "Cette réponse a été interrompue.",
    stopped: "Arrêté.",
    error: "Erreur",
    errorNote: "La réponse a échoué : {message}",
    stillWriting: "Cette réponse était en cours d’écriture ; en attente…",
    refusedTitle: "Demande refusée",
    cutTitle: "Réponse arrêtée par le contrôle de sécurité",
    warningTitle: "Sujet sensible",
    categories: "Catégories :",
    helpLines: "Où trouver de l’aide",
    whatYouCanDo: "Ce que vous pouvez faire",
    notReady: "Le modèle se charge encore ; réessayez dans quelques secondes.",
    networkError: "Le serveur est injoignable.",
    keyNeeded: "Ce serveur demande une clé d’API.",
    loadFailed: "Impossible de charger la conversation.",
    code: "code",
  },
};

export const LANGUAGES = Object.keys(MESSAGES);

let current = initialLanguage();
const listeners = new Set();

function initialLanguage() {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && MESSAGES[stored]) return stored;
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = String(tag || "").slice(0, 2).toLowerCase();
    if (MESSAGES[base]) return base;
  }
  return "en";
}

export function language() {
  return current;
}

/** The text of `key` in the interface's language, with `{name}` replaced from `vars`. */
export function t(key, vars = {}) {
  const text = MESSAGES[current][key] ?? MESSAGES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ""));
}

export function setLanguage(lang) {
  if (!MESSAGES[lang] || lang === current) return;
  current = lang;
  localStorage.setItem(STORAGE_KEY, lang);
  applyTranslations(document);
  for (const listener of listeners) listener(lang);
}

export function onLanguageChange(listener) {
  listeners.add(listener);
}

/** Translate the static parts of the page, marked with `data-i18n*` attributes. */
export function applyTranslations(root) {
  document.documentElement.lang = current;
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-placeholder]")) {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  }
  for (const el of root.querySelectorAll("[data-i18n-aria-label]")) {
    el.setAttribute("aria-label", t(el.dataset.i18nAriaLabel));
  }
  for (const el of root.querySelectorAll("[data-i18n-title]")) el.title = t(el.dataset.i18nTitle);
}
