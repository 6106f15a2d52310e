"""Translation that keeps a document's structure and protected spans intact.

The text is split into Markdown lines (`markdown`); each line's words are translated
alone, protected spans hidden behind markers (`protect`), so the structure, code, URLs,
numbers and placeholders come out as they went in, and glossary terms come out as their
required translation. A line that lost a marker is tried once more with a little
sampling; whatever is still lost is reported in the result's `checks`, never hidden.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field

from veilleur.engine.base import SamplingParams
from veilleur.errors import InvalidRequestError
from veilleur.languages import check_language, detect, language_name
from veilleur.tasks.text import markdown
from veilleur.tasks.text.common import check_text
from veilleur.tasks.text.events import TextEvent
from veilleur.tasks.text.prompts import translation_messages
from veilleur.tasks.text.protect import Masked, mask, protected_spans, restore
from veilleur.tasks.text.runner import Result, Runner

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

    async def steps(self, runner: Runner) -> AsyncIterator[TextEvent | Result]:
        lines = markdown.split(self.document)
        units = list(dict.fromkeys(u for line in lines for u in line.units))
        translated: dict[str, str] = {}
        untranslated: list[str] = []
        done = 0
        yield TextEvent("progress", {"stage": "translate", "done": 0, "total": len(units)})
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
                yield TextEvent("progress", {"stage": "translate", "done": done,
                                             "total": len(units)})
            piece = markdown.join([line], translated)
            if index < len(lines) - 1:
                piece += "\n"
            runner.show(piece)
            yield TextEvent("delta", {"text": piece})
        output = markdown.join(lines, translated)
        checks = self._checks(output, untranslated)
        fields = {"source_language": self.source, "source_detected": self.source_detected,
                  "target_language": self.target, "checks": checks,
                  "complete": checks["preserved"] and not checks["untranslated"]
                  and all(checks["glossary"].values())}
        if not fields["complete"]:
            runner.warnings.append({
                "code": "incomplete_translation",
                "message": "the translation lost protected text, left lines untranslated or "
                           "missed glossary terms: see `checks`"})
        yield Result(output, fields)

    async def _translate(self, runner: Runner, masked: Masked) -> tuple[str, bool]:
        """The line translated and restored, and whether it kept every marker."""
        messages = translation_messages(masked.text, self.source, self.target)
        wanted = 3 * runner.backend.count_tokens(masked.text) + 24
        budget = runner.answer_budget(messages, wanted, param="text")
        best: tuple[str, list[str]] | None = None
        for attempt in range(2):
            sampling = SamplingParams(temperature=0.0 if attempt == 0 else 0.4, top_p=0.95,
                                      max_tokens=budget, stop=_STOP, seed=attempt,
                                      repeat_penalty=1.0)
            raw = (await runner.complete(messages, sampling)).strip()
            raw = _strip_label(raw, self.target)
            if not raw:
                continue
            text, lost = restore(raw, masked)
            if best is None or len(lost) < len(best[1]):
                best = (text, lost)
            if not lost:
                break
        if best is None:
            return restore(masked.text, masked)[0], False
        return best[0], True

    def _checks(self, output: str, untranslated: list[str]) -> dict[str, object]:
        missing = protected_spans(self.document) - protected_spans(output)
        fences_in = [line for line in self.document.split("\n") if line.strip().startswith("`")]
        fences_out = [line for line in output.split("\n") if line.strip().startswith("`")]
        glossary = {}
        for term, translation in self.glossary.items():
            if re.search(rf"(?<!\w){re.escape(term)}(?!\w)", self.document, re.IGNORECASE):
                glossary[term] = translation.lower() in output.lower()
        return {"preserved": not missing and fences_in == fences_out,
                "lost": sorted(missing.elements()),
                "untranslated": untranslated, "glossary": glossary}


def _strip_label(text: str, target: str) -> str:
    """Drop a "French:" label some models repeat before the translation."""
    label = f"{language_name(target)}:"
    return text[len(label):].strip() if text.startswith(label) else text
