"""Writing an export: the `veilleur-export/1` JSON document and the Markdown one.

Both are iterators of text pieces, one conversation at a time, read from the store as
they are written: the memory an export takes is one conversation's, whatever the size of
the store (the API streams the pieces; the CLI writes them to a file).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from veilleur import __version__
from veilleur.chat.transfer.format import FORMAT, iso
from veilleur.chat.tree import MessageTree
from veilleur.store.attachments import StoredAttachment
from veilleur.store.models import Conversation, Message, MessageStatus, utcnow
from veilleur.store.transfer import ConversationTransfer

__all__ = ["attachment_record", "citation_record", "conversation_record", "iter_json",
           "iter_markdown", "user_record"]


def user_record(user_id: str | None, username: str, display_name: str = "") -> dict[str, Any]:
    """The `user` object of an export: who, never a secret."""
    return {"id": user_id, "username": username, "display_name": display_name}


def message_record(message: Message) -> dict[str, Any]:
    meta = message.meta or {}
    citations = meta.get("citations")
    return {
        "id": message.id,
        "parent_id": message.parent_id,
        "role": message.role,
        "content": message.content or "",
        "status": message.status,
        "finish_reason": message.finish_reason,
        "error": message.error,
        "model": message.model,
        "prompt_tokens": message.prompt_tokens,
        "completion_tokens": message.completion_tokens,
        "meta": meta,
        "created_at": iso(message.created_at),
        "updated_at": iso(message.updated_at),
        "attachments": [],  # not stored yet (issue 16, items 1-2)
        "citations": [citation_record(c) for c in citations if isinstance(c, dict)]
        if isinstance(citations, list) else [],
        "tool_calls": message.tool_calls or None,
        "tool_call_id": message.tool_call_id,
    }


def citation_record(citation: dict[str, Any]) -> dict[str, Any]:
    """A stored citation (`veilleur.chat.grounding`) in the export's shape: `index` its
    number, `heading_path` its headings as a list; the rest as stored."""
    heading = citation.get("heading_path") or ""
    record: dict[str, Any] = {
        "index": citation.get("number", citation.get("index")),
        "attachment_id": citation.get("attachment_id"),
        "text": citation.get("text") or "",
        "page": citation.get("page"),
        "heading_path": heading.split(" > ") if isinstance(heading, str) and heading
        else list(heading) if isinstance(heading, list) else [],
    }
    for name in ("passage_id", "filename", "char_start", "char_end", "excerpt", "cited",
                 "flagged"):
        if name in citation:
            record[name] = citation[name]
    return record


def attachment_record(attachment: StoredAttachment) -> dict[str, Any]:
    """An attachment of the export: metadata, the guard's decision and the text."""
    return {"id": attachment.id, "message_id": None, "filename": attachment.filename,
            "media_type": attachment.media_type, "format": attachment.format,
            "size": attachment.size, "sha256": attachment.sha256,
            "language": attachment.language, "page_count": attachment.page_count,
            "status": attachment.status, "safety_action": attachment.safety_action,
            "safety_categories": list(attachment.safety_categories),
            "created_at": iso(attachment.created_at), "text": attachment.text}


def conversation_record(conversation: Conversation, messages: Sequence[Message],
                        attachments: Sequence[StoredAttachment] = ()) -> dict[str, Any]:
    """One conversation of the export, every message of every branch, oldest first."""
    return {
        "id": conversation.id,
        "title": conversation.title or "",
        "system_prompt": conversation.system_prompt,
        "model": conversation.model,
        "settings": conversation.settings or {},
        "current_leaf_id": conversation.current_leaf_id,
        "created_at": iso(conversation.created_at),
        "updated_at": iso(conversation.updated_at),
        "attachments": [attachment_record(a) for a in attachments],
        "messages": [message_record(m) for m in messages],
    }


def _conversations(transfer: ConversationTransfer, owner_id: str | None
                   ) -> Iterator[tuple[Conversation, list[Message]]]:
    for conversation_id in transfer.conversation_ids(owner_id=owner_id):
        found = transfer.conversation(conversation_id, owner_id=owner_id)
        if found is not None:  # deleted while the export ran: left out
            yield found


def iter_json(transfer: ConversationTransfer, *, owner_id: str | None,
              user: dict[str, Any], now: datetime | None = None) -> Iterator[str]:
    """The owner's `veilleur-export/1` document, in pieces (one conversation a piece)."""
    head = json.dumps({"format": FORMAT, "exported_at": iso(now or utcnow()),
                       "generator": f"veilleur {__version__}", "user": user},
                      ensure_ascii=False)
    yield head[:-1] + ', "conversations": ['
    separator = "\n"
    for conversation, messages in _conversations(transfer, owner_id):
        attachments = transfer.attachments(conversation.id, owner_id=owner_id)
        yield separator + json.dumps(conversation_record(conversation, messages, attachments),
                                     ensure_ascii=False)
        separator = ",\n"
    yield "\n]}\n"


# --- Markdown -----------------------------------------------------------------------------

_ROLES = {"user": "You", "assistant": "Assistant", "tool": "Tool result"}


def iter_markdown(transfer: ConversationTransfer, *, owner_id: str | None,
                  user: dict[str, Any], now: datetime | None = None) -> Iterator[str]:
    """One readable document: a heading per conversation, its active branch in order,
    then its other branches, each message's status when it is not plain `complete`."""
    who = user.get("display_name") or user.get("username") or "local"
    yield (f"# Conversations of {who}\n\nExported from Veilleur on {iso(now or utcnow())} "
           f"(`{FORMAT}`; the JSON export holds the same and can be imported).\n")
    count = 0
    for conversation, messages in _conversations(transfer, owner_id):
        count += 1
        yield markdown_conversation(conversation, messages,
                                    transfer.attachments(conversation.id, owner_id=owner_id))
    if count == 0:
        yield "\nNo conversations.\n"


def markdown_conversation(conversation: Conversation, messages: Sequence[Message],
                          attachments: Sequence[StoredAttachment] = ()) -> str:
    tree = MessageTree(messages)
    active = tree.path_to(conversation.current_leaf_id)
    lines = [f"\n## {_one_line(conversation.title) or 'Untitled conversation'}\n",
             f"_Created {iso(conversation.created_at)}, last active "
             f"{iso(conversation.updated_at)}; {len(messages)} messages; id "
             f"`{conversation.id}`._\n"]
    if conversation.system_prompt:
        lines.append("System prompt:\n\n" + _quote(conversation.system_prompt) + "\n")
    if attachments:
        lines.append("Attachments:\n")
        lines += [f"- {_one_line(a.filename)} ({a.media_type}, {a.size} bytes, "
                  f"{a.language or 'language unknown'}"
                  + (", **flagged by the safety policy**" if a.status == "flagged" else "")
                  + f"; sha256 `{a.sha256}`)" for a in attachments]
        lines.append("")
    if active:
        lines.append("### Active branch\n")
        lines += [_message(m) for m in active]
    shown = {m.id for m in active}
    numbers = {m.id: n for n, m in enumerate(active, 1)}
    leaves = [m for m in messages if not tree.children.get(m.id) and m.id not in shown]
    if leaves:
        lines.append("### Other branches\n")
    for branch, leaf in enumerate(leaves, 2):
        rest = [m for m in tree.path_to(leaf.id) if m.id not in shown]
        parent = rest[0].parent_id
        where = (f"after message {numbers[parent]} of the active branch"
                 if parent in numbers else
                 "from the start" if parent is None else "from an earlier branch")
        lines.append(f"#### Branch {branch} ({where})\n")
        lines += [_message(m) for m in rest]
        shown.update(m.id for m in rest)
    return "\n".join(lines)


def _message(message: Message) -> str:
    label = _ROLES.get(message.role, message.role)
    details = [iso(message.created_at)]
    if message.role == "assistant" and message.model:
        details.append(message.model)
    status = _status(message)
    if status:
        details.append(f"**{status}**")
    if message.role == "tool" and message.tool_call_id:
        name = (message.meta or {}).get("tool_name")
        details.append(f"`{name}` " if isinstance(name, str) else "")
        details[-1] += f"call `{message.tool_call_id}`"
    calls = "".join(
        f"\n\nCalls `{(c.get('function') or {}).get('name', '')}` (`{c.get('id', '')}`):"
        f"\n\n```json\n{(c.get('function') or {}).get('arguments', '')}\n```"
        for c in message.tool_calls or ())
    body = (message.content or ("" if calls else "_(empty)_")) + calls + _sources(message)
    return f"**{label}** · {' · '.join(details)}\n\n{body}\n"


def _sources(message: Message) -> str:
    """The passages an answer cites, as a list under it (nothing when it cites none)."""
    citations = (message.meta or {}).get("citations")
    if not isinstance(citations, list):
        return ""
    lines = []
    for c in citations:
        if not isinstance(c, dict) or not c.get("cited"):
            continue
        where = [f"`{c.get('filename', '')}`"]
        if c.get("page") is not None:
            where.append(f"p. {c['page']}")
        if c.get("heading_path"):
            where.append(str(c["heading_path"]))
        lines.append(f"- [{c.get('number')}] {', '.join(where)}: "
                     f"{_one_line(str(c.get('excerpt', '')))}")
    return ("\n\nSources:\n\n" + "\n".join(lines)) if lines else ""


def _status(message: Message) -> str:
    safety = (message.meta or {}).get("safety")
    if message.status == MessageStatus.INTERRUPTED:
        return "interrupted"
    if message.status == MessageStatus.ERROR:
        return f"error: {_one_line(message.error or '')}".rstrip(": ")
    if message.status == MessageStatus.STREAMING:
        return "being written when exported"
    if message.finish_reason == "content_filter":
        return "refused by the safety policy"
    if message.finish_reason == "length":
        return "cut at the length limit"
    if isinstance(safety, dict) and safety.get("action") not in (None, "allow"):
        return f"safety: {safety.get('action')}"
    return ""


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())
