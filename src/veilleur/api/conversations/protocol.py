"""The conversation API's wire models: request bodies and the responses /openapi.json shows."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from veilleur.api.openai.protocol import SamplingFields, ToolFields

__all__ = [
    "BranchSwitch",
    "ConversationCreate",
    "ConversationDetail",
    "ConversationList",
    "ConversationUpdate",
    "ConversationView",
    "MessageCreate",
    "MessageEdit",
    "MessageView",
    "TurnOptions",
    "TurnResult",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ConversationCreate(_Strict):
    title: str = Field("", max_length=200)
    system_prompt: str | None = Field(None, max_length=20000)
    settings: dict[str, Any] = Field(default_factory=dict)


class ConversationUpdate(_Strict):
    title: str | None = Field(None, max_length=200)
    system_prompt: str | None = Field(None, max_length=20000)
    settings: dict[str, Any] | None = None


class TurnOptions(SamplingFields):
    model_config = ConfigDict(extra="forbid")
    stream: bool = True

    @model_validator(mode="after")
    def _one_answer(self) -> TurnOptions:
        if self.n not in (None, 1):
            raise ValueError("n > 1 is not supported: a turn has one answer (regenerate "
                             "it for another)")
        return self


class MessageCreate(ToolFields, TurnOptions):
    """A user message (which may offer `tools`), or with role ``tool`` the result of the
    call `tool_call_id` of the assistant message it answers."""

    content: str = Field(..., min_length=1, max_length=1_000_000)
    parent_id: str | None = None
    role: Literal["user", "tool"] = "user"
    tool_call_id: str | None = Field(None, min_length=1, max_length=256)

    @model_validator(mode="after")
    def _role_fields(self) -> MessageCreate:
        if self.role == "tool":
            if self.tool_call_id is None:
                raise ValueError("a tool message needs the tool_call_id it answers")
            if self.tools is not None or self.parallel_tool_calls is not None:
                raise ValueError("a tool message offers no tools: the tools of the user "
                                 "message that asked apply (tool_choice may be given)")
        elif self.tool_call_id is not None:
            raise ValueError("tool_call_id is for a message of role 'tool'")
        return self


class MessageEdit(TurnOptions):
    content: str = Field(..., min_length=1, max_length=1_000_000)


class BranchSwitch(_Strict):
    message_id: str


# ---- responses ---------------------------------------------------------------------------

class _Out(BaseModel):
    model_config = ConfigDict(extra="allow")


class ConversationView(_Out):
    id: str
    title: str
    system_prompt: str | None
    model: str | None
    settings: dict[str, Any]
    current_leaf_id: str | None
    created_at: str
    updated_at: str


class ConversationList(_Out):
    data: list[ConversationView]
    total: int
    limit: int
    offset: int
    has_more: bool


class MessageUsage(_Out):
    prompt_tokens: int | None
    completion_tokens: int | None


class MessageView(_Out):
    id: str
    parent_id: str | None
    role: str
    content: str | None
    status: str
    finish_reason: str | None
    error: str | None
    model: str | None
    usage: MessageUsage | None
    meta: dict[str, Any]
    tool_calls: list[dict[str, Any]] | None = None
    tool_call_id: str | None = None
    created_at: str
    updated_at: str
    sibling_ids: list[str] | None = None
    sibling_index: int | None = None
    children_ids: list[str] | None = None


class TreeNode(_Out):
    id: str
    parent_id: str | None
    role: str
    status: str


class ConversationDetail(ConversationView):
    messages: list[MessageView]
    tree: list[TreeNode]


class TurnResult(_Out):
    user_message: MessageView | None = None
    # None for a tool result posted while other calls still wait (`pending_tool_call_ids`)
    assistant_message: MessageView | None = None
    pending_tool_call_ids: list[str] | None = None
