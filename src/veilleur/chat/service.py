"""The conversation service: turns, branches, and replies written as they stream.

A turn is written in this order: admission by the engine (a refused request writes
nothing), then the user message and an empty assistant reply marked `streaming` in one
transaction, then the reply's text every `flush_interval` seconds while it streams, then
its final status. A reply whose stream ends early (the client went away, the engine
failed, the server died) keeps the text it had, marked `interrupted` or `error`. The
process writing a reply holds a lease on it, renewed at each periodic write
(`chat/leases.py`): when the process dies, another one marks the reply `interrupted`.

Every operation acts for one owner (`owner_id`, the principal's; None for the local person
and the operator's key): it sees only that owner's conversations, and another owner's id
is "not found" like an unknown one. The safety audit rows of a turn carry the owner too.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any

from veilleur.chat.context import fit_messages
from veilleur.chat.leases import ReplyLease
from veilleur.chat.settings import sampling_from_settings, validate_settings
from veilleur.chat.tree import MessageTree
from veilleur.context import request_id as current_request_id
from veilleur.errors import InvalidRequestError, VeilleurError
from veilleur.events import Event
from veilleur.guard import (
    AuditContext,
    EngineHandle,
    GuardedEngine,
    GuardedStream,
    SafetyCut,
    decision_summary,
)
from veilleur.languages import detect, reply_instruction
from veilleur.store.models import Conversation, Message, MessageStatus
from veilleur.store.repository import ConversationRepository
from veilleur.types import ChatMessage, Finished, GenerationRequest, SamplingParams, TextDelta

if TYPE_CHECKING:
    from veilleur.safety import Decision

__all__ = ["ConversationService", "conversation_view", "message_view"]

log = logging.getLogger(__name__)


def message_view(message: Message, tree: MessageTree | None = None) -> dict[str, Any]:
    """The API's view of a message, with its place among its siblings when known."""
    view: dict[str, Any] = {
        "id": message.id,
        "parent_id": message.parent_id,
        "role": message.role,
        "content": message.content,
        "status": message.status,
        "finish_reason": message.finish_reason,
        "error": message.error,
        "model": message.model,
        "usage": (
            {"prompt_tokens": message.prompt_tokens, "completion_tokens": message.completion_tokens}
            if message.prompt_tokens is not None
            else None
        ),
        "meta": message.meta or {},
        "created_at": message.created_at.isoformat(),
        "updated_at": message.updated_at.isoformat(),
    }
    if tree is not None:
        siblings = tree.siblings(message)
        view["sibling_ids"] = [s.id for s in siblings]
        view["sibling_index"] = next(i for i, s in enumerate(siblings) if s.id == message.id)
        view["children_ids"] = [c.id for c in tree.children.get(message.id, [])]
    return view


def conversation_view(conversation: Conversation) -> dict[str, Any]:
    return {
        "id": conversation.id,
        "title": conversation.title,
        "system_prompt": conversation.system_prompt,
        "model": conversation.model,
        "settings": conversation.settings or {},
        "current_leaf_id": conversation.current_leaf_id,
        "created_at": conversation.created_at.isoformat(),
        "updated_at": conversation.updated_at.isoformat(),
    }


class ConversationService:
    """Conversations on top of the guarded engine and a repository."""

    def __init__(
        self,
        engine: EngineHandle,
        repository: ConversationRepository,
        *,
        default_system_prompt: str,
        default_max_tokens: int,
        flush_interval: float = 0.25,
        lease: ReplyLease | None = None,
    ):
        self.engine = engine
        self.repository = repository
        self.default_system_prompt = default_system_prompt
        self.default_max_tokens = default_max_tokens
        self.flush_interval = flush_interval
        # This process's lease on the replies it writes (several processes, one database).
        self.lease = lease or ReplyLease()

    async def _store(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        return await asyncio.to_thread(fn, *args, **kwargs)

    # --- conversations -------------------------------------------------------------------
    async def create(self, *, owner_id: str | None, **fields: Any) -> dict[str, Any]:
        if fields.get("settings") is not None:
            validate_settings(fields["settings"])
        conversation = await self._store(self.repository.create, owner_id=owner_id, **fields)
        return conversation_view(conversation)

    async def list(self, *, owner_id: str | None, limit: int, offset: int) -> dict[str, Any]:
        rows, total = await self._store(self.repository.list, owner_id=owner_id, limit=limit,
                                        offset=offset)
        return {
            "data": [conversation_view(c) for c in rows],
            "total": total,
            "limit": limit,
            "offset": offset,
            "has_more": offset + len(rows) < total,
        }

    async def get(self, conversation_id: str, *, owner_id: str | None) -> dict[str, Any]:
        conversation = await self._store(self.repository.get, conversation_id,
                                         owner_id=owner_id)
        messages = await self._store(self.repository.messages, conversation_id,
                                     owner_id=owner_id)
        tree = MessageTree(messages)
        view = conversation_view(conversation)
        view["messages"] = [
            message_view(m, tree) for m in tree.path_to(conversation.current_leaf_id)
        ]
        view["tree"] = [
            {"id": m.id, "parent_id": m.parent_id, "role": m.role, "status": m.status}
            for m in messages
        ]
        return view

    async def update(self, conversation_id: str, *, owner_id: str | None, **fields: Any
                     ) -> dict[str, Any]:
        if fields.get("settings") is not None:
            validate_settings(fields["settings"])
        conversation = await self._store(self.repository.update, conversation_id,
                                         owner_id=owner_id, **fields)
        return conversation_view(conversation)

    async def delete(self, conversation_id: str, *, owner_id: str | None) -> None:
        await self._store(self.repository.delete, conversation_id, owner_id=owner_id)

    async def switch_branch(self, conversation_id: str, message_id: str, *,
                            owner_id: str | None) -> dict[str, Any]:
        """Make the branch through `message_id` active (down to its newest leaf)."""
        await self._store(self.repository.get_message, conversation_id, message_id,
                          owner_id=owner_id)
        messages = await self._store(self.repository.messages, conversation_id,
                                     owner_id=owner_id)
        leaf = MessageTree(messages).latest_leaf(message_id)
        await self._store(self.repository.set_current_leaf, conversation_id, leaf,
                          owner_id=owner_id)
        return await self.get(conversation_id, owner_id=owner_id)

    # --- turns ---------------------------------------------------------------------------
    async def send(
        self,
        conversation_id: str,
        content: str,
        *,
        owner_id: str | None,
        parent_id: str | None = None,
        sampling: SamplingParams | None = None,
    ) -> AsyncIterator[Event]:
        """A new user message under `parent_id` (default: the active leaf), and its reply."""
        conversation = await self._store(self.repository.get, conversation_id,
                                         owner_id=owner_id)
        return await self._send_under(
            conversation, content, parent_id or conversation.current_leaf_id, sampling
        )

    async def edit(
        self,
        conversation_id: str,
        message_id: str,
        content: str,
        *,
        owner_id: str | None,
        sampling: SamplingParams | None = None,
    ) -> AsyncIterator[Event]:
        """A new version of user message `message_id` (a sibling), and its reply."""
        original = await self._store(self.repository.get_message, conversation_id, message_id,
                                     owner_id=owner_id)
        if original.role != "user":
            raise InvalidRequestError("only a user message can be edited", param="message_id")
        conversation = await self._store(self.repository.get, conversation_id,
                                         owner_id=owner_id)
        return await self._send_under(conversation, content, original.parent_id, sampling)

    async def _send_under(
        self,
        conversation: Conversation,
        content: str,
        parent_id: str | None,
        sampling: SamplingParams | None,
    ) -> AsyncIterator[Event]:
        """A user message under `parent_id` (None: a new first message) and its reply."""
        messages = await self._store(self.repository.messages, conversation.id,
                                     owner_id=conversation.owner_id)
        tree = MessageTree(messages)
        if parent_id is not None and parent_id not in tree.by_id:
            raise InvalidRequestError(
                f"parent message {parent_id!r} is not in this conversation", param="parent_id"
            )
        history = tree.path_to(parent_id)
        return await self._turn(conversation, history, user_content=content, sampling=sampling)

    async def regenerate(
        self, conversation_id: str, message_id: str, *, owner_id: str | None,
        sampling: SamplingParams | None = None,
    ) -> AsyncIterator[Event]:
        """A new version of assistant message `message_id` (a sibling)."""
        original = await self._store(self.repository.get_message, conversation_id, message_id,
                                     owner_id=owner_id)
        if original.role != "assistant":
            raise InvalidRequestError(
                "only an assistant message can be regenerated", param="message_id"
            )
        conversation = await self._store(self.repository.get, conversation_id,
                                         owner_id=owner_id)
        messages = await self._store(self.repository.messages, conversation_id,
                                     owner_id=owner_id)
        history = MessageTree(messages).path_to(original.parent_id)
        return await self._turn(conversation, history, user_content=None, sampling=sampling)

    async def _turn(
        self,
        conversation: Conversation,
        history: Sequence[Message],
        *,
        user_content: str | None,
        sampling: SamplingParams | None,
    ) -> AsyncIterator[Event]:
        if user_content is not None and not user_content.strip():
            raise InvalidRequestError("the message is empty", param="content")
        engine = self.engine.get()
        wanted = (conversation.settings or {}).get("model")  # the page's model picker
        if isinstance(wanted, str) and wanted != engine.info.id and any(
                entry["info"].id == wanted for entry in engine.catalogue()):
            engine = await engine.for_model(wanted)  # a model no longer served: the default
        try:
            return await self._turn_on(engine, conversation, history,
                                       user_content=user_content, sampling=sampling)
        finally:
            engine.release()  # a no-op once the generation was admitted

    async def _turn_on(
        self,
        engine: GuardedEngine,
        conversation: Conversation,
        history: Sequence[Message],
        *,
        user_content: str | None,
        sampling: SamplingParams | None,
    ) -> AsyncIterator[Event]:
        sampling = self._sampling(conversation, sampling)
        system = conversation.system_prompt
        if system is None:
            system = self.default_system_prompt
        chat: list[ChatMessage] = [ChatMessage("system", system)] if system else []
        chat += [
            ChatMessage(m.role, m.content)  # type: ignore[arg-type]
            for m in history
            if m.role in ("user", "assistant") and (m.content or m.role == "user")
        ]
        if user_content is not None:
            chat.append(ChatMessage("user", user_content))
        if not chat or chat[-1].role != "user":
            raise InvalidRequestError("there is no user message to answer", param="message_id")
        # The user's language, stored on the message, and asked of the model in that
        # language (a small model follows "Réponds en français." better than English).
        language = await asyncio.to_thread(detect, chat[-1].content)
        instruction = reply_instruction(language)
        if chat[0].role == "system":
            chat[0] = ChatMessage("system", f"{chat[0].content} {instruction}".strip())
        else:
            chat.insert(0, ChatMessage("system", instruction))
        request_id = current_request_id()  # the HTTP request's (X-Request-ID)
        fitted = await asyncio.to_thread(
            fit_messages, engine, chat, max_tokens=sampling.max_tokens
        )
        # Admission, then the input check: a refused request (overloaded, too long) raises
        # here, before any write; a request the policy blocks is stored with its refusal.
        stream = await engine.start(
            GenerationRequest(sampling=sampling, messages=fitted.messages),
            AuditContext(request_id, owner_id=conversation.owner_id), checked=chat,
        )
        decision = stream.decision
        if stream.refused:
            await stream.aclose()
            return await self._refuse(conversation, history, user_content, decision, language)
        meta: dict[str, Any] = {"request_id": request_id, "language": language}
        if fitted.dropped:
            meta["context_dropped_turns"] = fitted.dropped
        if decision.action != "allow":
            meta["safety"] = decision_summary(decision)
        parent_id = history[-1].id if history else None
        try:
            user, reply = await self._store(
                self.repository.add_turn,
                conversation.id,
                owner_id=conversation.owner_id,
                parent_id=parent_id,
                user=_user_fields(user_content, language),
                assistant={"model": engine.info.id, "meta": meta, **self._leased()},
                title=_title(user_content) if user_content else None,
            )
        except BaseException:
            await stream.aclose()
            raise
        return self._stream_reply(stream, user, reply)

    async def _refuse(
        self,
        conversation: Conversation,
        history: Sequence[Message],
        user_content: str | None,
        decision: Decision,
        language: str,
    ) -> AsyncIterator[Event]:
        """Store the turn with the refusal as the answer; the model is not called."""
        user, reply = await self._store(
            self.repository.add_turn,
            conversation.id,
            owner_id=conversation.owner_id,
            parent_id=history[-1].id if history else None,
            user=_user_fields(user_content, language),
            assistant={
                "model": None,
                "meta": {"language": language, "safety": decision_summary(decision)},
                **self._leased(),
            },
            title=_title(user_content) if user_content else None,
        )
        await self._store(
            self.repository.save_reply,
            reply.id,
            content=decision.refusal or decision.explanation,
            status=MessageStatus.COMPLETE,
            finish_reason="content_filter",
        )
        done = await self._store(self.repository.reply, reply.id)

        async def events() -> AsyncIterator[Event]:
            if user is not None:
                yield Event("user_message", message_view(user))
            yield Event("assistant_message", message_view(reply))
            yield Event("delta", {"message_id": reply.id, "text": done.content})
            yield Event("done", message_view(done))

        return events()

    def _leased(self) -> dict[str, Any]:
        """The lease fields of a reply this process starts writing."""
        return {"lease_owner": self.lease.owner, "lease_expires_at": self.lease.expires()}

    def _sampling(
        self, conversation: Conversation, sampling: SamplingParams | None
    ) -> SamplingParams:
        if sampling is not None:
            return sampling
        return sampling_from_settings(conversation.settings,
                                      SamplingParams(max_tokens=self.default_max_tokens))

    async def _stream_reply(
        self, stream: GuardedStream, user: Message | None, reply: Message
    ) -> AsyncIterator[Event]:
        if user is not None:
            yield Event("user_message", message_view(user))
        yield Event("assistant_message", message_view(reply))
        text: list[str] = []
        finished: Finished | None = None
        cut: dict[str, Any] | None = None
        last_flush = time.monotonic()
        try:
            async for event in stream:
                if isinstance(event, SafetyCut):
                    refusal = event.decision.refusal or event.decision.explanation
                    text = [refusal]
                    cut = decision_summary(event.decision, cut=True)
                    yield Event(
                        "replaced", {"message_id": reply.id, "content": refusal, "safety": cut}
                    )
                elif isinstance(event, TextDelta):
                    text.append(event.text)
                    yield Event("delta", {"message_id": reply.id, "text": event.text})
                    if time.monotonic() - last_flush >= self.flush_interval:
                        await self._store(
                            self.repository.save_reply, reply.id, content="".join(text),
                            lease_expires_at=self.lease.expires(),
                        )
                        last_flush = time.monotonic()
                elif isinstance(event, Finished):
                    finished = event
            assert finished is not None
            fields: dict[str, Any] = {
                "content": "".join(text),
                "status": MessageStatus.COMPLETE
                if finished.reason != "cancelled"
                else MessageStatus.INTERRUPTED,
                "finish_reason": finished.reason,
                "prompt_tokens": finished.usage.prompt_tokens,
                "completion_tokens": finished.usage.completion_tokens,
            }
            if cut is not None:
                fields["meta"] = {**(reply.meta or {}), "safety": cut}
            if not await self._store(self.repository.save_reply, reply.id, **fields):
                log.warning("reply %s was marked interrupted by another process while this "
                            "one wrote it (its lease expired); the mark stands", reply.id)
            done = await self._store(self.repository.reply, reply.id)
            yield Event("done", message_view(done))
        except VeilleurError as exc:
            log.warning("reply %s failed: %s", reply.id, exc)
            self.repository.save_reply(
                reply.id, content="".join(text), status=MessageStatus.ERROR, error=exc.message
            )
            yield Event.failed(exc, message_id=reply.id)
        finally:
            await stream.aclose()
            if finished is None:
                # The consumer went away (client disconnect) or the task was cancelled:
                # keep what was written, marked interrupted. Synchronous on purpose: an
                # await here could be cancelled before the write.
                try:
                    current = self.repository.reply(reply.id)
                    if current.status == MessageStatus.STREAMING:
                        self.repository.save_reply(
                            reply.id,
                            content="".join(text),
                            status=MessageStatus.INTERRUPTED,
                            finish_reason="interrupted",
                            error="the reply was cut short (the client disconnected)",
                        )
                except VeilleurError:
                    log.exception("could not mark reply %s interrupted", reply.id)


def _user_fields(content: str | None, language: str) -> dict[str, Any] | None:
    return None if content is None else {"content": content, "meta": {"language": language}}


def _title(content: str) -> str:
    line = " ".join(content.split())
    return line if len(line) <= 60 else line[:57].rstrip() + "…"
