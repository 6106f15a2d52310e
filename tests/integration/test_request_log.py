"""Request ids and the access log: `X-Request-ID` in, the same id out, in the log line and
in the safety audit rows of that request; JSON log lines parse.

A real app (routes, middleware, safety pipeline, guarded engine) over a scripted backend.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from helpers import ScriptedBackend
from veilleur.assembly import build_app
from veilleur.config import Settings
from veilleur.context import REQUEST_ID
from veilleur.logs import JsonFormatter, configure_logging

BENIGN = "Tell me about the history of chemistry in a few sentences."


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    app = build_app(Settings(data_dir=tmp_path), backend=ScriptedBackend(["Chemistry."]),
                    preload=True)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        yield client


def _chat(client: TestClient, **headers: str):  # type: ignore[no-untyped-def]
    return client.post("/v1/chat/completions", headers=headers, json={
        "model": "scripted", "messages": [{"role": "user", "content": BENIGN}]})


def test_a_valid_request_id_is_kept_and_logged(client: TestClient,
                                              caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="veilleur.access"):
        answer = _chat(client, **{"X-Request-ID": "trace-42.abc:1"})
    assert answer.status_code == 200, answer.text
    assert answer.headers["x-request-id"] == "trace-42.abc:1"
    lines = [r for r in caplog.records if r.name == "veilleur.access"]
    assert len(lines) == 1
    line = lines[0]
    assert (line.method, line.path, line.route, line.status) == (
        "POST", "/v1/chat/completions", "/v1/chat/completions", 200)
    assert line.completed is True and line.duration_ms >= 0
    assert line.user == "local"
    # The id was the request's while it was served; the line is formatted with it.
    formatted = json.loads(JsonFormatter().format(line))
    assert formatted["status"] == 200 and formatted["logger"] == "veilleur.access"


@pytest.mark.parametrize("sent", ["", "has space", "a" * 129, "quote\"d", "ctl\x7f"])
def test_an_unusable_request_id_is_replaced(client: TestClient, sent: str) -> None:
    answer = _chat(client, **{"X-Request-ID": sent})
    assert answer.status_code == 200
    got = answer.headers["x-request-id"]
    assert got != sent and len(got) == 32 and got.isalnum()


def test_refusals_carry_an_id_too(client: TestClient) -> None:
    answer = client.post("/v1/chat/completions", content=b"{", headers={
        "Content-Type": "application/json", "X-Request-ID": "bad-json-1"})
    assert answer.status_code == 400
    assert answer.headers["x-request-id"] == "bad-json-1"
    unknown = client.get("/no/such/route", headers={"X-Request-ID": "nf-1"})
    assert unknown.status_code == 404 and unknown.headers["x-request-id"] == "nf-1"


def test_json_lines_carry_the_request_id_and_extra_fields() -> None:
    formatter = JsonFormatter()
    record = logging.LogRecord("veilleur.x", logging.WARNING, __file__, 1, "hello %s",
                               ("world",), None)
    record.duration_ms = 1.5
    token = REQUEST_ID.set("rid-1")
    try:
        line = json.loads(formatter.format(record))
    finally:
        REQUEST_ID.reset(token)
    assert line["message"] == "hello world" and line["level"] == "warning"
    assert line["request_id"] == "rid-1" and line["duration_ms"] == 1.5
    try:
        raise ValueError("boom")
    except ValueError:
        import sys
        record.exc_info = sys.exc_info()
    line = json.loads(formatter.format(record))
    assert line["exc_type"] == "ValueError" and "traceback" not in line
    assert "traceback" in json.loads(JsonFormatter(tracebacks=True).format(record))


def test_configure_logging_installs_one_handler() -> None:
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    try:
        configure_logging("info", "json")
        configure_logging("debug", "text")
        assert len(root.handlers) == 1 and root.level == logging.DEBUG
    finally:
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])


def test_the_audit_rows_of_a_turn_carry_the_request_id(client: TestClient) -> None:
    from veilleur.safety.audit import AuditLog

    conversation = client.post("/api/conversations", json={}).json()["id"]
    answer = client.post(f"/api/conversations/{conversation}/messages",
                         headers={"X-Request-ID": "turn-7"},
                         json={"content": BENIGN, "stream": False})
    assert answer.status_code == 200, answer.text
    sessions = client.app.state.veilleur.accounts._sessions  # the app's own store
    rows = [r for r in AuditLog(sessions).query() if r.request_id == "turn-7"]
    assert {r.direction for r in rows} == {"input", "output"}, rows
