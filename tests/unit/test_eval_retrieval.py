"""`veilleur eval retrieval`: the set loads and is consistent, the hashing baseline's
scores are what docs/retrieval.md reports, and the citation check."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from veilleur.cli import app
from veilleur.evals.retrieval import (
    answer_cites_correct_passage,
    hashing_embedder,
    load_set,
    run_retrieval_eval,
)
from veilleur.retrieval.service import RetrievedPassage


def test_the_set_has_41_questions_in_french_and_english_over_five_documents() -> None:
    documents, questions = load_set()
    assert len(documents) == 5 and len(questions) == 41
    assert {q.lang for q in questions} == {"fr", "en"}
    assert {lang for lang, _ in documents.values()} == {"fr", "en"}


def test_a_phrase_not_in_its_document_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.en.md").write_text("Hello world.")
    (tmp_path / "questions.jsonl").write_text(json.dumps(
        {"lang": "en", "question": "?", "document": "a", "expect": "missing"}) + "\n")
    with pytest.raises(ValueError, match="'missing' is not in 'a'"):
        load_set(tmp_path)


def test_the_hashing_baseline_scores_as_documented() -> None:
    result = asyncio.run(run_retrieval_eval(hashing_embedder(), "hashing"))
    assert result.passages == 43
    assert round(result.scores["text"].recall(1), 2) == 0.90
    assert round(result.scores["hybrid"].recall(3), 2) == 0.90
    assert round(result.scores["vector"].mrr(), 3) == 0.715


def test_the_command_prints_and_writes_the_report(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    result = CliRunner().invoke(app, ["eval", "retrieval", "--embedder", "hashing",
                                      "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "| hybrid | 0.78 | 0.90 | 0.95 | 0.844 |" in out.read_text()


def _passage(citation: int, document_id: str, text: str) -> RetrievedPassage:
    return RetrievedPassage(citation, citation, document_id, 0, None, "", text, 0, len(text),
                            "en", 1.0, 5)


def test_an_answer_cites_a_correct_passage_only_by_a_number_it_was_given() -> None:
    given = [_passage(1, "orchard", "Plant between November and March."),
             _passage(2, "water", "2,35 euros le mètre cube.")]
    assert answer_cites_correct_passage("In winter [1].", given, "November and March")
    assert not answer_cites_correct_passage("In winter [2].", given, "November and March")
    assert not answer_cites_correct_passage("In winter [7].", given, "November")
    assert not answer_cites_correct_passage("In winter.", given, "November")
    assert not answer_cites_correct_passage("[1]", given, "November", document_id="water")
