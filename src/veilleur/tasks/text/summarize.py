"""Summaries of any length of document: direct when it fits, map-reduce when it does not.

A document that fits the context window with the prompt and the answer is summarised in
one call. A longer one is split on token budgets at natural boundaries (`chunking`), each
part is summarised (map), and the part summaries are summarised together (reduce) —
in several levels when even they do not fit — before the final summary at the requested
length. Each step reports progress.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

from veilleur.errors import ContextLengthError, EngineGenerateError, InvalidRequestError
from veilleur.events import Event
from veilleur.languages import check_language, detect
from veilleur.tasks.text.chunking import split_on_budget
from veilleur.tasks.text.common import check_output, check_text
from veilleur.tasks.text.prompts import LENGTHS, PART_TOKENS, summary_messages
from veilleur.tasks.text.runner import Result, Runner
from veilleur.types import SamplingParams

__all__ = ["SummarizeTask"]

_STOPS = {"sentence": ("\n",), "short": ("\n\n",), "bullets": ("\n\n",), "detailed": ()}
_MARKERS = ("</document>", "<document>")
_MIN_ROOM = 64


@dataclass
class SummarizeTask:
    """Summarise `document` at `length` in `language`."""

    document: str
    length: str
    language: str
    own_texts: tuple[str, ...] = ()

    @classmethod
    def create(cls, text: str, *, length: str = "short", language: str | None = None,
               max_characters: int) -> SummarizeTask:
        """A validated task (400 for empty text, unknown length or language; 413 too long)."""
        check_text(text, max_characters=max_characters)
        if length not in LENGTHS:
            raise InvalidRequestError(
                f"unknown length {length!r}; choose one of {', '.join(LENGTHS)}",
                param="length")
        code = check_language(language, param="language") if language else detect(text)
        return cls(text, length, code)

    @property
    def output_language(self) -> str:
        return self.language

    async def steps(self, runner: Runner) -> AsyncIterator[Event | Result]:
        count = runner.engine.count_tokens
        answer = LENGTHS[self.length][2]
        final_room = runner.room_for_document(
            summary_messages("", length=self.length, language=self.language, partials=True),
            answer)
        if final_room < _MIN_ROOM:
            raise ContextLengthError(
                f"the model's context ({runner.engine.info.context_length} tokens) is too "
                "small for a summary prompt", param="text")
        text, chunks, levels = self.document.strip(), 1, 0
        if count(text) > final_room:
            part_room = runner.room_for_document(
                summary_messages("", length=self.length, language=self.language, part=True),
                PART_TOKENS)
            pieces = split_on_budget(text, part_room, count)
            chunks = len(pieces)
            partials: list[str] = []
            yield Event("progress", {"stage": "map", "done": 0, "total": chunks})
            for i, piece in enumerate(pieces, 1):
                partials.append(await self._part(runner, piece, partials=False))
                yield Event("progress", {"stage": "map", "done": i, "total": chunks})
            text = "\n\n".join(partials)
            while count(text) > final_room:
                levels += 1
                groups = split_on_budget(text, part_room, count)
                partials = []
                for i, group in enumerate(groups, 1):
                    yield Event("progress", {"stage": "reduce", "level": levels,
                                                 "done": i - 1, "total": len(groups)})
                    partials.append(await self._part(runner, group, partials=True))
                shorter = "\n\n".join(partials)
                if count(shorter) >= count(text):
                    raise EngineGenerateError(
                        "the part summaries do not get shorter; the model cannot reduce "
                        "this document", code="summary_not_converging")
                text = shorter
        yield Event("progress", {"stage": "final", "done": 0, "total": 1})
        messages = summary_messages(text, length=self.length, language=self.language,
                                    partials=chunks > 1)
        budget = runner.answer_budget(messages, answer, param="text")
        sampling = SamplingParams(temperature=0.0, max_tokens=budget,
                                  stop=_STOPS[self.length] + _MARKERS, repeat_penalty=1.1)
        pieces_out: list[str] = []
        async for piece in runner.stream(messages, sampling, shown=True):
            pieces_out.append(piece)
            yield Event("delta", {"text": piece})
        summary = "".join(pieces_out).strip()
        if not summary:
            raise EngineGenerateError("the model returned an empty summary",
                                      code="empty_output")
        if runner.last_finish == "length":
            runner.warnings.append({"code": "truncated",
                                    "message": f"the summary was cut at {budget} tokens"})
        yield Event("progress", {"stage": "final", "done": 1, "total": 1})
        checks = check_output(summary, self.document, runner.warnings)
        yield Result(summary, {"length": self.length, "language": self.language,
                               "chunks": chunks, "levels": levels, "checks": checks,
                               "finish_reason": runner.last_finish})

    async def _part(self, runner: Runner, text: str, *, partials: bool) -> str:
        messages = summary_messages(text, length=self.length, language=self.language,
                                    part=True, partials=partials)
        budget = runner.answer_budget(messages, PART_TOKENS, param="text")
        sampling = SamplingParams(temperature=0.0, max_tokens=budget, stop=("\n\n", *_MARKERS),
                                  repeat_penalty=1.1)
        out = (await runner.complete(messages, sampling)).strip()
        return out or text[: 4 * budget]  # an empty part summary keeps the part's start
