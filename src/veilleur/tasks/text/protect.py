"""Spans a translation must not touch, hidden behind numbered markers and put back after.

Inline code, URLs, e-mail addresses, ``{placeholders}`` (and ``%s``-style ones), HTML
tags, numbers and glossary terms are replaced by markers ``[1]``, ``[2]``… before the
model sees a line; the markers are replaced back afterwards, so these spans come out
byte for byte (a glossary term comes out as its required translation). Text that already
looks like a marker is masked too, so that every marker in the masked text is ours.
A marker the model dropped is reported, never silently "repaired".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["Masked", "mask", "protected_spans", "restore"]

_PATTERNS = (
    r"`[^`\n]+`",  # inline code
    r"\b(?:https?|ftp)://[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"]",  # URLs
    r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b",  # e-mail addresses
    r"\{\{[^{}\n]*\}\}|\{[^{}\s]*\}",  # {placeholders} and {{ templates }}
    r"%(?:\([\w]+\))?[sdif]\b",  # printf-style placeholders
    r"</?[A-Za-z][^<>\n]*>",  # HTML tags
    r"\[\d+\]",  # text that looks like our markers
    r"\]\([^)\s]+\)",  # the target of a Markdown link: ](target)
    r"(?<![\w])\d+(?:[.,:/]\d+)*(?![\w])",  # numbers, dates, times
)
_SPANS = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))
MARKER = re.compile(r"\[(\d+)\]")


@dataclass(frozen=True, slots=True)
class Masked:
    """A line with markers, and what each marker stands for in the output."""

    text: str
    replacements: dict[str, str] = field(default_factory=dict)

    @property
    def has_words(self) -> bool:
        """Whether anything is left to translate once the markers are set aside."""
        return any(ch.isalpha() for ch in MARKER.sub("", self.text))


def mask(text: str, glossary: Mapping[str, str] | None = None) -> Masked:
    """Hide protected spans and glossary terms of `text` behind markers."""
    replacements: dict[str, str] = {}

    def marker(output: str) -> str:
        key = f"[{len(replacements) + 1}]"
        replacements[key] = output
        return key

    pieces: list[str] = []
    last = 0
    for match in _SPANS.finditer(text):
        span = match.group(0)
        prefix = ""
        if span.startswith("]("):  # keep the link's bracket; hide only the target
            prefix, span = "]", span[1:]
        pieces.append(text[last:match.start()] + prefix)
        pieces.append(marker(span))
        last = match.end()
    pieces.append(text[last:])
    masked = "".join(pieces)
    for term, translation in sorted((glossary or {}).items(), key=lambda kv: -len(kv[0])):
        pattern = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)
        masked = pattern.sub(lambda _m, t=translation: marker(t), masked)
    return Masked(masked, replacements)


def restore(output: str, masked: Masked) -> tuple[str, list[str]]:
    """`output` with markers replaced back, and the protected spans the model dropped."""
    seen: set[str] = set()

    def put_back(match: re.Match[str]) -> str:
        key = match.group(0)
        if key in masked.replacements:
            seen.add(key)
            return masked.replacements[key]
        return key

    text = MARKER.sub(put_back, output)
    lost = [value for key, value in masked.replacements.items() if key not in seen]
    return text, lost


def protected_spans(text: str) -> Counter[str]:
    """The protected spans of `text`, counted (to compare a source and its translation)."""
    return Counter(m.group(0).removeprefix("]") for m in _SPANS.finditer(text))
