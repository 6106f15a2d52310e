"""The tools from the page (issue 7, item 4): translate, summarise, fix and optimise code.

The model is the tiny default one: its summaries and fixes may be odd, so the tests check
what the page must get right whatever the model writes: a result or a refusal appears and
says which it is, the verdict badge follows the API's `verified` (read from the very
response the page received), errors are shown in plain words, French follows the switch,
and axe-core finds no serious or critical problem.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from helpers import axe_problems

SCREENSHOTS = Path(__file__).parents[2] / "docs" / "screenshots"
TOOLS = ("translate", "summarize", "fix", "optimize")

DOCUMENT = (
    "The town library will close for renovation from March 3 to April 14. During the "
    "works, books can be borrowed from the bus parked on the main square every weekday "
    "from 9 am to 5 pm. Returns are accepted in the box next to the town hall.\n"
)
BUGGY = "def add(a, b):\n    return a - b\n"
TESTS = "from solution import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n"


def sse_events(body: str) -> list[tuple[str, Any]]:
    """`(event, data)` pairs of a Server-Sent Events body."""
    events = []
    for block in body.replace("\r\n", "\n").split("\n\n"):
        name, data = "message", []
        for line in block.split("\n"):
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].lstrip())
        if data:
            events.append((name, json.loads("\n".join(data))))
    return events


def test_tools_are_listed_and_open_from_the_sidebar(open_page: Any) -> None:
    page = open_page().open()
    links = page.locator("#tools-nav a.tool-link")
    assert links.all_inner_texts() == ["Translate", "Summarise", "Fix code", "Optimise code"]
    page.click("#tools-nav a[href='#/tool/translate']")
    section = page.locator("section[data-tool='translate']")
    section.wait_for()
    assert page.locator("#chat-view").is_hidden()
    assert page.inner_text("#conversation-title") == "Translate"
    assert page.locator("#settings-button").is_hidden()
    assert page.get_attribute("#tools-nav a[href='#/tool/translate']", "aria-current") == "page"
    # Labelled controls: each is found by its label.
    for label in ("Text", "Or upload a file", "Translate into", "From", "Glossary (optional)"):
        assert section.get_by_label(label, exact=True).count() == 1, label
    # Nothing to translate: said in plain words, no request made.
    section.get_by_role("button", name="Translate").click()
    assert section.locator(".tool-status").inner_text() == "Paste some text or choose a file first."
    # Back to the chat.
    page.click("#new-conversation")
    page.locator("#chat-view").wait_for()
    assert page.locator("section[data-tool='translate']").is_hidden()


def test_an_uploaded_txt_gets_summarised(open_page: Any) -> None:
    page = open_page().open("/#/tool/summarize")
    section = page.locator("section[data-tool='summarize']")
    section.get_by_label("Or upload a file", exact=True).set_input_files(
        files=[{"name": "library.txt", "mimeType": "text/plain", "buffer": DOCUMENT.encode()}]
    )
    assert "library.txt" in section.locator(".tool-file-chosen").inner_text()
    assert section.get_by_label("Text", exact=True).is_disabled()
    section.get_by_label("Length").select_option("sentence")
    with page.expect_request("**/api/tasks/summarize") as request_info:
        section.get_by_role("button", name="Summarise").click()
    request = request_info.value
    assert request.headers["content-type"].startswith("multipart/form-data")
    result = section.locator(".tool-result[data-outcome]")
    result.wait_for(timeout=90_000)
    outcome = result.get_attribute("data-outcome")
    heading = result.locator("h3").inner_text()
    text = result.locator(".tool-output").inner_text().strip()
    assert outcome in ("summary", "refused"), result.inner_text()
    assert text, "the summary (or the refusal) is empty"
    if outcome == "summary":
        assert heading == "Summary"
        assert result.locator(".tool-refusal").count() == 0
    else:
        assert heading == "Request declined"
        assert result.locator(".tool-refusal").is_visible()
    assert axe_problems(page) == []


def test_the_fix_panel_shows_the_verdict_the_api_gave(open_page: Any) -> None:
    w = open_page(viewport=(1280, 1280))
    page = w.page
    seen: list[str] = []

    def through(route: Any) -> None:
        # Let the real request through, and keep what the page receives.
        response = route.fetch(timeout=90_000)
        seen.append(response.text())
        route.fulfill(response=response)

    page.route("**/api/tasks/code/fix", through)
    w.open("/#/tool/fix")
    section = page.locator("section[data-tool='fix']")
    section.get_by_label("Code", exact=True).fill(BUGGY)
    section.get_by_label("Tests (pytest, optional)").fill(TESTS)
    section.get_by_label("Attempts").select_option("1")
    section.get_by_role("button", name="Fix").click()
    badge = section.locator(".verdict-badge")
    badge.wait_for(timeout=90_000)

    events = sse_events(seen[0])
    verdicts = [data for name, data in events if name == "verdict"]
    assert len(verdicts) == 1, events
    verified = verdicts[0]["verified"] is True
    assert badge.get_attribute("data-verdict") == ("verified" if verified else "unverified")
    assert (badge.inner_text() == "Verified") is verified
    if not verified:
        assert badge.inner_text() == "Unverified"
        assert section.locator(".verdict").get_by_text("Last failure").count() == 1
    # Each attempt is shown, the user's own code first, with its test output.
    attempts = section.locator(".attempt")
    assert attempts.count() == 1 + sum(1 for name, d in events if name == "attempt" and d["n"])
    assert attempts.first.locator(".attempt-title").inner_text() == "Your code"
    assert attempts.first.locator(".chip-status").inner_text() == "Failed"
    assert attempts.first.get_by_text("Test output").count() == 1
    assert axe_problems(page) == []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    section.locator(".tool-actions").evaluate("(node) => node.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(150)
    page.screenshot(path=str(SCREENSHOTS / "tools.png"))


def test_an_error_is_shown_in_plain_words(open_page: Any) -> None:
    page = open_page().open("/#/tool/optimize")
    section = page.locator("section[data-tool='optimize']")
    section.get_by_label("Code", exact=True).fill("def total(xs):\n    return sum(xs)\n")
    section.get_by_label("Function to optimise").fill("missing")
    section.get_by_label("Expression to time").fill("total([1, 2])")
    section.get_by_role("button", name="Optimise").click()
    error = section.locator(".tool-error[role='alert']")
    error.wait_for()
    assert "function 'missing' is not defined" in error.inner_text()
    assert section.get_by_role("button", name="Optimise").is_enabled()
    w_errors = page.evaluate("document.querySelectorAll('.verdict-badge').length")
    assert w_errors == 0  # no verdict, let alone "verified", for a failed request


@pytest.mark.parametrize(
    ("viewport", "scheme"),
    [((1280, 800), "light"), ((390, 844), "dark")],
    ids=["desktop-light", "phone-dark"],
)
def test_tool_views_have_no_serious_accessibility_problem(
    open_page: Any, viewport: tuple[int, int], scheme: str
) -> None:
    page = open_page(viewport=viewport, color_scheme=scheme).open()
    for tool in TOOLS:
        page.evaluate(f"location.hash = '#/tool/{tool}'")
        page.locator(f"section[data-tool='{tool}']").wait_for()
        assert axe_problems(page) == [], tool
        if viewport[0] < 700:  # the phone layout: no sideways scrolling
            assert page.evaluate("document.documentElement.scrollWidth") <= viewport[0]


def test_tools_switch_to_french(open_page: Any) -> None:
    page = open_page().open("/#/tool/summarize")
    section = page.locator("section[data-tool='summarize']")
    assert section.locator("h2").inner_text() == "Summarise"
    page.select_option("#language-select", "fr")
    # The panel already built follows the switch…
    assert section.locator("h2").inner_text() == "Résumer"
    assert section.get_by_label("Longueur").count() == 1
    assert section.get_by_role("button", name="Résumer").count() == 1
    assert "Une phrase" in section.get_by_label("Longueur").inner_text()
    assert "Celle du document" in section.get_by_label("Langue du résumé").inner_text()
    assert page.inner_text("#conversation-title") == "Résumer"
    # …and so do the list and the panels opened afterwards.
    assert page.locator("#tools-nav h2").text_content() == "Outils"
    assert page.locator("#tools-nav a.tool-link").all_inner_texts() == [
        "Traduire", "Résumer", "Corriger du code", "Optimiser du code",
    ]
    page.click("#tools-nav a[href='#/tool/fix']")
    fix = page.locator("section[data-tool='fix']")
    fix.wait_for()
    assert fix.get_by_label("Tests (pytest, facultatif)").count() == 1
    assert fix.get_by_role("button", name="Corriger").count() == 1
    fix.get_by_role("button", name="Corriger").click()
    assert fix.locator(".tool-status").inner_text() == "Collez d’abord le code."
