"""Splitting a long text into pieces that fit a token budget, at natural boundaries.

Boundaries are tried from the strongest to the weakest: sections (a Markdown heading
starts one), paragraphs, lines, sentences, then words; a piece is cut at a weaker
boundary only when it does not fit whole. Pieces are then packed greedily, in order, up
to the budget, so that a chunk holds as much consecutive text as fits.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["split_on_budget"]

_LEVELS = (
    re.compile(r"\n(?=#{1,6} )"),  # before a heading
    re.compile(r"\n\s*\n"),  # paragraphs
    re.compile(r"\n"),  # lines
    re.compile(r"(?<=[.!?…;:])\s+"),  # sentences
    re.compile(r" +"),  # words
)
_SEPARATORS = ("\n", "\n\n", "\n", " ", " ")


def split_on_budget(text: str, budget: int, count: Callable[[str], int]) -> list[str]:
    """`text` cut into chunks of at most `budget` tokens (`count` measures a string).

    A single word longer than the budget is cut by characters, the only case where a
    boundary is not natural.
    """
    if budget < 1:
        raise ValueError("the budget must be at least one token")
    pieces = _pieces(text.strip(), budget, count, 0)
    chunks: list[str] = []
    current = ""
    current_tokens = 0
    for piece, separator in pieces:
        tokens = count(piece)
        joined_tokens = current_tokens + count(separator) + tokens if current else tokens
        if current and joined_tokens > budget:
            chunks.append(current)
            current, current_tokens = piece, tokens
        else:
            current = current + separator + piece if current else piece
            current_tokens = joined_tokens
    if current.strip():
        chunks.append(current)
    return [c.strip() for c in chunks if c.strip()]


def _pieces(text: str, budget: int, count: Callable[[str], int],
            level: int) -> list[tuple[str, str]]:
    """(piece, separator that preceded it) pairs, each piece within the budget."""
    if count(text) <= budget:
        return [(text, "")]
    if level == len(_LEVELS):
        step = max(1, len(text) * budget // max(1, count(text)) - 1)
        return [(text[i:i + step], "") for i in range(0, len(text), step)]
    out: list[tuple[str, str]] = []
    for part in _LEVELS[level].split(text):
        if not part.strip():
            continue
        sub = _pieces(part, budget, count, level + 1)
        out.append((sub[0][0], _SEPARATORS[level]))
        out.extend(sub[1:])
    return out
