"""Turning a stream of token bytes into clean text deltas.

`TextAssembler` joins two small jobs every backend that samples tokens itself needs:
decoding UTF-8 across token boundaries (a character may span tokens) and stopping on stop
sequences without ever showing the user a piece of one (text that could be the start of
a stop sequence is held back until it is known not to be).
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable

__all__ = ["StopMatcher", "TextAssembler"]


class StopMatcher:
    """Finds stop sequences in streamed text, holding back what could start one."""

    def __init__(self, stops: Iterable[str]):
        self._stops = tuple(sorted({s for s in stops if s}, key=len, reverse=True))
        self._held = ""
        self.stopped = False

    def push(self, text: str) -> str:
        """Add `text`; return what can be shown now. Sets `stopped` on a full match."""
        if self.stopped:
            return ""
        if not self._stops:
            return text
        buffer = self._held + text
        cut = min((i for i in (buffer.find(s) for s in self._stops) if i >= 0), default=-1)
        if cut >= 0:
            self._held = ""
            self.stopped = True
            return buffer[:cut]
        hold = 0
        for stop in self._stops:
            for k in range(min(len(stop) - 1, len(buffer)), hold, -1):
                if buffer.endswith(stop[:k]):
                    hold = k
                    break
        self._held = buffer[len(buffer) - hold :] if hold else ""
        return buffer[: len(buffer) - hold]

    def flush(self) -> str:
        """Release what was held back (the stream ended without a stop sequence)."""
        held, self._held = self._held, ""
        return "" if self.stopped else held


class TextAssembler:
    """Token bytes in, displayable text out, honouring stop sequences."""

    def __init__(self, stops: Iterable[str] = (), *, lstrip: bool = False):
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._matcher = StopMatcher(stops)
        self._lstrip = lstrip

    @property
    def stopped(self) -> bool:
        """True once a stop sequence was found; nothing more will be emitted."""
        return self._matcher.stopped

    def push(self, piece: bytes) -> str:
        """Add the bytes of one token; return the text that may be shown now."""
        text = self._decoder.decode(piece)
        if self._lstrip:
            text = text.lstrip()
            self._lstrip = not text
        return self._matcher.push(text)

    def flush(self) -> str:
        """End of stream: return any text still held back."""
        return self._matcher.push(self._decoder.decode(b"", final=True)) + self._matcher.flush()
