"""Citations on the page (issue 16 item 2), in real Chromium against the live server (the
default model's embeddings): a file attached from the page shows its indexing on its chip
until it is ``ready``; an answer stored with citations of its real passages shows its
``[1]`` as a button that opens the passage (file name, heading path, text), in English and
in French; a ``[7]`` that names no passage stays text; markup in the document is shown as
text, never run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from veilleur.store.models import MessageStatus

HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
DOCUMENT = (
    "# Lighthouse log\n\n"
    "## Weather\n\n"
    f"The keeper writes the weather down every hour. {HOSTILE}\n"
)
INDEXED_MS = 600_000  # the default model embeds on 2 shared cores


def _passages(web_server: Any, attachment_id: str) -> list[dict[str, Any]]:
    engine = create_engine(f"sqlite:///{web_server.data_dir / 'veilleur.db'}")
    try:
        with engine.connect() as connection:
            return [dict(r._mapping) for r in connection.execute(text(
                "SELECT id, ordinal, page, heading_path, text, char_start, char_end FROM "
                "passages WHERE document_id = :d ORDER BY ordinal"), {"d": attachment_id})]
    finally:
        engine.dispose()


def test_an_attachment_is_indexed_and_a_citation_opens_its_passage(
        open_page: Any, store: Any, web_server: Any, tmp_path: Path) -> None:
    page = open_page().open()
    log = tmp_path / "lighthouse.md"
    log.write_text(DOCUMENT)
    with page.expect_response(lambda r: r.request.method == "POST"
                              and r.url.endswith("/attachments")) as posted:
        page.set_input_files("#attach-input", str(log))
    (attachment,) = posted.value.json()["data"]
    chip = "#attachment-chips .attachment-chip:has-text('lighthouse.md')"
    page.wait_for_selector(f"{chip} .attachment-index")  # queued or indexing at first
    page.wait_for_selector(f"{chip} [data-indexing='ready']", timeout=INDEXED_MS)
    assert page.locator(f"{chip} .attachment-index").inner_text() == "ready"

    cid = str(page.evaluate("location.hash")).removeprefix("#/c/")
    passages = _passages(web_server, attachment["id"])
    weather = next(p for p in passages if "keeper" in p["text"])
    citations = [{
        "number": 1, "attachment_id": attachment["id"], "passage_id": weather["id"],
        "filename": "lighthouse.md", "page": weather["page"],
        "heading_path": weather["heading_path"], "char_start": weather["char_start"],
        "char_end": weather["char_end"], "excerpt": weather["text"][:80],
        "text": weather["text"], "flagged": False, "cited": True}]
    _, reply = store.add_turn(cid, owner_id=None, parent_id=None,
                              user={"content": "How often is the weather written down?"},
                              assistant={"model": "seeded", "meta": {"citations": citations}})
    store.save_reply(reply.id, content="Every hour [1]. Not in the log: [7].",
                     status=MessageStatus.COMPLETE, finish_reason="stop")

    page.reload()
    page.wait_for_selector("html[data-ready='true']")
    answer = page.locator("article.assistant")
    answer.locator("button.citation-link").wait_for()
    assert answer.locator("button.citation-link").count() == 1  # [7] names no passage
    assert "[7]" in answer.locator(".message-body").inner_text()
    answer.locator("button.citation-link[data-citation='1']").click()
    panel = answer.locator(".citation-panel")
    panel.wait_for()
    assert panel.locator(".citation-file").inner_text() == "[1] lighthouse.md"
    assert panel.locator(".citation-where").inner_text() == "Lighthouse log > Weather"
    shown = panel.locator(".citation-text").inner_text()
    assert "The keeper writes the weather down every hour." in shown
    assert HOSTILE in shown  # markup as text
    assert page.locator("#messages article script, #messages article img").count() == 0
    assert page.evaluate("window.__pwned") is None
    page.keyboard.press("Escape")
    panel.wait_for(state="detached")

    french = open_page(locale="fr-FR").open(f"/#/c/{cid}")
    link = french.locator("article.assistant button.citation-link")
    link.wait_for()
    assert link.get_attribute("aria-label") == "Source 1 : lighthouse.md"
    link.click()
    french.locator(".citation-panel .citation-close").wait_for()
    assert french.locator(".citation-panel .citation-close").get_attribute(
        "aria-label") == "Fermer la source"
    assert french.locator(f"{chip} .attachment-index").inner_text() == "prêt"
