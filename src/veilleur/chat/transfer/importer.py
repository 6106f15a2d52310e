"""Reading a `veilleur-export/1` document back into an account: all of it, or nothing.

In this order, so that a broken file writes nothing and a huge one builds nothing:

1. the parsed JSON is an object of format `veilleur-export/1` (400 otherwise);
2. the counts are within `MAX_CONVERSATIONS`, `MAX_MESSAGES_PER_CONVERSATION` and
   `MAX_MESSAGES` (413), read on the raw lists before any model is built; every string
   is free of NUL and lone surrogates and no value is nested deeper than 64 (400);
3. every field is validated (`ExportDocument`, 400 naming the field);
4. each conversation's messages form a tree: ids unique in the file, every parent in the
   same conversation, no cycle, the active leaf one of its messages (422);
5. conversations already here are skipped: one whose source (id and content hash,
   recorded in `settings.imported_from` by the import that brought it) was imported
   before, or one of the account's own with the same id and content;
6. the others are written in one transaction, keeping their ids when no row has them,
   new ids otherwise (for the whole conversation, parents remapped). A reply that was
   `streaming` when exported is stored `interrupted`: nothing is writing it here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from veilleur.chat.attachments.names import safe_filename
from veilleur.chat.settings import validate_settings
from veilleur.chat.transfer.errors import ExportFormatError, ExportTooLargeError, ExportTreeError
from veilleur.chat.transfer.export import conversation_record
from veilleur.chat.transfer.format import (
    FORMAT,
    MAX_CONVERSATIONS,
    MAX_MESSAGES,
    MAX_MESSAGES_PER_CONVERSATION,
    ExportAttachment,
    ExportConversation,
    ExportDocument,
    ExportMessage,
    content_sha256,
    iso,
)
from veilleur.errors import InvalidRequestError
from veilleur.store.attachments import AttachmentStatus, NewAttachment
from veilleur.store.models import MessageStatus, new_id
from veilleur.store.transfer import ConversationTransfer, NewConversation

__all__ = ["ImportReport", "Importer", "parse_document"]

MAX_DEPTH = 64
SOURCE_KEY = "imported_from"


@dataclass
class ImportReport:
    """What an import did: conversations imported and skipped, messages written."""

    imported: int = 0
    skipped: int = 0
    messages: int = 0
    conversations: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"imported": self.imported, "skipped": self.skipped,
                "messages": self.messages, "conversations": self.conversations}


def parse_document(raw: Any) -> ExportDocument:
    """`raw` (parsed JSON) as a valid export, or the first thing wrong with it.

    Raises:
        ExportFormatError: not an export of this format, or a field is invalid (400).
        ExportTooLargeError: more than one import takes (413).
        ExportTreeError: a conversation's messages do not form a tree (422).
    """
    if not isinstance(raw, dict):
        raise ExportFormatError(f"an export is a JSON object, got {_kind(raw)}")
    found = raw.get("format")
    if found != FORMAT:
        shown = "nothing" if found is None else repr(found)[:80]
        raise ExportFormatError(f"unknown export format {shown}: this Veilleur reads "
                                f"{FORMAT!r} (a file written by `veilleur export`)",
                                param="format")
    _check_counts(raw)
    _check_values(raw)
    try:
        document = ExportDocument.model_validate(raw)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = _path(error["loc"])
        raise ExportFormatError(f"invalid value for {where!r}: {error['msg']}",
                                param=where) from None
    for index, conversation in enumerate(document.conversations):
        try:
            validate_settings(conversation.settings)
        except InvalidRequestError as exc:
            where = f"conversations[{index}].{exc.param or 'settings'}"
            raise ExportFormatError(exc.message, param=where) from None
    _check_trees(document.conversations)
    return document


class Importer:
    """Imports documents into one owner's account through the store."""

    def __init__(self, transfer: ConversationTransfer):
        self.transfer = transfer

    def run(self, document: ExportDocument, *, owner_id: str | None) -> ImportReport:
        report = ImportReport()
        settings = self.transfer.settings_of_owned(owner_id=owner_id)
        sources = {(s[SOURCE_KEY].get("id"), s[SOURCE_KEY].get("sha256"))
                   for s in settings.values() if isinstance(s.get(SOURCE_KEY), dict)}
        wanted: list[tuple[ExportConversation, str]] = []
        for conversation in document.conversations:
            digest = content_sha256(conversation)
            if (conversation.id, digest) in sources or (
                    conversation.id in settings
                    and self._same_as_stored(conversation.id, digest, owner_id)):
                report.skipped += 1
                report.conversations.append({"source_id": conversation.id, "id": None,
                                             "status": "skipped"})
                continue
            wanted.append((conversation, digest))
        taken = self.transfer.taken_ids(
            [c.id for c, _ in wanted], [m.id for c, _ in wanted for m in c.messages])
        rows = []
        for conversation, digest in wanted:
            ids = {conversation.id, *(m.id for m in conversation.messages)}
            keep = not (ids & taken)
            new = _new_conversation(conversation, digest, document, keep=keep)
            rows.append(new)
            report.imported += 1
            report.messages += len(new.messages)
            report.conversations.append({"source_id": conversation.id, "id": new.row["id"],
                                         "status": "imported"})
        if rows:
            self.transfer.insert(rows, owner_id=owner_id)
        return report

    def _same_as_stored(self, conversation_id: str, digest: str, owner_id: str | None
                        ) -> bool:
        found = self.transfer.conversation(conversation_id, owner_id=owner_id)
        if found is None:
            return False
        stored = ExportConversation.model_validate(conversation_record(*found))
        return content_sha256(stored) == digest


# --- building the rows ----------------------------------------------------------------------

def _new_conversation(conversation: ExportConversation, digest: str,
                      document: ExportDocument, *, keep: bool) -> NewConversation:
    ids: dict[str, str] = {}

    def mapped(old: str | None) -> str | None:
        if old is None:
            return None
        if old not in ids:
            ids[old] = old if keep else new_id()
        return ids[old]

    settings = {**conversation.settings, SOURCE_KEY: {
        "id": conversation.id, "sha256": digest, "exported_at": iso(document.exported_at),
        "username": document.user.username}}
    row = {"id": mapped(conversation.id), "title": conversation.title,
           "system_prompt": conversation.system_prompt, "model": conversation.model,
           "settings": settings, "current_leaf_id": mapped(conversation.current_leaf_id),
           "created_at": conversation.created_at, "updated_at": conversation.updated_at}
    messages = [_message_row(m, mapped(m.id), mapped(m.parent_id), row["id"])
                for m in _parents_first(conversation.messages)]
    attachments = [(a.id if keep else new_id(), _attachment(a),
                    a.created_at or conversation.created_at) for a in conversation.attachments]
    return NewConversation(row=row, messages=messages, attachments=attachments)


def _attachment(attachment: ExportAttachment) -> NewAttachment:
    """An exported attachment as the store writes it. Without its text it is metadata
    only (`no_text`, left out of retrieval); without a checksum it gets the SHA-256 of its
    text, so that the same file imported twice is still one blob."""
    text = attachment.text or ""
    status = attachment.status if text else AttachmentStatus.NO_TEXT
    digest = attachment.sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    return NewAttachment(
        filename=safe_filename(attachment.filename),
        sha256=digest, size=attachment.size,
        media_type=attachment.media_type or "text/plain",
        format=attachment.format or "text", text=text, language=attachment.language,
        page_count=attachment.page_count, status=status,
        safety_action=attachment.safety_action,
        safety_categories=tuple(attachment.safety_categories))


def _message_row(message: ExportMessage, message_id: str | None, parent_id: str | None,
                 conversation_id: str | None) -> dict[str, Any]:
    status, finish_reason, error = message.status, message.finish_reason, message.error
    if status == MessageStatus.STREAMING:  # its writer is on another server
        status, finish_reason = MessageStatus.INTERRUPTED, finish_reason or "interrupted"
        error = error or "the reply was being written when it was exported"
    meta = dict(message.meta)
    if message.citations and "citations" not in meta:
        meta["citations"] = [c.model_dump(mode="json") for c in message.citations]
    return {"id": message_id, "conversation_id": conversation_id, "parent_id": parent_id,
            "role": message.role, "content": message.content, "status": status,
            "finish_reason": finish_reason, "error": error, "model": message.model,
            "prompt_tokens": message.prompt_tokens,
            "completion_tokens": message.completion_tokens, "meta": meta,
            "tool_calls": [c.model_dump(mode="json") for c in message.tool_calls]
            if message.tool_calls else None,
            "tool_call_id": message.tool_call_id,
            "lease_owner": None, "lease_expires_at": None,
            "created_at": message.created_at, "updated_at": message.updated_at}


def _parents_first(messages: Sequence[ExportMessage]) -> list[ExportMessage]:
    """The messages in an order where each parent comes before its children (the tree
    was checked: every parent is there, there is no cycle)."""
    children: dict[str | None, list[ExportMessage]] = {}
    for message in messages:
        children.setdefault(message.parent_id, []).append(message)
    ordered: list[ExportMessage] = []
    pending = list(reversed(children.get(None, [])))
    while pending:
        message = pending.pop()
        ordered.append(message)
        pending.extend(reversed(children.get(message.id, [])))
    return ordered


# --- the checks -----------------------------------------------------------------------------

def _check_counts(raw: dict[str, Any]) -> None:
    conversations = raw.get("conversations")
    if not isinstance(conversations, list):
        return  # the model says what is wrong
    if len(conversations) > MAX_CONVERSATIONS:
        raise ExportTooLargeError(
            f"the export holds {len(conversations)} conversations; one import takes at "
            f"most {MAX_CONVERSATIONS}", param="conversations")
    total = 0
    for index, conversation in enumerate(conversations):
        messages = conversation.get("messages") if isinstance(conversation, dict) else None
        if not isinstance(messages, list):
            continue
        if len(messages) > MAX_MESSAGES_PER_CONVERSATION:
            raise ExportTooLargeError(
                f"conversation {index} holds {len(messages)} messages; one import takes "
                f"at most {MAX_MESSAGES_PER_CONVERSATION} a conversation",
                param=f"conversations[{index}].messages")
        total += len(messages)
        if total > MAX_MESSAGES:
            raise ExportTooLargeError(
                f"the export holds more than {MAX_MESSAGES} messages, the most one import "
                "takes", param="conversations")


def _check_values(raw: Any) -> None:
    """No NUL and no lone surrogate in any key or string, nothing nested past MAX_DEPTH
    (what the API's JSON check refuses; the CLI reads files without it)."""
    stack: list[tuple[Any, int]] = [(raw, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ExportFormatError(f"the export is nested more than {MAX_DEPTH} levels")
        if isinstance(value, str):
            _check_text(value)
        elif isinstance(value, dict):
            for key, child in value.items():
                _check_text(str(key))
                stack.append((child, depth + 1))
        elif isinstance(value, list):
            stack.extend((child, depth + 1) for child in value)


def _check_text(text: str) -> None:
    if "\x00" in text:
        raise ExportFormatError("the export holds a NUL character (U+0000) in a text")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ExportFormatError("the export holds a lone surrogate (an unpaired "
                                "\\ud800-\\udfff escape) in a text") from None


def _check_trees(conversations: Sequence[ExportConversation]) -> None:
    owner_of: dict[str, int] = {}
    seen_conversations: set[str] = set()
    for c_index, conversation in enumerate(conversations):
        if conversation.id in seen_conversations:
            raise ExportTreeError(f"conversation id {conversation.id!r} appears twice",
                                  param=f"conversations[{c_index}].id")
        seen_conversations.add(conversation.id)
        for m_index, message in enumerate(conversation.messages):
            if message.id in owner_of:
                raise ExportTreeError(
                    f"message id {message.id!r} appears twice",
                    param=f"conversations[{c_index}].messages[{m_index}].id")
            owner_of[message.id] = c_index
    for c_index, conversation in enumerate(conversations):
        parents = {m.id: m.parent_id for m in conversation.messages}
        for m_index, message in enumerate(conversation.messages):
            parent = message.parent_id
            where = f"conversations[{c_index}].messages[{m_index}].parent_id"
            if parent is not None and parent not in parents:
                elsewhere = parent in owner_of
                raise ExportTreeError(
                    f"message {message.id!r} has parent {parent!r}, which is "
                    + ("in another conversation" if elsewhere
                       else "not a message of the export"), param=where)
        rooted: set[str] = set()
        for m_index, message in enumerate(conversation.messages):
            _check_rooted(message.id, parents, rooted,
                          f"conversations[{c_index}].messages[{m_index}].parent_id")
        leaf = conversation.current_leaf_id
        if leaf is not None and leaf not in parents:
            raise ExportTreeError(
                f"the active leaf {leaf!r} is not a message of conversation "
                f"{conversation.id!r}", param=f"conversations[{c_index}].current_leaf_id")


def _check_rooted(start: str, parents: dict[str, str | None], rooted: set[str],
                  where: str) -> None:
    """Walk up from `start` until a first message or a message known to reach one."""
    path: list[str] = []
    on_path: set[str] = set()
    current: str | None = start
    while current is not None and current not in rooted:
        if current in on_path:
            raise ExportTreeError(f"the messages of a conversation form a cycle through "
                                  f"{current!r}", param=where)
        path.append(current)
        on_path.add(current)
        current = parents[current]
    rooted.update(path)


def _path(loc: Sequence[Any]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "body"


def _kind(value: Any) -> str:
    return {list: "an array", str: "a string", bool: "a boolean", type(None): "null",
            int: "a number", float: "a number"}.get(type(value), type(value).__name__)
