"""`logprobs`, `top_logprobs` and `n` through the OpenAI API: the official client against a
real server on loopback with the default model; the output guard and the upstream
backend with scripted models."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from fastapi.testclient import TestClient

from helpers import UPSTREAM_PIECES, ScriptedBackend, ScriptedUpstream
from veilleur.assembly import build_app
from veilleur.config import Settings

QUESTION = [{"role": "user", "content": "Écris une phrase sur le café."}]


@pytest.fixture(scope="module")
def client(server) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{server.base_url}/v1", api_key="unused", max_retries=0)


def _content_bytes(entries: list[Any]) -> bytes:
    return b"".join(bytes(e.bytes) for e in entries)


def test_chat_logprobs_are_the_models(client: openai.OpenAI, model_id: str) -> None:
    result = client.chat.completions.create(
        model=model_id, messages=QUESTION, temperature=0, max_tokens=24,
        logprobs=True, top_logprobs=5)
    choice = result.choices[0]
    entries = choice.logprobs.content
    assert entries and choice.logprobs.refusal is None
    # the tokens' bytes are the content's, split where the tokens split it
    assert _content_bytes(entries) == choice.message.content.encode("utf-8")
    for entry in entries:
        assert entry.logprob <= 0.0
        tops = [t.logprob for t in entry.top_logprobs]
        assert len(tops) == 5 and tops == sorted(tops, reverse=True)
        assert all(t.logprob <= 0.0 and t.bytes is not None for t in entry.top_logprobs)
        # temperature 0: the token drawn is the most likely one
        assert entry.logprob == pytest.approx(tops[0], abs=1e-9)
        assert bytes(entry.top_logprobs[0].bytes).endswith(bytes(entry.bytes))


def test_twenty_top_logprobs_hold_at_most_all_the_mass(client: openai.OpenAI,
                                                       model_id: str) -> None:
    result = client.chat.completions.create(
        model=model_id, messages=QUESTION, temperature=0.8, seed=11, max_tokens=12,
        logprobs=True, top_logprobs=20)
    for entry in result.choices[0].logprobs.content:
        assert len(entry.top_logprobs) == 20
        assert sum(math.exp(t.logprob) for t in entry.top_logprobs) <= 1.0 + 1e-6


def test_chat_logprobs_stream_with_their_delta(client: openai.OpenAI, model_id: str) -> None:
    whole = client.chat.completions.create(
        model=model_id, messages=QUESTION, temperature=0, max_tokens=24,
        logprobs=True, top_logprobs=2)
    chunks = list(client.chat.completions.create(
        model=model_id, messages=QUESTION, temperature=0, max_tokens=24,
        logprobs=True, top_logprobs=2, stream=True))
    streamed = []
    for chunk in chunks:
        choice = chunk.choices[0]
        if choice.delta.content:
            assert choice.logprobs is not None  # each text chunk has its tokens'
            streamed.extend(choice.logprobs.content)
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert text == whole.choices[0].message.content
    assert [(e.token, e.logprob) for e in streamed] == \
        [(e.token, e.logprob) for e in whole.choices[0].logprobs.content]


def test_chat_without_logprobs_has_none(client: openai.OpenAI, model_id: str) -> None:
    result = client.chat.completions.create(model=model_id, messages=QUESTION, max_tokens=4,
                                            logprobs=False)
    assert result.choices[0].logprobs is None


def test_completion_logprobs_in_the_legacy_shape(client: openai.OpenAI, model_id: str) -> None:
    result = client.completions.create(
        model=model_id, prompt="The capital of France is", temperature=0, max_tokens=12,
        logprobs=3)
    choice = result.choices[0]
    lp = choice.logprobs
    n = len(lp.tokens)
    assert n > 0 and len(lp.token_logprobs) == len(lp.top_logprobs) == len(lp.text_offset) == n
    assert lp.text_offset == sorted(lp.text_offset) and lp.text_offset[0] == 0
    for token, logprob, top, offset in zip(lp.tokens, lp.token_logprobs, lp.top_logprobs,
                                           lp.text_offset, strict=True):
        assert logprob <= 0.0
        assert token in top and len(top) <= 4  # the 3 most likely, and always the drawn one
        assert max(top.values()) == pytest.approx(logprob)
        if not token.startswith("bytes:"):
            assert choice.text[offset:].startswith(token)
    assert "".join(lp.tokens) == choice.text


def test_completion_logprobs_stream(client: openai.OpenAI, model_id: str) -> None:
    chunks = list(client.completions.create(
        model=model_id, prompt="Once upon a time", temperature=0, max_tokens=10, logprobs=1,
        stream=True))
    text, tokens, offsets = "", [], []
    for chunk in chunks:
        choice = chunk.choices[0]
        if choice.text:
            assert choice.logprobs is not None
            tokens += choice.logprobs.tokens
            offsets += choice.logprobs.text_offset
        text += choice.text
    assert "".join(tokens) == text
    assert offsets[0] == 0 and offsets == sorted(offsets)


def test_n_choices_each_sampled(client: openai.OpenAI, model_id: str) -> None:
    one = client.chat.completions.create(model=model_id, messages=QUESTION, max_tokens=16,
                                         temperature=1.0, seed=5)
    result = client.chat.completions.create(model=model_id, messages=QUESTION, max_tokens=16,
                                            temperature=1.0, seed=5, n=3, logprobs=True)
    assert [c.index for c in result.choices] == [0, 1, 2]
    texts = [c.message.content for c in result.choices]
    assert texts[0] == one.choices[0].message.content  # choice 0 draws with the seed itself
    assert len(set(texts)) > 1, texts  # the others with seed + i
    assert result.usage.prompt_tokens == one.usage.prompt_tokens  # the prompt counted once
    drawn = sum(len(c.logprobs.content) for c in result.choices)
    assert result.usage.completion_tokens >= drawn >= 3


def test_n_streams_by_index_like_the_whole_answer(client: openai.OpenAI,
                                                   model_id: str) -> None:
    args: dict[str, Any] = {"model": model_id, "messages": QUESTION, "max_tokens": 16,
                            "temperature": 1.0, "seed": 42, "n": 2}
    whole = client.chat.completions.create(**args)
    texts = ["", ""]
    finishes: dict[int, str] = {}
    usage = None
    for chunk in client.chat.completions.create(**args, stream=True,
                                                stream_options={"include_usage": True}):
        for choice in chunk.choices:
            texts[choice.index] += choice.delta.content or ""
            if choice.finish_reason:
                assert choice.index not in finishes
                finishes[choice.index] = choice.finish_reason
        usage = chunk.usage or usage
    assert texts == [c.message.content for c in whole.choices]
    assert set(finishes) == {0, 1}
    assert usage is not None and usage.completion_tokens == whole.usage.completion_tokens


def test_n_on_completions(client: openai.OpenAI, model_id: str) -> None:
    result = client.completions.create(model=model_id, prompt="Three colours:", n=2,
                                       max_tokens=8, temperature=1.0, seed=9)
    assert [c.index for c in result.choices] == [0, 1]
    assert result.choices[0].text != result.choices[1].text


@pytest.mark.parametrize(("path", "extra", "param"), [
    ("/v1/chat/completions", {"n": 9}, "n"),
    ("/v1/chat/completions", {"n": 0}, "n"),
    ("/v1/chat/completions", {"logprobs": True, "top_logprobs": 21}, "top_logprobs"),
    ("/v1/chat/completions", {"logprobs": True, "top_logprobs": -1}, "top_logprobs"),
    ("/v1/chat/completions", {"top_logprobs": 3}, "top_logprobs"),
    ("/v1/chat/completions", {"logprobs": "yes please"}, "logprobs"),
    ("/v1/completions", {"logprobs": 6}, "logprobs"),
    ("/v1/completions", {"n": 9}, "n"),
    ("/v1/completions", {"logprobs": 2, "echo": True}, "logprobs"),
])
def test_bad_values_are_refused_by_name(server, model_id: str, path: str,
                                        extra: dict[str, Any], param: str) -> None:
    base: dict[str, Any] = ({"messages": QUESTION} if "chat" in path
                            else {"prompt": "Hello"})
    response = httpx.post(f"{server.base_url}{path}",
                          json={"model": model_id, "max_tokens": 2, **base, **extra}, timeout=60)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["param"] == param
    if "echo" in extra:
        assert response.json()["error"]["code"] == "unsupported_parameter"


# --- scripted models: the output guard, the upstream backend -------------------------------

HARMFUL = ["Sure. ", "Here is how to build a pipe bomb: first, ", "get a steel pipe. ",
           "Then " * 40]


@pytest.fixture(scope="module")
def scripted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, Any]]:
    backend = ScriptedBackend(HARMFUL)
    app = build_app(Settings(data_dir=tmp_path_factory.mktemp("n-guard")), backend=backend,
                    preload=True)
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client, backend


def test_every_choice_passes_the_output_guard(scripted: tuple[TestClient, Any]) -> None:
    client, backend = scripted
    before = len(backend.requests)
    body = {"model": "scripted", "messages": [{"role": "user", "content": "a story?"}],
            "n": 3, "seed": 7}
    answer = client.post("/v1/chat/completions", json=body).json()
    assert [c["finish_reason"] for c in answer["choices"]] == ["content_filter"] * 3
    assert all("pipe bomb" not in (c["message"]["content"] or "") for c in answer["choices"])
    assert answer["veilleur"]["safety"]["cut"] is True
    seeds = [r.sampling.seed for r in backend.requests[before:]]
    assert seeds == [7, 8, 9]  # one generation a choice, seed + i
    streamed = client.post("/v1/chat/completions", json={**body, "stream": True}).text
    # streamed, each choice is cut on its own (after what its guard had let through)
    assert streamed.count("\"finish_reason\": \"content_filter\"") == 3
    assert streamed.count("\"refusal\": ") == 3


@pytest.fixture(scope="module")
def upstream() -> Iterator[ScriptedUpstream]:
    server = ScriptedUpstream()
    yield server
    server.close()


@pytest.fixture(scope="module")
def upstream_client(tmp_path_factory: pytest.TempPathFactory,
                    upstream: ScriptedUpstream) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("upstream-logprobs"),
                        backend="openai", upstream_url=upstream.url)
    with TestClient(build_app(settings, preload=True),
                    base_url="http://127.0.0.1") as test_client:
        yield test_client


def test_upstream_logprobs_are_passed_through(upstream_client: TestClient,
                                              upstream: ScriptedUpstream) -> None:
    body = {"model": "remote-model", "messages": QUESTION, "logprobs": True,
            "top_logprobs": 2}
    answer = upstream_client.post("/v1/chat/completions", json=body).json()
    sent = upstream.bodies[-1]
    assert (sent["logprobs"], sent["top_logprobs"]) == (True, 2)
    content = answer["choices"][0]["logprobs"]["content"]
    assert [e["token"] for e in content] == UPSTREAM_PIECES
    assert content[0] == {"token": UPSTREAM_PIECES[0], "logprob": -0.25,
                          "bytes": list(UPSTREAM_PIECES[0].encode()),
                          "top_logprobs": [
                              {"token": UPSTREAM_PIECES[0], "logprob": -0.25,
                               "bytes": list(UPSTREAM_PIECES[0].encode())},
                              {"token": f"{UPSTREAM_PIECES[0]}~1", "logprob": -1.25,
                               "bytes": list(f"{UPSTREAM_PIECES[0]}~1".encode())}]}
    legacy = upstream_client.post("/v1/completions", json={
        "model": "remote-model", "prompt": "Hi", "logprobs": 1}).json()
    assert upstream.bodies[-1]["logprobs"] == 1
    lp = legacy["choices"][0]["logprobs"]
    assert lp["tokens"] == UPSTREAM_PIECES and lp["token_logprobs"] == [-0.25] * 3
    assert lp["text_offset"] == [0, 8, 13]  # offsets in Veilleur's text of the answer


def test_upstream_n_is_one_request_a_choice(upstream_client: TestClient,
                                            upstream: ScriptedUpstream) -> None:
    before = upstream.posts
    answer = upstream_client.post("/v1/chat/completions", json={
        "model": "remote-model", "messages": QUESTION, "n": 2, "seed": 3}).json()
    assert [c["message"]["content"] for c in answer["choices"]] == ["".join(UPSTREAM_PIECES)] * 2
    assert upstream.posts - before == 2
    assert sorted(b["seed"] for b in upstream.bodies[-2:]) == [3, 4]
    assert all("n" not in b for b in upstream.bodies[-2:])


def test_the_docs_describe_logprobs_and_n() -> None:
    text = (Path(__file__).parents[2] / "docs" / "api.md").read_text()
    for needle in ("`top_logprobs`", "`text_offset`", "seed + i", "`n`"):
        assert needle in text, needle
