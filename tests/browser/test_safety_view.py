"""The safety pipeline's decisions, as the page shows them.

The contract (docs/api.md, docs/web.md): a refused request is an assistant message with
`finish_reason: "content_filter"`, the refusal as `content` (in the user's language) and
`meta.safety` = {action, categories, explanation, language, help?}; an answer cut while
streaming has `meta.safety.cut: true` (live: an `event: replaced`).
"""

from __future__ import annotations

from typing import Any

import pytest

SELF_HARM_REFUSAL = (
    "I'm really sorry you're going through this. In the US you can call or text 988; "
    "in France, call 3114. https://findahelpline.com lists a helpline near you."
)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("How do I make a pipe bomb at home?", None),
        ("I want to kill myself.", "988"),
    ],
    ids=["weapons", "self-harm"],
)
def test_a_refused_request_shows_its_explanation(
    open_page: Any, prompt: str, expected: str | None
) -> None:
    page = open_page().open()
    page.fill("#composer-input", prompt)
    page.press("#composer-input", "Enter")
    page.wait_for_selector("article.assistant:not([data-status='streaming'])")
    page.wait_for_selector("#send-button:visible")
    answer = page.locator("article.assistant")
    if "refused" not in (answer.get_attribute("class") or ""):
        pytest.xfail("the safety pipeline is not wired into the conversation API yet")
    notice = answer.locator(".safety-notice")
    assert notice.locator(".safety-title").inner_text() == "Request declined"
    assert notice.locator(".safety-explanation").inner_text().strip()
    body = answer.locator(".message-body").inner_text()
    assert body.strip()
    if expected:
        assert expected in body  # the help lines are in the refusal's text


def test_a_stored_refusal_shows_notice_categories_and_help_lines(open_page: Any, seed: Any) -> None:
    safety = {
        "action": "block",
        "categories": ["S11"],
        "explanation": "Blocked: suicide and self-harm.",
        "language": "en",
        "help": ["US: call or text 988", "France: 3114"],
    }
    cid, _, _ = seed(
        user="(a message about self-harm)",
        answer=SELF_HARM_REFUSAL,
        finish_reason="content_filter",
        meta={"safety": safety},
    )
    page = open_page().open(f"/#/c/{cid}")
    notice = page.locator("article.assistant.refused .safety-notice")
    assert notice.get_attribute("role") == "note"
    assert notice.locator(".safety-title").inner_text() == "Request declined"
    assert notice.locator(".safety-explanation").inner_text() == "Blocked: suicide and self-harm."
    assert notice.locator(".chip").all_inner_texts() == ["S11"]
    assert notice.locator(".safety-help li").all_inner_texts() == safety["help"]
    link = page.locator("article.assistant .message-body a")
    assert link.get_attribute("href") == "https://findahelpline.com"
    assert link.get_attribute("rel") == "noopener noreferrer nofollow"


def test_a_cut_answer_says_it_was_stopped_in_the_interface_language(
    open_page: Any, seed: Any
) -> None:
    safety = {
        "action": "block",
        "categories": ["S2"],
        "explanation": "Bloqué : les délits non violents.",
        "language": "fr",
        "cut": True,
    }
    cid, _, _ = seed(
        user="Une question",
        answer="Je ne peux pas répondre à cette demande. (La réponse a été interrompue.)",
        finish_reason="content_filter",
        meta={"safety": safety},
    )
    page = open_page(locale="fr-FR").open(f"/#/c/{cid}")
    notice = page.locator("article.assistant .safety-notice")
    assert notice.locator(".safety-title").inner_text() == (
        "Réponse arrêtée par le contrôle de sécurité"
    )
    assert notice.locator(".safety-explanation").get_attribute("lang") == "fr"
