"""From a request to the tokens a llama.cpp model evaluates: shared by the embedded backends.

`PromptBuilder` renders chats with the model's chat template or the built-in frame,
tokenizes, checks the context window and merges stop sequences; the serial and the
batched backend differ only in how they run the tokens it prepares.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from veilleur.engine.base import ChatMessage, GenerationRequest, RenderedPrompt
from veilleur.engine.chat_format import ChatFormat, FrameFormat, TemplateFormat
from veilleur.engine.json_schema import json_object_grammar, schema_grammar, tool_call_grammar
from veilleur.errors import (
    ContextLengthError,
    InvalidRequestError,
    ModelLoadError,
    UnsupportedParameterError,
)
from veilleur.types import ToolSpec

__all__ = ["PreparedPrompt", "PromptBuilder", "request_grammar"]


@dataclass(frozen=True, slots=True)
class PreparedPrompt:
    """The tokens to evaluate; `grammar` (GBNF) constrains the answer when set, and
    `tool_calls` says that its text is read back as tool calls."""

    tokens: list[int]
    stops: tuple[str, ...]
    lstrip: bool
    grammar: str | None = None
    tool_calls: bool = False


def request_grammar(request: GenerationRequest) -> str | None:
    """The grammar an embedded engine constrains `request`'s answer with, if any.

    Tools with `tool_choice` ``auto`` allow text or calls, ``required`` one call or more
    (one without `parallel_tool_calls`), a function's name only that function; ``none``
    no grammar. Otherwise `response_format` gives the grammar.

    Raises:
        UnsupportedParameterError: a schema the grammar cannot enforce, or structured
            output asked together with tools the model may call.
    """
    fmt = request.response_format
    choice = request.tool_choice
    if request.tools and choice != "none":
        if fmt is not None and choice == "auto":
            raise UnsupportedParameterError(
                "response_format together with tools and tool_choice 'auto' is not "
                "supported by the embedded engine; ask for one or the other",
                param="response_format")
        functions = [(t.name, t.parameters) for t in request.tools]
        if choice not in ("auto", "required"):
            functions = [(t.name, t.parameters) for t in request.tools if t.name == choice]
            if not functions:
                raise InvalidRequestError(f"tool_choice names {choice!r}, which is not one "
                                          "of the tools", param="tool_choice")
        return tool_call_grammar(functions, param="tools[0]",
                                 parallel=request.parallel_tool_calls
                                 and choice in ("auto", "required"),
                                 text=choice == "auto")
    if fmt is None:
        return None
    if fmt.type == "json_object":
        return json_object_grammar()
    return schema_grammar(fmt.schema, param="response_format.json_schema.schema")


class PromptBuilder:
    """Prompts for one model (`llama_cpp._internals.LlamaModel`) and one context window.

    Args:
        model: the loaded model (tokenizer, special tokens, metadata).
        n_ctx: tokens a prompt and its answer may take together.
        chat_format: `auto`, `template` or `frame` (see `veilleur.config.Settings`).
        window: how the window is named in errors (e.g. "each sequence's context window").
    """

    def __init__(self, model: Any, *, n_ctx: int, chat_format: str, window: str):
        self._model = model
        self.n_ctx = n_ctx
        self._window = window
        self.format = self._choose_format(chat_format)

    def tokenize(self, text: str, *, add_bos: bool) -> list[int]:
        return self._model.tokenize(text.encode("utf-8"), add_bos=add_bos, special=True)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenize(text, add_bos=False))

    def count_chat_tokens(self, messages: Sequence[ChatMessage],
                          tools: Sequence[ToolSpec] = ()) -> int:
        rendered = self.format.render(messages, tools)
        return len(self.tokenize(rendered.text, add_bos=rendered.add_bos))

    def prepare(self, request: GenerationRequest) -> PreparedPrompt:
        """Tokens, stops and format details of `request`.

        Raises:
            ContextLengthError: the prompt leaves no room in the window.
        """
        grammar = request_grammar(request)
        if request.messages is not None:
            rendered = self.format.render(request.messages, request.tools)
        else:
            rendered = RenderedPrompt(text=request.prompt or "", stop=(), add_bos=True)
        tokens = self.tokenize(rendered.text, add_bos=rendered.add_bos)
        if not tokens:
            tokens = [self._model.token_bos()]
        if len(tokens) >= self.n_ctx:
            raise ContextLengthError(
                f"the prompt takes {len(tokens)} tokens but {self._window} is "
                f"{self.n_ctx} tokens; shorten the prompt or raise n_ctx",
                param="messages" if request.messages is not None else "prompt",
            )
        stops = tuple(dict.fromkeys((*rendered.stop, *request.sampling.stop)))
        calls = bool(request.tools) and request.tool_choice != "none"
        return PreparedPrompt(tokens, stops, rendered.lstrip, grammar, calls)

    def _choose_format(self, choice: str) -> ChatFormat:
        template = self._model.metadata().get("tokenizer.chat_template")
        if choice == "frame" or (choice == "auto" and not template):
            return FrameFormat()
        if not template:
            raise ModelLoadError(
                "chat_format is 'template' but the model file has no chat template"
            )
        return TemplateFormat(
            template,
            bos_token=self._model.token_get_text(self._model.token_bos()),
            eos_token=self._model.token_get_text(self._model.token_eos()),
        )
