"""The `veilleur-export/1` document: its typed models, its limits, and a conversation's
content hash (docs/export.md; the JSON Schema is docs/export.schema.json).

The same models validate an import and describe the export in /openapi.json, so the two
cannot drift apart.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "FORMAT",
    "MAX_CONVERSATIONS",
    "MAX_MESSAGES",
    "MAX_MESSAGES_PER_CONVERSATION",
    "ExportAttachment",
    "ExportCitation",
    "ExportConversation",
    "ExportDocument",
    "ExportFunction",
    "ExportMessage",
    "ExportToolCall",
    "ExportUser",
    "content_sha256",
    "iso",
]

FORMAT = "veilleur-export/1"
# What one import takes (checked on the parsed JSON before any model is built, so a
# file with 100,000 messages is refused without building 100,000 objects).
MAX_CONVERSATIONS = 10_000
MAX_MESSAGES_PER_CONVERSATION = 10_000
MAX_MESSAGES = 50_000
_INT32 = 2**31 - 1

# Ids as Veilleur writes them (32 hex digits), or any short id a hand-made file uses.
Id = Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{1,32}$")]
Role = Literal["user", "assistant", "tool"]
Status = Literal["complete", "streaming", "interrupted", "error"]
Tokens = Annotated[int | None, Field(None, ge=0, le=_INT32)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ExportUser(_Strict):
    """Whose data this is: never a password hash, a key or a session."""

    id: str | None = Field(max_length=64, description="users.id; null: the local person "
                           "or the operator's key (unowned records).")
    username: str = Field(max_length=64)
    display_name: str = Field("", max_length=200)


class ExportAttachment(_Strict):
    """A file attached to a conversation: its metadata and the text read from it, never
    its bytes (Veilleur keeps none). `text` travels so that another instance can rebuild
    retrieval from it; null (or absent) imports the metadata alone (status `no_text`)."""

    id: Id
    message_id: Id | None = None
    filename: str = Field(max_length=255)
    media_type: str = Field("", max_length=200)
    format: str = Field("", max_length=16, description="text, markdown, html, pdf, docx.")
    size: int = Field(0, ge=0, le=2**40)
    sha256: str = Field("", pattern=r"^([0-9a-f]{64})?$")
    language: str | None = Field(None, max_length=16)
    page_count: int | None = Field(None, ge=0, le=_INT32)
    status: Literal["ready", "flagged", "no_text"] = "ready"
    safety_action: str | None = Field(None, max_length=8)
    safety_categories: list[Annotated[str, Field(max_length=32)]] = Field(
        default_factory=list, max_length=32)
    created_at: datetime | None = None
    text: str | None = Field(None, max_length=50_000_000, description="The extracted "
                             "text; null: metadata only.")


class ExportCitation(_Strict):
    """A passage an answer was given as `[index]` (`cited`: the answer uses it)."""

    index: int = Field(ge=1, le=10_000)
    attachment_id: Id | None = None
    text: str = Field("", max_length=20_000)
    page: int | None = Field(None, ge=0)
    heading_path: list[Annotated[str, Field(max_length=500)]] = Field(
        default_factory=list, max_length=32)
    passage_id: int | None = None
    filename: str = Field("", max_length=255)
    char_start: int | None = Field(None, ge=0)
    char_end: int | None = Field(None, ge=0)
    excerpt: str = Field("", max_length=2000)
    cited: bool = False
    flagged: bool = False


class ExportFunction(_Strict):
    name: str = Field(max_length=64)
    arguments: str = Field("", max_length=262_144, description="The arguments as JSON text.")


class ExportToolCall(_Strict):
    """A function call an assistant message made (OpenAI's shape)."""

    id: str = Field(min_length=1, max_length=256)
    type: Literal["function"] = "function"
    function: ExportFunction


class ExportMessage(_Strict):
    id: Id
    parent_id: Id | None = Field(description="The message it answers or follows; null: a "
                                 "first message. Siblings are the versions of a turn.")
    role: Role
    content: str = Field(max_length=1_000_000)
    status: Status
    finish_reason: str | None = Field(None, max_length=32)
    error: str | None = Field(None, max_length=10_000)
    model: str | None = Field(None, max_length=200)
    prompt_tokens: Tokens = None
    completion_tokens: Tokens = None
    meta: dict[str, Any] = Field(default_factory=dict, description="Language, request id "
                                 "and safety summaries (`meta.safety`), as stored.")
    created_at: datetime
    updated_at: datetime
    attachments: list[ExportAttachment] = Field(default_factory=list, max_length=100)
    citations: list[ExportCitation] = Field(default_factory=list, max_length=100)
    tool_calls: list[ExportToolCall] | None = Field(
        None, max_length=128, description="An assistant message's function calls; null: "
        "none.")
    tool_call_id: str | None = Field(None, min_length=1, max_length=256, description="The "
                                     "call a message of role `tool` is the result of.")

    @model_validator(mode="after")
    def _tool_fields(self) -> ExportMessage:
        if self.tool_calls and self.role != "assistant":
            raise ValueError("only an assistant message may have tool_calls")
        if (self.role == "tool") != (self.tool_call_id is not None):
            raise ValueError("a message of role 'tool' (and only one) has a tool_call_id")
        return self


class ExportConversation(_Strict):
    id: Id
    title: str = Field("", max_length=200)
    system_prompt: str | None = Field(None, max_length=20_000)
    model: str | None = Field(None, max_length=200)
    settings: dict[str, Any] = Field(default_factory=dict)
    current_leaf_id: Id | None = Field(None, description="The leaf of the active branch.")
    created_at: datetime
    updated_at: datetime
    attachments: list[ExportAttachment] = Field(default_factory=list, max_length=1000)
    messages: list[ExportMessage] = Field(max_length=MAX_MESSAGES_PER_CONVERSATION,
                                          description="Every message of every branch.")


class ExportDocument(_Strict):
    """A person's conversations, every branch of each (`veilleur-export/1`)."""

    format: Literal["veilleur-export/1"]
    exported_at: datetime
    generator: str = Field("", max_length=200, description="The Veilleur that wrote it.")
    user: ExportUser
    conversations: list[ExportConversation] = Field(max_length=MAX_CONVERSATIONS)


def iso(moment: datetime) -> str:
    """A moment as ISO 8601 in UTC with microseconds (a naive one is UTC: SQLite stores
    none), so that one moment reads the same from SQLite and PostgreSQL."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def content_sha256(conversation: ExportConversation) -> str:
    """The hash of what a conversation says: its title, system prompt and every message
    (id, parent, role, text, status, when; its tool calls or the call it answers, when it
    has them, so that a hash of a conversation without tools is unchanged by them).
    Settings are left out: an import records its
    source there, and that must not change the hash of what it imported. A reply still
    `streaming` counts as the `interrupted` one an import stores for it."""
    messages = sorted(conversation.messages, key=lambda m: m.id)
    canonical = {
        "title": conversation.title,
        "system_prompt": conversation.system_prompt,
        "messages": [[m.id, m.parent_id, m.role, m.content, *_settled(m),
                      iso(m.created_at), *_tools(m)] for m in messages],
    }
    text = json.dumps(canonical, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _tools(message: ExportMessage) -> list[Any]:
    if not message.tool_calls and message.tool_call_id is None:
        return []
    return [[c.model_dump(mode="json") for c in message.tool_calls or ()],
            message.tool_call_id]


def _settled(message: ExportMessage) -> tuple[str, str | None]:
    """Status and finish reason, as an import stores them."""
    if message.status == "streaming":
        return "interrupted", message.finish_reason or "interrupted"
    return message.status, message.finish_reason
