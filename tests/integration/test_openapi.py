"""`/openapi.json` documents every response and error, and the documented models are true.

Real responses of the real routes (on a scripted backend, as in test_guard_coverage: only
the model is played back) are validated against the response models the OpenAPI document
shows, so a model cannot drift from what the serving code builds.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel

from helpers import ScriptedBackend
from veilleur.api.conversations.protocol import (
    ConversationDetail,
    ConversationList,
    ConversationView,
    TurnResult,
)
from veilleur.api.errors import ErrorResponse
from veilleur.api.openai.protocol import ChatCompletion, Completion, ModelCard, ModelList
from veilleur.api.tasks.protocol import CodeVerdict, Presets, TextResult
from veilleur.assembly import build_app
from veilleur.config import Settings

ANSWER = ["Paris is the capital ", "of France. "]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("openapi"))
    app = build_app(settings, backend=ScriptedBackend(ANSWER), preload=True)
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


def test_every_route_documents_its_answer_and_its_errors(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    problems = []
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            responses = operation["responses"]
            # A redirect (the single sign-on flow) is its route's success.
            codes = [code for code in responses if code[0] in "23"]
            if not codes:
                problems.append(f"{method.upper()} {path}: no success response")
                continue
            code = codes[0]
            content = responses[code].get("content", {})
            empty = method == "delete" or code == "204" or code.startswith("3")
            if not empty and not any("schema" in c or k == "text/event-stream"
                                               for k, c in content.items()):
                problems.append(f"{method.upper()} {path}: the {code} answer has no schema")
            if path not in ("/healthz", "/readyz") and "400" not in responses:
                problems.append(f"{method.upper()} {path}: errors not documented")
    assert not problems, problems
    schemas = document["components"]["schemas"]
    assert {"ErrorResponse", "ChatCompletion", "ConversationDetail", "TextResult",
            "CodeVerdict"} <= schemas.keys()


def _valid(model: type[BaseModel], body: dict) -> None:
    model.model_validate(body)


def test_openai_responses_match_their_models(client: TestClient) -> None:
    _valid(ModelList, client.get("/v1/models").json())
    _valid(ModelCard, client.get("/v1/models/scripted").json())
    chat = client.post("/v1/chat/completions", json={
        "model": "scripted", "messages": [{"role": "user", "content": "Capital of France?"}]})
    _valid(ChatCompletion, chat.json())
    completion = client.post("/v1/completions", json={"model": "scripted", "prompt": "The"})
    _valid(Completion, completion.json())
    _valid(ErrorResponse, client.post("/v1/completions", json={"model": "nope",
                                                                 "prompt": "x"}).json())


def test_conversation_responses_match_their_models(client: TestClient) -> None:
    created = client.post("/api/conversations", json={"title": "t"}).json()
    _valid(ConversationView, created)
    turn = client.post(f"/api/conversations/{created['id']}/messages",
                       json={"content": "Capital of France?", "stream": False}).json()
    _valid(TurnResult, turn)
    _valid(ConversationDetail, client.get(f"/api/conversations/{created['id']}").json())
    _valid(ConversationList, client.get("/api/conversations").json())


def test_task_responses_match_their_models(client: TestClient) -> None:
    _valid(Presets, client.get("/api/tasks/generate/presets").json())
    result = client.post("/api/tasks/generate", json={
        "text": "paris capital france", "preset": "rewrite", "stream": False})
    assert result.status_code == 200, result.text
    _valid(TextResult, result.json())
    verdict = client.post("/api/tasks/code/generate", json={
        "description": "add two numbers", "max_attempts": 1, "stream": False})
    assert verdict.status_code == 200, verdict.text
    _valid(CodeVerdict, verdict.json())


def test_openapi_json_needs_the_key_when_one_is_set(tmp_path: Path) -> None:
    app = build_app(Settings(data_dir=tmp_path, api_key="s3cret"), load=False)
    with TestClient(app, base_url="http://127.0.0.1") as keyed:
        assert keyed.get("/openapi.json").status_code == 401
        assert keyed.get("/openapi.json", headers={"Authorization": "Bearer s3cret"}
                         ).status_code == 200
        assert keyed.get("/docs").status_code == 404
        assert keyed.get("/redoc").status_code == 404
