"""The backend protocol: what the rest of Veilleur knows of an inference engine.

A backend turns a `GenerationRequest` into an async stream of events: zero or more
`TextDelta`, then exactly one `Finished` carrying the finish reason and token usage.
Closing the stream early (``aclose()``, or cancelling the task that iterates it) cancels
the generation at the engine's next step. Nothing here knows about HTTP or llama.cpp.

An `Embedder` turns texts into vectors (`POST /v1/embeddings`). It is a separate
protocol: the embedded backends embed with their own llama.cpp context
(`engine/embeddings.py`, built beside the backend), the upstream backend implements both.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from veilleur.types import (
    ChatMessage,
    EmbeddingResult,
    EngineEvent,
    Finished,
    FinishReason,
    GenerationRequest,
    ModelInfo,
    Role,
    SamplingParams,
    TextDelta,
    ToolSpec,
    Usage,
)

__all__ = [
    "Backend",
    "ChatMessage",
    "Embedder",
    "EmbeddingResult",
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


@dataclass(frozen=True, slots=True)
class RenderedPrompt:
    """A chat rendered to the text the model sees, with the stops its format needs."""

    text: str
    stop: tuple[str, ...] = ()
    add_bos: bool = True
    lstrip: bool = False  # drop whitespace the format puts before the answer


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

    def stats(self) -> Mapping[str, float]:
        """What the engine holds now, read-only and cheap (read at every metrics scrape).

        Known keys (each optional): ``queue_depth``, ``busy_slots``, ``slots``,
        ``kv_cache_used_cells``, ``kv_cache_cells`` (gauges), ``prefix_cache_hits``,
        ``prefix_cache_hit_tokens`` (counters since start). A backend with none returns
        ``{}``, the default for a class that subclasses this protocol; the guarded engine
        also treats a backend without this method as ``{}``.
        """
        return {}

    def count_chat_tokens(self, messages: Sequence[ChatMessage],
                          tools: Sequence[ToolSpec] = ()) -> int:
        """Number of prompt tokens a chat over `messages` takes, formatting and the
        functions offered (`tools`, as the model sees them) included."""
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


@runtime_checkable
class Embedder(Protocol):
    """Texts to vectors. Implementations: `LlamaEmbedder`, `OpenAIUpstreamBackend`."""

    async def embed(self, texts: Sequence[str], *, dimensions: int | None = None
                    ) -> EmbeddingResult:
        """The vectors of `texts` (in order) and the prompt tokens they took.

        Raises `ContextLengthError` (param ``input[i]``) when a text is longer than the
        embedding window, `UnsupportedParameterError` (param ``dimensions``) when the
        model cannot give `dimensions`, `EngineOverloadedError` when too many requests
        wait, `EngineGenerateError` when the computation fails.
        """
        ...

    async def aclose(self) -> None:
        """Free what the embedder holds."""
        ...
