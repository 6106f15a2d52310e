"""A Markdown text as lines to translate and lines to keep as they are.

Fenced code blocks, blank lines, table rules and front matter are kept verbatim; every
other line is split into its structural prefix (heading ``#``, list marker, quote ``>``,
indentation), its text, and its trailing spaces, so that only the text is translated and
the structure comes back exactly as it was. Table rows are split into cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Line", "join", "split"]

_PREFIX = re.compile(r"^(\s*(?:(?:#{1,6}|[-*+]|\d{1,9}[.)]|>)\s+)*(?:\[[ xX]\]\s+)?)(.*?)(\s*)$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$|^\s*([-*_]\s*){3,}$")


@dataclass(frozen=True, slots=True)
class Line:
    """One line: `parts` alternate kept text (even indexes) and text to translate (odd)."""

    parts: tuple[str, ...]

    @property
    def units(self) -> tuple[str, ...]:
        return self.parts[1::2]


def split(text: str) -> list[Line]:
    """The lines of `text`, each with its translatable units marked."""
    lines: list[Line] = []
    fence: str | None = None
    for raw in text.split("\n"):
        opened = _FENCE.match(raw)
        if fence is not None:
            lines.append(Line((raw,)))
            if opened and opened.group(1) == fence:
                fence = None
            continue
        if opened:
            fence = opened.group(1)
            lines.append(Line((raw,)))
            continue
        if not raw.strip() or _RULE.match(raw):
            lines.append(Line((raw,)))
            continue
        if raw.lstrip().startswith("|"):
            lines.append(_table_row(raw))
            continue
        prefix, body, trailing = _PREFIX.match(raw).groups()  # type: ignore[union-attr]
        lines.append(Line((prefix, body, trailing)) if body else Line((raw,)))
    return lines


def join(lines: list[Line], translated: dict[str, str]) -> str:
    """The text again, each unit replaced by its translation (or kept when it has none)."""
    out = []
    for line in lines:
        out.append("".join(
            translated.get(part, part) if i % 2 else part for i, part in enumerate(line.parts)
        ))
    return "\n".join(out)


def _table_row(raw: str) -> Line:
    parts: list[str] = []
    kept = ""
    for i, cell in enumerate(raw.split("|")):
        if i:
            kept += "|"
        match = re.match(r"^(\s*)(.*?)(\s*)$", cell)
        lead, body, trail = match.groups()  # type: ignore[union-attr]
        if body:
            parts += [kept + lead, body]
            kept = trail
        else:
            kept += cell
    parts.append(kept)
    return Line(tuple(parts))
