"""Checks on what a text task produced, made after the model wrote it and reported, never
hidden: sentences still in the source language, sentences dropped or added, and a
prompt's own example texts copied into the output (a small model that cannot read its
input tends to answer with the example it was shown).

The language of each sentence is told by the same lingua detector as the rest of
Veilleur (`veilleur.languages.detect`), which knows the six supported languages: a
sentence in a best-effort language is only caught when it is copied unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from veilleur.languages import detect
from veilleur.tasks.text.protect import protected_spans

__all__ = ["leaked_examples", "sentence_mismatch", "sentences", "untranslated_sentences"]

# A sentence ends at . ! ? … (and closing quotes or brackets) followed by a space and
# something that can start one: a capital, a digit, an opening quote, a marker.
_END = re.compile(r"(?<=[.!?…])[\"'»”’)\]]*\s+(?=[\"'«“‘(\[¿¡]?[A-ZÀ-ÖØ-Þ0-9])")
# Words before a full stop that does not end a sentence ("M. Dupont", "e.g. bread").
_ABBREVIATIONS = frozenset({
    "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "pr", "prof", "st", "sr", "sra",
    "srta", "hr", "fr", "nr", "dott", "sig", "sgt", "gen", "etc", "e.g", "i.e", "cf", "vs",
    "no", "nº", "art", "pp", "vol", "ch", "fig", "av", "bd", "j.-c",
})
_MIN_WORDS = 3  # shorter sentences (names, "OK.") cannot be told apart reliably
_WORD = re.compile(r"[^\W\d_]{2,}")
_MARKER = re.compile(r"\\\[\d+\\\]")


def sentences(text: str) -> list[str]:
    """The sentences of `text` (one line of it), in order."""
    out: list[str] = []
    start = 0
    for match in _END.finditer(text):
        before = text[start:match.start()].rstrip("\"'»”’)]")
        word = before.rsplit(None, 1)[-1].rstrip(".") if before.split() else ""
        if word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
            continue  # "Mr. Smith", "J. Smith", "M. Dupont": not the end of a sentence
        out.append(text[start:match.start()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


def untranslated_sentences(
    original: str, translation: str, *, source: str, target: str
) -> list[str]:
    """Sentences of `translation` that are still in the `source` language: detected as
    `source` (not `target`), or copied unchanged from `original`."""
    if source == target:
        return []
    kept = {_normal(s) for s in sentences(original) if len(_WORD.findall(s)) >= _MIN_WORDS}
    out = []
    for sentence in sentences(translation):
        if len(_WORD.findall(sentence)) < _MIN_WORDS:
            continue
        if _normal(sentence) in kept or detect(sentence, default=target) == source:
            out.append(sentence)
    return out


def sentence_mismatch(original: str, translation: str) -> dict[str, object] | None:
    """How a translation's sentences differ from its source's (None: they do not).

    A different count is a dropped or added sentence. With the same count, the protected
    spans (numbers, URLs, markers… see `protect`) of each source sentence must be in the
    sentence at the same place: `misaligned_sentence` is the first (1-based) that is not.
    """
    ours, theirs = sentences(original), sentences(translation)
    report: dict[str, object] = {"source": original, "translation": translation,
                                 "source_sentences": len(ours),
                                 "translated_sentences": len(theirs)}
    if len(ours) != len(theirs):
        return report
    for i, (a, b) in enumerate(zip(ours, theirs, strict=True), 1):
        if protected_spans(a) != protected_spans(b):
            return {**report, "misaligned_sentence": i}
    return None


def leaked_examples(output: str, source: str, examples: Iterable[Sequence[str]]) -> list[str]:
    """The example texts of a prompt that appear in `output` although `source` does not
    account for them.

    Each example is ``(text, *justifications)``: `text` (or one of its clauses of four
    words or more) in the output is a leak unless the source contains it or one of its
    justifications (the sentence the example translates, for a translation). Markers
    such as ``[1]`` in an example match any short span, so that an example comes back
    whether or not its markers were restored.
    """
    found: list[str] = []
    for text, *justifications in examples:
        if text in found or not any(p.search(output) for p in _patterns(text)):
            continue
        if any(p.search(source) for j in (text, *justifications) for p in _patterns(j)):
            continue
        found.append(text)
    return found


def _patterns(text: str) -> list[re.Pattern[str]]:
    """`text` whole and each of its clauses of at least four words, as patterns."""
    clauses = [c for c in re.split(r"[.;:!?…]\s+|\s+[;:]\s*", text.strip())
               if len(c.split()) >= 4]
    return [_pattern(c) for c in dict.fromkeys([text, *clauses])]


def _pattern(text: str) -> re.Pattern[str]:
    escaped = re.escape(text.strip().rstrip(".!?…"))
    escaped = _MARKER.sub(".{1,40}?", escaped)
    escaped = re.sub(r"(?:\\ )+", r"\\s+", escaped)
    return re.compile(escaped, re.IGNORECASE)


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())
