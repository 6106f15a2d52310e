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
from veilleur.errors import ContextLengthError, ModelLoadError

__all__ = ["PreparedPrompt", "PromptBuilder"]


@dataclass(frozen=True, slots=True)
class PreparedPrompt:
    tokens: list[int]
    stops: tuple[str, ...]
    lstrip: bool


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

    def count_chat_tokens(self, messages: Sequence[ChatMessage]) -> int:
        rendered = self.format.render(messages)
        return len(self.tokenize(rendered.text, add_bos=rendered.add_bos))

    def prepare(self, request: GenerationRequest) -> PreparedPrompt:
        """Tokens, stops and format details of `request`.

        Raises:
            ContextLengthError: the prompt leaves no room in the window.
        """
        if request.messages is not None:
            rendered = self.format.render(request.messages)
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
        return PreparedPrompt(tokens, stops, rendered.lstrip)

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
