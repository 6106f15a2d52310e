"""Request bodies of the OpenAI-compatible API, validated with OpenAI's bounds.

Parameters OpenAI defines that Veilleur does not implement (`tools`, `logprobs`,
`response_format`, `n > 1`…) are refused with a 400 `unsupported_parameter` that names
them in `param`, rather than silently ignored (`UNSUPPORTED_CHAT`,
`UNSUPPORTED_COMPLETION`; a value that means "not used", such as `tools: []` or
`response_format: {"type": "text"}`, is accepted). Fields OpenAI does not define are
ignored, as vLLM and llama.cpp's server do, so that clients sending vendor extensions keep
working.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from veilleur.errors import UnsupportedParameterError
from veilleur.types import ChatMessage, SamplingParams

__all__ = [
    "UNSUPPORTED_CHAT",
    "UNSUPPORTED_COMPLETION",
    "ChatCompletion",
    "ChatCompletionRequest",
    "Completion",
    "CompletionRequest",
    "ModelCard",
    "ModelList",
    "SafetySummary",
    "SamplingFields",
]


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore")


class TextPart(_Lenient):
    type: Literal["text"]
    text: str


class RequestMessage(_Lenient):
    role: Literal["system", "developer", "user", "assistant"]
    content: str | list[TextPart] | None = None
    name: str | None = None

    def to_chat(self) -> ChatMessage:
        if isinstance(self.content, list):
            text = "".join(part.text for part in self.content)
        else:
            text = self.content or ""
        role = "system" if self.role == "developer" else self.role
        return ChatMessage(role, text)  # type: ignore[arg-type]


class StreamOptions(_Lenient):
    include_usage: bool = False


Stop = str | Annotated[list[str], Field(max_length=16)] | None


class SamplingFields(_Lenient):
    """Sampling parameters shared by chat and text completions (OpenAI's bounds)."""

    temperature: float | None = Field(None, ge=0.0, le=2.0)
    top_p: float | None = Field(None, gt=0.0, le=1.0)
    top_k: int | None = Field(None, ge=0, le=1000, description="llama.cpp extension")
    min_p: float | None = Field(None, ge=0.0, le=1.0, description="llama.cpp extension")
    # Larger values are served up to the server's max_tokens_limit; past this bound a
    # number is nonsense (10**30), not a request.
    max_tokens: int | None = Field(None, ge=1, le=1_000_000)
    stop: Stop = None
    seed: int | None = Field(None, ge=0, le=2**63 - 1)
    presence_penalty: float | None = Field(None, ge=-2.0, le=2.0)
    frequency_penalty: float | None = Field(None, ge=-2.0, le=2.0)
    repeat_penalty: float | None = Field(None, gt=0.0, le=10.0, description="llama.cpp extension")
    n: int | None = Field(None, ge=1)
    stream: bool = False
    stream_options: StreamOptions | None = None
    user: str | None = Field(None, max_length=256)

    @field_validator("stop")
    @classmethod
    def _stops_not_empty(cls, value: Stop) -> Stop:
        if isinstance(value, list) and any(not s for s in value):
            raise ValueError("stop sequences must not be empty strings")
        return value

    @model_validator(mode="after")
    def _supported(self) -> SamplingFields:
        if self.stream_options is not None and not self.stream:
            raise ValueError("stream_options is only allowed with stream=true")
        return self

    def sampling(self, default_max_tokens: int) -> SamplingParams:
        stop = (self.stop,) if isinstance(self.stop, str) else tuple(self.stop or ())
        base = SamplingParams()
        return SamplingParams(
            temperature=_or(self.temperature, base.temperature),
            top_p=_or(self.top_p, base.top_p),
            top_k=_or(self.top_k, base.top_k),
            min_p=_or(self.min_p, base.min_p),
            max_tokens=self.max_tokens or default_max_tokens,
            stop=stop,
            seed=None if self.seed is None else self.seed % (2**31),
            presence_penalty=_or(self.presence_penalty, base.presence_penalty),
            frequency_penalty=_or(self.frequency_penalty, base.frequency_penalty),
            repeat_penalty=_or(self.repeat_penalty, base.repeat_penalty),
        )


def _or(value: Any, default: Any) -> Any:
    return default if value is None else value


def _unused(*values: Any) -> Any:
    """A check that accepts only the given values (plus absent, None and empty)."""
    return lambda value: value in (None, [], {}, *values)


# OpenAI parameters this server does not implement, and the values that mean "not used".
UNSUPPORTED_CHAT: dict[str, Any] = {
    "tools": _unused(),
    "tool_choice": _unused("none"),
    "functions": _unused(),
    "function_call": _unused("none"),
    "parallel_tool_calls": _unused(),
    "logprobs": _unused(False),
    "top_logprobs": _unused(),
    "response_format": lambda value: value in (None, {"type": "text"}),
    "logit_bias": _unused(),
    "audio": _unused(),
    "modalities": lambda value: value in (None, ["text"]),
    "prediction": _unused(),
    "store": _unused(False),
    "metadata": _unused(),
    "web_search_options": _unused(),
    "reasoning_effort": _unused(),
    "service_tier": _unused("auto", "default"),
    "n": _unused(1),
}
UNSUPPORTED_COMPLETION: dict[str, Any] = {
    "logprobs": _unused(0),
    "best_of": _unused(1),
    "logit_bias": _unused(),
    "suffix": _unused(""),
    "n": _unused(1),
}


def _refuse_unsupported(body: BaseModel, table: dict[str, Any]) -> None:
    values = {**(body.model_extra or {}), **body.__dict__}
    for name, unused in table.items():
        if not unused(values.get(name)):
            raise UnsupportedParameterError(
                f"parameter {name!r} is not supported by this server (see docs/api.md for "
                "what each endpoint implements)", param=name)


class ChatCompletionRequest(SamplingFields):
    model: str = Field(..., min_length=1)
    messages: list[RequestMessage] = Field(..., min_length=1, max_length=10000)
    max_completion_tokens: int | None = Field(None, ge=1, le=1_000_000)

    model_config = ConfigDict(extra="allow")

    def check_supported(self) -> None:
        """Raises UnsupportedParameterError naming an OpenAI parameter not implemented."""
        _refuse_unsupported(self, UNSUPPORTED_CHAT)

    @model_validator(mode="after")
    def _check(self) -> ChatCompletionRequest:
        if self.max_completion_tokens is not None and self.max_tokens is None:
            self.max_tokens = self.max_completion_tokens
        if not any(m.role in ("user", "assistant") for m in self.messages):
            raise ValueError("messages must contain at least one user message")
        return self

    def chat(self) -> tuple[ChatMessage, ...]:
        return tuple(m.to_chat() for m in self.messages)


class CompletionRequest(SamplingFields):
    model: str = Field(..., min_length=1)
    prompt: str | Annotated[list[str], Field(min_length=1, max_length=1)]
    echo: bool = False

    model_config = ConfigDict(extra="allow")

    def check_supported(self) -> None:
        """Raises UnsupportedParameterError naming an OpenAI parameter not implemented."""
        _refuse_unsupported(self, UNSUPPORTED_COMPLETION)

    def text(self) -> str:
        return self.prompt if isinstance(self.prompt, str) else self.prompt[0]


# ---- responses (what /openapi.json documents; the serving layer builds these) -------------

class _Out(BaseModel):
    model_config = ConfigDict(extra="allow")


class PromptTokensDetails(_Out):
    cached_tokens: int = 0


class CompletionUsage(_Out):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    prompt_tokens_details: PromptTokensDetails | None = None


class SafetySummary(_Out):
    """Why the guard refused or cut the answer (Veilleur's extension)."""

    action: str
    categories: list[str]
    explanation: str
    language: str
    policy_version: str
    cut: bool = False


class VeilleurExtension(_Out):
    safety: SafetySummary | None = None


class AssistantMessage(_Out):
    role: Literal["assistant"]
    content: str | None
    refusal: str | None = None


class ChatChoice(_Out):
    index: int
    message: AssistantMessage
    logprobs: None = None
    finish_reason: Literal["stop", "length", "content_filter"]


class ChatCompletion(_Out):
    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    system_fingerprint: str | None = None
    choices: list[ChatChoice]
    usage: CompletionUsage
    veilleur: VeilleurExtension | None = None


class CompletionChoice(_Out):
    index: int
    text: str
    logprobs: None = None
    finish_reason: Literal["stop", "length", "content_filter"]


class Completion(_Out):
    id: str
    object: Literal["text_completion"]
    created: int
    model: str
    system_fingerprint: str | None = None
    choices: list[CompletionChoice]
    usage: CompletionUsage
    veilleur: VeilleurExtension | None = None


class ModelCard(_Out):
    id: str
    object: Literal["model"]
    created: int
    owned_by: str
    context_length: int


class ModelList(_Out):
    object: Literal["list"]
    data: list[ModelCard]
