"""Request bodies of the OpenAI Responses API (`POST /v1/responses`), checked by name.

`input` (a string, or a list of items), `tools` and `tool_choice` are read by hand
rather than as Pydantic unions, so that every refusal names the exact path of what is
wrong (`input[2].content[0].type`, `tools[1].type`). What the Responses API defines and
this server does not implement is refused with 400 `unsupported_parameter` naming it
(`UNSUPPORTED_RESPONSES` at the top level; built-in tools, non-text content and the
other nested cases where they are read), as for chat (`protocol.UNSUPPORTED_CHAT`); a
value that means "not used" is accepted. Fields OpenAI does not define are ignored.

Input items are normalised to the shapes they are stored and listed in
(`/v1/responses/{id}/input_items`), each with an id: messages
(`{"type": "message", "role", "content": [{"type": "input_text", "text"}]}`),
`function_call` and `function_call_output` items.
"""

from __future__ import annotations

import re
import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from veilleur.api.openai.protocol import _refuse_unsupported, _unused
from veilleur.errors import InvalidRequestError, UnsupportedParameterError
from veilleur.types import ChatMessage, ResponseFormat, SamplingParams, ToolCall, ToolSpec

__all__ = [
    "UNSUPPORTED_RESPONSES",
    "ResponseRequest",
    "item_id",
    "to_messages",
]

_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")  # OpenAI's rule for function and schema names
MAX_ITEMS = 10_000
MAX_TOOLS = 128

# Top-level parameters of the Responses API this server does not implement, and the
# values that mean "not used" (docs/api.md lists them; test_unsupported_parameters.py).
UNSUPPORTED_RESPONSES: dict[str, Any] = {
    "background": _unused(False),
    "conversation": _unused(),
    "include": _unused(),
    "prompt": _unused(),
    "reasoning": _unused(),
    "service_tier": _unused("auto", "default"),
    "top_logprobs": _unused(0),
    "max_tool_calls": _unused(),
    "prompt_cache_key": _unused(),
    "prompt_cache_retention": _unused(),
    "prompt_cache_options": _unused(),
    "context_management": _unused(),
    "moderation": _unused(),
    "access_programs": _unused(),
    "image": _unused(),
}

# Fields of a function tool this server does not implement, and their "not used" values.
_UNSUPPORTED_TOOL_FIELDS: dict[str, Any] = {
    "defer_loading": _unused(False),
    "allowed_callers": lambda value: value in (None, ["direct"]),
    "async": _unused(False),
    "output_schema": _unused(),
}
_INPUT_PARTS = {"input_text", "output_text", "refusal"}
_ROLES = {"user", "system", "developer", "assistant"}


def item_id(prefix: str) -> str:
    """A new item id, OpenAI style (`msg_…`, `fc_…`, `fco_…`)."""
    return f"{prefix}_{uuid.uuid4().hex}"


def _invalid(message: str, param: str, *, missing: bool = False) -> InvalidRequestError:
    return InvalidRequestError(message, param=param,
                               code="missing_required_parameter" if missing else None)


def _string(value: Any, param: str, *, limit: int = 1_048_576) -> str:
    if value is None:
        raise _invalid(f"{param!r} is required", param, missing=True)
    if not isinstance(value, str):
        raise _invalid(f"{param!r} must be a string, got {type(value).__name__}", param)
    if len(value) > limit:
        raise _invalid(f"{param!r} is longer than {limit} characters", param)
    return value


class TextFormat(BaseModel):
    """`text.format`: ``text``, ``json_object`` or ``json_schema`` (flat, as Responses
    has it: `name`, `schema`, `strict`, `description` beside `type`)."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    type: Literal["text", "json_object", "json_schema"]
    name: str | None = Field(None, pattern=_NAME.pattern)
    schema_: dict[str, Any] | None = Field(None, alias="schema")
    description: str | None = None
    strict: bool | None = None

    @model_validator(mode="after")
    def _schema_given(self) -> TextFormat:
        if self.type == "json_schema" and (self.name is None or self.schema_ is None):
            raise ValueError("text.format of type json_schema needs its name and schema")
        return self

    def to_format(self) -> ResponseFormat | None:
        """The engine's format; `raw` is chat's `response_format`, which an upstream
        server (reached through its chat completions) enforces."""
        if self.type == "text":
            return None
        if self.type == "json_object":
            return ResponseFormat("json_object", raw={"type": "json_object"})
        spec = {"name": self.name, "schema": self.schema_,
                **({"strict": self.strict} if self.strict is not None else {}),
                **({"description": self.description} if self.description else {})}
        return ResponseFormat("json_schema", self.schema_, self.name or "", self.strict,
                              {"type": "json_schema", "json_schema": spec})

    def echo(self) -> dict[str, Any]:
        return self.model_dump(by_alias=True, exclude_none=True)


class TextConfig(BaseModel):
    model_config = ConfigDict(extra="ignore")

    format: TextFormat | None = None
    verbosity: str | None = None


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="ignore")

    include_obfuscation: bool | None = None


class ResponseRequest(BaseModel):
    """`POST /v1/responses`."""

    model_config = ConfigDict(extra="allow")

    model: str = Field(..., min_length=1)
    input: str | list[Any] = Field(..., description="A string, or a list of input items.")
    instructions: str | None = Field(None, max_length=1_048_576)
    max_output_tokens: int | None = Field(None, ge=1, le=1_000_000)
    temperature: float | None = Field(None, ge=0.0, le=2.0)
    top_p: float | None = Field(None, gt=0.0, le=1.0)
    metadata: dict[str, str] | None = Field(None, max_length=16)
    store: bool | None = None
    previous_response_id: str | None = Field(None, min_length=1, max_length=64)
    text: TextConfig | None = None
    tools: list[Any] | None = Field(None, max_length=MAX_TOOLS)
    tool_choice: str | dict[str, Any] | None = None
    parallel_tool_calls: bool | None = None
    truncation: Literal["auto", "disabled"] | None = None
    stream: bool = False
    stream_options: StreamOptions | None = None
    user: str | None = Field(None, max_length=256)
    safety_identifier: str | None = Field(None, max_length=256)

    @model_validator(mode="after")
    def _check(self) -> ResponseRequest:
        if self.stream_options is not None and not self.stream:
            raise ValueError("stream_options is only allowed with stream=true")
        for key, value in (self.metadata or {}).items():
            if len(key) > 64 or len(value) > 512:
                raise ValueError("metadata keys are at most 64 characters, values 512")
        return self

    # ---- what is not implemented -------------------------------------------------------
    def check_supported(self) -> None:
        """Raises UnsupportedParameterError (or InvalidRequestError) naming the field."""
        _refuse_unsupported(self, UNSUPPORTED_RESPONSES)
        if self.text is not None and self.text.verbosity not in (None, "medium"):
            raise UnsupportedParameterError(
                "text.verbosity is not supported by this server", param="text.verbosity")
        if self.stream_options is not None and self.stream_options.include_obfuscation:
            raise UnsupportedParameterError(
                "stream obfuscation is not supported by this server; send "
                "include_obfuscation: false", param="stream_options.include_obfuscation")
        self.tool_specs()
        self.choice()

    # ---- sampling ------------------------------------------------------------------------
    @property
    def stored(self) -> bool:
        return self.store is not False

    @property
    def audit_user(self) -> str | None:
        return self.safety_identifier or self.user

    def sampling(self, default_max_tokens: int) -> SamplingParams:
        base = SamplingParams()
        return SamplingParams(
            temperature=base.temperature if self.temperature is None else self.temperature,
            top_p=base.top_p if self.top_p is None else self.top_p,
            max_tokens=self.max_output_tokens or default_max_tokens)

    def response_format(self) -> ResponseFormat | None:
        fmt = self.text.format if self.text is not None else None
        return fmt.to_format() if fmt is not None else None

    def text_echo(self) -> dict[str, Any]:
        fmt = self.text.format if self.text is not None else None
        return {"format": fmt.echo() if fmt is not None else {"type": "text"}}

    # ---- tools ---------------------------------------------------------------------------
    def tool_specs(self) -> tuple[ToolSpec, ...]:
        """The function tools, checked (other tool types are refused by path)."""
        specs: list[ToolSpec] = []
        for i, tool in enumerate(self.tools or ()):
            path = f"tools[{i}]"
            if not isinstance(tool, dict):
                raise _invalid(f"{path} must be an object", path)
            kind = tool.get("type")
            if kind != "function":
                raise UnsupportedParameterError(
                    f"tools of type {kind!r} are not supported by this server (only "
                    "'function')", param=f"{path}.type")
            for name, unused in _UNSUPPORTED_TOOL_FIELDS.items():
                if not unused(tool.get(name)):
                    raise UnsupportedParameterError(
                        f"{path}.{name} is not supported by this server",
                        param=f"{path}.{name}")
            name = _string(tool.get("name"), f"{path}.name", limit=64)
            if not _NAME.match(name):
                raise _invalid(f"{path}.name must match {_NAME.pattern}", f"{path}.name")
            description = tool.get("description") or ""
            _string(description, f"{path}.description", limit=8192)
            parameters = tool.get("parameters")
            if parameters is not None and not isinstance(parameters, dict):
                raise _invalid(f"{path}.parameters must be a JSON Schema object",
                               f"{path}.parameters")
            if tool.get("strict") not in (None, True, False):
                raise _invalid(f"{path}.strict must be a boolean", f"{path}.strict")
            specs.append(ToolSpec(name, description, parameters))
        names = [s.name for s in specs]
        if len(set(names)) != len(names):
            raise InvalidRequestError("two tools have the same name", param="tools")
        return tuple(specs)

    def tools_echo(self) -> list[dict[str, Any]]:
        return [{"type": "function", "name": t["name"], "description": t.get("description"),
                 "parameters": t.get("parameters"), "strict": t.get("strict", True)}
                for t in self.tools or ()]

    def choice(self) -> str:
        """`tool_choice` as the engine reads it: auto, none, required or a name."""
        names = {t.name for t in self.tool_specs()}
        choice = self.tool_choice
        if isinstance(choice, dict):
            if choice.get("type") != "function":
                raise UnsupportedParameterError(
                    f"tool_choice of type {choice.get('type')!r} is not supported by this "
                    "server (only 'function', or 'auto', 'none', 'required')",
                    param="tool_choice.type")
            name = _string(choice.get("name"), "tool_choice.name", limit=64)
            if name not in names:
                raise InvalidRequestError(f"tool_choice names {name!r}, which is not one "
                                          "of the tools", param="tool_choice.name")
            return name
        if choice is None:
            return "auto" if names else "none"
        if choice not in ("auto", "none", "required"):
            raise _invalid(f"tool_choice {choice!r} is not one of 'auto', 'none', "
                           "'required' or a function", "tool_choice")
        if choice == "required" and not names:
            raise InvalidRequestError("tool_choice 'required' needs tools",
                                      param="tool_choice")
        return choice

    def choice_echo(self) -> str | dict[str, Any]:
        choice = self.tool_choice
        if isinstance(choice, dict):
            return {"type": "function", "name": choice.get("name")}
        return choice or "auto"

    # ---- input ---------------------------------------------------------------------------
    def input_items(self) -> list[dict[str, Any]]:
        """The input as normalised items (each with an id), or a 400 naming the item."""
        if isinstance(self.input, str):
            return [_message("user", [{"type": "input_text", "text": self.input}])]
        if len(self.input) > MAX_ITEMS:
            raise _invalid(f"input has more than {MAX_ITEMS} items", "input")
        return [_item(raw, f"input[{i}]") for i, raw in enumerate(self.input)]


def _message(role: str, content: list[dict[str, Any]]) -> dict[str, Any]:
    return {"type": "message", "id": item_id("msg"), "role": role, "content": content,
            "status": "completed"}


def _item(raw: Any, path: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _invalid(f"{path} must be an object", path)
    kind = raw.get("type", "message")
    if kind == "message":
        role = raw.get("role")
        if role not in _ROLES:
            raise _invalid(f"{path}.role must be one of {sorted(_ROLES)}", f"{path}.role")
        content = raw.get("content")
        if isinstance(content, str):
            kind_of_text = "output_text" if role == "assistant" else "input_text"
            return _message(role, [{"type": kind_of_text, "text": content}])
        if not isinstance(content, list):
            raise _invalid(f"{path}.content must be a string or a list of parts",
                           f"{path}.content", missing=content is None)
        return _message(role, [_part(p, f"{path}.content[{j}]")
                               for j, p in enumerate(content)])
    if kind == "function_call":
        return {"type": "function_call", "id": raw.get("id") or item_id("fc"),
                "call_id": _string(raw.get("call_id"), f"{path}.call_id", limit=256),
                "name": _string(raw.get("name"), f"{path}.name", limit=64),
                "arguments": _string(raw.get("arguments"), f"{path}.arguments",
                                     limit=262_144),
                "status": "completed"}
    if kind == "function_call_output":
        output = raw.get("output")
        if isinstance(output, list):
            output = "".join(_part(p, f"{path}.output[{j}]")["text"]
                             for j, p in enumerate(output))
        return {"type": "function_call_output", "id": raw.get("id") or item_id("fco"),
                "call_id": _string(raw.get("call_id"), f"{path}.call_id", limit=256),
                "output": _string(output, f"{path}.output"), "status": "completed"}
    raise UnsupportedParameterError(
        f"input items of type {kind!r} are not supported by this server (only 'message', "
        "'function_call' and 'function_call_output')", param=f"{path}.type")


def _part(raw: Any, path: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _invalid(f"{path} must be an object", path)
    kind = raw.get("type")
    if kind not in _INPUT_PARTS:
        raise UnsupportedParameterError(
            f"content of type {kind!r} is not supported by this server (text only: "
            "'input_text', 'output_text', 'refusal')", param=f"{path}.type")
    if kind == "refusal":
        return {"type": "refusal", "refusal": _string(raw.get("refusal"), f"{path}.refusal")}
    return {"type": kind, "text": _string(raw.get("text"), f"{path}.text")}


def _text(content: list[dict[str, Any]]) -> str:
    return "".join(p.get("text", p.get("refusal", "")) for p in content)


def to_messages(instructions: str | None, items: list[dict[str, Any]]
                ) -> tuple[ChatMessage, ...]:
    """The chat the engine answers: `instructions` as the system message, then the items
    (consecutive `function_call`s become one assistant turn's tool calls, after its text)."""
    messages: list[ChatMessage] = []
    if instructions:
        messages.append(ChatMessage("system", instructions))
    for item in items:
        kind = item["type"]
        if kind == "message":
            role = "system" if item["role"] == "developer" else item["role"]
            messages.append(ChatMessage(role, _text(item["content"])))
        elif kind == "function_call":
            call = ToolCall(item["call_id"], item["name"], item["arguments"])
            last = messages[-1] if messages else None
            if last is not None and last.role == "assistant":
                messages[-1] = ChatMessage("assistant", last.content,
                                           (*last.tool_calls, call))
            else:
                messages.append(ChatMessage("assistant", "", (call,)))
        elif kind == "function_call_output":
            messages.append(ChatMessage("tool", item["output"], tool_call_id=item["call_id"]))
    return tuple(messages)
