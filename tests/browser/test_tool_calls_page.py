"""Function calls on the page (issue 15, item 2), in real Chromium: a stored conversation
whose assistant message called `get_weather` and whose tool message holds the result.
The call shows its function's name and its arguments pretty-printed in a collapsible
block; the result is labelled with the function it answers, in English and in French;
markup in the arguments or the result (`<script>`, an `<img onerror>`) is shown as text,
never run."""

from __future__ import annotations

import json
from typing import Any

from veilleur.store.models import MessageStatus

HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
ARGUMENTS = json.dumps({"city": f"Paris {HOSTILE}", "unit": "celsius"})
RESULT = json.dumps({"temperature": 18, "note": HOSTILE})


def _seed(store: Any) -> str:
    conversation = store.create(owner_id=None, title="Weather with a tool")
    _, calls = store.add_turn(
        conversation.id, owner_id=None, parent_id=None,
        user={"content": "What is the weather in Paris?"},
        assistant={"model": "seeded", "meta": {}}, title="Weather with a tool")
    store.save_reply(calls.id, content="", status=MessageStatus.COMPLETE,
                     finish_reason="tool_calls", tool_calls=[
                         {"id": "call_browser1", "type": "function",
                          "function": {"name": "get_weather", "arguments": ARGUMENTS}}])
    _, answer = store.add_turn(
        conversation.id, owner_id=None, parent_id=calls.id,
        user={"role": "tool", "content": RESULT, "tool_call_id": "call_browser1",
              "meta": {"tool_name": "get_weather"}},
        assistant={"model": "seeded", "meta": {}})
    store.save_reply(answer.id, content="It is 18 °C in Paris.",
                     status=MessageStatus.COMPLETE, finish_reason="stop")
    return str(conversation.id)


def test_a_call_and_its_result_render_escaped(open_page: Any, store: Any) -> None:
    cid = _seed(store)
    page = open_page().open(f"/#/c/{cid}")
    page.wait_for_selector("article.tool")
    articles = page.locator("#messages article")
    assert [articles.nth(i).get_attribute("class").split()[1]
            for i in range(articles.count())] == ["user", "assistant", "tool", "assistant"]

    call = page.locator("article.assistant details.fncall")
    assert call.count() == 1
    assert call.locator(".fncall-name").inner_text() == "get_weather"
    assert call.locator("summary").inner_text().startswith("Calls the function")
    shown = call.locator(".fncall-arguments").inner_text()
    assert json.loads(shown) == json.loads(ARGUMENTS)
    assert '\n  "city": ' in shown  # pretty-printed, two spaces
    assert "Paris <script>window.__pwned = 1</script><img src=x" in shown  # markup as text

    tool = page.locator("article.tool")
    assert tool.locator(".message-role").inner_text() == "Result of get_weather"
    assert json.loads(tool.locator(".fncall-result pre").inner_text()) == json.loads(RESULT)
    assert tool.locator("button[data-action='edit']").count() == 0  # not the user's to edit

    # nothing of the hostile text became an element or ran
    assert page.locator("#messages article script, #messages article img").count() == 0
    assert page.evaluate("window.__pwned") is None

    # collapsible: the arguments hide and come back
    assert call.locator(".fncall-arguments").is_visible()
    call.locator("summary").click()
    page.wait_for_function("!document.querySelector('details.fncall').open")
    assert not call.locator(".fncall-arguments").is_visible()
    call.locator("summary").click()
    page.wait_for_function("document.querySelector('details.fncall').open")


def test_the_labels_are_in_french(open_page: Any, store: Any) -> None:
    cid = _seed(store)
    page = open_page(locale="fr-FR").open(f"/#/c/{cid}")
    page.wait_for_selector("article.tool")
    assert page.locator("article.tool .message-role").inner_text() == \
        "Résultat de get_weather"
    assert page.locator("details.fncall summary").inner_text().startswith(
        "Appelle la fonction")
