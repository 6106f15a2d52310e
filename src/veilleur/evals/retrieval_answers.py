"""`veilleur eval retrieval --answers N`: does the chat's answer cite a passage that holds
the answer?

Through the running server's conversation API, the way a person uses it: for each
document of the set, a conversation, the document uploaded as an attachment (indexed by
the server in the background: waited for until ``ready``), then each of its questions
asked as a first message (the first question sent, the next ones as new versions of it:
every question is answered with no history). The answer's stored citations
(`meta.citations`, those it writes ``[n]`` marked ``cited``) are scored:

- **cites a correct passage**: one of the passages it cites contains the question's
  expected phrase (`EvalQuestion.expect`);
- **cites anything**: it writes at least one ``[n]`` naming a passage it was given;
- **a correct passage was given**: retrieval put a passage with the phrase in the
  prompt at all (the ceiling of the first measure);
- **phrase in the answer**: the answer's text itself contains the expected phrase.

`N` bounds the run: the first N questions of the set, round-robin over the documents so
that a small N still covers each of them.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from veilleur.evals.retrieval import DEFAULT_DATA, EvalQuestion, load_set

__all__ = ["AnswerScore", "AnswersEvalResult", "answers_report", "run_answers_eval"]

P = "/api/conversations"


@dataclass(frozen=True)
class AnswerScore:
    question: EvalQuestion
    answer: str
    cited_correct: bool
    cited_any: bool
    given_correct: bool
    phrase_in_answer: bool
    seconds: float


@dataclass
class AnswersEvalResult:
    model: str
    scores: list[AnswerScore] = field(default_factory=list)
    seconds_indexing: float = 0.0

    def share(self, attribute: str) -> float:
        if not self.scores:
            return 0.0
        return sum(bool(getattr(s, attribute)) for s in self.scores) / len(self.scores)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


def pick(questions: Sequence[EvalQuestion], n: int) -> list[EvalQuestion]:
    """The first `n` questions, taken in turn from each document (set order kept)."""
    by_document: dict[str, list[EvalQuestion]] = {}
    for q in questions:
        by_document.setdefault(q.document, []).append(q)
    out: list[EvalQuestion] = []
    queues = list(by_document.values())
    while len(out) < n and any(queues):
        for queue in queues:
            if queue and len(out) < n:
                out.append(queue.pop(0))
    return out


def score(question: EvalQuestion, attachment_id: str, reply: dict[str, Any], seconds: float
          ) -> AnswerScore:
    """One answer's scores from its stored reply (`meta.citations`)."""
    citations = [c for c in (reply.get("meta") or {}).get("citations") or []
                 if isinstance(c, dict)]
    expect = _norm(question.expect)

    def correct(c: dict[str, Any]) -> bool:
        return c.get("attachment_id") == attachment_id and expect in _norm(str(c.get("text")))

    content = reply.get("content") or ""
    return AnswerScore(
        question=question, answer=content,
        cited_correct=any(c.get("cited") and correct(c) for c in citations),
        cited_any=any(c.get("cited") for c in citations),
        given_correct=any(correct(c) for c in citations),
        phrase_in_answer=expect in _norm(content), seconds=seconds)


def run_answers_eval(client: Any, n: int, *, directory: Path = DEFAULT_DATA,
                     max_tokens: int = 96, wait_s: float = 1800.0) -> AnswersEvalResult:
    """Ask `n` questions of the set through the server's conversation API (`client`: a
    `veilleur.client` client) and score the answers' citations.

    Raises:
        TimeoutError: an attachment was not indexed within `wait_s`.
        RuntimeError: the server failed to index one (its reason).
    """
    documents, questions = load_set(directory)
    chosen = pick(questions, n)
    result = AnswersEvalResult(model=client.model_id())
    for document_id in dict.fromkeys(q.document for q in chosen):
        language, text = documents[document_id]
        conversation = client.request("POST", P, json={
            "title": f"eval retrieval: {document_id}"}).json()["id"]
        started = time.monotonic()
        uploaded = client.request(
            "POST", f"{P}/{conversation}/attachments",
            files={"files": (f"{document_id}.{language}.md", text.encode(), "text/markdown")},
        ).json()["data"][0]
        _wait_ready(client, conversation, uploaded["id"], wait_s)
        result.seconds_indexing += time.monotonic() - started
        first: str | None = None
        for question in (q for q in chosen if q.document == document_id):
            asked = time.monotonic()
            body = {"content": question.question, "stream": False, "temperature": 0,
                    "max_tokens": max_tokens}
            if first is None:
                turn = client.request("POST", f"{P}/{conversation}/messages", json=body).json()
                first = turn["user_message"]["id"]
            else:  # a new version of the first question: no history
                turn = client.request("POST", f"{P}/{conversation}/messages/{first}/edit",
                                      json=body).json()
            result.scores.append(score(question, uploaded["id"], turn["assistant_message"],
                                       time.monotonic() - asked))
        client.request("DELETE", f"{P}/{conversation}")
    return result


def _wait_ready(client: Any, conversation: str, attachment_id: str, wait_s: float) -> None:
    deadline = time.monotonic() + wait_s
    while True:
        listed = client.request("GET", f"{P}/{conversation}/attachments").json()["data"]
        indexing = next(a for a in listed if a["id"] == attachment_id)["indexing"]
        if indexing["state"] == "ready":
            return
        if indexing["state"] in ("failed", "none"):
            raise RuntimeError(f"the server did not index {attachment_id}: {indexing}")
        if time.monotonic() > deadline:
            raise TimeoutError(f"attachment {attachment_id} not indexed after {wait_s:.0f} s "
                               f"({indexing['done']}/{indexing['total']} passages)")
        time.sleep(0.5)


def answers_report(result: AnswersEvalResult) -> str:
    """The Markdown of the answers pass."""
    n = len(result.scores)
    lines = [
        f"**Answers of {result.model}** over the retrieved passages — {n} questions, "
        f"indexing {result.seconds_indexing:.0f} s, answering "
        f"{sum(s.seconds for s in result.scores):.0f} s.", "",
        "| cites a correct passage | cites anything | a correct passage was given | "
        "expected phrase in the answer |",
        "| --- | --- | --- | --- |",
        f"| {result.share('cited_correct'):.2f} | {result.share('cited_any'):.2f} | "
        f"{result.share('given_correct'):.2f} | {result.share('phrase_in_answer'):.2f} |",
        "",
        "| lang | question | cites correct | cites any | answer |",
        "| --- | --- | --- | --- | --- |",
    ]
    yes = {True: "yes", False: "no"}
    for s in result.scores:
        answer = " ".join(s.answer.split())[:100].replace("|", "\\|")
        lines.append(f"| {s.question.lang} | {s.question.question.replace('|', '/')} | "
                     f"{yes[s.cited_correct]} | {yes[s.cited_any]} | {answer} |")
    lines.append("")
    return "\n".join(lines)
