"""POST /v1/embeddings with the official `openai` client against the real default model.

The default model is a small base model, not an embedding model: these tests hold the
shape (width, unit norm, order, determinism, base64) and only the coarsest ordering of
similarities (a paraphrase closer than an unrelated sentence); the cosines are printed.
"""

from __future__ import annotations

import base64
import importlib.util
import math
import struct

import httpx
import openai
import pytest

from veilleur.api.openai.embeddings import MAX_INPUTS, UNSUPPORTED_EMBEDDINGS

WIDTH = 640  # gemma-3-270m's n_embd
BATCH = [
    "The cat sat on the mat.",
    "A cat was sitting on the rug.",
    "Stock markets fell sharply on Tuesday.",
    "Quelle est la capitale du Canada ?",
    "def add(a, b): return a + b",
    "The weather is sunny and warm today.",
    "The cat sat on the mat.",
    "Photosynthesis turns light into chemical energy.",
]


@pytest.fixture(scope="module")
def client(server) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{server.base_url}/v1", api_key="unused", max_retries=0)


def _cos(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def test_one_string(client: openai.OpenAI, model_id: str) -> None:
    reply = client.embeddings.create(model=model_id, input="Hello, world.",
                                     encoding_format="float")
    assert reply.model == model_id and len(reply.data) == 1
    vector = reply.data[0].embedding
    assert len(vector) == WIDTH
    assert math.isclose(math.sqrt(sum(x * x for x in vector)), 1.0, rel_tol=1e-4)
    assert reply.usage.prompt_tokens > 0
    assert reply.usage.total_tokens == reply.usage.prompt_tokens


def test_a_batch_of_eight(client: openai.OpenAI, model_id: str) -> None:
    reply = client.embeddings.create(model=model_id, input=BATCH, encoding_format="float")
    assert [d.index for d in reply.data] == list(range(len(BATCH)))
    vectors = [d.embedding for d in reply.data]
    assert all(len(v) == WIDTH for v in vectors)
    assert all(math.isclose(_cos(v, v), 1.0, rel_tol=1e-4) for v in vectors)
    assert _cos(vectors[0], vectors[6]) == pytest.approx(1.0, abs=1e-5)  # same text
    paraphrase, unrelated = _cos(vectors[0], vectors[1]), _cos(vectors[0], vectors[2])
    print(f"cosine: paraphrase {paraphrase:.3f}, unrelated {unrelated:.3f}")
    assert paraphrase > unrelated
    # A text embedded alone gets the vector it gets in a batch.
    alone = client.embeddings.create(model=model_id, input=BATCH[3], encoding_format="float")
    assert _cos(alone.data[0].embedding, vectors[3]) == pytest.approx(1.0, abs=1e-5)
    tokens = sum(client.embeddings.create(model=model_id, input=t).usage.prompt_tokens
                 for t in BATCH[:2])
    two = client.embeddings.create(model=model_id, input=BATCH[:2]).usage.prompt_tokens
    assert two == tokens


def test_base64_decodes_to_the_same_floats(server, model_id: str) -> None:
    url = f"{server.base_url}/v1/embeddings"
    body = {"model": model_id, "input": ["Bonjour", "Hello"]}
    floats = httpx.post(url, json={**body, "encoding_format": "float"}).json()["data"]
    encoded = httpx.post(url, json={**body, "encoding_format": "base64"}).json()["data"]
    for plain, packed in zip(floats, encoded, strict=True):
        raw = base64.b64decode(packed["embedding"])
        assert len(raw) == 4 * WIDTH
        decoded = struct.unpack(f"<{WIDTH}f", raw)
        assert decoded == pytest.approx(plain["embedding"], abs=1e-6)


def test_the_clients_default_base64_is_decoded(client: openai.OpenAI, model_id: str) -> None:
    """The `openai` client asks for base64 when no format is given, and decodes it."""
    reply = client.embeddings.create(model=model_id, input="Hello")
    assert len(reply.data[0].embedding) == WIDTH


@pytest.mark.parametrize(("body", "param", "code"), [
    ({"input": ""}, "input[0]", "invalid_value"),
    ({"input": []}, "input", "invalid_value"),
    ({"input": ["ok", ""]}, "input[1]", "invalid_value"),
    ({"input": ["ok", 3]}, "input[1]", "invalid_value"),
    ({"input": {"text": "x"}}, "input", "invalid_value"),
    ({"input": [1, 2, 3]}, "input", "unsupported_parameter"),
    ({"input": [[1, 2], [3]]}, "input", "unsupported_parameter"),
    ({"input": ["x"] * (MAX_INPUTS + 1)}, "input", "invalid_value"),
    ({"input": "x", "dimensions": 64}, "dimensions", "unsupported_parameter"),
    ({"input": "x", "dimensions": 0}, "dimensions", "invalid_value"),
    ({"input": "x", "encoding_format": "int8"}, "encoding_format", "invalid_value"),
    ({"input": "word " * 9000}, "input[0]", "context_length_exceeded"),  # > n_ctx
])
def test_bad_inputs_are_a_400_naming_the_param(server, model_id, body, param, code) -> None:
    window = httpx.get(f"{server.base_url}/v1/models").json()["data"][0]["context_length"]
    assert window < 9000  # the embedding window is the model's context_length
    response = httpx.post(f"{server.base_url}/v1/embeddings", json={"model": model_id, **body},
                          timeout=120)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert (error["param"], error["code"]) == (param, code), error


def test_every_refused_parameter_is_refused(server, model_id) -> None:
    assert set(UNSUPPORTED_EMBEDDINGS) == {"input", "dimensions"}  # both covered above


def test_the_models_own_width_is_accepted_as_dimensions(client, model_id) -> None:
    reply = client.embeddings.create(model=model_id, input="x", dimensions=WIDTH)
    assert len(reply.data[0].embedding) == WIDTH


def test_an_unknown_model_is_a_404(client) -> None:
    with pytest.raises(openai.NotFoundError):
        client.embeddings.create(model="text-embedding-3-small", input="x")


@pytest.mark.skipif(importlib.util.find_spec("langchain_openai") is None,
                    reason="langchain-openai is not installed")
def test_langchain_openai_embeddings(server, model_id) -> None:
    from langchain_openai import OpenAIEmbeddings

    # check_embedding_ctx_length=False: else LangChain sends tiktoken token arrays (an
    # OpenAI tokenizer, downloaded at run time), which this server refuses.
    embeddings = OpenAIEmbeddings(model=model_id, base_url=f"{server.base_url}/v1",
                                  api_key="unused", check_embedding_ctx_length=False,
                                  max_retries=0)
    documents = embeddings.embed_documents(BATCH[:3])
    query = embeddings.embed_query(BATCH[0])
    assert [len(v) for v in documents] == [WIDTH] * 3
    assert _cos(query, documents[0]) == pytest.approx(1.0, abs=1e-5)
