"""Export and import from the page (docs/export.md): the sidebar's "Your conversations"
downloads the JSON and the Markdown export, and imports a JSON file with a message that
says what was imported and skipped, in English and in French."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "export.schema.json").read_text())
WHEN = "2026-01-01T00:00:00Z"


def _download(page: Any, button: str) -> tuple[str, str]:
    with page.expect_download() as info:
        page.click(button)
    download = info.value
    return download.suggested_filename, Path(download.path()).read_text(encoding="utf-8")


def test_the_page_exports_json_and_markdown(open_page: Any, seed: Any) -> None:
    seed(user="Export me: what is a lighthouse?", answer="A tower with a light.",
         title="Lighthouse export")
    seed(user="A cut answer", answer="Half of", status="interrupted",
         finish_reason="interrupted", title="Cut export")
    page = open_page().open()
    name, text = _download(page, "#export-json")
    assert name.startswith("veilleur-export-local-") and name.endswith(".json")
    document = json.loads(text)
    jsonschema.validate(document, SCHEMA)
    titles = {c["title"] for c in document["conversations"]}
    assert {"Lighthouse export", "Cut export"} <= titles
    page.wait_for_selector("#transfer-status:has-text('Downloaded')")
    name, markdown = _download(page, "#export-markdown")
    assert name.endswith(".md")
    assert "## Lighthouse export" in markdown and "A tower with a light." in markdown
    assert "**interrupted**" in markdown


def test_the_page_imports_a_file_and_says_what_it_did(open_page: Any, tmp_path: Path) -> None:
    document = {"format": "veilleur-export/1", "exported_at": WHEN,
                "user": {"id": None, "username": "someone"},
                "conversations": [{
                    "id": "browserimport01", "title": "Imported from elsewhere",
                    "created_at": WHEN, "updated_at": WHEN,
                    "current_leaf_id": "browserimportm2",
                    "messages": [
                        {"id": "browserimportm1", "parent_id": None, "role": "user",
                         "content": "Bonjour", "status": "complete", "created_at": WHEN,
                         "updated_at": WHEN},
                        {"id": "browserimportm2", "parent_id": "browserimportm1",
                         "role": "assistant", "content": "Bonjour !", "status": "complete",
                         "created_at": WHEN, "updated_at": WHEN}]}]}
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document))
    page = open_page().open()
    page.set_input_files("#import-file", str(path))
    page.wait_for_selector("#transfer-status:has-text('Imported 1 conversation')")
    page.wait_for_selector(".conversation-list >> text=Imported from elsewhere")
    # again, in French: nothing new
    page.select_option("#language-select", "fr")
    page.set_input_files("#import-file", str(path))
    page.wait_for_selector("#transfer-status:has-text('0 conversation(s) importée(s)')")
    assert "1 déjà présente" in page.inner_text("#transfer-status")
    # a broken file: the server's message, nothing imported
    path.write_text(json.dumps({**document, "format": "veilleur-export/9"}))
    page.set_input_files("#import-file", str(path))
    page.wait_for_selector("#transfer-status.error:has-text('veilleur-export/9')")
