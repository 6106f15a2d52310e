"""Running a text task on the chat path, through the guarded engine.

A `Runner` checks the input (the user's own words strictly; the document as data, see
`check`), asks the guarded engine for one or more chat completions in one `GuardSession`,
so that everything shown to the user goes through one output guard, and turns the task's
steps into events ending in one `done` or one `error`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from veilleur.context import request_id as current_request_id
from veilleur.errors import ContextLengthError, VeilleurError
from veilleur.events import Event
from veilleur.guard import AuditContext, GuardedEngine, GuardSession, SafetyCut, decision_summary
from veilleur.tasks.errors import PromptInjectionError
from veilleur.tasks.settings import TextSettings
from veilleur.types import ChatMessage, Finished, GenerationRequest, SamplingParams, TextDelta

if TYPE_CHECKING:
    from veilleur.safety import Decision

__all__ = ["PromptInjectionError", "Result", "Runner", "TextTask"]


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

    def steps(self, runner: Runner) -> AsyncIterator[Event | Result]: ...


class _Cut(Exception):
    def __init__(self, decision: Decision):
        self.decision = decision


class Runner:
    """One run of one task on the guarded engine."""

    def __init__(self, engine: GuardedEngine, settings: TextSettings,
                 *, user: str | None = None, owner_id: str | None = None):
        self.engine = engine
        self.settings = settings
        self.user = user
        self.owner_id = owner_id  # the account its audit rows belong to
        self.request_id = current_request_id()  # the HTTP request's (X-Request-ID)
        self.session: GuardSession = engine.session(
            AuditContext(self.request_id, user, owner_id=owner_id))
        self.warnings: list[dict[str, Any]] = []
        self.calls = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.last_finish = ""
        self._refusal: Decision | None = None

    @property
    def model(self) -> str:
        return self.engine.info.id

    async def check(self, task: TextTask) -> None:
        """The input checks, before anything streams.

        The user's own words are checked like a chat message: any blocking category,
        prompt injection included, refuses the task. The document is checked too, and
        any hazard category refuses it; but a document flagged only as a prompt injection
        is data someone else wrote: by policy (`VEILLEUR_TEXT_INJECTION`) it is processed
        with a warning (the default) or refused with `PromptInjectionError` (422).
        """
        self.session = self.engine.session(
            AuditContext(self.request_id, self.user, owner_id=self.owner_id),
            language=task.output_language)
        for text in task.own_texts:
            if text.strip():
                decision = await self.session.check([ChatMessage("user", text)])
                if decision.blocked:
                    self._refusal = decision
                    return
        decision = await self.session.check([ChatMessage("user", task.document)],
                                            document=True)
        if not decision.blocked:
            if decision.action == "warn":
                self.warnings.append({"code": "safety_warning", "message": decision.explanation,
                                      "categories": list(decision.categories)})
            return
        if not decision.categories or set(decision.categories) != {"jailbreak"}:
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

    async def run(self, task: TextTask) -> AsyncIterator[Event]:
        """The task's events; call `check` first."""
        if self._refusal is not None:
            yield self._refused(self._refusal)
            return
        try:
            result: Result | None = None
            async for step in task.steps(self):
                if isinstance(step, Result):
                    result = step
                else:
                    yield step
            assert result is not None, "a task ends with a Result"
            final = await self.session.finish()
            if final.blocked:
                raise _Cut(final)
            yield Event("done", {
                "text": result.text, "refused": False, **result.fields,
                "warnings": self.warnings, **self._accounting(),
            })
        except _Cut as cut:
            yield self._refused(cut.decision)
        except VeilleurError as exc:
            yield Event.failed(exc)

    # ---- helpers for the tasks ------------------------------------------------------------

    def answer_budget(self, messages: Sequence[ChatMessage], wanted: int, *, param: str) -> int:
        """Answer tokens left after `messages`, at most `wanted`.

        Raises:
            ContextLengthError: the prompt leaves less than a quarter of `wanted`.
        """
        context = self.engine.info.context_length
        used = self.engine.count_chat_tokens(messages)
        room = context - used - 8
        if room < max(16, wanted // 4):
            raise ContextLengthError(
                f"the text takes {used} tokens with its instructions; the model's context "
                f"is {context} tokens, too small to answer: send a shorter text", param=param)
        return min(wanted, room)

    def room_for_document(self, messages: Sequence[ChatMessage], answer: int) -> int:
        """Tokens a document may take in `messages` (built with an empty document)."""
        return self.engine.info.context_length - self.engine.count_chat_tokens(messages) \
            - answer - 16

    async def stream(self, messages: Sequence[ChatMessage], sampling: SamplingParams,
                     *, shown: bool) -> AsyncIterator[str]:
        """The pieces of one completion; `shown` pieces go through the output guard."""
        stream = self.session.generate(GenerationRequest(
            messages=tuple(messages), sampling=sampling, request_id=self.request_id),
            shown=shown)
        self.calls += 1
        try:
            async for event in stream:
                if isinstance(event, SafetyCut):
                    raise _Cut(event.decision)
                if isinstance(event, TextDelta):
                    yield event.text
                elif isinstance(event, Finished):
                    self.last_finish = event.reason
                    self.prompt_tokens += event.usage.prompt_tokens
                    self.completion_tokens += event.usage.completion_tokens
        finally:
            await stream.aclose()  # type: ignore[attr-defined]

    async def complete(self, messages: Sequence[ChatMessage], sampling: SamplingParams) -> str:
        """One completion, whole; not shown (the caller shows what it makes of it)."""
        return "".join([piece async for piece in self.stream(messages, sampling, shown=False)])

    def show(self, text: str) -> None:
        """Feed text the user will see to the output guard; cut the task if it blocks."""
        decision = self.session.show(text)
        if decision is not None:
            raise _Cut(decision)

    # ---- internals ------------------------------------------------------------------------

    def _accounting(self) -> dict[str, Any]:
        return {"model": self.model, "calls": self.calls,
                "usage": {"prompt_tokens": self.prompt_tokens,
                          "completion_tokens": self.completion_tokens}}

    def _refused(self, decision: Decision) -> Event:
        return Event("done", {
            "text": decision.refusal or decision.explanation, "refused": True,
            "finish_reason": "content_filter", "safety": decision_summary(decision),
            "warnings": self.warnings, **self._accounting(),
        })
