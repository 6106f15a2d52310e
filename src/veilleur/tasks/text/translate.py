"""Translation that keeps a document's structure and protected spans intact.

The text is split into Markdown lines (`markdown`); each line's words are translated
alone, protected spans hidden behind markers (`protect`), so the structure, code, URLs,
numbers and placeholders come out as they went in, and glossary terms come out as their
required translation. A line that lost a marker, dropped or added a sentence, left a
sentence in the source language or answered with one of the prompt's own examples is
tried once more with a little sampling (and, when it still has the wrong number of
sentences, sentence by sentence); whatever is still wrong is reported in the result's
`checks` (`veilleur.tasks.text.checks`), never hidden.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from veilleur.errors import InvalidRequestError
from veilleur.events import Event
from veilleur.languages import check_language, detect, language_name
from veilleur.tasks.text import markdown
from veilleur.tasks.text.checks import (
    leaked_examples,
    sentence_mismatch,
    sentences,
    untranslated_sentences,
)
from veilleur.tasks.text.common import check_text
from veilleur.tasks.text.prompts import few_shot_examples, translation_messages
from veilleur.tasks.text.protect import Masked, mask, protected_spans, restore
from veilleur.tasks.text.runner import Result, Runner
from veilleur.types import SamplingParams

__all__ = ["TranslateTask"]

_STOP = ("\n", "</document>")
_MAX_GLOSSARY = 200


@dataclass
class TranslateTask:
    """Translate `document` from `source` to `target`, honouring `glossary`."""

    document: str
    source: str
    target: str
    glossary: dict[str, str] = field(default_factory=dict)
    source_detected: bool = False

    @classmethod
    def create(cls, text: str, *, target_language: str, source_language: str | None = None,
               glossary: Mapping[str, str] | None = None,
               max_characters: int) -> TranslateTask:
        """A validated task.

        Raises:
            InvalidRequestError: empty text, unknown language, same source and target, or
                a bad glossary (400).
            DocumentTooLargeError: the text is over `max_characters` (413).
        """
        check_text(text, max_characters=max_characters)
        target = check_language(target_language, param="target_language")
        if source_language:
            source = check_language(source_language, param="source_language")
        else:
            source = detect(text)
        if source == target:
            how = "given" if source_language else "detected"
            raise InvalidRequestError(
                f"unsupported language pair {source}→{target}: the source language "
                f"({how}) is already {language_name(target)}; choose another target_language"
                + ("" if source_language else " or pass source_language"),
                param="target_language", code="unsupported_language_pair")
        clean = dict(glossary or {})
        if len(clean) > _MAX_GLOSSARY:
            raise InvalidRequestError(f"the glossary has {len(clean)} entries; the limit is "
                                      f"{_MAX_GLOSSARY}", param="glossary")
        for term, translation in clean.items():
            if not term.strip() or not str(translation).strip():
                raise InvalidRequestError(f"glossary entry {term!r} → {translation!r} is "
                                          "empty on one side", param="glossary")
        return cls(text, source, target, clean, source_detected=not source_language)

    # Glossary entries are single terms the classifier cannot judge out of context; they
    # reach the user only inside the translation, which the output guard checks.
    own_texts: tuple[str, ...] = ()

    @property
    def output_language(self) -> str:
        return self.target

    async def steps(self, runner: Runner) -> AsyncIterator[Event | Result]:
        lines = markdown.split(self.document)
        units = list(dict.fromkeys(u for line in lines for u in line.units))
        translated: dict[str, str] = {}
        untranslated: list[str] = []
        done = 0
        yield Event("progress", {"stage": "translate", "done": 0, "total": len(units)})
        for index, line in enumerate(lines):
            for unit in line.units:
                if unit in translated:
                    continue
                masked = mask(unit, self.glossary)
                if masked.has_words:
                    text, ok = await self._translate(runner, masked)
                    if not ok:
                        untranslated.append(unit)
                else:
                    text, _ = restore(masked.text, masked)
                translated[unit] = text
                done += 1
                yield Event("progress", {"stage": "translate", "done": done,
                                             "total": len(units)})
            piece = markdown.join([line], translated)
            if index < len(lines) - 1:
                piece += "\n"
            runner.show(piece)
            yield Event("delta", {"text": piece})
        output = markdown.join(lines, translated)
        checks = self.check(output, empty=untranslated)
        fields = {"source_language": self.source, "source_detected": self.source_detected,
                  "target_language": self.target, "checks": checks,
                  "complete": self.complete(checks)}
        if not fields["complete"]:
            runner.warnings.append({
                "code": "incomplete_translation",
                "message": "the translation lost protected text, left sentences untranslated, "
                           "dropped or added sentences, copied an example of its prompt or "
                           "missed glossary terms: see `checks`"})
        yield Result(output, fields)

    def check(self, output: str, empty: Sequence[str] = ()) -> dict[str, Any]:
        """The checks of `output` as a translation of the document.

        `empty` lists the units the model returned nothing for (kept in the source
        language). The result: `preserved` and `lost` (protected spans), `untranslated`
        (those units, and every sentence of the output still in the source language),
        `sentences` (units whose translation has another number of sentences),
        `leaked_examples` (example texts of the prompt found in the output) and `glossary`.
        """
        missing = protected_spans(self.document) - protected_spans(output)
        fences_in = [line for line in self.document.split("\n") if line.strip().startswith("`")]
        fences_out = [line for line in output.split("\n") if line.strip().startswith("`")]
        glossary = {}
        for term, translation in self.glossary.items():
            if re.search(rf"(?<!\w){re.escape(term)}(?!\w)", self.document, re.IGNORECASE):
                glossary[term] = translation.lower() in output.lower()
        untranslated = list(empty)
        counts: list[dict[str, object]] = []
        for unit, text in self._pairs(output):
            if unit in empty:
                continue
            untranslated += untranslated_sentences(unit, text, source=self.source,
                                                   target=self.target)
            if (mismatch := sentence_mismatch(unit, text)) is not None:
                counts.append(mismatch)
        leaked = leaked_examples(output, self.document,
                                 few_shot_examples(self.source, self.target))
        return {"preserved": not missing and fences_in == fences_out,
                "lost": sorted(missing.elements()),
                "untranslated": untranslated, "sentences": counts,
                "leaked_examples": leaked, "glossary": glossary}

    @staticmethod
    def complete(checks: Mapping[str, Any]) -> bool:
        """Whether `checks` (from `check`) found nothing wrong."""
        return bool(checks["preserved"] and not checks["untranslated"]
                    and not checks["sentences"] and not checks["leaked_examples"]
                    and all(checks["glossary"].values()))

    def _pairs(self, output: str) -> Iterator[tuple[str, str]]:
        """(unit of the document, its translation in `output`), once per unit; lines whose
        structure changed in the output are skipped (`preserved` reports those)."""
        seen: set[str] = set()
        source_lines, output_lines = markdown.split(self.document), markdown.split(output)
        if len(source_lines) != len(output_lines):
            return
        for source_line, output_line in zip(source_lines, output_lines, strict=True):
            if len(source_line.units) != len(output_line.units):
                continue
            for unit, text in zip(source_line.units, output_line.units, strict=True):
                if unit not in seen:
                    seen.add(unit)
                    yield unit, text

    async def _translate(self, runner: Runner, masked: Masked) -> tuple[str, bool]:
        """The line translated and restored, and whether the model returned anything.

        Of up to two attempts, the one that lost the fewest markers and has the fewest
        problems (`_problems`) is kept; when it still has another number of sentences
        than the line, the line is translated once more sentence by sentence.
        """
        best: tuple[tuple[int, int], str] | None = None
        for attempt in range(2):
            raw = await self._complete(runner, masked.text, attempt)
            if not raw:
                continue
            text, lost = restore(raw, masked)
            score = (len(lost), self._problems(masked, raw, text))
            if best is None or score < best[0]:
                best = (score, text)
            if score == (0, 0):
                break
        if best is None:
            return restore(masked.text, masked)[0], False
        parts = sentences(masked.text)
        if len(parts) > 1 and sentence_mismatch(masked.text, best[1]) is not None:
            pieces = [await self._complete(runner, part, 0) for part in parts]
            if all(pieces):
                raw = " ".join(pieces)
                text, lost = restore(raw, masked)
                score = (len(lost), self._problems(masked, raw, text))
                if score < best[0]:
                    best = (score, text)
        return best[1], True

    async def _complete(self, runner: Runner, text: str, attempt: int) -> str:
        """The model's translation of one masked `text` (markers left in), '' if none."""
        messages = translation_messages(text, self.source, self.target)
        wanted = 3 * runner.engine.count_tokens(text) + 24
        budget = runner.answer_budget(messages, wanted, param="text")
        sampling = SamplingParams(temperature=0.0 if attempt == 0 else 0.4, top_p=0.95,
                                  max_tokens=budget, stop=_STOP, seed=attempt,
                                  repeat_penalty=1.0)
        raw = (await runner.complete(messages, sampling)).strip()
        return _strip_label(raw, self.target)

    def _problems(self, masked: Masked, raw: str, text: str) -> int:
        """What is wrong with `raw` (the model's answer; `text`, restored) as the
        translation of `masked`: sentences left untranslated, a sentence count that
        differs, example texts of the prompt."""
        original = restore(masked.text, masked)[0]
        return (len(untranslated_sentences(original, text, source=self.source,
                                           target=self.target))
                + (sentence_mismatch(masked.text, raw) is not None)
                + len(leaked_examples(raw, masked.text,
                                      few_shot_examples(self.source, self.target))))


def _strip_label(text: str, target: str) -> str:
    """Drop a "French:" label some models repeat before the translation."""
    label = f"{language_name(target)}:"
    return text[len(label):].strip() if text.startswith(label) else text
