"""The vocabulary shared by every layer: chat messages, sampling, usage, engine events.

Nothing here knows about HTTP, llama.cpp, the store or the safety pipeline, so that the
engine, the safety checks, the services and the API can all speak it without importing
each other. `veilleur.engine.base` re-exports these names for the backends.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "ChatMessage",
    "EmbeddingResult",
    "EngineEvent",
    "FinishReason",
    "Finished",
    "GenerationRequest",
    "ModelInfo",
    "ResponseFormat",
    "Role",
    "SamplingParams",
    "TextDelta",
    "TokenLogprob",
    "ToolCall",
    "ToolCallDelta",
    "ToolChoice",
    "ToolSpec",
    "Usage",
]

Role = Literal["system", "user", "assistant", "tool"]
FinishReason = Literal["stop", "length", "cancelled", "content_filter", "tool_calls"]


@dataclass(frozen=True, slots=True)
class ToolCall:
    """A function call the assistant made: `arguments` is the JSON text of its arguments."""

    id: str
    name: str
    arguments: str


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One turn of a conversation.

    An assistant turn may carry `tool_calls` (its `content` then often empty); a `tool`
    turn is the result of the call `tool_call_id`, which is data, not an instruction.
    """

    role: Role
    content: str
    tool_calls: tuple[ToolCall, ...] = ()
    tool_call_id: str | None = None


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """A function the model may call; `parameters` is its arguments' JSON Schema."""

    name: str
    description: str = ""
    parameters: Any = None  # a JSON Schema (dict); None: no arguments


# "auto" (answer or call), "none" (answer), "required" (call one or more), or a name.
ToolChoice = str


@dataclass(frozen=True, slots=True)
class ResponseFormat:
    """Structured output: ``json_object`` (any JSON object) or ``json_schema``.

    `schema` is the JSON Schema the answer must validate against (``json_schema`` only);
    `raw` is the request's `response_format` as sent, for backends that pass it on.
    """

    type: Literal["json_object", "json_schema"]
    schema: Any = None
    name: str = ""
    strict: bool | None = None
    raw: Any = None


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
    """A completion of a raw `prompt`, or a chat over `messages` (exactly one of the two).

    `tenant` is whom it runs for (the owner id of the user asking; None: no owner): the
    batched scheduler shares its slots fairly across tenants.
    """

    sampling: SamplingParams = field(default_factory=SamplingParams)
    prompt: str | None = None
    messages: tuple[ChatMessage, ...] | None = None
    request_id: str = ""
    tenant: str | None = None
    response_format: ResponseFormat | None = None
    tools: tuple[ToolSpec, ...] = ()
    tool_choice: ToolChoice = "auto"
    parallel_tool_calls: bool = True
    # None: no log probabilities; k >= 0: each generated token's, with the k most likely
    logprobs: int | None = None

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
class TokenLogprob:
    """One token's log probability under the model: `token` is its text (``bytes:\\xe2``
    escapes when its bytes alone are not valid UTF-8), `raw` its exact bytes, `top` the
    most likely tokens at that position (most likely first), when they were asked for."""

    token: str
    logprob: float
    raw: bytes
    top: tuple[TokenLogprob, ...] = ()


@dataclass(frozen=True, slots=True)
class TextDelta:
    """A piece of generated text (never a partial UTF-8 character); `logprobs`, when the
    request asked for them, are those of the tokens whose text starts in this piece."""

    text: str
    logprobs: tuple[TokenLogprob, ...] = ()


@dataclass(frozen=True, slots=True)
class Finished:
    """The last event of every stream."""

    reason: FinishReason
    usage: Usage


@dataclass(frozen=True, slots=True)
class ToolCallDelta:
    """A piece of the `index`-th tool call of the answer, as OpenAI streams it: the first
    piece of a call has its `id` and `name`, the next ones fragments of its `arguments`."""

    index: int
    id: str | None = None
    name: str | None = None
    arguments: str = ""


EngineEvent = TextDelta | ToolCallDelta | Finished


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """What `/v1/models` shows of a backend's model."""

    id: str
    context_length: int
    owned_by: str = "veilleur"
    created: int = 0


@dataclass(frozen=True, slots=True)
class EmbeddingResult:
    """The vectors of embedded texts, in the order of the texts, and the tokens they took."""

    vectors: list[list[float]]
    prompt_tokens: int
