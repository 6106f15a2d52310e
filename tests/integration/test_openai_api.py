"""The OpenAI-compatible API, driven by the official `openai` client and raw HTTP."""

from __future__ import annotations

import json
import socket

import httpx
import openai
import pytest


@pytest.fixture(scope="module")
def client(server) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{server.base_url}/v1", api_key="unused", max_retries=0)


def test_models(client: openai.OpenAI, model_id: str) -> None:
    models = client.models.list()
    assert [m.id for m in models.data] == [model_id]
    assert client.models.retrieve(model_id).id == model_id


def test_chat_completion(client: openai.OpenAI, model_id: str) -> None:
    result = client.chat.completions.create(
        model=model_id,
        messages=[{"role": "user", "content": "What is the capital of France?"}],
        temperature=0,
        max_tokens=30,
    )
    choice = result.choices[0]
    assert "Paris" in choice.message.content
    assert choice.message.role == "assistant"
    assert choice.finish_reason in ("stop", "length")
    assert result.usage.prompt_tokens > 0 and result.usage.completion_tokens > 0
    assert result.usage.total_tokens == result.usage.prompt_tokens + result.usage.completion_tokens


def test_chat_streaming_with_usage(client: openai.OpenAI, model_id: str) -> None:
    stream = client.chat.completions.create(
        model=model_id,
        messages=[{"role": "user", "content": "Quelle est la capitale de l'Italie ?"}],
        temperature=0,
        max_tokens=30,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "Rome" in text
    finishes = [
        c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason
    ]
    assert len(finishes) == 1
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens > 0
    assert all(c.usage is None for c in chunks[:-1])


def test_streaming_wire_format_is_openai_sse(server, model_id: str) -> None:
    body = {
        "model": model_id,
        "messages": [{"role": "user", "content": "Hi"}],
        "max_tokens": 5,
        "stream": True,
    }
    with httpx.stream("POST", f"{server.base_url}/v1/chat/completions", json=body) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        raw = response.read().decode()
    events = [e for e in raw.split("\n\n") if e]
    assert all(e.startswith("data: ") for e in events)
    assert events[-1] == "data: [DONE]"
    assert json.loads(events[0][6:])["object"] == "chat.completion.chunk"


def test_completions_streaming_and_not(client: openai.OpenAI, model_id: str) -> None:
    result = client.completions.create(
        model=model_id,
        prompt="Q: What is the capital of France?\nA:",
        max_tokens=8,
        temperature=0,
    )
    assert "Paris" in result.choices[0].text
    assert result.usage.completion_tokens <= 8
    pieces = client.completions.create(
        model=model_id, prompt="1, 2, 3,", max_tokens=6, temperature=0, stream=True
    )
    assert "4" in "".join(c.choices[0].text for c in pieces if c.choices)


def test_sampling_parameters_are_accepted(client: openai.OpenAI, model_id: str) -> None:
    kwargs = dict(
        model=model_id,
        messages=[{"role": "user", "content": "Tell me a word."}],
        max_tokens=8,
        temperature=1.2,
        top_p=0.9,
        seed=42,
        presence_penalty=0.5,
        frequency_penalty=0.5,
        stop=["\n"],
        extra_body={"top_k": 20, "repeat_penalty": 1.1, "min_p": 0.1},
    )
    answers = []
    for _ in range(2):
        # start from the same KV-cache state (see docs/api.md on seeds and prefix reuse)
        client.completions.create(model=model_id, prompt="Zebras", max_tokens=1)
        answers.append(client.chat.completions.create(**kwargs).choices[0].message.content)
    assert answers[0] == answers[1]  # same seed, same answer


def error_of(response: httpx.Response) -> dict:
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"message", "type", "param", "code"}
    return body["error"]


def test_unknown_model_is_404(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as info:
        client.chat.completions.create(model="nope", messages=[{"role": "user", "content": "x"}])
    assert info.value.body["param"] == "model"


@pytest.mark.parametrize(
    ("payload", "param"),
    [
        ({"messages": []}, "messages"),
        ({"max_tokens": -1}, "max_tokens"),
        ({"temperature": 3}, "temperature"),
        ({"temperature": "hot"}, "temperature"),
        ({"top_p": 0}, "top_p"),
        ({"messages": [{"role": "robot", "content": "x"}]}, "messages[0].role"),
        ({"n": 9}, "n"),  # n is bounded (1–8: docs/api.md)
        ({"messages": "hello"}, "messages"),
    ],
)
def test_invalid_parameters_are_400(
    server, model_id: str, payload: dict, param: str | None
) -> None:
    body = {"model": model_id, "messages": [{"role": "user", "content": "x"}], **payload}
    response = httpx.post(f"{server.base_url}/v1/chat/completions", json=body)
    assert response.status_code == 400
    error = error_of(response)
    assert error["type"] == "invalid_request_error"
    if param:
        assert error["param"] == param


def test_missing_model_field_is_400(server) -> None:
    response = httpx.post(f"{server.base_url}/v1/chat/completions", json={"messages": []})
    assert response.status_code == 400
    assert error_of(response)["code"] == "missing_required_parameter"


def test_malformed_json_and_invalid_utf8_are_400(server) -> None:
    for raw in (b'{"model": ', b'{"model": "\xff\xfe"}'):
        response = httpx.post(
            f"{server.base_url}/v1/chat/completions",
            content=raw,
            headers={"content-type": "application/json"},
        )
        assert response.status_code == 400, raw
        error_of(response)


def test_ten_megabyte_body_is_413(server, model_id: str) -> None:
    body = json.dumps(
        {"model": model_id, "messages": [{"role": "user", "content": "x" * 10_000_000}]}
    )
    response = httpx.post(
        f"{server.base_url}/v1/chat/completions",
        content=body,
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413
    assert error_of(response)["code"] == "payload_too_large"


def test_chunked_oversized_body_is_413(server) -> None:
    def chunks():
        for _ in range(40):
            yield b"x" * 100_000

    response = httpx.post(
        f"{server.base_url}/v1/chat/completions",
        content=chunks(),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413


def test_prompt_longer_than_context_is_400(client: openai.OpenAI, model_id: str) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        client.completions.create(model=model_id, prompt="word " * 6000, max_tokens=5)
    assert info.value.code == "context_length_exceeded"
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(
            model=model_id, messages=[{"role": "user", "content": "word " * 6000}]
        )
    assert info.value.code == "context_length_exceeded"


def test_long_history_is_trimmed_not_refused(client: openai.OpenAI, model_id: str) -> None:
    history = []
    for i in range(80):
        history += [
            {"role": "user", "content": f"Fact {i}: " + "blah " * 40},
            {"role": "assistant", "content": "Noted."},
        ]
    history.append({"role": "user", "content": "Say OK."})
    result = client.chat.completions.create(model=model_id, messages=history, max_tokens=5)
    assert result.usage.prompt_tokens < 4096


def test_unknown_route_is_404_in_error_format(server) -> None:
    response = httpx.get(f"{server.base_url}/v1/nothing")
    assert response.status_code == 404
    error_of(response)


def test_health_and_readiness(server) -> None:
    assert httpx.get(f"{server.base_url}/healthz").json() == {"status": "ok"}
    assert httpx.get(f"{server.base_url}/readyz").json()["status"] == "ready"


def test_client_disconnect_stops_generation(server, model_id: str) -> None:
    """After a client drops a long stream, the engine stops generating it: the server goes
    idle having spent a small part of what the 2,000 tokens would cost (CPU time, which a
    loaded machine does not stretch), and serves the next requests."""
    from observe import cpu_seconds, wait_idle

    pid = server.proc.pid
    messages = [{"role": "user", "content": ", ".join(str(i) for i in range(1, 31)) + ","}]
    body = {"model": model_id, "messages": messages, "max_tokens": 2000, "stream": True,
            "temperature": 0}
    # What one token of this answer costs, from a finished request of 16 tokens.
    before = cpu_seconds(pid)
    reference = httpx.post(f"{server.base_url}/v1/chat/completions", timeout=300,
                           json={**body, "stream": False, "max_tokens": 16}).json()
    per_token = (cpu_seconds(pid) - before) / max(reference["usage"]["completion_tokens"], 1)
    payload = json.dumps(body).encode()
    host, port = "127.0.0.1", int(server.base_url.rsplit(":", 1)[1])
    with socket.create_connection((host, port)) as sock:
        sock.sendall(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/json\r\n"
            + f"Content-Length: {len(payload)}\r\n\r\n".encode()
            + payload
        )
        received = b""
        while received.count(b"data: ") < 3:
            received += sock.recv(4096)
        dropped = cpu_seconds(pid)
    spent = wait_idle(pid, "after the client dropped a 2,000-token stream") - dropped
    assert spent < 200 * per_token, (
        f"after the drop the server spent {spent:.1f} CPU s, {spent / per_token:.0f} tokens' "
        "worth: the dropped stream kept generating")
    # As many short requests as the engine has slots: all are served.
    import asyncio

    short = {"model": model_id, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 3}

    async def fill_the_slots() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=server.base_url, timeout=300) as client:
            return await asyncio.gather(
                *(client.post("/v1/chat/completions", json=short) for _ in range(4))
            )

    results = asyncio.run(fill_the_slots())
    assert [r.status_code for r in results] == [200] * 4


def test_full_queue_is_503_with_retry_after(tmp_path) -> None:
    """With a queue of 1, concurrent requests beyond it are refused, the rest complete."""
    import asyncio

    from helpers import ServerProcess

    env = {"VEILLEUR_MAX_QUEUE": "1"}
    with ServerProcess(tmp_path / "q", env=env) as proc:
        model = httpx.get(f"{proc.base_url}/v1/models").json()["data"][0]["id"]
        body = {"model": model, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 16}

        async def burst() -> list[httpx.Response]:
            async with httpx.AsyncClient(base_url=proc.base_url, timeout=120) as client:
                return await asyncio.gather(
                    *(client.post("/v1/chat/completions", json=body) for _ in range(6))
                )

        responses = asyncio.run(burst())
        statuses = sorted(r.status_code for r in responses)
        assert 200 in statuses and 503 in statuses and set(statuses) <= {200, 503}
        refused = next(r for r in responses if r.status_code == 503)
        assert int(refused.headers["Retry-After"]) >= 1
        assert refused.json()["error"]["code"] == "overloaded"
        assert httpx.get(f"{proc.base_url}/healthz").status_code == 200
