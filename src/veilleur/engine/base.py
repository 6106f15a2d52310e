"""The backend protocol: what the rest of Veilleur knows of an inference engine.

A backend turns a `GenerationRequest` into an async stream of events: zero or more
`TextDelta`, then exactly one `Finished` carrying the finish reason and token usage.
Closing the stream early (``aclose()``, or cancelling the task that iterates it) cancels
the generation at the engine's next step. Nothing here knows about HTTP or llama.cpp.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

__all__ = [
    "Backend",
    "ChatMessage",
    "EngineEvent",
    "EventStream",
    "FinishReason",
    "Finished",
    "GenerationRequest",
    "ModelInfo",
    "RenderedPrompt",
    "Role",
    "SamplingParams",
    "TextDelta",
    "Usage",
]

Role = Literal["system", "user", "assistant"]
FinishReason = Literal["stop", "length", "cancelled", "content_filter"]


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One turn of a conversation."""

    role: Role
    content: str


@dataclass(frozen=True, slots=True)
class SamplingParams:
    """How tokens are drawn. Defaults follow llama.cpp's; `seed=None` means random."""

    temperature: float = 0.8
    top_p: float = 0.95
    top_k: int = 40
    min_p: float = 0.05
    max_tokens: int = 512
    stop: tuple[str, ...] = ()
    seed: int | None = None
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    repeat_penalty: float = 1.0


@dataclass(frozen=True, slots=True)
class GenerationRequest:
    """A completion of a raw `prompt`, or a chat over `messages` (exactly one of the two)."""

    sampling: SamplingParams = field(default_factory=SamplingParams)
    prompt: str | None = None
    messages: tuple[ChatMessage, ...] | None = None
    request_id: str = ""

    def __post_init__(self) -> None:
        if (self.prompt is None) == (self.messages is None):
            raise ValueError("a GenerationRequest needs exactly one of prompt and messages")


@dataclass(frozen=True, slots=True)
class Usage:
    """Token counts of one generation. `cached_tokens` were reused from the KV cache."""

    prompt_tokens: int
    completion_tokens: int
    cached_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True, slots=True)
class TextDelta:
    """A piece of generated text (never a partial UTF-8 character)."""

    text: str


@dataclass(frozen=True, slots=True)
class Finished:
    """The last event of every stream."""

    reason: FinishReason
    usage: Usage


EngineEvent = TextDelta | Finished


@dataclass(frozen=True, slots=True)
class RenderedPrompt:
    """A chat rendered to the text the model sees, with the stops its format needs."""

    text: str
    stop: tuple[str, ...] = ()
    add_bos: bool = True
    lstrip: bool = False  # drop whitespace the format puts before the answer


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """What `/v1/models` shows of a backend's model."""

    id: str
    context_length: int
    owned_by: str = "veilleur"
    created: int = 0


class EventStream:
    """The events of one admitted generation.

    Wraps the backend's async iterator so that `release` (the backend's hook that gives
    back what admission reserved) runs once the stream ends, fails, or is closed, even
    when it was never read. The backend may call the same hook earlier itself (for
    example when the request leaves the waiting queue); it must be idempotent.
    """

    def __init__(self, events: AsyncIterator[EngineEvent], release: Callable[[], None]):
        self._events = events
        self._release: Callable[[], None] | None = release

    def __aiter__(self) -> EventStream:
        return self

    async def __anext__(self) -> EngineEvent:
        try:
            return await self._events.__anext__()
        except BaseException:
            await self.aclose()
            raise

    async def aclose(self) -> None:
        """Stop the generation (at the engine's next step) and free its resources."""
        self._give_back()
        aclose = getattr(self._events, "aclose", None)
        if aclose is not None:
            await aclose()

    def _give_back(self) -> None:
        release, self._release = self._release, None
        if release is not None:
            release()


@runtime_checkable
class Backend(Protocol):
    """An inference engine. Implementations: `LlamaCppBackend`, `OpenAIUpstreamBackend`."""

    @property
    def info(self) -> ModelInfo:
        """The served model."""
        ...

    def is_ready(self) -> bool:
        """True while the backend can take requests (the model is loaded, the engine alive)."""
        ...

    def count_tokens(self, text: str) -> int:
        """Number of tokens `text` takes, without special tokens."""
        ...

    def count_chat_tokens(self, messages: Sequence[ChatMessage]) -> int:
        """Number of prompt tokens a chat over `messages` takes, formatting included."""
        ...

    def generate(self, request: GenerationRequest) -> EventStream:
        """Admit `request` and return its stream of events.

        Admission is synchronous: this call raises `ContextLengthError` when the prompt
        cannot fit, `EngineOverloadedError` when the waiting queue is full and
        `EngineDeadError` when the engine is gone, before anything is generated, so that a
        caller can refuse a request without side effects. The returned stream must be
        iterated to the end or closed with `aclose()`; iterating it may raise
        `EngineGenerateError` when this one generation fails.
        """
        ...

    async def aclose(self) -> None:
        """Stop the engine and free its resources."""
        ...
