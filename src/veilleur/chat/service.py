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

Tool calls (`chat/tools.py`): a user message may offer `tools`; the reply may then be
calls (stored on it, `finish_reason` ``tool_calls``, streamed as a `tool_calls` event);
each call's result is posted as a message of role ``tool`` (`send_tool_result`), and once
every call of the reply has its result the assistant answers again with the whole chain.
The results are checked as data: an injection in one is flagged and audited, and does not
refuse the turn.

Documents (`chat/grounding.py`): when the conversation has indexed attachments, the
passages that answer the user's question are put in the prompt as delimited data, the
reply is asked to cite them ``[n]``, and they are stored with it (`meta["citations"]`,
those it cites marked ``cited``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any

from veilleur.chat.context import fit_messages
from veilleur.chat.grounding import DocumentGrounding, Grounding, mark_cited
from veilleur.chat.leases import ReplyLease
from veilleur.chat.settings import sampling_from_settings, validate_settings
from veilleur.chat.tools import (
    CallCollector,
    ToolUse,
    pending_calls,
    stored_calls,
    tools_of_branch,
)
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
from veilleur.types import (
    ChatMessage,
    Finished,
    GenerationRequest,
    SamplingParams,
    TextDelta,
    ToolCallDelta,
)

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
        "tool_calls": message.tool_calls or None,
        "tool_call_id": message.tool_call_id,
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
        grounding: DocumentGrounding | None = None,
    ):
        self.engine = engine
        self.grounding = grounding  # None: answers never read the attachments
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
        attached: list[str] = []
        if self.grounding is not None:
            attached = await self.grounding.attachment_ids(conversation_id, owner_id=owner_id)
        await self._store(self.repository.delete, conversation_id, owner_id=owner_id)
        if attached and self.grounding is not None:
            await self.grounding.indexer.delete(attached)  # the cascade took the rows

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
        tools: ToolUse | None = None,
    ) -> AsyncIterator[Event]:
        """A new user message under `parent_id` (default: the active leaf), and its reply;
        `tools`: the functions the reply (and the turns after it) may call."""
        conversation = await self._store(self.repository.get, conversation_id,
                                         owner_id=owner_id)
        return await self._send_under(
            conversation, content, parent_id or conversation.current_leaf_id, sampling, tools
        )

    async def send_tool_result(
        self,
        conversation_id: str,
        tool_call_id: str,
        content: str,
        *,
        owner_id: str | None,
        parent_id: str | None = None,
        sampling: SamplingParams | None = None,
        tool_choice: str | None = None,
    ) -> AsyncIterator[Event]:
        """The result of call `tool_call_id` under `parent_id` (default: the active leaf:
        the assistant message that made the call, or a result of another of its calls).
        `tool_choice` (auto, none, required or a function's name) for the answer that
        reads the results; default `ToolUse.after_results`.

        When the assistant message has other calls still waiting, the result is stored
        alone (events `user_message`, then `pending` with their ids); after the last one
        the assistant answers with the whole chain (the events of a turn).

        Raises:
            InvalidRequestError: `parent_id` is not an assistant message with calls (or a
                result under one), or `tool_call_id` is not one of its calls still waiting.
        """
        conversation = await self._store(self.repository.get, conversation_id,
                                         owner_id=owner_id)
        messages = await self._store(self.repository.messages, conversation_id,
                                     owner_id=owner_id)
        tree = MessageTree(messages)
        parent_id = parent_id or conversation.current_leaf_id
        if parent_id is None or parent_id not in tree.by_id:
            raise InvalidRequestError(
                f"parent message {parent_id!r} is not in this conversation", param="parent_id")
        history = tree.path_to(parent_id)
        assistant, pending = pending_calls(history)
        if assistant is None:
            raise InvalidRequestError(
                f"message {parent_id!r} is not an assistant message with tool calls (nor a "
                "tool result under one): there is no call for a tool result to answer",
                param="parent_id")
        if tool_call_id not in pending:
            made = [c.id for c in stored_calls(assistant)]
            why = ("it was answered already" if tool_call_id in made
                   else f"its calls are {', '.join(map(repr, made))}")
            waiting = (f"; still waiting: {', '.join(map(repr, pending))}" if pending
                       else "; every call has its result")
            raise InvalidRequestError(
                f"tool_call_id {tool_call_id!r} is not a pending call of assistant message "
                f"{assistant.id!r}: {why}{waiting}", param="tool_call_id")
        name = next(c.name for c in stored_calls(assistant) if c.id == tool_call_id)
        fields: dict[str, Any] = {"role": "tool", "content": content,
                                  "tool_call_id": tool_call_id, "meta": {"tool_name": name}}
        tools = _choosing(tools_of_branch(history), tool_choice)  # refused before any write
        waiting = [i for i in pending if i != tool_call_id]
        if waiting:
            stored = await self._store(self.repository.add_message, conversation.id,
                                       owner_id=owner_id, parent_id=parent_id, fields=fields)
            return _pending(stored, waiting)
        return await self._turn(conversation, history, user_content=None, sampling=sampling,
                                tools=tools, tool_result=fields)

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
        tools = ToolUse.from_record((original.meta or {}).get("tools"))
        return await self._send_under(conversation, content, original.parent_id, sampling,
                                      tools)

    async def _send_under(
        self,
        conversation: Conversation,
        content: str,
        parent_id: str | None,
        sampling: SamplingParams | None,
        tools: ToolUse | None = None,
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
        return await self._turn(conversation, history, user_content=content, sampling=sampling,
                                tools=tools)

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
        tools = tools_of_branch(history)
        if tools is not None and history and history[-1].role == "tool":
            tools = tools.after_results()
        return await self._turn(conversation, history, user_content=None, sampling=sampling,
                                tools=tools)

    async def _turn(
        self,
        conversation: Conversation,
        history: Sequence[Message],
        *,
        user_content: str | None,
        sampling: SamplingParams | None,
        tools: ToolUse | None = None,
        tool_result: dict[str, Any] | None = None,
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
                                       user_content=user_content, sampling=sampling,
                                       tools=tools, tool_result=tool_result)
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
        tools: ToolUse | None = None,
        tool_result: dict[str, Any] | None = None,
    ) -> AsyncIterator[Event]:
        sampling = self._sampling(conversation, sampling)
        system = conversation.system_prompt
        if system is None:
            system = self.default_system_prompt
        chat: list[ChatMessage] = [ChatMessage("system", system)] if system else []
        chat += [_chat_message(m) for m in history if _in_prompt(m)]
        if user_content is not None:
            chat.append(ChatMessage("user", user_content))
        posted = _user_fields(user_content, "")
        if tool_result is not None:
            chat.append(ChatMessage("tool", tool_result["content"],
                                    tool_call_id=tool_result["tool_call_id"]))
            posted = tool_result
        if not chat or chat[-1].role not in ("user", "tool"):
            raise InvalidRequestError("there is no user message to answer", param="message_id")
        # The user's language, stored on the message, and asked of the model in that
        # language (a small model follows "Réponds en français." better than English).
        asked = next((m.content for m in reversed(chat) if m.role == "user"), chat[-1].content)
        language = await asyncio.to_thread(detect, asked)
        if posted is not None:
            posted = {**posted, "meta": {**posted.get("meta", {}), "language": language}}
            if tools is not None and user_content is not None:
                posted["meta"]["tools"] = tools.record()
        instruction = reply_instruction(language)
        if chat[0].role == "system":
            chat[0] = ChatMessage("system", f"{chat[0].content} {instruction}".strip())
        else:
            chat.insert(0, ChatMessage("system", instruction))
        request_id = current_request_id()  # the HTTP request's (X-Request-ID)
        specs = tools.tools if tools is not None else ()
        prompt, grounding = await self._grounded(engine, conversation, chat, asked, language,
                                                 tool_result is None)
        fitted = await asyncio.to_thread(
            fit_messages, engine, prompt, max_tokens=sampling.max_tokens, tools=specs
        )
        # The tool results the model has not read yet: data someone else wrote, checked
        # as such (an injection in one is flagged and audited, not a refusal).
        results = _new_tool_results(chat)
        # Admission, then the input check: a refused request (overloaded, too long) raises
        # here, before any write; a request the policy blocks is stored with its refusal.
        stream = await engine.start(
            GenerationRequest(sampling=sampling, messages=fitted.messages, tools=specs,
                              tool_choice=tools.choice if tools is not None else "none",
                              parallel_tool_calls=tools.parallel if tools is not None
                              else True),
            AuditContext(request_id, owner_id=conversation.owner_id), checked=chat,
            # The passages too, checked as documents where they are read: an injection in
            # one (a text imported with a decision it never had) is flagged and audited.
            data=[m.content for m in results]
            + ([s.passage.text for s in grounding.sources] if grounding else []),
        )
        decision = stream.decision
        flagged = [{"tool_call_id": m.tool_call_id, **decision_summary(d)}
                   for m, d in zip(results, stream.data_decisions, strict=False)
                   if d.categories]
        if posted is not None and tool_result is not None:
            mine = [f for f in flagged if f["tool_call_id"] == tool_result["tool_call_id"]]
            if mine:
                posted["meta"]["safety"] = mine[0]
        if stream.refused:
            await stream.aclose()
            return await self._refuse(conversation, history, posted, decision, language,
                                      title=_title(user_content) if user_content else None)
        meta: dict[str, Any] = {"request_id": request_id, "language": language}
        if fitted.dropped:
            meta["context_dropped_turns"] = fitted.dropped
        if decision.action != "allow":
            meta["safety"] = decision_summary(decision)
        if flagged:
            meta["tool_results"] = flagged
        if grounding is not None:
            checked_passages = stream.data_decisions[len(results):]
            meta["citations"] = grounding.citations(
                {s.passage.citation for s, d in zip(grounding.sources, checked_passages,
                                                    strict=False) if d.flagged})
        parent_id = history[-1].id if history else None
        try:
            user, reply = await self._store(
                self.repository.add_turn,
                conversation.id,
                owner_id=conversation.owner_id,
                parent_id=parent_id,
                user=posted,
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
        posted: dict[str, Any] | None,
        decision: Decision,
        language: str,
        *,
        title: str | None,
    ) -> AsyncIterator[Event]:
        """Store the turn with the refusal as the answer; the model is not called."""
        user, reply = await self._store(
            self.repository.add_turn,
            conversation.id,
            owner_id=conversation.owner_id,
            parent_id=history[-1].id if history else None,
            user=posted,
            assistant={
                "model": None,
                "meta": {"language": language, "safety": decision_summary(decision)},
                **self._leased(),
            },
            title=title,
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

    async def _grounded(self, engine: GuardedEngine, conversation: Conversation,
                        chat: list[ChatMessage], asked: str, language: str, wanted: bool
                        ) -> tuple[list[ChatMessage], Grounding | None]:
        """The prompt with the passages that answer the user's question (`chat` itself,
        and None, when there are none): the question turn carries them as delimited
        data, the system prompt the rule that they are data. `chat` is unchanged (it is
        what the input check reads)."""
        if self.grounding is None or not wanted or chat[-1].role != "user":
            return chat, None
        # At most half the window for the passages: the history and the answer need room.
        grounding = await self.grounding.ground(
            conversation.id, conversation.owner_id, asked,
            max_tokens=engine.info.context_length // 2)
        if grounding is None:
            return chat, None
        prompt = list(chat)
        prompt[-1] = ChatMessage("user", grounding.question(chat[-1].content, language))
        rule = grounding.rule(language)
        prompt[0] = ChatMessage("system", f"{prompt[0].content} {rule}".strip())
        return prompt, grounding

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
        calls = CallCollector()
        finished: Finished | None = None
        cut: dict[str, Any] | None = None
        last_flush = time.monotonic()
        try:
            async for event in stream:
                if isinstance(event, ToolCallDelta):
                    calls.add(event)
                elif isinstance(event, SafetyCut):
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
            meta = dict(reply.meta or {})
            if meta.get("citations"):
                meta["citations"] = mark_cited(meta["citations"], fields["content"])
            if cut is not None:
                meta["safety"] = cut
            if meta != (reply.meta or {}):
                fields["meta"] = meta
            elif calls.calls:  # a cut answer has no calls: its refusal replaced them
                fields["tool_calls"] = calls.calls
                yield Event("tool_calls", {"message_id": reply.id, "tool_calls": calls.calls})
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


def _in_prompt(message: Message) -> bool:
    """Whether a stored message is part of what the model reads."""
    if message.role == "assistant":
        return bool(message.content or message.tool_calls)
    return message.role in ("user", "tool")


def _chat_message(message: Message) -> ChatMessage:
    if message.role == "assistant":
        return ChatMessage("assistant", message.content or "", stored_calls(message))
    if message.role == "tool":
        return ChatMessage("tool", message.content or "", tool_call_id=message.tool_call_id)
    return ChatMessage("user", message.content or "")


def _new_tool_results(chat: Sequence[ChatMessage]) -> list[ChatMessage]:
    """The tool results after the last assistant turn (those the model reads first now)."""
    start = max((i for i, m in enumerate(chat) if m.role == "assistant"), default=-1) + 1
    return [m for m in chat[start:] if m.role == "tool" and m.content.strip()]


def _choosing(tools: ToolUse | None, choice: str | None) -> ToolUse | None:
    """The branch's tools for the answer after the results, with the `choice` asked."""
    if choice is None:
        return tools.after_results() if tools is not None else None
    names = [t.name for t in tools.tools] if tools is not None else []
    if choice not in ("auto", "none", "required") and choice not in names:
        raise InvalidRequestError(f"tool_choice names {choice!r}, which is not one of the "
                                  "tools the user message offered", param="tool_choice")
    if tools is None:
        if choice == "required":
            raise InvalidRequestError("tool_choice 'required' needs tools, and the user "
                                      "message offered none", param="tool_choice")
        return None
    return ToolUse(tools.tools, choice, tools.parallel)


def _pending(message: Message, waiting: list[str]) -> AsyncIterator[Event]:
    """The events of a tool result stored while other calls still wait for theirs."""

    async def events() -> AsyncIterator[Event]:
        yield Event("user_message", message_view(message))
        yield Event("pending", {"message_id": message.id, "pending_tool_call_ids": waiting})

    return events()


def _user_fields(content: str | None, language: str) -> dict[str, Any] | None:
    return None if content is None else {"content": content, "meta": {"language": language}}


def _title(content: str) -> str:
    line = " ".join(content.split())
    return line if len(line) <= 60 else line[:57].rstrip() + "…"
