"""Attachments from the page (docs/attachments.md): the paperclip's file input and a file
dropped onto the conversation upload with a progress bar and show as chips (removable);
a file over the server's limit and a file the server refuses show their error, in English
and in French."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

# Records every state of the progress bar while a test runs (shown, its last value).
WATCH_PROGRESS = """() => {
  window.__progress = [];
  const box = document.getElementById("attachment-progress");
  const bar = document.getElementById("attachment-progress-bar");
  new MutationObserver(() => window.__progress.push({hidden: box.hidden, value: bar.value}))
    .observe(box, {attributes: true, attributeFilter: ["hidden"]});
}"""


def _chip(page: Any, name: str) -> Any:
    return page.wait_for_selector(f"#attachment-chips .attachment-chip:has-text('{name}')")


def _conversation_id(page: Any) -> str:
    return str(page.evaluate("location.hash")).removeprefix("#/c/")


def test_attach_a_text_file_see_the_progress_and_the_chip(open_page: Any, api: httpx.Client,
                                                          tmp_path: Path) -> None:
    page = open_page().open()
    page.evaluate(WATCH_PROGRESS)
    notes = tmp_path / "field-notes.txt"
    notes.write_text("The lighthouse keeper writes the weather down every hour.\n" * 200)
    assert page.is_visible("#attach-button")
    with page.expect_response(lambda r: r.request.method == "POST"
                              and r.url.endswith("/attachments")) as posted:
        page.set_input_files("#attach-input", str(notes))
    assert posted.value.status == 201
    chip = _chip(page, "field-notes.txt")
    assert "kB" in chip.inner_text()
    page.wait_for_selector("#attachment-progress", state="hidden")
    seen = page.evaluate("window.__progress")
    assert {"hidden": False, "value": 0} in seen, seen  # the bar was shown
    assert seen[-1] == {"hidden": True, "value": 100}, seen  # and ended full, then hidden
    # attaching to a new conversation created it; the server lists the file there
    cid = _conversation_id(page)
    listed = api.get(f"/api/conversations/{cid}/attachments").json()["data"]
    assert [a["filename"] for a in listed] == ["field-notes.txt"]
    # the chips follow the conversation: reopen it, then remove the file
    page.goto(f"{page.url.split('#')[0]}#/")
    page.wait_for_selector("#attachment-chips .attachment-chip", state="detached")
    page.goto(f"{page.url.split('#')[0]}#/c/{cid}")
    _chip(page, "field-notes.txt")
    page.click("#attachment-chips .attachment-remove")
    page.wait_for_selector("#attachment-chips .attachment-chip", state="detached")
    assert api.get(f"/api/conversations/{cid}/attachments").json()["data"] == []


def test_drop_a_file_onto_the_conversation(open_page: Any, api: httpx.Client) -> None:
    page = open_page().open()
    transfer = page.evaluate_handle("""() => {
      const data = new DataTransfer();
      data.items.add(new File(["# Dropped\\n\\nA note dropped onto the page."], "dropped.md",
                              {type: "text/markdown"}));
      return data;
    }""")
    page.dispatch_event("#chat-view", "dragenter", {"dataTransfer": transfer})
    assert "drop-target" in (page.get_attribute("#chat-view", "class") or "")
    page.dispatch_event("#chat-view", "dragover", {"dataTransfer": transfer})
    page.dispatch_event("#chat-view", "drop", {"dataTransfer": transfer})
    _chip(page, "dropped.md")
    assert "drop-target" not in (page.get_attribute("#chat-view", "class") or "")
    listed = api.get(f"/api/conversations/{_conversation_id(page)}/attachments").json()
    assert [(a["filename"], a["format"]) for a in listed["data"]] == [("dropped.md", "markdown")]


def test_an_oversized_or_refused_file_shows_the_error(open_page: Any, api: httpx.Client,
                                                      tmp_path: Path) -> None:
    page = open_page().open()
    small = tmp_path / "first.txt"
    small.write_text("A first file, so that the conversation and its limits are known.")
    page.set_input_files("#attach-input", str(small))
    _chip(page, "first.txt")
    cid = _conversation_id(page)
    limit = api.get(f"/api/conversations/{cid}/attachments").json()["limits"]["max_file_bytes"]
    big = tmp_path / "huge.pdf"
    with big.open("wb") as out:
        out.write(b"%PDF-1.4\n")
        out.truncate(limit + 1024)
    page.set_input_files("#attach-input", str(big))
    error = page.wait_for_selector("#attachment-error:has-text('huge.pdf')")
    assert "too large" in error.inner_text() and "20.0 MB" in error.inner_text()
    assert page.is_hidden("#attachment-progress")
    # a file the server refuses (422 no_text), in French
    page.select_option("#language-select", "fr")
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    with page.expect_response(lambda r: r.request.method == "POST"
                              and r.url.endswith("/attachments")) as posted:
        page.set_input_files("#attach-input", str(empty))
    assert posted.value.status == 422
    error = page.wait_for_selector("#attachment-error:has-text('vide.txt')")
    assert "aucun texte" in error.inner_text()
    # the error follows the language; the stored attachments are unchanged
    page.select_option("#language-select", "en")
    page.wait_for_selector("#attachment-error:has-text('no text to read')")
    listed = api.get(f"/api/conversations/{cid}/attachments").json()["data"]
    assert [a["filename"] for a in listed] == ["first.txt"]
