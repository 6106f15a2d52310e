"""The on-topic evaluation of chat: 20 simple questions, English and French.

An answer counts as on topic when it contains one of the question's expected words. It
runs through a `veilleur.client.Client` against the OpenAI API of the server (Veilleur on
any backend), with greedy decoding so that a run is repeatable.
"""

from __future__ import annotations

import datetime
import json
import platform
import time
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from veilleur.client import Client

__all__ = ["ChatEvalResult", "load_questions", "report", "run_chat_eval", "summary"]


@dataclass(frozen=True)
class ChatEvalResult:
    lang: str
    question: str
    answer: str
    on_topic: bool  # the answer addresses the question
    correct: bool  # the answer contains an expected word
    same_language: bool  # the answer is in the question's language
    seconds: float


_FUNCTION_WORDS = {
    "fr": {"le", "la", "les", "est", "une", "un", "des", "de", "du", "et", "en", "il", "elle"},
    "en": {"the", "is", "a", "an", "of", "and", "in", "it", "to", "are", "was", "on"},
}


def guess_language(text: str) -> str | None:
    """`fr` or `en` by the function words the text uses; None when they do not tell."""
    words = [w.strip(".,;:!?«»()'\"").lower() for w in text.replace("'", " ").split()]
    scores = {lang: sum(w in vocab for w in words) for lang, vocab in _FUNCTION_WORDS.items()}
    if scores["fr"] == scores["en"]:
        return None
    return max(scores, key=lambda lang: scores[lang])


def load_questions() -> list[dict[str, Any]]:
    text = files("veilleur.evals").joinpath("data/chat_questions.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def run_chat_eval(client: Client, *, max_tokens: int = 64) -> list[ChatEvalResult]:
    """Ask every question through `client` (greedy, not streamed); one result each."""
    results = []
    model = client.model_id()
    for item in load_questions():
        started = time.perf_counter()
        response = client.create_chat_completion(
            [{"role": "user", "content": item["question"]}],
            model=model,
            temperature=0,
            max_tokens=max_tokens,
        )
        answer = response["choices"][0]["message"]["content"]
        lowered = answer.lower()
        correct = any(word in lowered for word in item["expect"])
        on_topic = correct or any(word in lowered for word in item["topic"])
        results.append(
            ChatEvalResult(
                item["lang"],
                item["question"],
                answer,
                on_topic,
                correct,
                guess_language(answer) in (None, item["lang"]),
                time.perf_counter() - started,
            )
        )
    return results


def summary(results: list[ChatEvalResult]) -> str:
    """One line: on topic, correct and same-language counts, overall and per language."""
    parts = []
    for label, attr in (
        ("on topic", "on_topic"),
        ("correct", "correct"),
        ("in the question's language", "same_language"),
    ):
        per_lang = ", ".join(
            f"{lang}: {sum(getattr(r, attr) for r in results if r.lang == lang)}"
            f"/{sum(r.lang == lang for r in results)}"
            for lang in ("en", "fr")
        )
        parts.append(
            f"{sum(getattr(r, attr) for r in results)}/{len(results)} {label} ({per_lang})"
        )
    return "; ".join(parts)


def report(results: list[ChatEvalResult], model: str, started: datetime.datetime) -> str:
    """The Markdown report (`docs/quality.md`) of a run that began at `started`."""
    yes = {True: "yes", False: "no"}
    lines = [
        "# Quality of the default model",
        "",
        "## Chat: on-topic answers (`veilleur eval chat`)",
        "",
        f"Model `{model}`, greedy decoding, max 64 tokens; run on {started:%Y-%m-%d} "
        f"({platform.machine()}, {platform.system()}).",
        "Command: `make eval` (`veilleur eval chat --output docs/quality.md`).",
        "",
        f"**{summary(results)}**",
        "",
        "| lang | on topic | correct | same language | question | answer |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        answer = r.answer.replace("|", "\\|").replace("\n", " ")
        lines.append(
            f"| {r.lang} | {yes[r.on_topic]} | {yes[r.correct]} | {yes[r.same_language]} "
            f"| {r.question} | {answer} |"
        )
    return "\n".join(lines) + "\n"
