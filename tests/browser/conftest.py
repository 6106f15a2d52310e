"""Browser tests: Playwright driving Debian's Chromium against a live `veilleur serve`.

The suite has its own server (a fresh data directory, so that the sidebar and the
screenshots show only what these tests made) and one headless Chromium for all tests.
Each test gets a new browser context (clean localStorage) whose console is watched: a
Content-Security-Policy violation or an uncaught error fails the test.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from helpers import ServerProcess
from veilleur.store.models import utcnow

playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")

# How long a page waits for an event before the test fails (see `open_page`).
EVENT_TIMEOUT_MS = 180_000
CHROMIUM = os.environ.get("VEILLEUR_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
    pytest.skip(
        f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)", allow_module_level=True
    )


@pytest.fixture(scope="package")
def web_server(
    tmp_path_factory: pytest.TempPathFactory, model_path: Path
) -> Iterator[ServerProcess]:
    with ServerProcess(tmp_path_factory.mktemp("web-data")) as proc:
        yield proc


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    # Module scope, not wider: Playwright's sync API runs an event loop in this thread
    # while it is open, and the other test folders call asyncio.run().
    with playwright_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


@dataclass
class Watched:
    """A page, what its console said, and the requests it made to other origins."""

    page: Any
    base_url: str
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)

    def open(self, path: str = "/") -> Any:
        """Load the page at `path` (e.g. `/#/c/<id>`) and wait for it to be ready."""
        self.page.goto(self.base_url + path)
        self.wait_ready()
        return self.page

    def wait_ready(self) -> None:
        self.page.wait_for_selector("html[data-ready='true']")


@pytest.fixture
def open_page(browser: Any, web_server: ServerProcess) -> Iterator[Callable[..., Watched]]:
    """Factory: `open_page(viewport=..., locale=..., color_scheme=...)` → a watched page."""
    contexts: list[Any] = []
    watched: list[Watched] = []

    def make(
        *,
        viewport: tuple[int, int] = (1280, 800),
        locale: str = "en-US",
        color_scheme: str = "light",
    ) -> Watched:
        context = browser.new_context(
            viewport={"width": viewport[0], "height": viewport[1]},
            locale=locale,
            color_scheme=color_scheme,
            reduced_motion="reduce",
        )
        contexts.append(context)
        page = context.new_page()
        # Every wait is on an event (a selector, a response); this is only how long to
        # wait for it before failing, generous for a loaded machine. Playwright's error
        # names what was awaited.
        page.set_default_timeout(EVENT_TIMEOUT_MS)
        w = Watched(page, web_server.base_url)

        def on_console(message: Any) -> None:
            if message.type == "error":
                w.errors.append(message.text)

        def on_dialog(dialog: Any) -> None:
            w.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("console", on_console)
        page.on("pageerror", lambda exc: w.errors.append(f"uncaught: {exc}"))
        page.on("dialog", on_dialog)
        page.on(
            "request",
            lambda request: (
                None
                if request.url.startswith((web_server.base_url, "data:"))
                else w.foreign_requests.append(request.url)
            ),
        )
        watched.append(w)
        return w

    yield make
    for context in contexts:
        context.close()
    problems = [
        e
        for w in watched
        for e in w.errors
        if "Content Security Policy" in e or e.startswith("uncaught")
    ]
    assert not problems, f"the page logged CSP violations or uncaught errors: {problems}"
    foreign = [url for w in watched for url in w.foreign_requests]
    assert not foreign, f"the page made requests to other origins: {foreign}"


@pytest.fixture
def api(web_server: ServerProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=web_server.base_url, timeout=60) as client:
        yield client


@pytest.fixture
def store(web_server: ServerProcess) -> Iterator[Any]:
    """The server's own store, to set up states no prompt can produce on demand."""
    from veilleur.store.db import open_database
    from veilleur.store.repository import ConversationRepository

    url = os.environ.get("VEILLEUR_DATABASE_URL") or f"sqlite:///{web_server.data_dir}/veilleur.db"
    engine, sessions = open_database(url)
    yield ConversationRepository(sessions)
    engine.dispose()


@pytest.fixture
def seed(store: Any) -> Callable[..., tuple[str, str, str]]:
    """`seed(user=..., answer=..., ...)`: a stored conversation; see `seed_turn`."""
    return lambda **fields: seed_turn(store, **fields)


def seed_turn(
    store: Any,
    *,
    user: str,
    answer: str,
    status: str = "complete",
    finish_reason: str | None = "stop",
    meta: dict[str, Any] | None = None,
    title: str = "",
) -> tuple[str, str, str]:
    """A conversation with one stored turn; returns (conversation, user, reply) ids."""
    conversation = store.create(owner_id=None, title=title)
    # A reply "still streaming" is written by a live writer elsewhere: it holds a lease, or
    # the server's sweeper would (rightly) mark it interrupted before the page looks.
    lease = ({"lease_owner": "seeded-writer",
              "lease_expires_at": utcnow() + timedelta(hours=1)}
             if status == "streaming" else {})
    user_message, reply = store.add_turn(
        conversation.id,
        owner_id=None,
        parent_id=None,
        user={"content": user},
        assistant={"model": "seeded", "meta": meta or {}, **lease},
        title=title or user[:60],
    )
    if status != "streaming":
        store.save_reply(reply.id, content=answer, status=status, finish_reason=finish_reason)
    else:
        store.save_reply(reply.id, content=answer)
    return conversation.id, user_message.id, reply.id
