"""Generation from a named preset (`presets`): rewrite, expand, shorten, tone, e-mail, letter."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

from veilleur.errors import EngineGenerateError, InvalidRequestError
from veilleur.events import Event
from veilleur.languages import check_language, detect
from veilleur.tasks.text.common import check_output, check_text
from veilleur.tasks.text.presets import Preset, get_preset
from veilleur.tasks.text.runner import Result, Runner
from veilleur.types import SamplingParams

__all__ = ["GenerateTask"]

_MAX_INSTRUCTION = 2000


@dataclass
class GenerateTask:
    """Apply `preset` to `document`, writing in `language`."""

    preset: Preset
    document: str
    language: str
    instruction: str | None = None

    @classmethod
    def create(cls, preset: str, text: str, *, language: str | None = None,
               instruction: str | None = None, max_characters: int) -> GenerateTask:
        """A validated task (400: unknown preset or language, empty text; 413: too long)."""
        chosen = get_preset(preset)
        check_text(text, max_characters=max_characters)
        if instruction is not None and len(instruction) > _MAX_INSTRUCTION:
            raise InvalidRequestError(f"the instruction has {len(instruction)} characters; "
                                      f"the limit is {_MAX_INSTRUCTION}", param="instruction")
        code = check_language(language, param="language") if language else detect(text)
        return cls(chosen, text, code, instruction or None)

    @property
    def own_texts(self) -> tuple[str, ...]:
        return (self.instruction,) if self.instruction else ()

    @property
    def output_language(self) -> str:
        return self.language

    async def steps(self, runner: Runner) -> AsyncIterator[Event | Result]:
        messages = self.preset.messages(self.document.strip(), self.language, self.instruction)
        wanted = max(self.preset.max_tokens,
                     int(runner.engine.count_tokens(self.document) * self.preset.scale))
        budget = runner.answer_budget(messages, wanted, param="text")
        yield Event("progress", {"stage": "generate", "done": 0, "total": 1})
        sampling = SamplingParams(temperature=0.0, max_tokens=budget,
                                  stop=("</document>", "<document>"), repeat_penalty=1.1)
        parts: list[str] = []
        async for piece in runner.stream(messages, sampling, shown=True):
            parts.append(piece)
            yield Event("delta", {"text": piece})
        text = "".join(parts).strip()
        if not text:
            raise EngineGenerateError("the model returned nothing", code="empty_output")
        if runner.last_finish == "length":
            runner.warnings.append({"code": "truncated",
                                    "message": f"the text was cut at {budget} tokens"})
        yield Event("progress", {"stage": "generate", "done": 1, "total": 1})
        checks = check_output(text, self.document, runner.warnings)
        yield Result(text, {"preset": self.preset.name, "language": self.language,
                            "checks": checks, "finish_reason": runner.last_finish})
