"""Tool calls of the embedded engine: how they are written, and reading them as they stream.

A model without a tool format of its own (the default one) is shown the functions in its
prompt (`tools_prompt`) and its answer is grammar-constrained
(`json_schema.tool_call_grammar`) to either text or calls written

    <tool_call>{"name": "get_weather", "arguments": {"city": "Paris"}}</tool_call>

one per line (text after the last call's line is dropped: it is the model going on to
write the next turn, which the chat's stop sequences usually end). `ToolCallReader`
turns the streamed text back into OpenAI's pieces: a `ToolCallDelta` with the call's
index, id and name, then fragments of its arguments as they are generated. An answer
whose first character is not ``<`` is text, passed as it comes; an answer made of calls
ends with finish reason ``tool_calls``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator, Sequence

from veilleur.types import EngineEvent, Finished, TextDelta, ToolCall, ToolCallDelta, ToolSpec

__all__ = ["ToolCallReader", "read_tool_calls", "render_call", "tools_prompt"]

_OPEN = '<tool_call>{"name": "'
_MID = '", "arguments": '
_CLOSE = "}</tool_call>"


def render_call(call: ToolCall) -> str:
    """A past call as the model writes one (for the transcript of a tool loop)."""
    try:
        arguments = json.dumps(json.loads(call.arguments or "{}"), ensure_ascii=False)
    except ValueError:
        arguments = json.dumps(call.arguments)
    return f"{_OPEN}{call.name}{_MID}{arguments}{_CLOSE}"


def tools_prompt(tools: Sequence[ToolSpec]) -> str:
    """The functions, described for a model without a tool format of its own."""
    lines = [
        "The assistant can call functions. To call one, the assistant's whole answer is",
        '<tool_call>{"name": "FUNCTION", "arguments": {ARGUMENTS AS JSON}}</tool_call>',
        "(one line per call). Each result comes back in a Tool turn; the assistant then "
        "answers the user with it. The functions:",
    ]
    for tool in tools:
        schema = json.dumps(tool.parameters or {"type": "object", "properties": {}},
                            ensure_ascii=False)
        description = f": {tool.description.strip()}" if tool.description else ""
        lines.append(f"- {tool.name}{description} Arguments (JSON Schema): {schema}")
    return "\n".join(lines)


class ToolCallReader:
    """Text of a constrained answer in, `TextDelta` or `ToolCallDelta` pieces out."""

    def __init__(self) -> None:
        self._mode: str | None = None  # "text" or "calls" once the first character came
        self._state = "open"
        self._buffer = ""
        self._name = ""
        self._depth = 0
        self._in_string = False
        self._escaped = False
        self.calls = 0

    def push(self, text: str) -> list[TextDelta | ToolCallDelta]:
        if self._mode is None:
            stripped = (self._buffer + text).lstrip()
            if not stripped:
                self._buffer += text
                return []
            self._mode = "calls" if stripped.startswith("<") else "text"
            text, self._buffer = (stripped if self._mode == "calls" else self._buffer + text), ""
        if self._mode == "text":
            return [TextDelta(text)] if text else []
        out: list[TextDelta | ToolCallDelta] = []
        for ch in text:
            self._char(ch, out)
        return _merge(out)

    def _char(self, ch: str, out: list[TextDelta | ToolCallDelta]) -> None:
        state = self._state
        if state == "tail":
            return  # text after the calls (the model writing the next turn): not an answer
        if state in ("open", "mid", "close", "sep"):
            if state in ("close", "sep") and not self._buffer and ch == " ":
                return  # the space the grammar allows after the arguments
            if state == "sep" and not self._buffer and ch == "\n":
                self._state = "open"
                return
            self._buffer += ch
            # (the name's closing quote was read by the "name" state)
            literal = {"open": _OPEN, "mid": _MID[1:], "close": _CLOSE, "sep": "\n"}[state]
            if not literal.startswith(self._buffer):
                self._state = "tail"
            elif self._buffer == literal:
                self._buffer = ""
                self._state = {"open": "name", "mid": "args", "close": "sep"}[state]
            return
        if state == "name":
            if ch == '"':
                out.append(ToolCallDelta(self.calls, f"call_{uuid.uuid4().hex[:24]}",
                                         self._name, ""))
                self._state, self._name = "mid", ""
            else:
                self._name += ch
            return
        # arguments: a JSON object, ended by the brace that closes it
        out.append(ToolCallDelta(self.calls, arguments=ch))
        if self._in_string:
            if self._escaped:
                self._escaped = False
            elif ch == "\\":
                self._escaped = True
            elif ch == '"':
                self._in_string = False
        elif ch == '"':
            self._in_string = True
        elif ch in "{[":
            self._depth += 1
        elif ch in "}]":
            self._depth -= 1
            if self._depth == 0:
                self._state = "close"
                self.calls += 1


def _merge(pieces: list[TextDelta | ToolCallDelta]) -> list[TextDelta | ToolCallDelta]:
    """Join consecutive argument fragments of one call."""
    out: list[TextDelta | ToolCallDelta] = []
    for piece in pieces:
        last = out[-1] if out else None
        if (isinstance(piece, ToolCallDelta) and isinstance(last, ToolCallDelta)
                and piece.id is None and last.index == piece.index):
            out[-1] = ToolCallDelta(last.index, last.id, last.name,
                                    last.arguments + piece.arguments)
        else:
            out.append(piece)
    return out


async def read_tool_calls(events: AsyncIterator[EngineEvent]) -> AsyncIterator[EngineEvent]:
    """`events` with the text of tool calls turned into `ToolCallDelta`s; an answer that
    made calls and stopped on its own ends with reason ``tool_calls``."""
    reader = ToolCallReader()
    try:
        async for event in events:
            if isinstance(event, TextDelta):
                pieces = reader.push(event.text)
                if pieces and event.logprobs and isinstance(pieces[0], TextDelta):
                    pieces[0] = TextDelta(pieces[0].text, event.logprobs)  # a text answer's
                for piece in pieces:
                    yield piece
            elif isinstance(event, Finished) and reader.calls and event.reason == "stop":
                yield Finished("tool_calls", event.usage)
            else:
                yield event
    finally:
        await events.aclose()  # type: ignore[attr-defined]
