"""The answers pass of `veilleur eval retrieval` (veilleur.evals.retrieval_answers): which
questions it asks, and how a stored reply's citations are scored."""

from __future__ import annotations

from veilleur.evals.retrieval import EvalQuestion, load_set
from veilleur.evals.retrieval_answers import AnswersEvalResult, answers_report, pick, score

Q = EvalQuestion(lang="en", question="When are apple trees pruned?", document="orchard",
                 expect="late winter")


def _reply(content: str, *citations: dict[str, object]) -> dict[str, object]:
    return {"content": content, "meta": {"citations": list(citations)}}


def _citation(number: int, text: str, *, cited: bool, attachment: str = "a1"
              ) -> dict[str, object]:
    return {"number": number, "attachment_id": attachment, "text": text, "cited": cited}


def test_a_small_subset_takes_questions_from_each_document_in_turn() -> None:
    _, questions = load_set()
    chosen = pick(questions, 5)
    assert len(chosen) == 5 and len({q.document for q in chosen}) == 5
    everything = pick(questions, 1000)
    assert len(everything) == len(questions) and set(everything) == set(questions)


def test_scores_read_the_stored_citations() -> None:
    right = _citation(1, "Pruned in  Late\nWinter, buds closed.", cited=True)
    wrong = _citation(2, "Pears are watered.", cited=True)
    given = _citation(1, "Pruned in late winter.", cited=False)
    other_file = _citation(1, "Pruned in late winter.", cited=True, attachment="a2")

    s = score(Q, "a1", _reply("In late winter [1].", right), 1.0)
    assert (s.cited_correct, s.cited_any, s.given_correct, s.phrase_in_answer) == \
        (True, True, True, True)
    s = score(Q, "a1", _reply("See [2].", given, wrong), 1.0)
    assert (s.cited_correct, s.cited_any, s.given_correct) == (False, True, True)
    s = score(Q, "a1", _reply("In winter.", given), 1.0)
    assert (s.cited_correct, s.cited_any, s.given_correct, s.phrase_in_answer) == \
        (False, False, True, False)
    s = score(Q, "a1", _reply("[1]", other_file), 1.0)  # another attachment's passage
    assert not s.cited_correct and not s.given_correct
    s = score(Q, "a1", {"content": "No documents.", "meta": {}}, 1.0)
    assert not (s.cited_correct or s.cited_any or s.given_correct)


def test_the_report_has_the_shares_and_each_answer() -> None:
    result = AnswersEvalResult(model="m", scores=[
        score(Q, "a1", _reply("In late winter [1].", _citation(1, "late winter", cited=True)),
              2.0),
        score(Q, "a1", _reply("No | idea."), 1.0)])
    text = answers_report(result)
    assert "| 0.50 | 0.50 | 0.50 | 0.50 |" in text
    assert "No \\| idea." in text and "2 questions" in text
