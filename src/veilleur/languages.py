"""The languages Veilleur speaks: which ones, their names, how to detect them, how to ask
for an answer in one (used by the chat service and the text tasks).

Six languages are supported and measured (``SUPPORTED``); a few more are accepted on a
best-effort basis (``BEST_EFFORT``): the prompts name them, but nothing measures how well
the model writes them. Detection reuses the safety pipeline's lingua detector (restricted
to a handful of languages for speed), so a process loads one detector.
"""

from __future__ import annotations

from veilleur.errors import InvalidRequestError
from veilleur.safety.language import detect_language

__all__ = [
    "BEST_EFFORT",
    "NAMES",
    "SUPPORTED",
    "check_language",
    "detect",
    "language_name",
    "reply_instruction",
]

SUPPORTED = ("en", "fr", "es", "de", "it", "pt")
BEST_EFFORT = ("nl", "ca", "ro", "pl", "sv", "da")
NAMES = {
    "en": "English", "fr": "French", "es": "Spanish", "de": "German", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ca": "Catalan", "ro": "Romanian", "pl": "Polish",
    "sv": "Swedish", "da": "Danish",
}
_ALIASES = {name.lower(): code for code, name in NAMES.items()} | {
    "français": "fr", "francais": "fr", "anglais": "en", "espagnol": "es", "español": "es",
    "allemand": "de", "deutsch": "de", "italien": "it", "italiano": "it", "portugais": "pt",
    "português": "pt", "nederlands": "nl",
}
# How to ask for an answer in each language, written in that language: a model follows an
# instruction in the target language more readily than one in English.
_REPLY = {
    "en": "Answer in English.",
    "fr": "Réponds en français.",
    "es": "Responde en español.",
    "de": "Antworte auf Deutsch.",
    "it": "Rispondi in italiano.",
    "pt": "Responde em português.",
    "nl": "Antwoord in het Nederlands.",
}


def check_language(value: str, *, param: str) -> str:
    """The ISO 639-1 code of `value` (a code or an English name), or a 400 naming `param`."""
    key = value.strip().lower()
    code = key if key in NAMES else _ALIASES.get(key)
    if code is None:
        raise InvalidRequestError(
            f"unsupported language {value!r}; use one of {', '.join(SUPPORTED)} "
            f"(or, best effort, {', '.join(BEST_EFFORT)})",
            param=param,
            code="unsupported_language",
        )
    return code


def detect(text: str, default: str = "en") -> str:
    """The language of `text` (ISO 639-1), `default` when too short to tell."""
    return detect_language(text, default)


def language_name(code: str) -> str:
    return NAMES.get(code, code)


def reply_instruction(code: str) -> str:
    """A sentence that asks for the answer in language `code`."""
    return _REPLY.get(code, f"Answer in {language_name(code)}.")
