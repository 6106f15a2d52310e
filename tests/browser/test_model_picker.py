"""The model picker of the conversation settings, on a server of two models: a scripted
upstream (the default) and the default GGUF under the id `gemma` (loaded on first use)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from helpers import ScriptedUpstream, ServerProcess


@pytest.fixture(scope="module")
def upstream() -> Iterator[ScriptedUpstream]:
    server = ScriptedUpstream()
    yield server
    server.close()


@pytest.fixture(scope="module")
def web_server(tmp_path_factory: pytest.TempPathFactory, model_path: Path,
               upstream: ScriptedUpstream) -> Iterator[ServerProcess]:
    """This module's server (replaces the package's): two models."""
    models = [{"id": "remote", "upstream_url": upstream.url, "default": True},
              {"id": "gemma", "path": str(model_path)}]
    env = {"VEILLEUR_MODELS": json.dumps(models), "VEILLEUR_N_SLOTS": "1"}
    with ServerProcess(tmp_path_factory.mktemp("picker-data"), env=env) as proc:
        yield proc


def test_the_picker_lists_the_models_and_the_turn_uses_the_chosen_one(
    open_page: Any, api: httpx.Client
) -> None:
    page = open_page().open()
    page.click("#settings-button")
    options = page.locator("#model-select option")
    assert options.all_inner_texts() == ["remote", "gemma (loads on first use)"]
    page.select_option("#model-select", "gemma")
    page.click("#settings-form button[type='submit']")
    page.fill("#composer-input", "Say hello.")
    page.press("#composer-input", "Enter")
    page.wait_for_selector("article.assistant[data-status='complete']")

    cid = page.evaluate("location.hash").removeprefix("#/c/")
    stored = api.get(f"/api/conversations/{cid}").json()
    assert stored["settings"]["model"] == "gemma"
    replies = [m for m in stored["messages"] if m["role"] == "assistant"]
    assert replies[-1]["model"] == "gemma" and replies[-1]["content"]
    loaded = {m["id"]: m["veilleur"]["loaded"] for m in api.get("/v1/models").json()["data"]}
    assert loaded == {"remote": True, "gemma": True}

    page.click("#settings-button")  # the labels follow the state, and the language
    page.reload()
    page.wait_for_selector("html[data-ready='true']")
    page.click("#settings-button")
    assert page.locator("#model-select option").all_inner_texts() == ["remote", "gemma"]
