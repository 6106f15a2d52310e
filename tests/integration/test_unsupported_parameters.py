"""OpenAI parameters this server does not implement are refused by name, never ignored."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from helpers import ScriptedBackend
from veilleur.api.openai.embeddings import UNSUPPORTED_EMBEDDINGS
from veilleur.api.openai.protocol import UNSUPPORTED_CHAT, UNSUPPORTED_COMPLETION
from veilleur.api.openai.responses_protocol import UNSUPPORTED_RESPONSES
from veilleur.assembly import build_app
from veilleur.config import Settings

CHAT = {"model": "scripted", "messages": [{"role": "user", "content": "Hello"}]}
COMPLETION = {"model": "scripted", "prompt": "Hello"}
RESPONSE = {"model": "scripted", "input": "Hello"}

# A value that asks for the feature, for each unsupported parameter.
USED = {
    "functions": [{"name": "f"}], "function_call": "auto",
    "logprobs": True, "top_logprobs": 2, "logit_bias": {"50256": -100},
    "audio": {"voice": "alloy", "format": "wav"}, "modalities": ["text", "audio"],
    "prediction": {"type": "content", "content": "x"}, "store": True,
    "metadata": {"k": "v"}, "web_search_options": {"search_context_size": "low"},
    "reasoning_effort": "low",
    "service_tier": "flex", "best_of": 2, "suffix": "end", "n": 2,
}
COMPLETION_USED = {**USED, "logprobs": 3}
RESPONSE_USED = {
    "background": True, "conversation": "conv_1", "include": ["reasoning.encrypted_content"],
    "prompt": {"id": "pmpt_1"}, "reasoning": {"effort": "low"}, "service_tier": "flex",
    "top_logprobs": 2, "max_tool_calls": 3, "prompt_cache_key": "k",
    "prompt_cache_retention": "24h", "prompt_cache_options": {"mode": "explicit"},
    "context_management": [{"type": "compaction"}], "moderation": {"model": "m"},
    "access_programs": {"cyber": "standard"}, "image": {"context_compression": "enabled"},
}
# Nested parts of the Responses API that are refused, by their path.
RESPONSE_NESTED = [
    ({"text": {"verbosity": "low"}}, "text.verbosity"),
    ({"stream": True, "stream_options": {"include_obfuscation": True}},
     "stream_options.include_obfuscation"),
    ({"tools": [{"type": "file_search", "vector_store_ids": ["v"]}]}, "tools[0].type"),
    ({"tools": [{"type": "function", "name": "f", "defer_loading": True}]},
     "tools[0].defer_loading"),
    ({"tools": [{"type": "function", "name": "f", "output_schema": {"type": "object"}}]},
     "tools[0].output_schema"),
    ({"tools": [{"type": "function", "name": "f"}], "tool_choice": {"type": "allowed_tools"}},
     "tool_choice.type"),
    ({"input": [{"type": "reasoning", "summary": []}]}, "input[0].type"),
    ({"input": [{"role": "user", "content": [{"type": "input_file", "file_id": "f"}]}]},
     "input[0].content[0].type"),
]
USED_TOOLS = [{"type": "function", "function": {"name": "f", "parameters": {}}}]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("unsupported"))
    app = build_app(settings, backend=ScriptedBackend(["Hi."]), preload=True)
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


@pytest.mark.parametrize(("path", "base", "name", "used"), [
    *[("/v1/chat/completions", CHAT, name, USED[name]) for name in UNSUPPORTED_CHAT],
    *[("/v1/completions", COMPLETION, name, COMPLETION_USED[name])
      for name in UNSUPPORTED_COMPLETION],
    *[("/v1/responses", RESPONSE, name, RESPONSE_USED[name]) for name in UNSUPPORTED_RESPONSES],
])
def test_an_unsupported_parameter_is_refused_by_name(client, path, base, name, used) -> None:
    response = client.post(path, json={**base, name: used})
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert (error["code"], error["param"]) == ("unsupported_parameter", name)


@pytest.mark.parametrize(("path", "extra"), [
    ("/v1/chat/completions", {"response_format": {"type": "text"}, "tools": [],
                              "logprobs": False, "store": False, "tool_choice": "none"}),
    ("/v1/completions", {"logprobs": None, "best_of": 1, "suffix": ""}),
    ("/v1/responses", {"background": False, "include": [], "top_logprobs": 0,
                       "service_tier": "auto", "truncation": "disabled",
                       "text": {"format": {"type": "text"}, "verbosity": "medium"},
                       "tools": [{"type": "function", "name": "f", "defer_loading": False,
                                  "allowed_callers": ["direct"]}], "tool_choice": "none"}),
])
def test_values_that_mean_not_used_are_accepted(client, path, extra) -> None:
    base = {"/v1/chat/completions": CHAT, "/v1/completions": COMPLETION,
            "/v1/responses": RESPONSE}[path]
    assert client.post(path, json={**base, **extra}).status_code == 200


def test_the_docs_list_every_unsupported_parameter() -> None:
    text = (Path(__file__).parents[2] / "docs" / "api.md").read_text()
    missing = [name for name in {*UNSUPPORTED_CHAT, *UNSUPPORTED_COMPLETION}
               if f"`{name}`" not in text]
    assert not missing, f"not in docs/api.md: {missing}"
    # Embeddings: each refused parameter is in the endpoint's row of the table (refused
    # against the real model in test_embeddings.py).
    row = next(line for line in text.splitlines() if line.startswith("| `POST /v1/embeddings`"))
    assert all(f"`{name}`" in row for name in UNSUPPORTED_EMBEDDINGS), row
    # Responses: every refused parameter, top-level and nested, is in the endpoint's row.
    row = next(line for line in text.splitlines() if line.startswith("| `POST /v1/responses`"))
    nested = {re.sub(r"\[0\]", "[i]", param).replace("content[i]", "content[j]")
              for _, param in RESPONSE_NESTED}
    missing = [name for name in {*UNSUPPORTED_RESPONSES, *nested} if f"`{name}`" not in row]
    assert not missing, f"not in the POST /v1/responses row of docs/api.md: {missing}"


@pytest.mark.parametrize(("extra", "param"), RESPONSE_NESTED)
def test_nested_responses_parameters_are_refused_by_path(client, extra, param) -> None:
    response = client.post("/v1/responses", json={**RESPONSE, **extra})
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert (error["code"], error["param"]) == ("unsupported_parameter", param)


@pytest.mark.parametrize("extra", [
    {"response_format": {"type": "json_object"}},
    {"response_format": {"type": "json_schema", "json_schema": {"name": "s", "schema": {}}}},
    {"tools": USED_TOOLS, "tool_choice": "auto", "parallel_tool_calls": False},
    {"tools": USED_TOOLS, "tool_choice": {"type": "function", "function": {"name": "f"}}},
])
def test_structured_output_and_tools_are_no_longer_refused(client, extra) -> None:
    """Honoured since issue 15 (what the embedded engine does with them: test_tool_calls.py,
    test_structured_output.py); the scripted backend here only proves the API takes them."""
    assert client.post("/v1/chat/completions", json={**CHAT, **extra}).status_code == 200
