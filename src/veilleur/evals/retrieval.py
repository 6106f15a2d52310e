"""`veilleur eval retrieval`: recall@k and MRR of passage retrieval on a small public set.

The set (data/retrieval/, provenance in its PROVENANCE.md): five short public-domain
documents in French and English and 41 questions, each naming its document and a
phrase the answering passage contains. The documents are ingested into a throw-away
store (SQLite by default) with `RetrievalService`; each question is searched three ways
(vector only, full text only, hybrid RRF) and the rank of the first passage that
contains the phrase is kept.

- recall@k: the share of questions whose answering passage is among the first k;
- MRR: the mean of 1/rank of the answering passage (0 when not in the first 10).

Embeddings come from a server's ``POST /v1/embeddings`` (`ClientEmbedder`: the default
model, or whatever the server serves) and/or from the hashing baseline
(`HashingEmbedder`, a bag of words: a lexical reference, not a model).

Whether a model's answer cites a correct passage is `answer_cites_correct_passage`; the
chat's evaluation calls it with the passages it gave the model.
"""

from __future__ import annotations

import asyncio
import json
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from veilleur.retrieval.hashing import HashingEmbedder
from veilleur.retrieval.index import SearchMode, open_index
from veilleur.retrieval.service import RetrievalService, RetrievedPassage, cited_numbers
from veilleur.types import EmbeddingResult

__all__ = [
    "DEFAULT_DATA",
    "ClientEmbedder",
    "EvalQuestion",
    "ModeScores",
    "RetrievalEvalResult",
    "answer_cites_correct_passage",
    "load_set",
    "report",
    "run_retrieval_eval",
]

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "data" / "retrieval"
MODES: tuple[SearchMode, ...] = ("vector", "text", "hybrid")
KS = (1, 3, 5)
DEPTH = 10
OWNER = "eval"


@dataclass(frozen=True)
class EvalQuestion:
    lang: str
    question: str
    document: str
    expect: str


@dataclass
class ModeScores:
    """Ranks of the answering passage (None: not in the first `DEPTH`) per question."""

    ranks: list[int | None] = field(default_factory=list)

    def recall(self, k: int) -> float:
        return sum(1 for r in self.ranks if r is not None and r <= k) / max(1, len(self.ranks))

    def mrr(self) -> float:
        return sum(1 / r for r in self.ranks if r is not None) / max(1, len(self.ranks))


@dataclass
class RetrievalEvalResult:
    embedder: str
    database: str
    documents: int
    passages: int
    questions: list[EvalQuestion]
    languages: dict[str, str]
    scores: dict[SearchMode, ModeScores]
    seconds_ingest: float

    def subset(self, mode: SearchMode, which: str) -> ModeScores:
        """Scores of the French, English or cross-language questions only."""
        picked = ModeScores()
        for question, rank in zip(self.questions, self.scores[mode].ranks, strict=True):
            cross = self.languages[question.document] != question.lang
            if (which == "cross" and cross) or (not cross and question.lang == which):
                picked.ranks.append(rank)
        return picked


class ClientEmbedder:
    """The `Embedder` protocol over a server's ``POST /v1/embeddings`` (a `Client`)."""

    def __init__(self, client: Any, model: str):
        self._client = client
        self._model = model

    async def embed(self, texts: Sequence[str], *, dimensions: int | None = None
                    ) -> EmbeddingResult:
        def call() -> EmbeddingResult:
            body = self._client.request("POST", "/v1/embeddings", json={
                "model": self._model, "input": list(texts)}).json()
            rows = sorted(body["data"], key=lambda row: row["index"])
            return EmbeddingResult(vectors=[row["embedding"] for row in rows],
                                   prompt_tokens=int(body.get("usage", {}).get(
                                       "prompt_tokens", 0)))

        return await asyncio.to_thread(call)

    async def aclose(self) -> None:
        return None


def load_set(directory: Path = DEFAULT_DATA
             ) -> tuple[dict[str, tuple[str, str]], list[EvalQuestion]]:
    """The documents ({id: (language, text)}, from ``ID.LANG.md``) and the questions.

    Raises:
        ValueError: a question names an unknown document or a phrase not in it.
    """
    documents: dict[str, tuple[str, str]] = {}
    for path in sorted(directory.glob("*.*.md")):
        document_id, language = path.name.removesuffix(".md").rsplit(".", 1)
        documents[document_id] = (language, path.read_text(encoding="utf-8"))
    questions = [EvalQuestion(**json.loads(line)) for line in
                 (directory / "questions.jsonl").read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    for q in questions:
        if q.document not in documents or _norm(q.expect) not in _norm(documents[q.document][1]):
            raise ValueError(f"question {q.question!r}: {q.expect!r} is not in {q.document!r}")
    return documents, questions


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


async def run_retrieval_eval(embedder: Any, name: str, *, directory: Path = DEFAULT_DATA,
                             database_url: str | None = None, batch_size: int = 16
                             ) -> RetrievalEvalResult:
    """Ingest the set with `embedder` and score the three search modes."""
    import time

    from veilleur.store.db import open_database

    documents, questions = load_set(directory)
    with tempfile.TemporaryDirectory(prefix="veilleur-eval-retrieval-") as scratch:
        url = database_url or f"sqlite:///{Path(scratch) / 'eval.db'}"
        engine, _ = open_database(url)
        try:
            index = open_index(engine)
            service = RetrievalService(index, embedder, batch_size=batch_size)
            for document_id in documents:  # a reused database: start from nothing
                await asyncio.to_thread(index.delete, document_id)
            started = time.perf_counter()
            passages = 0
            for document_id, (language, text) in documents.items():
                passages += await service.ingest(document_id, OWNER, text, language)
            seconds = time.perf_counter() - started
            vectors: list[list[float]] = []
            texts = [q.question for q in questions]
            for start in range(0, len(texts), batch_size):
                vectors.extend((await embedder.embed(texts[start:start + batch_size])).vectors)
            scores: dict[SearchMode, ModeScores] = {}
            for mode in MODES:
                scores[mode] = ModeScores()
                for question, vector in zip(questions, vectors, strict=True):
                    hits = await asyncio.to_thread(index.search, OWNER, question.question,
                                                   vector, DEPTH, mode=mode)
                    rank = next((r for r, hit in enumerate(hits, 1)
                                 if hit.document_id == question.document
                                 and _norm(question.expect) in _norm(hit.text)), None)
                    scores[mode].ranks.append(rank)
        finally:
            engine.dispose()
    return RetrievalEvalResult(
        embedder=name, database=engine.dialect.name, documents=len(documents),
        passages=passages, questions=questions,
        languages={d: lang for d, (lang, _) in documents.items()}, scores=scores,
        seconds_ingest=seconds)


def answer_cites_correct_passage(answer: str, passages: Sequence[RetrievedPassage],
                                 expect: str, document_id: str | None = None) -> bool:
    """Whether `answer` cites (``[n]``) a passage it was given that contains `expect`
    (of `document_id` when given). A citation number it was not given counts for
    nothing."""
    given = {p.citation: p for p in passages}
    for number in cited_numbers(answer):
        passage = given.get(number)
        if passage is None or (document_id is not None and passage.document_id != document_id):
            continue
        if _norm(expect) in _norm(passage.text):
            return True
    return False


def report(results: Sequence[RetrievalEvalResult], command: str) -> str:
    """The Markdown tables of `results` (one block per embedder)."""
    lines = [f"Command: `{command}`", ""]
    for result in results:
        lines += [
            f"**{result.embedder}** — {result.documents} documents, {result.passages} passages, "
            f"{len(result.questions)} questions, {result.database}; ingestion "
            f"{result.seconds_ingest:.1f} s.", "",
            "| search | recall@1 | recall@3 | recall@5 | MRR@10 | FR recall@3 | EN recall@3 "
            "| cross-language recall@3 |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for mode in MODES:
            s = result.scores[mode]
            fr, en, cross = (result.subset(mode, w) for w in ("fr", "en", "cross"))
            lines.append(
                f"| {mode} | {s.recall(1):.2f} | {s.recall(3):.2f} | {s.recall(5):.2f} | "
                f"{s.mrr():.3f} | {fr.recall(3):.2f} ({len(fr.ranks)}) | "
                f"{en.recall(3):.2f} ({len(en.ranks)}) | {cross.recall(3):.2f} "
                f"({len(cross.ranks)}) |")
        lines.append("")
    return "\n".join(lines)


def hashing_embedder() -> HashingEmbedder:
    """The lexical baseline the command uses (256 hashed dimensions)."""
    return HashingEmbedder(256)
