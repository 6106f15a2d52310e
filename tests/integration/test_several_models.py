"""Several models behind one server: two embedded entries on the same default GGUF under
two ids (two models in memory) with a memory budget that fits only one, and an upstream
entry on a scripted OpenAI-compatible server on loopback (the default, costing nothing).

Which models are loaded is read from `/v1/models` (`veilleur.loaded`), not inferred from
timings: the first request to `b` must unload `a`, and both must answer.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from helpers import UPSTREAM_PIECES as PIECES
from helpers import ScriptedUpstream, ServerProcess
from veilleur.assembly import build_app
from veilleur.config import Settings


@pytest.fixture(scope="module")
def upstream() -> Iterator[ScriptedUpstream]:
    server = ScriptedUpstream()
    yield server
    server.close()


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, model_path: Path,
           upstream: ScriptedUpstream) -> Iterator[TestClient]:
    size_mb = model_path.stat().st_size / (1024 * 1024)
    settings = Settings(
        data_dir=tmp_path_factory.mktemp("several"),
        n_ctx=1024, n_slots=1,
        models=[
            {"id": "remote", "upstream_url": upstream.url, "upstream_model": "remote-model",
             "default": True},
            {"id": "a", "path": str(model_path)},
            {"id": "b", "path": str(model_path)},
        ],
        model_memory_budget_mb=math.ceil(size_mb * 1.5),  # one GGUF fits, not two
    )
    with TestClient(build_app(settings, preload=True),
                    base_url="http://127.0.0.1") as test_client:
        yield test_client


def _loaded(client: TestClient) -> dict[str, bool]:
    return {m["id"]: m["veilleur"]["loaded"] for m in client.get("/v1/models").json()["data"]}


def _chat(client: TestClient, model: str) -> dict[str, Any]:
    response = client.post("/v1/chat/completions", json={
        "model": model, "max_tokens": 6, "temperature": 0,
        "messages": [{"role": "user", "content": "Say hello."}]})
    assert response.status_code == 200, response.text
    return response.json()


def test_models_lists_every_configured_model(client: TestClient, model_path: Path) -> None:
    data = client.get("/v1/models").json()["data"]
    assert [m["id"] for m in data] == ["remote", "a", "b"]
    by_id = {m["id"]: m for m in data}
    assert by_id["a"]["context_length"] == 1024
    assert by_id["a"]["veilleur"]["size_bytes"] == model_path.stat().st_size
    assert by_id["a"]["veilleur"]["source"] == str(model_path)
    assert by_id["remote"]["owned_by"] == "upstream"
    assert by_id["remote"]["veilleur"]["default"] is True
    assert client.get("/v1/models/b").json()["id"] == "b"


def test_models_load_on_first_use_and_the_lru_one_is_unloaded(client: TestClient) -> None:
    assert _loaded(client) == {"remote": True, "a": False, "b": False}
    answer = _chat(client, "a")
    assert answer["model"] == "a" and answer["choices"][0]["message"]["content"]
    assert _loaded(client) == {"remote": True, "a": True, "b": False}
    answer = _chat(client, "b")  # b does not fit beside a: a, idle, is unloaded
    assert answer["model"] == "b" and answer["choices"][0]["message"]["content"]
    assert _loaded(client) == {"remote": True, "a": False, "b": True}


def test_the_upstream_model_answers(client: TestClient, upstream: ScriptedUpstream) -> None:
    before = upstream.posts
    answer = _chat(client, "remote")
    assert answer["model"] == "remote"
    assert answer["choices"][0]["message"]["content"] == "".join(PIECES)
    assert upstream.posts == before + 1


def test_an_unknown_model_is_404(client: TestClient) -> None:
    for path, body in (("/v1/chat/completions",
                        {"messages": [{"role": "user", "content": "hi"}]}),
                       ("/v1/completions", {"prompt": "hi"})):
        response = client.post(path, json={"model": "nope", "max_tokens": 2, **body})
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "model_not_found"
    assert client.get("/v1/models/nope").status_code == 404


def test_a_conversation_answers_with_the_model_its_settings_name(client: TestClient) -> None:
    """The page's model picker stores `settings.model`; the turn uses that model (`b`, not
    the default; still loaded by the LRU test when the module runs in order), and a model
    no longer served falls back to the default."""
    api = "/api/conversations"
    for wanted, answered in (("b", "b"), ("gone", "remote")):
        cid = client.post(api, json={"settings": {"model": wanted}}).json()["id"]
        turn = client.post(f"{api}/{cid}/messages",
                           json={"content": "Say hello.", "stream": False, "max_tokens": 6})
        assert turn.status_code == 200, turn.text
        reply = turn.json()["assistant_message"]
        assert reply["model"] == answered and reply["content"]
    assert reply["content"] == "".join(PIECES)


def test_veilleur_models_shows_loaded_size_context_and_source(
        tmp_path: Path, model_path: Path, upstream: ScriptedUpstream) -> None:
    """`veilleur models --url` against a real server of two models (the default is the
    upstream, so that starting it loads no GGUF)."""
    models = [{"id": "remote", "upstream_url": upstream.url, "default": True},
              {"id": "a", "path": str(model_path), "n_ctx": 1024}]
    with ServerProcess(tmp_path, env={"VEILLEUR_MODELS": json.dumps(models)}) as server:
        result = subprocess.run(
            [sys.executable, "-m", "veilleur.cli", "models", "--url", server.base_url],
            capture_output=True, text=True, timeout=120,
            env={**os.environ, "COLUMNS": "200", "VEILLEUR_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    rows = {line.split("│")[1].strip(): [c.strip() for c in line.split("│")[2:-1]]
            for line in result.stdout.splitlines() if line.startswith("│")}
    assert rows["remote"] == ["yes", "", "4096", upstream.url]
    assert rows["a"][0] == "no" and rows["a"][1].endswith("MB")
    assert rows["a"][2:] == ["1024", str(model_path)]
