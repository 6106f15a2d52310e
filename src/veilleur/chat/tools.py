"""Tool calls in conversations: the tools a turn offers, and the calls still waiting for
their results.

A user message posted with `tools` records them in its `meta.tools` (OpenAI's
definitions, the `tool_choice` and `parallel_tool_calls`), so that the turns that follow
it on the branch (a regenerated answer, the answer after a tool result) offer the same
functions without the client sending them again. After a tool result the choice is
``auto`` when it was ``required`` or a function's name: the model must be free to answer
with the result rather than call again forever.

An assistant message's `tool_calls` is OpenAI's list
``[{"id", "type": "function", "function": {"name", "arguments"}}]``; each call is answered
by one message of role ``tool`` whose `tool_call_id` names it, children of one another
under the assistant message (``assistant → tool → tool → assistant``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from veilleur.store.models import Message
from veilleur.types import ToolCall, ToolCallDelta, ToolSpec

__all__ = ["CallCollector", "ToolUse", "pending_calls", "stored_calls", "tools_of_branch"]


@dataclass(frozen=True, slots=True)
class ToolUse:
    """The functions a turn offers and how the model may use them."""

    tools: tuple[ToolSpec, ...]
    choice: str = "auto"  # auto, none, required or a function's name
    parallel: bool = True

    def record(self) -> dict[str, Any]:
        """What a user message stores in `meta.tools`."""
        return {
            "tools": [{"type": "function", "function": {
                "name": t.name, "description": t.description, "parameters": t.parameters}}
                for t in self.tools],
            "tool_choice": self.choice,
            "parallel_tool_calls": self.parallel,
        }

    @classmethod
    def from_record(cls, record: Any) -> ToolUse | None:
        """The tools a user message recorded (None: it offered none)."""
        if not isinstance(record, dict) or not isinstance(record.get("tools"), list):
            return None
        specs = []
        for tool in record["tools"]:
            function = tool.get("function") if isinstance(tool, dict) else None
            if isinstance(function, dict) and isinstance(function.get("name"), str):
                specs.append(ToolSpec(function["name"], function.get("description") or "",
                                      function.get("parameters")))
        if not specs:
            return None
        choice = record.get("tool_choice")
        return cls(tuple(specs), choice if isinstance(choice, str) else "auto",
                   record.get("parallel_tool_calls") is not False)

    def after_results(self) -> ToolUse:
        """The same tools for the answer that reads the results: free to answer."""
        if self.choice in ("auto", "none"):
            return self
        return ToolUse(self.tools, "auto", self.parallel)


def tools_of_branch(history: Sequence[Message]) -> ToolUse | None:
    """The tools the branch's last user message offered (None: none)."""
    for message in reversed(history):
        if message.role == "user":
            return ToolUse.from_record((message.meta or {}).get("tools"))
    return None


def stored_calls(message: Message) -> tuple[ToolCall, ...]:
    """An assistant message's stored calls as the engine reads them."""
    calls = []
    for call in message.tool_calls or ():
        function = call.get("function") or {}
        calls.append(ToolCall(str(call.get("id", "")), str(function.get("name", "")),
                              str(function.get("arguments", ""))))
    return tuple(calls)


def pending_calls(history: Sequence[Message]) -> tuple[Message | None, list[str]]:
    """The assistant message whose calls the end of `history` answers, and the ids of
    its calls not answered yet (in the order it made them).

    `history` ends on that assistant message or on tool results under it; anything else
    (a user message, an assistant answer without calls) gives ``(None, [])``.
    """
    answered: set[str] = set()
    for message in reversed(history):
        if message.role == "tool":
            if message.tool_call_id:
                answered.add(message.tool_call_id)
            continue
        if message.role == "assistant" and message.tool_calls:
            return message, [c.id for c in stored_calls(message) if c.id not in answered]
        return None, []
    return None, []


class CallCollector:
    """Streamed `ToolCallDelta` pieces in, OpenAI's `tool_calls` list out."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def add(self, delta: ToolCallDelta) -> None:
        while len(self.calls) <= delta.index:
            self.calls.append({"id": delta.id or f"call_{len(self.calls)}", "type": "function",
                               "function": {"name": delta.name or "", "arguments": ""}})
        call = self.calls[delta.index]
        if delta.id is not None:
            call["id"] = delta.id
        if delta.name:
            call["function"]["name"] = delta.name
        call["function"]["arguments"] += delta.arguments
