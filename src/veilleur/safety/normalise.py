"""Normalisation of text before classification, so that obfuscation does not hide intent.

`normalise` returns the canonical text (NFKC, confusable characters folded to Latin,
zero-width and bidi controls removed, marks floods dropped, lower case) and `readings`
returns it with the extra readings worth classifying: leetspeak undone, spaced-out letters joined,
and base64 / rot13 payloads decoded. The classifier scores every view and keeps the worst.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from functools import lru_cache

__all__ = ["clean_text", "normalise", "readings"]

# Cyrillic and Greek letters that look like Latin ones (the common homoglyph attacks).
_CONFUSABLES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ɡ": "g", "ӏ": "l", "ո": "n", "ս": "u",
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w",
})
_LEET = str.maketrans({
    "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a",
    "$": "s", "!": "i", "|": "l", "€": "e", "+": "t",
})
_SPACED = re.compile(r"\b(?:\w[ .\-_*]){3,}\w\b")
_BASE64 = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")
_ROT13_HINT = re.compile(r"rot[ -]?13|caesar|césar", re.IGNORECASE)
_LEET_HINT = re.compile(r"[a-z][013457@$][a-z]|[013457@$][a-z]{2}", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_SURROGATES = re.compile("[\ud800-\udfff]")
_MAX_MARKS = 2  # combining marks kept per base character (more is a "zalgo" flood)


def clean_text(text: str) -> str:
    """Make `text` valid Unicode: lone surrogates and other unencodable code points go."""
    return _SURROGATES.sub(" ", text)


def normalise(text: str) -> str:
    """The canonical reading of `text`.

    Args:
        text: Any string, including invalid surrogates or floods of marks.

    Returns:
        NFKC text, confusables folded, format/control characters removed, combining
        mark floods cut to two marks per letter, accents kept, lower case, spaces collapsed.
    """
    text = unicodedata.normalize("NFKC", clean_text(text))
    out: list[str] = []
    marks = 0
    for char in text:
        cat = unicodedata.category(char)
        if cat == "Cf" or (cat == "Cc" and char not in "\n\t"):
            continue  # zero-width joiners, bidi overrides, soft hyphens, controls
        if cat.startswith("M"):
            marks += 1
            if marks > _MAX_MARKS:
                continue
        else:
            marks = 0
        out.append(char)
    text = "".join(out).lower().translate(_CONFUSABLES)
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def readings(text: str) -> list[str]:
    """Every reading of `text` worth classifying, the canonical one first (see `_readings`)."""
    return list(_readings(text))


@lru_cache(maxsize=8192)  # a streamed answer's tail is re-read at every check
def _readings(text: str) -> tuple[str, ...]:
    """Every reading of `text` worth classifying, the canonical one first.

    Args:
        text: Raw text (base64 payloads are decoded from it before lower-casing).

    Returns:
        The canonical text, then (when present) the de-leeted text, spaced-out letters
        joined, a rot13 decoding when the text mentions rot13 / Caesar, and decoded base64.
    """
    canonical = normalise(text)
    found = [canonical]
    if _LEET_HINT.search(canonical):
        found.append(canonical.translate(_LEET))
    if _SPACED.search(canonical):
        found.append(_SPACED.sub(lambda m: re.sub(r"[ .\-_*]", "", m.group()), canonical))
    if _ROT13_HINT.search(canonical):
        found.append(codecs.decode(canonical, "rot13"))
    for match in _BASE64.finditer(clean_text(text)):
        decoded = _decode_base64(match.group())
        if decoded:
            found.append(normalise(decoded))
    unique = tuple(dict.fromkeys(v for v in found if v))
    return unique or ("",)


def _decode_base64(token: str) -> str | None:
    """The text behind a base64 token, or None when it is not printable UTF-8."""
    try:
        raw = base64.b64decode(token + "=" * (-len(token) % 4), validate=True)
        decoded = raw.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    printable = sum(ch.isprintable() or ch.isspace() for ch in decoded)
    return decoded if decoded and printable / len(decoded) > 0.95 else None
