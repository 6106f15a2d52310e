"""Passages: cut at headings, paragraphs, pages and sentences, each with its exact
position, on French and English text."""

from __future__ import annotations

import pytest

from veilleur.retrieval.passages import estimate_tokens, split_passages

FRENCH = """# Chapitre 1 : Le projet

Le projet commence en janvier.

Il durera deux ans.

## Risques
Les risques sont nombreux. Le premier est financier : le budget peut manquer. \
Le second est humain ; l'équipe est petite. « Qui remplacera la cheffe ? » demande-t-on.

# Chapitre 2

Une conclusion brève.
"""

ENGLISH = ("# Report\n\n" + " ".join(
    f"Sentence number {i} explains one more detail of the plan." for i in range(60))
    + "\n\n## Budget\n\nThe budget is two million euros.")


def _check_offsets(text: str, passages) -> None:  # type: ignore[no-untyped-def]
    for ordinal, passage in enumerate(passages):
        assert passage.ordinal == ordinal
        assert passage.text == text[passage.char_start:passage.char_end]
        assert passage.text == passage.text.strip()
    starts = [p.char_start for p in passages]
    assert starts == sorted(starts)


def test_french_headings_give_the_path_and_short_paragraphs_merge() -> None:
    passages = split_passages(FRENCH, target_chars=200, max_chars=400)
    _check_offsets(FRENCH, passages)
    assert [p.heading_path for p in passages] == [
        "Chapitre 1 : Le projet", "Chapitre 1 : Le projet > Risques", "Chapitre 2"]
    assert passages[0].text == "Le projet commence en janvier.\n\nIl durera deux ans."
    assert passages[1].text.startswith("Les risques sont nombreux.")  # heading line dropped
    assert passages[1].indexed_text.startswith("Chapitre 1 : Le projet > Risques\n\n")
    assert all(p.page is None for p in passages)


def test_a_long_english_paragraph_is_cut_at_sentence_ends() -> None:
    passages = split_passages(ENGLISH, target_chars=300, max_chars=500)
    _check_offsets(ENGLISH, passages)
    body = [p for p in passages if p.heading_path == "Report"]
    assert len(body) > 5
    for passage in body:
        assert len(passage.text) <= 300
        assert passage.text.startswith("Sentence number ") and passage.text.endswith("plan.")
    assert passages[-1].heading_path == "Report > Budget"
    assert passages[-1].text == "The budget is two million euros."


def test_french_sentences_ending_in_quotes_are_kept_whole() -> None:
    text = " ".join(["« Est-ce prêt ? » Oui. Le comité a validé le budget."] * 30)
    passages = split_passages(text, target_chars=120, max_chars=200)
    _check_offsets(text, passages)
    assert all(p.text.startswith("« Est-ce prêt ? »") for p in passages)


def test_page_breaks_give_pages_and_end_passages() -> None:
    text = "# Intro\n\nPremière page.\fSecond page, same section.\n\nMore.\f\fLast page."
    passages = split_passages(text)
    _check_offsets(text, passages)
    assert [(p.page, p.heading_path, p.text) for p in passages] == [
        (1, "Intro", "Première page."),
        (2, "Intro", "Second page, same section.\n\nMore."),
        (4, "Intro", "Last page."),
    ]


def test_a_sentence_longer_than_the_maximum_is_cut_at_spaces() -> None:
    text = "mot " * 1000
    passages = split_passages(text, target_chars=100, max_chars=150)
    _check_offsets(text, passages)
    assert all(len(p.text) <= 150 for p in passages)
    assert sum(len(p.text.split()) for p in passages) == 1000


def test_html_and_docx_headings_as_the_readers_write_them() -> None:
    text = "# Title\n\n## Section A\n\n### Sub\n\nBody.\n\n## Section B\n\nOther."
    assert [(p.heading_path, p.text) for p in split_passages(text)] == [
        ("Title > Section A > Sub", "Body."), ("Title > Section B", "Other.")]


def test_empty_text_and_bad_sizes() -> None:
    assert split_passages("") == []
    assert split_passages("  \n\n \f ") == []
    with pytest.raises(ValueError, match="target_chars"):
        split_passages("x", target_chars=0)
    assert estimate_tokens("a" * 40) == 10
