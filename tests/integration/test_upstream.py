"""The upstream backend, against a real OpenAI-compatible server on loopback.

A GPU server (vLLM, SGLang) cannot run here; another Veilleur speaks the same protocol,
so a second `veilleur serve --backend openai` is pointed at the session's server and
driven with the official client, end to end.
"""

from __future__ import annotations

import httpx
import openai
import pytest

from helpers import ServerProcess
from veilleur.server import free_port


@pytest.fixture(scope="module")
def proxy(server, tmp_path_factory: pytest.TempPathFactory):
    env = {"VEILLEUR_BACKEND": "openai", "VEILLEUR_UPSTREAM_URL": f"{server.base_url}/v1"}
    with ServerProcess(tmp_path_factory.mktemp("proxy"), env=env) as proc:
        yield proc


def test_models_come_from_the_upstream(proxy, model_id: str) -> None:
    data = httpx.get(f"{proxy.base_url}/v1/models").json()["data"]
    assert [m["id"] for m in data] == [model_id]
    assert data[0]["context_length"] == 4096  # the upstream's window, as it reports it


def test_chat_streams_through_the_upstream(proxy, model_id: str) -> None:
    client = openai.OpenAI(base_url=f"{proxy.base_url}/v1", api_key="unused", max_retries=0)
    chunks = list(
        client.chat.completions.create(
            model=model_id,
            messages=[{"role": "user", "content": "What is the capital of France?"}],
            temperature=0,
            max_tokens=20,
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "Paris" in text
    assert chunks[-1].usage.prompt_tokens > 0  # the upstream's exact count


def test_conversations_work_on_the_upstream_backend(proxy) -> None:
    api = f"{proxy.base_url}/api/conversations"
    cid = httpx.post(api, json={}).json()["id"]
    turn = httpx.post(
        f"{api}/{cid}/messages",
        json={"content": "Say hello.", "stream": False, "max_tokens": 8},
        timeout=120,
    ).json()
    assert turn["assistant_message"]["status"] == "complete"
    assert turn["assistant_message"]["content"]


def test_upstream_refusal_is_translated(proxy, model_id: str) -> None:
    response = httpx.post(
        f"{proxy.base_url}/v1/completions",
        json={"model": model_id, "prompt": "word " * 6000, "max_tokens": 5},
        timeout=60,
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "context_length_exceeded"


def test_unreachable_upstream_is_a_clear_startup_error(tmp_path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "veilleur.cli",
            "serve",
            "--data-dir",
            str(tmp_path),
            "--port",
            str(free_port()),
        ],
        env={
            **__import__("os").environ,
            "VEILLEUR_BACKEND": "openai",
            "VEILLEUR_UPSTREAM_URL": "http://127.0.0.1:9/v1",
            "VEILLEUR_PORT": "0",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "did not list its models" in result.stderr and "Traceback" not in result.stderr
