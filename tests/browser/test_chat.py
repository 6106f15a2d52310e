"""The chat in a real browser: streaming, reload, stop, branches, languages.

Answers come from the real default model (a tiny base model: short, odd answers), with
`temperature` 0 and a small `max_tokens`, so the tests check the page's behaviour, never
what the model says.
"""

from __future__ import annotations

import json
import time
from typing import Any

import httpx

SHORT = {"sampling": {"temperature": 0, "max_tokens": 12}}


def conversation_id(page: Any) -> str:
    return page.evaluate("location.hash").removeprefix("#/c/")


def send(page: Any, text: str) -> None:
    page.fill("#composer-input", text)
    page.press("#composer-input", "Enter")


def assistant_done(page: Any, index: int = -1) -> Any:
    """The last (or `index`-th) assistant message, once it is no longer streaming."""
    page.wait_for_selector("article.assistant:not([data-status='streaming'])")
    return page.locator("article.assistant").nth(index)


def test_a_message_streams_in_and_is_there_after_a_reload(
    open_page: Any, api: httpx.Client
) -> None:
    w = open_page()
    page = w.open()
    # Set the sampling from the panel, with the keyboard (Home puts a slider at its minimum).
    page.click("#settings-button")
    page.focus("#temperature")
    page.keyboard.press("Home")
    page.fill("#max-tokens", "16")
    page.click("#settings-form button[type='submit']")
    assert page.is_hidden("#settings-panel")

    with page.expect_response(
        lambda r: r.request.method == "POST" and r.url.endswith("/messages")
    ) as posted:
        send(page, "What is the capital of France?")
    stream = posted.value
    assert stream.headers["content-type"].startswith("text/event-stream")
    page.wait_for_selector("article.assistant[data-status='complete']")
    events = stream.text()
    assert "event: assistant_message" in events and "event: delta" in events
    sent = json.loads(stream.request.post_data)
    assert sent["max_tokens"] == 16 and sent["temperature"] == 0

    cid = conversation_id(page)
    stored = api.get(f"/api/conversations/{cid}").json()
    assert stored["settings"]["sampling"]["max_tokens"] == 16
    user, answer = stored["messages"]
    assert answer["status"] == "complete" and answer["content"]
    shown = page.locator("article.assistant .message-body").inner_text()
    assert shown.strip()
    assert page.locator(".conversation-link", has_text="capital of France").count() == 1

    page.reload()
    w.wait_ready()
    assert page.locator("article.user .message-body").inner_text() == user["content"]
    assert page.locator("article.assistant .message-body").inner_text() == shown
    assert page.locator(".conversation-item.active").inner_text().startswith("What is the capital")


def test_stop_ends_the_answer_and_keeps_it_as_interrupted(
    open_page: Any, api: httpx.Client
) -> None:
    cid = api.post(
        "/api/conversations", json={"settings": {"sampling": {"max_tokens": 400}}}
    ).json()["id"]
    w = open_page()
    page = w.open(f"/#/c/{cid}")
    send(page, "Explain how bread is made, step by step, in detail.")
    page.wait_for_selector("#stop-button:visible")
    # Polled from here: the page's CSP forbids the eval that wait_for_function uses.
    # A generous deadline (a loaded machine streams slowly); the event is the text.
    deadline = time.monotonic() + 180
    while len(page.locator("article.assistant .message-body").inner_text()) < 20:
        assert time.monotonic() < deadline, (
            "waited 180 s for the answer to stream 20 characters into the page")
        page.wait_for_timeout(100)
    page.click("#stop-button")
    page.wait_for_selector("article.assistant[data-status='interrupted']")
    assert page.locator("article.assistant .message-state").inner_text() == "Interrupted"
    assert page.is_visible("#send-button")
    stored = api.get(f"/api/conversations/{cid}").json()["messages"][-1]
    assert stored["status"] == "interrupted"


def test_editing_a_message_creates_a_branch_to_navigate(open_page: Any, api: httpx.Client) -> None:
    cid = api.post("/api/conversations", json={"settings": SHORT}).json()["id"]
    api.post(
        f"/api/conversations/{cid}/messages",
        json={"content": "What is the capital of France?", "stream": False},
    ).raise_for_status()
    w = open_page()
    page = w.open(f"/#/c/{cid}")

    page.click("article.user button[data-action='edit']")
    page.fill(".edit-form textarea", "What is the capital of Italy?")
    page.click(".edit-form button[type='submit']")
    page.wait_for_selector("article.user .branch-count:text('2/2')")
    assistant_done(page)
    user = page.locator("article.user")
    assert user.locator(".message-body").inner_text() == "What is the capital of Italy?"
    assert user.locator(".branch-nav").get_attribute("aria-label") == "Version 2 of 2"

    page.click("article.user button[data-action='prev']")
    page.wait_for_selector("article.user .branch-count:text('1/2')")
    assert user.locator(".message-body").inner_text() == "What is the capital of France?"
    # The keyboard stays on the arrows: the one to go back is focused, Enter follows it.
    page.keyboard.press("Enter")
    page.wait_for_selector("article.user .branch-count:text('2/2')")
    assert user.locator(".message-body").inner_text() == "What is the capital of Italy?"

    stored = api.get(f"/api/conversations/{cid}").json()
    assert len(stored["messages"][0]["sibling_ids"]) == 2
    assert stored["messages"][0]["content"] == "What is the capital of Italy?"


def test_regenerate_adds_a_version_of_the_answer(open_page: Any, api: httpx.Client) -> None:
    cid = api.post("/api/conversations", json={"settings": SHORT}).json()["id"]
    api.post(
        f"/api/conversations/{cid}/messages",
        json={"content": "What is the capital of Spain?", "stream": False},
    ).raise_for_status()
    page = open_page().open(f"/#/c/{cid}")
    page.click("article.assistant button[data-action='regenerate']")
    page.wait_for_selector("article.assistant .branch-count:text('2/2')")
    assert page.locator("article.assistant").count() == 1


def test_switching_to_french_changes_the_interface_and_is_remembered(open_page: Any) -> None:
    w = open_page(locale="en-US")
    page = w.open()
    assert page.inner_text("#new-conversation") == "New conversation"
    page.select_option("#language-select", "fr")
    assert page.inner_text("#new-conversation") == "Nouvelle conversation"
    assert page.get_attribute("#composer-input", "placeholder") == "Écrivez un message…"
    assert page.get_attribute("html", "lang") == "fr"
    page.reload()
    w.wait_ready()
    assert page.inner_text("#new-conversation") == "Nouvelle conversation"


def test_the_interface_follows_the_browser_language(open_page: Any) -> None:
    page = open_page(locale="fr-FR").open()
    assert page.get_attribute("html", "lang") == "fr"
    assert page.inner_text("#send-button") == "Envoyer"
    assert page.input_value("#language-select") == "fr"


def test_sidebar_renames_searches_and_deletes(open_page: Any, api: httpx.Client) -> None:
    first = api.post("/api/conversations", json={"title": "Gardening notes"}).json()["id"]
    second = api.post("/api/conversations", json={"title": "Trip to Lyon"}).json()["id"]
    page = open_page().open()

    page.fill("#search-input", "lyon")
    assert page.locator(".conversation-link").all_inner_texts() == ["Trip to Lyon"]
    page.fill("#search-input", "")

    item = page.locator(f".conversation-item[data-id='{first}']")
    item.hover()  # the actions show on hover or focus
    item.locator("button[data-action='rename']").click()
    page.fill(".rename-input", "Vegetable garden")
    page.press(".rename-input", "Enter")
    page.wait_for_selector(f".conversation-item[data-id='{first}'] :text('Vegetable garden')")
    assert api.get(f"/api/conversations/{first}").json()["title"] == "Vegetable garden"

    page.focus(f".conversation-item[data-id='{second}'] .conversation-link")
    page.keyboard.press("Tab")  # rename
    page.keyboard.press("Tab")  # delete
    page.keyboard.press("Enter")
    page.click("#confirm-ok")
    page.wait_for_selector(f".conversation-item[data-id='{second}']", state="detached")
    assert api.get(f"/api/conversations/{second}").status_code == 404


def test_a_reply_still_streaming_in_the_store_is_polled_until_it_ends(
    open_page: Any, seed: Any, store: Any
) -> None:
    cid, _, reply = seed(user="Tell me a story.", answer="Once upon a time", status="streaming")
    page = open_page().open(f"/#/c/{cid}")
    page.wait_for_selector("article.assistant[data-status='streaming']")
    assert page.locator("article.assistant .message-state").inner_text() == "Writing…"
    assert "still being written" in page.inner_text("#status-line")

    store.save_reply(reply, content="Once upon a time, the end.", status="complete")
    page.wait_for_selector("article.assistant[data-status='complete']")
    assert page.locator("article.assistant .message-body").inner_text() == (
        "Once upon a time, the end."
    )


def test_code_is_highlighted_and_copied(open_page: Any, seed: Any) -> None:
    code = "def reverse(items):\n    return items[::-1]"
    cid, _, _ = seed(user="How do I reverse a list?", answer=f"Slicing:\n\n```python\n{code}\n```")
    w = open_page()
    w.page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = w.open(f"/#/c/{cid}")
    block = page.locator("article.assistant .code-block")
    assert block.locator(".code-head span").inner_text() == "python"
    assert block.locator(".hljs-keyword").count() >= 2  # def, return
    block.locator("button.copy-code").click()
    page.wait_for_selector("button.copy-code.copied")
    assert page.evaluate("navigator.clipboard.readText()") == code
