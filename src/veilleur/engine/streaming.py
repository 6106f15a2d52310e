"""Turning a stream of token bytes into clean text deltas.

`TextAssembler` joins two small jobs every backend that samples tokens itself needs:
decoding UTF-8 across token boundaries (a character may span tokens) and stopping on stop
sequences without ever showing the user a piece of one (text that could be the start of
a stop sequence is held back until it is known not to be).

Two kinds of stop sequences: plain strings, matched exactly as OpenAI's `stop` is, and
`RoleStop`s, the role markers of a chat ("User:", "Utilisateur :"), matched wherever a
line starts with them whatever their case and spacing, because a model that goes on to
write the next turn of the dialogue writes "user:" as readily as "User:" (llama.cpp's and
upstream servers' stop strings are exact, so this matching is Veilleur's own).
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable

__all__ = ["RoleStop", "StopMatcher", "TextAssembler"]

_INDENT = " \t"
_BEFORE_COLON = " \t\u00a0\u202f"  # "User :" in French typography, with (narrow) no-break spaces
_MATCH, _MAYBE, _NO = "match", "maybe", "no"


class RoleStop(str):
    """A role marker as a stop sequence, written ``"\nLabel:"``.

    It stops the text at any line that starts with the label (after optional spaces)
    followed by a colon (after optional spaces), whatever the case: "\nuser: …",
    "\n  USER :", and "User:" at the very start of the text all match ``"\nUser:"``.
    The text is cut before the line's newline. As a plain string it is the exact stop
    ``"\nLabel:"``, which it matches too, so merging it with request stops loses nothing.
    """

    __slots__ = ()

    @property
    def label(self) -> str:
        return self.strip().removesuffix(":").strip().lower()


def _lower(text: str) -> str:
    """Lower case, one character for one (so that indexes stay valid)."""
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class StopMatcher:
    """Finds stop sequences in streamed text, holding back what could start one."""

    def __init__(self, stops: Iterable[str]):
        given = [s for s in stops if s]  # not a set: "\nUser:" equals RoleStop("\nUser:")
        self._labels = tuple(sorted({s.label for s in given if isinstance(s, RoleStop)}))
        self._stops = tuple(sorted({str(s) for s in given if not isinstance(s, RoleStop)},
                                   key=len, reverse=True))
        self._held = ""
        self._fresh = True  # nothing shown yet: the text starts a line
        self.stopped = False

    def push(self, text: str) -> str:
        """Add `text`; return what can be shown now. Sets `stopped` on a full match."""
        if self.stopped:
            return ""
        if not self._stops and not self._labels:
            return text
        buffer = self._held + text
        cuts = [i for i in (buffer.find(s) for s in self._stops) if i >= 0]
        line_cut, line_hold = self._role_lines(buffer)
        if line_cut is not None:
            cuts.append(line_cut)
        if cuts:
            self._held = ""
            self.stopped = True
            return buffer[: min(cuts)]
        hold = line_hold
        for stop in self._stops:
            for k in range(min(len(stop) - 1, len(buffer)), hold, -1):
                if buffer.endswith(stop[:k]):
                    hold = k
                    break
        self._held = buffer[len(buffer) - hold :] if hold else ""
        shown = buffer[: len(buffer) - hold]
        self._fresh = self._fresh and not shown
        return shown

    def _role_lines(self, buffer: str) -> tuple[int | None, int]:
        """Where the first line starting with a role marker begins (its newline), and how
        many characters at the end could still become one."""
        if not self._labels:
            return None, 0
        starts = ([0] if self._fresh else []) + [
            i + 1 for i, ch in enumerate(buffer) if ch == "\n"]
        for start in starts:
            end = buffer.find("\n", start)
            state = self._line_state(buffer[start:] if end < 0 else buffer[start:end],
                                     complete=end >= 0)
            cut = start - 1 if start > 0 else 0
            if state == _MATCH:
                return cut, 0
            if state == _MAYBE:  # only the last line can be incomplete
                return None, len(buffer) - cut
        return None, 0

    def _line_state(self, line: str, *, complete: bool) -> str:
        """Whether `line` starts with a role marker, may still (when not `complete`), or not."""
        head = _lower(line.lstrip(_INDENT)[:48])
        if not head:
            return _NO if complete else _MAYBE
        state = _NO
        for label in self._labels:
            if head.startswith(label):
                rest = head[len(label):].lstrip(_BEFORE_COLON)
                if rest.startswith(":"):
                    return _MATCH
                if not rest and not complete:
                    state = _MAYBE
            elif label.startswith(head) and not complete:
                state = _MAYBE
        return state

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
        self.stripped = 0  # bytes of leading whitespace dropped (`lstrip`), never shown

    @property
    def stopped(self) -> bool:
        """True once a stop sequence was found; nothing more will be emitted."""
        return self._matcher.stopped

    def push(self, piece: bytes) -> str:
        """Add the bytes of one token; return the text that may be shown now."""
        text = self._decoder.decode(piece)
        if self._lstrip:
            kept = text.lstrip()
            self.stripped += len(text.encode("utf-8")) - len(kept.encode("utf-8"))
            text = kept
            self._lstrip = not text
        return self._matcher.push(text)

    def flush(self) -> str:
        """End of stream: return any text still held back."""
        return self._matcher.push(self._decoder.decode(b"", final=True)) + self._matcher.flush()
