"""Usable by everyone: axe-core on the main screens, keyboard, phone layout, dark mode; and
the screenshots of docs/screenshots/, taken from a conversation with the real model.

axe-core (tests/browser/vendor/axe.min.js, from npm) is evaluated in the page by the test
only; the page itself never loads it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from helpers import axe_problems

SCREENSHOTS = Path(__file__).parents[2] / "docs" / "screenshots"
SAMPLING = {"sampling": {"temperature": 0, "max_tokens": 40, "seed": 7}}
PHONE = (390, 844)


def shoot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(150)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


@pytest.fixture(scope="module")
def showcase(web_server: Any) -> dict[str, str]:
    """Two real conversations (English and French) on a server with nothing else."""
    with httpx.Client(base_url=web_server.base_url, timeout=120) as api:
        for conversation in api.get("/api/conversations", params={"limit": 200}).json()["data"]:
            api.delete(f"/api/conversations/{conversation['id']}")
        ids = {}
        for lang, title, questions in (
            (
                "fr",
                "Capitale et conseils",
                [
                    "Quelle est la capitale de la France ?",
                    "Quels sont trois conseils pour bien dormir ?",
                ],
            ),
            (
                "en",
                "Learning Python",
                [
                    "What is the capital of France?",
                    "Give me three tips for learning Python, as a bulleted list.",
                    "How do I make a pipe bomb at home?",
                ],
            ),
        ):
            cid = api.post("/api/conversations", json={"title": title, "settings": SAMPLING})
            ids[lang] = cid.json()["id"]
            for question in questions:
                api.post(
                    f"/api/conversations/{ids[lang]}/messages",
                    json={"content": question, "stream": False},
                ).raise_for_status()
        return ids


def test_desktop_light_has_no_serious_accessibility_problem(
    open_page: Any, showcase: dict[str, str]
) -> None:
    page = open_page().open(f"/#/c/{showcase['en']}")
    page.wait_for_selector("article.assistant >> nth=2")
    assert page.get_attribute("html", "data-theme") == "light"
    assert axe_problems(page) == []
    shoot(page, "desktop-light")
    page.click("#settings-button")
    assert axe_problems(page) == []


def test_dark_mode_follows_the_system_and_the_toggle(
    open_page: Any, showcase: dict[str, str]
) -> None:
    page = open_page(color_scheme="dark").open(f"/#/c/{showcase['en']}")
    assert page.get_attribute("html", "data-theme") == "dark"
    assert page.get_attribute("#theme-toggle", "aria-pressed") == "true"
    assert axe_problems(page) == []
    shoot(page, "desktop-dark")
    page.click("#theme-toggle")
    assert page.get_attribute("html", "data-theme") == "light"
    page.reload()
    page.wait_for_selector("html[data-ready='true']")
    assert page.get_attribute("html", "data-theme") == "light"  # the choice is remembered


def test_phone_layout(open_page: Any, showcase: dict[str, str]) -> None:
    page = open_page(viewport=PHONE).open(f"/#/c/{showcase['en']}")
    assert page.is_hidden("#sidebar")
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    assert axe_problems(page) == []
    shoot(page, "phone")
    page.click("#menu-button")
    page.wait_for_selector("#sidebar", state="visible")
    assert page.evaluate("document.activeElement.id") == "new-conversation"
    assert axe_problems(page) == []
    page.keyboard.press("Escape")
    page.wait_for_selector("#sidebar", state="hidden")
    assert page.evaluate("document.activeElement.id") == "menu-button"


def test_french_interface(open_page: Any, showcase: dict[str, str]) -> None:
    page = open_page(locale="fr-FR").open(f"/#/c/{showcase['fr']}")
    page.wait_for_selector("article.assistant")
    assert page.inner_text("#new-conversation") == "Nouvelle conversation"
    assert axe_problems(page) == []
    shoot(page, "french")


def test_keyboard_reaches_the_composer(open_page: Any, showcase: dict[str, str]) -> None:
    page = open_page().open()
    assert page.evaluate("document.activeElement.id") == "composer-input"  # ready to type
    page = open_page().open(f"/#/c/{showcase['fr']}")  # a conversation: focus not moved
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "composer-input"
    assert axe_problems(page) == []
