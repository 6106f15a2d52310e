"""The on-topic evaluation of chat: 20 simple questions, English and French.

An answer counts as on topic when it contains one of the question's expected words. It
runs against any server that speaks the OpenAI API (Veilleur on any backend, or another),
with greedy decoding so that a run is repeatable.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

import httpx

__all__ = ["ChatEvalResult", "load_questions", "run_chat_eval"]


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


def run_chat_eval(
    base_url: str, *, max_tokens: int = 64, api_key: str | None = None
) -> list[ChatEvalResult]:
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    results = []
    with httpx.Client(base_url=base_url, headers=headers, timeout=300) as client:
        model = client.get("/v1/models").json()["data"][0]["id"]
        for item in load_questions():
            started = time.perf_counter()
            response = client.post(
                "/v1/chat/completions",
                json={
                    "model": model,
                    "messages": [{"role": "user", "content": item["question"]}],
                    "temperature": 0,
                    "max_tokens": max_tokens,
                },
            )
            response.raise_for_status()
            answer = response.json()["choices"][0]["message"]["content"]
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
