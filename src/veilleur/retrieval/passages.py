"""A document's text cut into passages at its natural boundaries, each with its position.

Boundaries, strongest first: a page break (``\\f``), a heading (Markdown ``#`` lines, which
is also how the HTML and DOCX readers write headings), a blank line between paragraphs,
then a sentence end. Short paragraphs of one section on one page are merged up to
`target_chars`; a paragraph longer than `max_chars` is cut at sentence ends (and a
sentence longer than that at a space). A passage never spans two sections or two pages,
so its heading path and its page are exact.

Each passage keeps its characters' offsets in the original text (``text ==
original[char_start:char_end]``), so the page can open the passage where it is.

Sizes are in characters: about 4 characters a token for French and English with the
default model's tokenizer (`estimate_tokens`), so the default target of 1,000 characters
is some 250 tokens, small enough to cite and to fit several in a context window.

The PDF reader joins pages with form feeds when asked (``read_pdf(page_breaks=True)``,
empty pages kept), which is how attachments are read; other texts have no pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

__all__ = ["Passage", "estimate_tokens", "split_passages"]

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")
_BLANK = re.compile(r"\n[ \t]*\n")
# A sentence ends at . ! ? … (optionally closed by a quote or bracket) before a space and
# what starts a sentence (a capital, a digit, an opening quote or bracket, a dash).
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'»)\]]?\s+(?=[\"«(\[\-–—A-ZÀ-ÖØ-Þ0-9])")


@dataclass(frozen=True)
class Passage:
    """One passage of a document.

    Attributes:
        ordinal: its rank in the document, from 0.
        text: the passage, exactly ``document[char_start:char_end]``.
        char_start: offset of its first character in the document's text.
        char_end: offset just past its last character.
        page: the page it is on, from 1, or None when the text has no page breaks.
        headings: the headings above it, outermost first.
    """

    ordinal: int
    text: str
    char_start: int
    char_end: int
    page: int | None = None
    headings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def heading_path(self) -> str:
        """The headings above the passage, as ``"Chapter 2 > Risks"`` ("" at the top)."""
        return " > ".join(self.headings)

    @property
    def indexed_text(self) -> str:
        """What is embedded and full-text indexed: the heading path, then the passage
        (a passage under "Risks" is about risks even when it does not say the word)."""
        return f"{self.heading_path}\n\n{self.text}" if self.headings else self.text


def estimate_tokens(text: str) -> int:
    """Tokens of `text`, estimated at 4 characters a token (French and English prose)."""
    return max(1, (len(text) + 3) // 4)


@dataclass
class _Block:
    start: int
    end: int


def split_passages(text: str, *, target_chars: int = 1000, max_chars: int = 1600
                   ) -> list[Passage]:
    """Cut `text` into passages (see the module docstring).

    Args:
        text: the document's text, as the document readers give it.
        target_chars: paragraphs are merged while the passage stays under this size.
        max_chars: a paragraph longer than this is cut at sentence ends.

    Raises:
        ValueError: the sizes are not 0 < target_chars <= max_chars.
    """
    if not 0 < target_chars <= max_chars:
        raise ValueError(f"need 0 < target_chars <= max_chars, got {target_chars}, {max_chars}")
    passages: list[Passage] = []
    paged = "\f" in text
    headings: list[tuple[int, str]] = []
    page_start = 0
    for page_index, page_text in enumerate(text.split("\f")):
        page = page_index + 1 if paged else None
        pending: list[_Block] = []

        def flush(pending: list[_Block] = pending, page: int | None = page) -> None:
            if pending:
                start, end = pending[0].start, pending[-1].end
                passages.append(Passage(len(passages), text[start:end], start, end, page,
                                        tuple(title for _, title in headings)))
                pending.clear()

        for block in _blocks(page_text, page_start):
            first_line = text[block.start:block.end].split("\n", 1)
            heading = _HEADING.match(first_line[0])
            if heading:
                flush()
                level = len(heading.group(1))
                while headings and headings[-1][0] >= level:
                    headings.pop()
                headings.append((level, heading.group(2).strip()))
                if len(first_line) == 1:
                    continue
                # A heading line followed by its paragraph without a blank line between.
                body_start = block.start + len(first_line[0]) + 1
                block = _trim(text, body_start, block.end)
                if block is None:
                    continue
            for piece in _pieces(text, block, max_chars, target_chars):
                size = piece.end - (pending[0].start if pending else piece.start)
                if pending and size > target_chars:
                    flush()
                pending.append(piece)
                if piece.end - pending[0].start >= target_chars:
                    flush()
        flush()
        page_start += len(page_text) + 1
    return passages


def _blocks(page_text: str, offset: int) -> Iterator[_Block]:
    """The paragraphs of one page (blank-line separated), as offsets in the whole text."""
    position = 0
    for separator in [*_BLANK.finditer(page_text), None]:
        end = separator.start() if separator else len(page_text)
        block = _trim(page_text, position, end)
        if block is not None:
            yield _Block(block.start + offset, block.end + offset)
        if separator:
            position = separator.end()


def _trim(text: str, start: int, end: int) -> _Block | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return _Block(start, end) if end > start else None


def _pieces(text: str, block: _Block, max_chars: int, target_chars: int) -> Iterator[_Block]:
    """`block` itself when it fits `max_chars`; else runs of its sentences of about
    `target_chars` (a sentence longer than `max_chars` is cut at spaces)."""
    if block.end - block.start <= max_chars:
        yield block
        return
    sentences: list[_Block] = []
    position = block.start
    for match in _SENTENCE_END.finditer(text, block.start, block.end):
        sentences.extend(_hard_split(text, _Block(position, match.start() + 1), max_chars))
        position = match.end()
    sentences.extend(_hard_split(text, _Block(position, block.end), max_chars))
    run: list[_Block] = []
    for sentence in sentences:
        if run and sentence.end - run[0].start > target_chars:
            yield _Block(run[0].start, run[-1].end)
            run = []
        run.append(sentence)
    if run:
        yield _Block(run[0].start, run[-1].end)


def _hard_split(text: str, block: _Block, max_chars: int) -> Iterator[_Block]:
    trimmed = _trim(text, block.start, block.end)
    if trimmed is None:
        return
    start, end = trimmed.start, trimmed.end
    while end - start > max_chars:
        cut = text.rfind(" ", start + 1, start + max_chars)
        if cut <= start:
            cut = start + max_chars
        yield _Block(start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield _Block(start, end)
