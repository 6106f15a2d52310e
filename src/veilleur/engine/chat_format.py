"""From chat messages to the prompt a model sees.

Two ways, chosen per model:

* `TemplateFormat`: the Jinja2 chat template a GGUF file carries
  (`tokenizer.chat_template`), rendered the way llama.cpp's server does.
* `FrameFormat`: for base models without a template. A plain-text transcript
  ("User: … / Assistant: …") opened by the system prompt and a few example turns in
  English and French, closed by "Assistant:" so that the model continues as the assistant,
  with stop sequences that end the answer where the model would start the user's next turn.

Both stop on `ROLE_STOPS`: a line of the answer that starts with a role marker of the
frame, in English or French, whatever its case ("user:", "Utilisateur :"), is the model
writing the next turn itself, and nothing from it on is part of the answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any, Protocol

from veilleur.engine.base import ChatMessage, RenderedPrompt
from veilleur.engine.streaming import RoleStop
from veilleur.engine.tool_calls import render_call, tools_prompt
from veilleur.errors import InvalidRequestError
from veilleur.frame_examples import FRAME_EXAMPLES, FRAME_TURNS
from veilleur.types import ToolSpec

__all__ = [
    "FRAME_EXAMPLES",
    "ROLE_LABELS",
    "ROLE_STOPS",
    "ChatFormat",
    "FrameFormat",
    "TemplateFormat",
]

# The frame's role labels and their French forms: see `RoleStop` for how they match.
ROLE_LABELS = ("User", "Assistant", "Utilisateur", "Utilisatrice", "Assistante")
ROLE_STOPS: tuple[str, ...] = tuple(RoleStop(f"\n{label}:") for label in ROLE_LABELS)


class ChatFormat(Protocol):
    """Renders a conversation to a prompt."""

    name: str

    def render(self, messages: Sequence[ChatMessage],
               tools: Sequence[ToolSpec] = ()) -> RenderedPrompt: ...


class FrameFormat:
    """A few-shot transcript frame for models without a chat template."""

    name = "frame"
    user_label = "User"
    assistant_label = "Assistant"

    def __init__(self, examples: Sequence[tuple[str, str]] = FRAME_TURNS):
        self._examples = tuple(examples)

    @property
    def stop(self) -> tuple[str, ...]:
        return (
            *ROLE_STOPS,
            "<end_of_turn>",
            "<start_of_turn>",
        )

    tool_label = "Tool"

    def render(self, messages: Sequence[ChatMessage],
               tools: Sequence[ToolSpec] = ()) -> RenderedPrompt:
        system = "\n\n".join(m.content.strip() for m in messages if m.role == "system")
        lines: list[str] = []
        if system:
            lines.append(system)
            lines.append("")
        if tools:
            lines.append(tools_prompt(tools))
            lines.append("")
        lines.append(
            "The following is a conversation between a user and the assistant. The assistant "
            "answers in the language of the user's question: in French when the question is in "
            "French, in English when it is in English."
        )
        lines.append("")
        for question, answer in self._examples:
            lines.append(f"{self.user_label}: {question}")
            lines.append(f"{self.assistant_label}: {answer}")
        turns = [m for m in messages if m.role != "system"]
        for message in turns:
            label = {"user": self.user_label, "tool": self.tool_label}.get(
                message.role, self.assistant_label)
            text = "\n".join([*([message.content] if message.content.strip() else []),
                              *(render_call(call) for call in message.tool_calls)])
            lines.append(f"{label}: {_one_block(text)}")
        if not turns or turns[-1].role != "assistant":
            lines.append(f"{self.assistant_label}:")
            text = "\n".join(lines)
        else:  # continue a partial assistant turn (completion of a prefill)
            text = "\n".join(lines)
        return RenderedPrompt(text=text, stop=self.stop, add_bos=True, lstrip=True)


def _one_block(text: str) -> str:
    """Keep a turn inside the frame: a line that starts like a turn label (any role
    marker, whatever its case: see `ROLE_STOPS`) is indented."""
    out = []
    for line in text.strip().splitlines():
        if _ROLE_LINE.match(line):
            line = " " + line
        out.append(line)
    return "\n".join(out)


_ROLE_LINE = re.compile(rf"(?:{'|'.join(ROLE_LABELS)})[ \t\u00a0\u202f]*:", re.IGNORECASE)


class TemplateFormat:
    """The chat template carried by the model file."""

    name = "template"

    def __init__(self, template: str, *, bos_token: str, eos_token: str):
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        self._formatter = Jinja2ChatFormatter(
            template=template,
            bos_token=bos_token,
            eos_token=eos_token,
            add_generation_prompt=True,
        )
        self._eos_token = eos_token

    def render(self, messages: Sequence[ChatMessage],
               tools: Sequence[ToolSpec] = ()) -> RenderedPrompt:
        payload = [_template_message(m) for m in messages]
        functions = [{"type": "function", "function": {
            "name": t.name, "description": t.description,
            "parameters": t.parameters or {"type": "object", "properties": {}}}}
            for t in tools]
        extra: dict[str, Any] = {"tools": functions} if functions else {}
        try:
            result = self._formatter(messages=payload, **extra)
        except Exception as first:  # a template can raise anything from its Jinja code
            # Some templates (Gemma's, Mistral's) reject a system turn: fold it into the
            # first user turn, as their model cards advise, and try once more.
            if not any(m["role"] == "system" for m in payload):
                raise _rejected(first) from first
            try:
                result = self._formatter(messages=_fold_system(payload), **extra)
            except Exception as exc:
                raise _rejected(exc) from exc
        stop = (
            result.stop if isinstance(result.stop, list) else [result.stop] if result.stop else []
        )
        # The formatter adds BOS to the text when the template writes it.
        return RenderedPrompt(
            text=result.prompt,
            stop=(*(s for s in stop if s), *ROLE_STOPS),
            add_bos=not result.added_special,
        )


def _template_message(message: ChatMessage) -> dict[str, Any]:
    """A message as chat templates read it (OpenAI's shape, arguments parsed)."""
    out: dict[str, Any] = {"role": message.role, "content": message.content}
    if message.tool_calls:
        out["tool_calls"] = [
            {"id": c.id, "type": "function",
             "function": {"name": c.name, "arguments": _parsed(c.arguments)}}
            for c in message.tool_calls]
    if message.tool_call_id is not None:
        out["tool_call_id"] = message.tool_call_id
    return out


def _parsed(arguments: str) -> Any:
    try:
        return json.loads(arguments or "{}")
    except ValueError:
        return arguments


def _rejected(exc: Exception) -> InvalidRequestError:
    return InvalidRequestError(
        f"the model's chat template rejected the conversation: {exc}", param="messages"
    )


def _fold_system(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [dict(m) for m in messages if m["role"] != "system"]
    if system:
        if rest and rest[0]["role"] == "user":
            rest[0]["content"] = f"{system}\n\n{rest[0]['content']}"
        else:
            rest.insert(0, {"role": "user", "content": system})
    return rest
