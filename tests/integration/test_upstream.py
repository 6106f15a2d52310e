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


def test_structured_output_and_tools_pass_through_the_upstream(proxy, model_id: str) -> None:
    """The proxy passes `response_format` and `tools` on; the upstream enforces them."""
    import json

    client = openai.OpenAI(base_url=f"{proxy.base_url}/v1", api_key="unused", max_retries=0,
                           timeout=600)
    schema = {"type": "object", "properties": {"n": {"type": "integer", "minimum": 1,
                                                     "maximum": 9}},
              "required": ["n"], "additionalProperties": False}
    reply = client.chat.completions.create(
        model=model_id, temperature=0, max_tokens=40,
        messages=[{"role": "user", "content": "Pick a digit, as JSON."}],
        response_format={"type": "json_schema",
                         "json_schema": {"name": "digit", "schema": schema}})
    assert 1 <= json.loads(reply.choices[0].message.content)["n"] <= 9
    tool = {"type": "function", "function": {"name": "echo", "parameters": {
        "type": "object", "properties": {"text": {"type": "string", "maxLength": 20}},
        "required": ["text"], "additionalProperties": False}}}
    chunks = list(client.chat.completions.create(
        model=model_id, temperature=0, max_tokens=60, stream=True, tools=[tool],
        tool_choice="required", parallel_tool_calls=False,
        messages=[{"role": "user", "content": "Echo 'hi'."}]))
    pieces = [p for c in chunks if c.choices for p in c.choices[0].delta.tool_calls or ()]
    assert pieces[0].id and pieces[0].function.name == "echo"
    arguments = json.loads("".join(p.function.arguments or "" for p in pieces))
    assert isinstance(arguments["text"], str)
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "tool_calls"


def test_the_responses_api_goes_through_the_upstreams_chat_completions(proxy, model_id: str
                                                                       ) -> None:
    """A response is translated to the upstream's chat completions (it has no
    /v1/responses to rely on): `text.format` becomes `response_format`, Responses' flat
    function tools chat's `tools`, and the stored chain the messages."""
    import json

    client = openai.OpenAI(base_url=f"{proxy.base_url}/v1", api_key="unused", max_retries=0,
                           timeout=600)
    schema = {"type": "object", "properties": {"n": {"type": "integer", "minimum": 1,
                                                     "maximum": 9}},
              "required": ["n"], "additionalProperties": False}
    first = client.responses.create(
        model=model_id, temperature=0, max_output_tokens=40, input="Pick a digit, as JSON.",
        text={"format": {"type": "json_schema", "name": "digit", "schema": schema}})
    assert first.status == "completed" and 1 <= json.loads(first.output_text)["n"] <= 9
    tool = {"type": "function", "name": "echo", "parameters": {
        "type": "object", "properties": {"text": {"type": "string", "maxLength": 20}},
        "required": ["text"], "additionalProperties": False}}
    second = client.responses.create(
        model=model_id, temperature=0, max_output_tokens=60, tools=[tool],
        tool_choice="required", parallel_tool_calls=False, input="Echo 'hi'.",
        previous_response_id=first.id)
    call = second.output[0]
    assert call.type == "function_call" and call.name == "echo", second.output
    assert isinstance(json.loads(call.arguments)["text"], str)
    assert second.usage.input_tokens > first.usage.input_tokens  # the chain was sent
