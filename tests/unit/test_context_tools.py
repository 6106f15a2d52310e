"""Fitting a conversation into the window counts the tools offered (issue 15, item 2).

On the real default model (2048-token window, the frame format that writes the tools into
the prompt): a long tool list leaves less room for the history, and the fitted prompt,
tools included, always leaves room for the answer.
"""

from __future__ import annotations

from typing import Any

import pytest

from veilleur.chat.context import MIN_ANSWER_TOKENS, fit_messages
from veilleur.errors import ContextLengthError
from veilleur.types import ChatMessage, ToolCall, ToolSpec


def _tools(count: int) -> tuple[ToolSpec, ...]:
    return tuple(
        ToolSpec(f"lookup_{i}", f"Looks up record number {i} in the archive of the city.",
                 {"type": "object", "properties": {
                     "city": {"type": "string", "description": "The city's name"},
                     "year": {"type": "integer", "minimum": 1900, "maximum": 2100}},
                  "required": ["city"]})
        for i in range(count))


def _history(turns: int) -> list[ChatMessage]:
    chat = [ChatMessage("system", "Answer briefly.")]
    for i in range(turns):
        chat.append(ChatMessage("user", f"Question {i}: what happened in the old town "
                                        "square during the spring festival that year?"))
        chat.append(ChatMessage("assistant", f"Answer {i}: the musicians played in the "
                                             "square until late and the bakers sold bread."))
    chat.append(ChatMessage("user", "And what is the weather in Paris today?"))
    return chat


def _reserve(window: int, max_tokens: int) -> int:
    return max(min(max_tokens, window // 4), min(MIN_ANSWER_TOKENS, max_tokens))


def test_the_tools_count_in_the_prompt(backend: Any) -> None:
    chat = _history(1)
    tools = _tools(3)
    without = backend.count_chat_tokens(chat)
    with_tools = backend.count_chat_tokens(chat, tools)
    # the frame writes each function's name, description and schema
    assert with_tools - without >= sum(backend.count_tokens(t.description) for t in tools)


def test_a_long_tool_list_drops_old_turns_and_never_overflows(backend: Any) -> None:
    window = backend.info.context_length
    chat = _history(12)
    tools = _tools(12)
    max_tokens = 256
    plain = fit_messages(backend, chat, max_tokens=max_tokens)
    fitted = fit_messages(backend, chat, max_tokens=max_tokens, tools=tools)
    assert plain.dropped == 0, "the history alone fits: the test needs the tools to matter"
    assert fitted.dropped > 0
    # what is sent, tools included, leaves the room kept for the answer
    sent = backend.count_chat_tokens(fitted.messages, tools)
    assert fitted.prompt_tokens == sent
    assert sent + _reserve(window, max_tokens) <= window
    # ignoring the tools would have overflowed: the gap this closes
    assert backend.count_chat_tokens(plain.messages, tools) + _reserve(window, max_tokens) \
        > window
    assert fitted.messages[0].role == "system"
    assert fitted.messages[-1] == chat[-1]


def test_tools_too_long_for_the_window_are_a_context_length_error(backend: Any) -> None:
    with pytest.raises(ContextLengthError) as refused:
        fit_messages(backend, _history(0), max_tokens=64, tools=_tools(60))
    assert "tools" in refused.value.message
    assert refused.value.param == "messages"


def test_the_kept_history_never_starts_on_a_tool_result(backend: Any) -> None:
    call = ToolCall("call_1", "lookup_0", '{"city": "Paris"}')
    chat = [ChatMessage("system", "Answer briefly.")]
    for i in range(14):
        chat += [ChatMessage("user", f"Question {i} about the archive of the city of Lyon."),
                 ChatMessage("assistant", "", (call,)),
                 ChatMessage("tool", f"Record {i}: the archive holds letters and maps of "
                                     "the river trade.", tool_call_id="call_1"),
                 ChatMessage("assistant", f"Answer {i}: the archive holds letters.")]
    chat.append(ChatMessage("user", "And the weather?"))
    tools = _tools(8)
    for max_tokens in (64, 200, 400):
        fitted = fit_messages(backend, chat, max_tokens=max_tokens, tools=tools)
        assert fitted.dropped > 0
        first = fitted.messages[1]
        assert first.role == "user", (max_tokens, first)
        assert fitted.prompt_tokens + _reserve(backend.info.context_length, max_tokens) \
            <= backend.info.context_length
