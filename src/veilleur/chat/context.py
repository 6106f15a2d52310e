"""Fitting a conversation into the context window.

The system prompt always stays; the oldest turns go first. When even the latest user
message cannot fit, the caller gets a `ContextLengthError` that says so in numbers. The
functions offered to the model (`tools`) are part of the prompt and counted with it: a
long tool list leaves less room for the history, never overflows the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from veilleur.errors import ContextLengthError
from veilleur.types import ChatMessage, ModelInfo, ToolSpec

__all__ = ["FittedChat", "fit_messages"]

# Smallest room left for the answer before older turns are dropped to make more.
MIN_ANSWER_TOKENS = 64


class TokenCounter(Protocol):
    """What fitting needs of an engine (`veilleur.guard.GuardedEngine` is one)."""

    @property
    def info(self) -> ModelInfo: ...

    def count_chat_tokens(self, messages: Sequence[ChatMessage],
                          tools: Sequence[ToolSpec] = ()) -> int: ...


@dataclass(frozen=True, slots=True)
class FittedChat:
    messages: tuple[ChatMessage, ...]
    prompt_tokens: int
    dropped: int  # turns left out because the window was full


def fit_messages(
    backend: TokenCounter, messages: Sequence[ChatMessage], *, max_tokens: int,
    tools: Sequence[ToolSpec] = (),
) -> FittedChat:
    """Drop the oldest non-system turns until the prompt leaves room for the answer.

    Room wanted for the answer: `max_tokens`, but at most a quarter of the window and at
    least `MIN_ANSWER_TOKENS` (the backend stops at the window's end in any case). The
    prompt is counted with `tools` as the model will see them.
    """
    window = backend.info.context_length
    reserve = max(min(max_tokens, window // 4), min(MIN_ANSWER_TOKENS, max_tokens))
    system = [m for m in messages if m.role == "system"]
    turns = [m for m in messages if m.role != "system"]

    def build(start: int) -> tuple[ChatMessage, ...]:
        return (*system, *turns[start:])

    def counted(chat: tuple[ChatMessage, ...]) -> int:
        # Without tools, the call a counter that predates them understands.
        return backend.count_chat_tokens(chat, tools) if tools else \
            backend.count_chat_tokens(chat)

    count = counted(build(0))
    if count + reserve <= window:
        return FittedChat(build(0), count, 0)
    # The smallest number of dropped turns that fits: counts shrink as turns go.
    low, high = 1, max(len(turns) - 1, 0)
    best: tuple[int, int] | None = None
    while low <= high:
        middle = (low + high) // 2
        count = counted(build(middle))
        if count + reserve <= window:
            best = (middle, count)
            high = middle - 1
        else:
            low = middle + 1
    if best is None:
        last = counted(build(max(len(turns) - 1, 0)))
        what = "the system prompt and the tools" if tools else "the system prompt"
        raise ContextLengthError(
            f"the last message with {what} takes {last} tokens; with "
            f"{reserve} tokens kept for the answer it does not fit the {window}-token "
            f"context window; shorten the message or {what}",
            param="messages",
        )
    start, count = best
    # Never start the kept history on an assistant turn, nor on a tool result (its call
    # would be gone).
    while start < len(turns) - 1 and turns[start].role in ("assistant", "tool"):
        start += 1
        count = counted(build(start))
    return FittedChat(build(start), count, start)
