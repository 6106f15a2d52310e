"""Request bodies of the OpenAI-compatible API, validated with OpenAI's bounds.

Parameters OpenAI defines that Veilleur does not implement (`logit_bias`, `best_of`…) are
refused with a 400 `unsupported_parameter` that names them in `param`, rather than
silently ignored (`UNSUPPORTED_CHAT`, `UNSUPPORTED_COMPLETION`; a value that means "not
used", such as `logprobs: false`, is accepted). Fields OpenAI does not define are
ignored, as vLLM and llama.cpp's server do, so that clients sending vendor extensions keep
working.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from veilleur.errors import InvalidRequestError, UnsupportedParameterError
from veilleur.types import ChatMessage, ResponseFormat, SamplingParams, ToolCall, ToolSpec

__all__ = [
    "MAX_CHOICES",
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
    "ToolFields",
]


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore")


class TextPart(_Lenient):
    type: Literal["text"]
    text: str


_NAME = r"^[a-zA-Z0-9_-]{1,64}$"  # OpenAI's rule for function and schema names


class CalledFunction(_Lenient):
    name: str = Field(..., pattern=_NAME)
    arguments: str = Field("", max_length=262_144)


class RequestToolCall(_Lenient):
    id: str = Field(..., min_length=1, max_length=256)
    type: Literal["function"] = "function"
    function: CalledFunction


class RequestMessage(_Lenient):
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[TextPart] | None = None
    name: str | None = None
    tool_calls: list[RequestToolCall] | None = Field(None, max_length=128)
    tool_call_id: str | None = Field(None, min_length=1, max_length=256)

    @model_validator(mode="after")
    def _tool_fields(self) -> RequestMessage:
        if self.tool_calls and self.role != "assistant":
            raise ValueError("only an assistant message may have tool_calls")
        if self.role == "tool" and self.tool_call_id is None:
            raise ValueError("a tool message needs the tool_call_id it answers")
        return self

    def to_chat(self) -> ChatMessage:
        if isinstance(self.content, list):
            text = "".join(part.text for part in self.content)
        else:
            text = self.content or ""
        role = "system" if self.role == "developer" else self.role
        calls = tuple(ToolCall(c.id, c.function.name, c.function.arguments)
                      for c in self.tool_calls or ())
        return ChatMessage(role, text, calls, self.tool_call_id)  # type: ignore[arg-type]


class FunctionDefinition(_Lenient):
    name: str = Field(..., pattern=_NAME)
    description: str | None = Field(None, max_length=8192)
    parameters: dict[str, Any] | None = None
    strict: bool | None = None


class ToolDefinition(_Lenient):
    type: Literal["function"]
    function: FunctionDefinition


class FunctionName(_Lenient):
    name: str = Field(..., pattern=_NAME)


class NamedToolChoice(_Lenient):
    type: Literal["function"]
    function: FunctionName


class JsonSchemaFormat(_Lenient):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    name: str = Field(..., pattern=_NAME)
    description: str | None = None
    schema_: dict[str, Any] | None = Field(None, alias="schema")
    strict: bool | None = None


class ResponseFormatField(_Lenient):
    """`response_format`: ``text``, ``json_object`` or ``json_schema`` (with its schema)."""

    type: Literal["text", "json_object", "json_schema"]
    json_schema: JsonSchemaFormat | None = None

    @model_validator(mode="after")
    def _schema_given(self) -> ResponseFormatField:
        if self.type == "json_schema" and self.json_schema is None:
            raise ValueError("response_format of type json_schema needs its json_schema")
        return self

    def to_format(self) -> ResponseFormat | None:
        if self.type == "text":
            return None
        raw = self.model_dump(by_alias=True, exclude_none=True)
        if self.type == "json_object":
            return ResponseFormat("json_object", raw=raw)
        spec = self.json_schema
        assert spec is not None
        return ResponseFormat("json_schema", spec.schema_ or {}, spec.name, spec.strict, raw)


class StreamOptions(_Lenient):
    include_usage: bool = False


Stop = str | Annotated[list[str], Field(max_length=16)] | None

MAX_CHOICES = 8  # most choices (`n`) of one request: each is a sequence of the batch


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
    n: int | None = Field(None, ge=1, le=MAX_CHOICES,
                          description="choices, each its own sequence of the batch")
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

    def choices(self, default_max_tokens: int) -> list[SamplingParams]:
        """The sampling of each of the `n` choices: with a `seed`, choice i draws with
        seed + i (mod 2**31), so that choices differ and each is reproducible."""
        base = self.sampling(default_max_tokens)
        if base.seed is None:
            return [base] * (self.n or 1)
        return [replace(base, seed=(base.seed + i) % (2**31)) for i in range(self.n or 1)]


def _or(value: Any, default: Any) -> Any:
    return default if value is None else value


def _unused(*values: Any) -> Any:
    """A check that accepts only the given values (plus absent, None and empty)."""
    return lambda value: value in (None, [], {}, *values)


# OpenAI parameters this server does not implement, and the values that mean "not used".
UNSUPPORTED_CHAT: dict[str, Any] = {
    "functions": _unused(),
    "function_call": _unused("none"),
    "logit_bias": _unused(),
    "audio": _unused(),
    "modalities": lambda value: value in (None, ["text"]),
    "prediction": _unused(),
    "store": _unused(False),
    "metadata": _unused(),
    "web_search_options": _unused(),
    "reasoning_effort": _unused(),
    "service_tier": _unused("auto", "default"),
}
UNSUPPORTED_COMPLETION: dict[str, Any] = {
    "best_of": _unused(1),
    "logit_bias": _unused(),
    "suffix": _unused(""),
}


def _refuse_unsupported(body: BaseModel, table: dict[str, Any]) -> None:
    values = {**(body.model_extra or {}), **body.__dict__}
    for name, unused in table.items():
        if not unused(values.get(name)):
            raise UnsupportedParameterError(
                f"parameter {name!r} is not supported by this server (see docs/api.md for "
                "what each endpoint implements)", param=name)


class ToolFields(BaseModel):
    """`tools`, `tool_choice` and `parallel_tool_calls`, their checks, and what the engine
    reads of them (chat completions and the conversation API share them)."""

    tools: list[ToolDefinition] | None = Field(None, max_length=128)
    tool_choice: Literal["none", "auto", "required"] | NamedToolChoice | None = None
    parallel_tool_calls: bool | None = None

    def check_tools(self) -> None:
        """Raises InvalidRequestError for two tools of one name, or a `tool_choice` the
        tools cannot satisfy."""
        names = [t.function.name for t in self.tools or ()]
        if len(set(names)) != len(names):
            raise InvalidRequestError("two tools have the same name", param="tools")
        if isinstance(self.tool_choice, NamedToolChoice) and \
                self.tool_choice.function.name not in names:
            raise InvalidRequestError(f"tool_choice names {self.tool_choice.function.name!r}, "
                                      "which is not one of the tools", param="tool_choice")
        if self.tool_choice == "required" and not names:
            raise InvalidRequestError("tool_choice 'required' needs tools",
                                      param="tool_choice")

    def tool_specs(self) -> tuple[ToolSpec, ...]:
        return tuple(ToolSpec(t.function.name, t.function.description or "",
                              t.function.parameters) for t in self.tools or ())

    def choice(self) -> str:
        """`tool_choice` as the engine reads it: auto, none, required or a name."""
        if isinstance(self.tool_choice, NamedToolChoice):
            return self.tool_choice.function.name
        return self.tool_choice or ("auto" if self.tools else "none")


class ChatCompletionRequest(ToolFields, SamplingFields):
    model: str = Field(..., min_length=1)
    messages: list[RequestMessage] = Field(..., min_length=1, max_length=10000)
    max_completion_tokens: int | None = Field(None, ge=1, le=1_000_000)
    response_format: ResponseFormatField | None = None
    logprobs: bool | None = None
    top_logprobs: int | None = Field(None, ge=0, le=20)

    model_config = ConfigDict(extra="allow")

    def check_supported(self) -> None:
        """Raises UnsupportedParameterError naming an OpenAI parameter not implemented."""
        _refuse_unsupported(self, UNSUPPORTED_CHAT)
        self.check_tools()
        if self.top_logprobs is not None and not self.logprobs:
            raise InvalidRequestError("top_logprobs needs logprobs: true",
                                      param="top_logprobs")

    def logprob_count(self) -> int | None:
        """None without `logprobs`; else how many most likely tokens to list with each."""
        return (self.top_logprobs or 0) if self.logprobs else None

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
    logprobs: int | None = Field(None, ge=0, le=5)
    # Not OpenAI's on completions; vLLM's and llama.cpp's servers take it: the same
    # constrained decoding as chat.
    response_format: ResponseFormatField | None = None

    model_config = ConfigDict(extra="allow")

    def check_supported(self) -> None:
        """Raises UnsupportedParameterError naming an OpenAI parameter not implemented."""
        _refuse_unsupported(self, UNSUPPORTED_COMPLETION)
        if self.echo and self.logprobs is not None:
            raise UnsupportedParameterError(
                "logprobs together with echo (the prompt's own logprobs) is not supported "
                "by this server; ask for one or the other", param="logprobs")

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
    # the checks of the tool results sent, when one flagged something (they are data:
    # an injection alone does not refuse the request)
    tool_results: list[SafetySummary] | None = None


class ResponseFunction(_Out):
    name: str
    arguments: str


class ResponseToolCall(_Out):
    id: str
    type: Literal["function"]
    function: ResponseFunction


class AssistantMessage(_Out):
    role: Literal["assistant"]
    content: str | None
    refusal: str | None = None
    tool_calls: list[ResponseToolCall] | None = None


class TopLogprob(_Out):
    token: str
    logprob: float
    bytes: list[int] | None


class TokenLogprobOut(_Out):
    token: str
    logprob: float
    bytes: list[int] | None
    top_logprobs: list[TopLogprob]


class ChatLogprobs(_Out):
    """Each token of the answer, its log probability and the most likely alternatives."""

    content: list[TokenLogprobOut] | None
    refusal: list[TokenLogprobOut] | None = None


class CompletionLogprobs(_Out):
    """The legacy shape: per token its text, log probability, the most likely tokens and
    the character offset where it starts in `text`."""

    tokens: list[str]
    token_logprobs: list[float]
    top_logprobs: list[dict[str, float]] | None
    text_offset: list[int]


class ChatChoice(_Out):
    index: int
    message: AssistantMessage
    logprobs: ChatLogprobs | None = None
    finish_reason: Literal["stop", "length", "content_filter", "tool_calls"]


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
    logprobs: CompletionLogprobs | None = None
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
