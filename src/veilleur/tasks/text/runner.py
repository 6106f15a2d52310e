"""Running a text task on the chat path, through the safety gate.

A `Runner` checks the input (the user's own words strictly; the document as data, see
`check`), asks the backend for one or more chat completions, feeds everything shown to
the user to one output guard, and turns the task's steps into `TextEvent`s ending in one
`done` or one `error`.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from veilleur.chat.guarding import SafetyGate, decision_summary
from veilleur.engine.base import (
    Backend,
    ChatMessage,
    Finished,
    GenerationRequest,
    SamplingParams,
    TextDelta,
)
from veilleur.errors import ContextLengthError, VeilleurError
from veilleur.tasks.text.events import TextEvent
from veilleur.tasks.text.settings import TextSettings

if TYPE_CHECKING:
    from veilleur.safety import Decision, OutputGuard

__all__ = ["PromptInjectionError", "Result", "Runner", "TextTask"]

_INJECTION = "jailbreak"  # the safety taxonomy's code for prompt injection


class PromptInjectionError(VeilleurError):
    """The document holds a prompt injection and the policy is to refuse it."""

    status_code = 422
    error_type = "invalid_request_error"
    code = "prompt_injection"


@dataclass
class Result:
    """What a task hands back at its end: the text and task-specific fields."""

    text: str
    fields: dict[str, Any] = field(default_factory=dict)


class TextTask(Protocol):
    """A text task: its input, the language it writes, and its steps."""

    document: str
    own_texts: tuple[str, ...]  # what the user wrote themselves (an instruction, a glossary)
    output_language: str

    def steps(self, runner: Runner) -> AsyncIterator[TextEvent | Result]: ...


class _Cut(Exception):
    def __init__(self, decision: Decision):
        self.decision = decision


class Runner:
    """One run of one task against `backend`, checked by `gate`."""

    def __init__(self, backend: Backend, gate: SafetyGate, settings: TextSettings,
                 *, user: str | None = None):
        self.backend = backend
        self.gate = gate
        self.settings = settings
        self.user = user
        self.request_id = uuid.uuid4().hex
        self.warnings: list[dict[str, Any]] = []
        self.calls = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.last_finish = ""
        self._refusal: Decision | None = None
        self._guard: OutputGuard | None = None

    @property
    def model(self) -> str:
        return self.backend.info.id

    async def check(self, task: TextTask) -> None:
        """The input checks, before anything streams.

        The user's own words are checked like a chat message: any blocking category,
        prompt injection included, refuses the task. The document is checked too, and
        any hazard category refuses it; but a document flagged only as a prompt injection
        is data someone else wrote: by policy (`VEILLEUR_TEXT_INJECTION`) it is processed
        with a warning (the default) or refused with `PromptInjectionError` (422).
        """
        for text in task.own_texts:
            if text.strip():
                decision = await self._check_text(text)
                if decision.blocked:
                    self._refusal = decision
                    return
        decision = await self._check_text(task.document)
        if not decision.blocked:
            if decision.action == "warn":
                self.warnings.append({"code": "safety_warning", "message": decision.explanation,
                                      "categories": list(decision.categories)})
            return
        if set(decision.categories) != {_INJECTION}:
            self._refusal = decision
            return
        if self.settings.injection == "refuse":
            raise PromptInjectionError(
                "the document contains text that tries to give the assistant instructions "
                "(prompt injection); this server refuses such documents "
                "(VEILLEUR_TEXT_INJECTION=refuse)", param="text")
        self.warnings.append({
            "code": "prompt_injection",
            "message": "the document contains text that tries to give the assistant "
                       "instructions; it was treated as data, not obeyed",
        })

    async def run(self, task: TextTask) -> AsyncIterator[TextEvent]:
        """The task's events; call `check` first."""
        if self._refusal is not None:
            yield self._refused(self._refusal)
            return
        self._guard = self.gate.output_guard(
            [ChatMessage("user", task.document)], request_id=self.request_id,
            model=self.model, user=self.user, language=task.output_language)
        try:
            result: Result | None = None
            async for step in task.steps(self):
                if isinstance(step, Result):
                    result = step
                else:
                    yield step
            assert result is not None, "a task ends with a Result"
            final = await asyncio.to_thread(self._guard.finish)
            if final.blocked:
                raise _Cut(final)
            yield TextEvent("done", {
                "text": result.text, "refused": False, **result.fields,
                "warnings": self.warnings, **self._accounting(),
            })
        except _Cut as cut:
            yield self._refused(cut.decision)
        except VeilleurError as exc:
            yield TextEvent("error", {"message": exc.message, "code": exc.code,
                                      "param": exc.param}, error=exc)

    # ---- helpers for the tasks ------------------------------------------------------------

    def answer_budget(self, messages: Sequence[ChatMessage], wanted: int, *, param: str) -> int:
        """Answer tokens left after `messages`, at most `wanted`.

        Raises:
            ContextLengthError: the prompt leaves less than a quarter of `wanted`.
        """
        context = self.backend.info.context_length
        used = self.backend.count_chat_tokens(messages)
        room = context - used - 8
        if room < max(16, wanted // 4):
            raise ContextLengthError(
                f"the text takes {used} tokens with its instructions; the model's context "
                f"is {context} tokens, too small to answer: send a shorter text", param=param)
        return min(wanted, room)

    def room_for_document(self, messages: Sequence[ChatMessage], answer: int) -> int:
        """Tokens a document may take in `messages` (built with an empty document)."""
        return self.backend.info.context_length - self.backend.count_chat_tokens(messages) \
            - answer - 16

    async def stream(self, messages: Sequence[ChatMessage], sampling: SamplingParams,
                     *, shown: bool) -> AsyncIterator[str]:
        """The pieces of one completion; `shown` pieces go through the output guard."""
        stream = self.backend.generate(GenerationRequest(
            messages=tuple(messages), sampling=sampling, request_id=self.request_id))
        self.calls += 1
        try:
            async for event in stream:
                if isinstance(event, TextDelta):
                    if shown:
                        self.show(event.text)
                    yield event.text
                elif isinstance(event, Finished):
                    self.last_finish = event.reason
                    self.prompt_tokens += event.usage.prompt_tokens
                    self.completion_tokens += event.usage.completion_tokens
        finally:
            await stream.aclose()

    async def complete(self, messages: Sequence[ChatMessage], sampling: SamplingParams) -> str:
        """One completion, whole; not shown (the caller shows what it makes of it)."""
        return "".join([piece async for piece in self.stream(messages, sampling, shown=False)])

    def show(self, text: str) -> None:
        """Feed text the user will see to the output guard; cut the task if it blocks."""
        assert self._guard is not None
        decision = self._guard.feed(text)
        if decision is not None and decision.blocked:
            raise _Cut(decision)

    # ---- internals ------------------------------------------------------------------------

    async def _check_text(self, text: str) -> Decision:
        return await self.gate.check_input([ChatMessage("user", text)],
                                           request_id=self.request_id, model=self.model,
                                           user=self.user)

    def _accounting(self) -> dict[str, Any]:
        return {"model": self.model, "calls": self.calls,
                "usage": {"prompt_tokens": self.prompt_tokens,
                          "completion_tokens": self.completion_tokens}}

    def _refused(self, decision: Decision) -> TextEvent:
        return TextEvent("done", {
            "text": decision.refusal or decision.explanation, "refused": True,
            "finish_reason": "content_filter", "safety": decision_summary(decision),
            "warnings": self.warnings, **self._accounting(),
        })
