"""The safety pipeline around a generation: input check before, output guard during.

Every path that generates (the OpenAI-compatible API, the conversation API, the CLI
through them, the tasks) goes through `SafetyGate`, so there is no unguarded way to the
model. The output guard sees each piece of the answer before the client does; when it
decides to block, the stream is closed and a `SafetyCut` event carries the refusal that
replaces the answer.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from veilleur.engine.base import ChatMessage, EngineEvent, EventStream, Finished, TextDelta, Usage

if TYPE_CHECKING:
    from veilleur.safety import Decision, OutputGuard, SafetyPipeline

__all__ = ["SafetyCut", "SafetyGate", "decision_summary"]


@dataclass(frozen=True, slots=True)
class SafetyCut:
    """The answer was unsafe: show `decision.refusal` instead of what was streamed."""

    decision: Decision


def decision_summary(decision: Decision, *, cut: bool = False) -> dict[str, Any]:
    """What a stored message and an API response say about a safety decision."""
    summary = {
        "action": decision.action,
        "categories": list(decision.categories),
        "explanation": decision.explanation,
        "language": decision.language,
        "policy_version": decision.policy_version,
    }
    if cut:
        summary["cut"] = True
    return summary


class SafetyGate:
    """Input check and output guard for one server; the pipeline is built on first use."""

    def __init__(self, pipeline: Callable[[], SafetyPipeline]):
        self._pipeline = pipeline

    async def check_input(
        self, messages: Sequence[ChatMessage], *, request_id: str, model: str, user: str | None
    ) -> Decision:
        return await asyncio.to_thread(
            lambda: self._pipeline().check_input(
                messages, request_id=request_id, model=model, user=user
            )
        )

    def output_guard(
        self,
        messages: Sequence[ChatMessage],
        *,
        request_id: str,
        model: str,
        user: str | None,
        language: str,
    ) -> OutputGuard:
        return self._pipeline().output_guard(
            messages, request_id=request_id, model=model, user=user, language=language
        )

    @staticmethod
    async def guard(
        stream: EventStream, guard: OutputGuard
    ) -> AsyncIterator[EngineEvent | SafetyCut]:
        """`stream`'s events, checked: a blocked answer ends with `SafetyCut` then
        `Finished("content_filter")`; nothing the guard refused reaches the caller."""
        produced = 0
        try:
            async for event in stream:
                if isinstance(event, TextDelta):
                    produced += 1
                    cut = guard.feed(event.text)
                    if cut is not None and cut.blocked:
                        await stream.aclose()
                        await asyncio.to_thread(guard.finish)  # audits the cut
                        yield SafetyCut(cut)
                        yield Finished("content_filter", Usage(0, produced))
                        return
                    yield event
                elif isinstance(event, Finished):
                    final = await asyncio.to_thread(guard.finish)
                    if final.blocked:
                        yield SafetyCut(final)
                        yield Finished("content_filter", event.usage)
                        return
                    yield event
        finally:
            await stream.aclose()
