"""Hostile input to every route: each is a 4xx with the API's error body, and nothing is
written (issue 13).

The routes are enumerated from the app itself (`build_app(..., load=False).routes`, the
included routers flattened), so a new route is in the matrix the day it is added; a test
also checks that every path of `/openapi.json` is among them. The matrix runs on an app
without a model (`TestClient`): a hostile body that got past validation would reach the
engine and answer 503, which fails the 4xx assertion, so "rejected before any work" is
what is checked. Each request's effect on the store is checked by comparing every row of
every table of the SQLite database before and after.

The reproductions of issue 13 (items 1-5, 9, 10) run by name on the live server (real
uvicorn, real model) at the end.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from veilleur.assembly import build_app
from veilleur.config import Settings, load_settings
from veilleur.errors import ConfigError
from veilleur.server import free_port

MAX_BODY = 1024 * 1024  # above the deep-nesting bodies (200 kB), below 2 MiB
SURROGATE = "\\ud800"  # a JSON escape: json.dumps cannot write a lone surrogate raw


# ---- the routes ------------------------------------------------------------------------------

def _flatten(routes: list[Any]) -> Iterator[Any]:
    """Every route of an app, the routers that FastAPI keeps as groups expanded."""
    for route in routes:
        candidates = getattr(route, "effective_candidates", None)
        if callable(candidates):
            yield from _flatten(candidates())
        else:
            yield route


def _routes() -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(Settings(data_dir=Path(tmp)), load=False)
        found = {(method, route.path) for route in _flatten(app.routes)
                 for method in (getattr(route, "methods", None) or ())
                 if method not in ("HEAD", "OPTIONS")}
    return sorted(found, key=lambda r: (r[1], r[0]))


ROUTES = _routes()
# POST routes that read no body at all (whatever is sent is never parsed).
NO_BODY = {"/auth/logout"}
WITH_BODY = [(m, p) for m, p in ROUTES if m in ("POST", "PUT", "PATCH") and p not in NO_BODY]
WITHOUT_BODY = [(m, p) for m, p in ROUTES if m in ("GET", "DELETE")]
UPLOADS = ("/api/tasks/translate", "/api/tasks/summarize", "/api/tasks/generate")
# Routes whose body is multipart/form-data only: valid JSON reaches them and is a 415.
FILES_ONLY = ("/api/conversations/{conversation_id}/attachments",)
# Routes whose body may be left out (then the defaults apply): an empty body is valid.
OPTIONAL_BODY = {"/api/conversations/{conversation_id}/messages/{message_id}/regenerate",
                 "/api/conversations/{conversation_id}/messages/{message_id}/run"}

# Path parameter values: unknown ids, and weird ones (already percent-encoded).
WEIRD_IDS = {
    "unknown": "0123456789abcdef",
    "nul": "a%00b",
    "surrogate": "%ED%A0%80",  # U+D800 as (invalid) UTF-8 bytes
    "invalid-utf8": "%FF%FE",
    "traversal": "..%2F..%2Fetc%2Fpasswd",
    "sql": quote("' OR 1=1 --", safe=""),
    "long": "x" * 4000,
    "unicode": quote("🦜é", safe=""),
}


def _fill(path: str, value: str) -> str:
    """`path` with every parameter replaced by `value`."""
    return re.sub(r"\{[^}]+\}", value, path)


def _url(path: str, values: dict[str, str]) -> str:
    """`path` with each parameter (`{name}` or `{name:path}`) replaced by `values[name]`."""
    return re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: values[m.group(1)], path)


# ---- the hostile requests ------------------------------------------------------------------

JSON = {"content-type": "application/json"}


@dataclass(frozen=True)
class Hostile:
    body: bytes
    headers: dict[str, str]
    status: tuple[int, ...] = ()  # the expected status when the route itself is reached
    code: str | None = None  # the expected error code (None: any)


def _deep_objects(levels: int) -> bytes:
    return ('{"a": ' * levels + "1" + "}" * levels).encode()


HOSTILE_BODIES: dict[str, Hostile] = {
    # Lone surrogates, in values and keys, as the JSON escapes a client would send.
    "surrogate-value": Hostile(f'{{"content": "a{SURROGATE}", "text": "{SURROGATE}"}}'.encode(),
                               JSON, (400,), "invalid_value"),
    "surrogate-key": Hostile(f'{{"k{SURROGATE}": 1}}'.encode(), JSON, (400,), "invalid_value"),
    "low-surrogate": Hostile(b'{"content": "\\udfff"}', JSON, (400,), "invalid_value"),
    "reversed-pair": Hostile(b'{"content": "\\udc00\\ud800"}', JSON, (400,), "invalid_value"),
    "surrogate-nested": Hostile(f'{{"settings": {{"a": [{{"b": "{SURROGATE}"}}]}}}}'.encode(),
                                JSON, (400,), "invalid_value"),
    # NUL characters.
    "nul-value": Hostile(b'{"content": "a\\u0000b", "text": "\\u0000"}', JSON, (400,),
                         "invalid_value"),
    "nul-key": Hostile(b'{"a\\u0000": 1}', JSON, (400,), "invalid_value"),
    # Deep nesting.
    "deep-arrays": Hostile(b"[" * 100_000 + b"]" * 100_000, JSON, (400,), "invalid_json"),
    "deep-arrays-unclosed": Hostile(b"[" * 100_000, JSON, (400,), "invalid_json"),
    "deep-objects": Hostile(_deep_objects(100), JSON, (400,), "invalid_json"),
    # Wrong types.
    "array": Hostile(b"[]", JSON, (400,)),
    "string": Hostile(b'"x"', JSON, (400,)),
    "number": Hostile(b"5", JSON, (400,)),
    "boolean": Hostile(b"true", JSON, (400,)),
    "wrong-field-types": Hostile(json.dumps({
        "stream": [1], "content": {"a": 1}, "title": 5, "settings": "x", "messages": "x",
        "prompt": 5, "text": [], "model": 5, "input": {}, "code": 5, "block": "x",
        "message_id": 5, "description": [], "target_language": 3, "preset": None,
    }).encode(), JSON, (400,)),
    # Huge and non-finite numbers.
    "1e308": Hostile(b'{"max_tokens": 1e308, "temperature": 1e308, "stream": 1e308}', JSON,
                     (400,)),
    "1e400": Hostile(b'{"max_tokens": 1e400, "temperature": 1e400, "block": 1e400}', JSON,
                     (400,)),
    "10**30": Hostile(json.dumps({"max_tokens": 10**30, "top_k": 10**30, "block": 10**30,
                                  "limit": 10**30}).encode(), JSON, (400,)),
    "negative": Hostile(b'{"max_tokens": -1, "top_k": -5, "block": -1, "timeout_s": -1}',
                        JSON, (400,)),
    "nan": Hostile(b'{"temperature": NaN, "top_p": Infinity, "max_tokens": -Infinity}',
                   JSON, (400,)),
    # Not JSON, or not UTF-8.
    "invalid-utf8": Hostile(b'{"content": "\xff\xfe"}', JSON, (400,), "invalid_json"),
    "utf8-surrogate-bytes": Hostile(b'{"content": "\xed\xa0\x80"}', JSON, (400,),
                                    "invalid_json"),
    "overlong-utf8": Hostile(b'{"content": "\xc0\xaf"}', JSON, (400,), "invalid_json"),
    "truncated": Hostile(b'{"content": ', JSON, (400,), "invalid_json"),
    "trailing-comma": Hostile(b'{"a": 1,}', JSON, (400,), "invalid_json"),
    # The wrong content type for a JSON body.
    "text-plain": Hostile(b'{"content": "hi"}', {"content-type": "text/plain"}, (415,),
                          "unsupported_media_type"),
    "form-urlencoded": Hostile(b"content=hi&text=hi",
                               {"content-type": "application/x-www-form-urlencoded"}, (415,),
                               "unsupported_media_type"),
    "no-content-type": Hostile(b'{"content": "hi"}', {}, (415,), "unsupported_media_type"),
    "json-lookalike": Hostile(b'{"content": "hi"}', {"content-type": "application/json-x"},
                              (415,), "unsupported_media_type"),
    # Too large.
    "oversized": Hostile(b'{"content": "' + b"x" * (MAX_BODY + 1) + b'"}', JSON, (413,),
                         "payload_too_large"),
}

MULTIPART = (b'--b\r\nContent-Disposition: form-data; name="content"\r\n\r\nhi\r\n--b--\r\n')


# ---- the app under test --------------------------------------------------------------------

@dataclass
class Target:
    client: TestClient
    app: FastAPI
    db: Path
    conversation_id: str
    user_id: str
    assistant_id: str

    def ids(self) -> dict[str, str]:
        return {"conversation_id": self.conversation_id, "message_id": self.assistant_id,
                "model_id": "veilleur", "path": "app.js",
                # No account exists here (one would turn accounts on): unknown ids.
                "user_id": "0" * 32, "key_id": "0" * 32, "response_id": "resp_" + "0" * 32,
                "attachment_id": "0" * 32}


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    data_dir = tmp_path_factory.mktemp("hostile")
    app = build_app(Settings(data_dir=data_dir, max_body_bytes=MAX_BODY), load=False)
    repository = app.state.veilleur.repository
    conversation = repository.create(owner_id=None, title="seed",
                                     settings={"sampling": {"temperature": 0.2}})
    user, reply = repository.add_turn(conversation.id, owner_id=None, parent_id=None,
                                      user={"content": "hello"}, assistant={})
    repository.save_reply(reply.id, content="Hi!\n\n```python\nprint(1)\n```",
                          status="complete", finish_reason="stop")
    assert user is not None
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        yield Target(client, app, data_dir / "veilleur.db", conversation.id, user.id, reply.id)


def snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: a request that wrote anything changes it."""
    connection = sqlite3.connect(db)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(),
                              key=repr) for table in tables}
    finally:
        connection.close()


def assert_error_body(response: httpx.Response) -> dict[str, Any]:
    """The API's error body, and nothing that looks like a traceback."""
    assert "Traceback" not in response.text and 'File "' not in response.text, response.text
    assert response.headers.get("content-type", "").startswith("application/json"), (
        response.status_code, response.headers, response.text[:300])
    body = response.json()
    assert set(body) == {"error"}, body
    error = body["error"]
    assert set(error) == {"message", "type", "param", "code"}, error
    assert isinstance(error["message"], str) and error["message"], error
    assert isinstance(error["type"], str) and error["type"], error
    assert "None" not in error["message"], error
    return error


def assert_rejected(response: httpx.Response, expected: tuple[int, ...] = (),
                    code: str | None = None) -> dict[str, Any]:
    status = response.status_code
    assert 400 <= status < 500, (status, response.text[:500])
    if expected:
        assert status in expected, (status, response.text[:500])
    error = assert_error_body(response)
    if code is not None:
        assert error["code"] == code, error
    return error


# ---- the matrix ----------------------------------------------------------------------------

def test_routes_are_enumerated() -> None:
    """The matrix covers the app's routes: the known ones, and everything /openapi.json shows."""
    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(Settings(data_dir=Path(tmp)), load=False)
        documented = {(method.upper(), path)
                      for path, operations in app.openapi()["paths"].items()
                      for method in operations}
    enumerated = {(m, re.sub(r":path}", "}", p)) for m, p in ROUTES}
    assert documented <= enumerated, documented - enumerated
    for known in [("POST", "/v1/chat/completions"), ("POST", "/api/conversations"),
                  ("PATCH", "/api/conversations/{conversation_id}"),
                  ("POST", "/api/tasks/summarize"), ("GET", "/docs"), ("GET", "/openapi.json")]:
        assert known in enumerated, known
    assert len(WITH_BODY) >= 15, WITH_BODY


# Each route with a body, its path parameters filled with real ids, and with unknown ids.
BODY_TARGETS = [(m, p, "real") for m, p in WITH_BODY] + [
    (m, p, "unknown") for m, p in WITH_BODY if "{" in p]


@pytest.mark.parametrize("case", sorted(HOSTILE_BODIES))
@pytest.mark.parametrize(("method", "path", "ids"), BODY_TARGETS,
                         ids=[f"{m} {p} {i}" for m, p, i in BODY_TARGETS])
def test_hostile_body(target: Target, method: str, path: str, case: str, ids: str) -> None:
    hostile = HOSTILE_BODIES[case]
    url = _url(path, target.ids()) if ids == "real" else _fill(path, WEIRD_IDS["unknown"])
    before = snapshot(target.db)
    response = target.client.request(method, url, content=hostile.body, headers=hostile.headers)
    if path in FILES_ONLY and response.status_code == 415:
        assert_rejected(response, (415,), "unsupported_media_type")
    elif ids == "real":
        assert_rejected(response, hostile.status, hostile.code)
    else:  # an unknown id may be refused first
        assert_rejected(response, (*hostile.status, 404) if hostile.status else ())
    assert snapshot(target.db) == before, f"{case} on {method} {url} wrote to the store"


@pytest.mark.parametrize("weird", sorted(WEIRD_IDS))
@pytest.mark.parametrize(("method", "path"), [r for r in ROUTES if "{" in r[1]],
                         ids=[f"{m} {p}" for m, p in ROUTES if "{" in p])
def test_weird_path_ids(target: Target, method: str, path: str, weird: str) -> None:
    """Unknown and weird ids in every path parameter: 404 (or 400), never a 5xx."""
    url = _fill(path, WEIRD_IDS[weird])
    before = snapshot(target.db)
    body = b'{"content": "hi", "message_id": "x", "stream": false}'
    response = target.client.request(method, url, content=body if method != "GET" else None,
                                      headers=JSON if method != "GET" else {})
    if path.startswith("/v1/models/"):  # no model is loaded on this app: 503 says so
        assert response.status_code in (404, 503), response.text
        assert_error_body(response)
    else:
        assert_rejected(response)
    assert snapshot(target.db) == before, f"{method} {url} wrote to the store"


@pytest.mark.parametrize(("method", "path"), WITH_BODY, ids=[f"{m} {p}" for m, p in WITH_BODY])
def test_empty_body(target: Target, method: str, path: str) -> None:
    """An empty body says what is missing (issue 13 item 5: not `parameter None`)."""
    if path in OPTIONAL_BODY:
        pytest.skip("the body of this route is optional")
    url = _url(path, target.ids())
    before = snapshot(target.db)
    for headers in (JSON, {}):
        response = target.client.request(method, url, content=b"", headers=headers)
        error = assert_rejected(response, (400,))
        assert "body" in error["message"] or error["param"], error
    assert snapshot(target.db) == before


@pytest.mark.parametrize(("method", "path"), WITH_BODY, ids=[f"{m} {p}" for m, p in WITH_BODY])
def test_multipart_where_json_is_expected(target: Target, method: str, path: str) -> None:
    url = _url(path, target.ids())
    before = snapshot(target.db)
    response = target.client.request(method, url, content=MULTIPART,
                                      headers={"content-type": "multipart/form-data; boundary=b"})
    if path in (*UPLOADS, *FILES_ONLY, "/api/import"):  # these take uploads: a form without the
        # required fields is a 400
        assert_rejected(response, (400,))
    else:
        assert_rejected(response, (415,), "unsupported_media_type")
    assert snapshot(target.db) == before


@pytest.mark.parametrize("header", [
    {"origin": "http://evil.example"},
    {"origin": "null"},
    {"origin": "http://127.0.0.1.evil.example"},
    {"sec-fetch-site": "cross-site"},
    {"sec-fetch-site": "same-site"},
])
@pytest.mark.parametrize(("method", "path"), [r for r in ROUTES if r[0] != "GET"],
                         ids=[f"{m} {p}" for m, p in ROUTES if m != "GET"])
def test_cross_site_state_change_refused(target: Target, method: str, path: str,
                                         header: dict[str, str]) -> None:
    url = _url(path, target.ids())
    before = snapshot(target.db)
    response = target.client.request(method, url, content=b'{"title": "x"}',
                                      headers={**JSON, **header})
    assert_rejected(response, (403,), "cross_site_request")
    assert snapshot(target.db) == before


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.nip.io",
                                  "localhost.evil.example", ""])
@pytest.mark.parametrize(("method", "path"), ROUTES, ids=[f"{m} {p}" for m, p in ROUTES])
def test_unknown_host_refused(target: Target, method: str, path: str, host: str) -> None:
    """DNS rebinding: a request for a name the server was not told about is a 403."""
    url = _url(path, target.ids())
    before = snapshot(target.db)
    response = target.client.request(method, url, headers={"host": host},
                                      content=b"{}" if method != "GET" else None)
    assert_rejected(response, (403,), "host_not_allowed")
    assert snapshot(target.db) == before


@pytest.mark.parametrize("query", ["limit=1e400", "limit=-1", "limit=10000000000000000000000000000",
                                   "offset=-1", "offset=NaN", "limit=%00", "limit=%ED%A0%80",
                                   "limit=abc"])
def test_hostile_query_on_list(target: Target, query: str) -> None:
    assert_rejected(target.client.get(f"/api/conversations?{query}"), (400,))


@pytest.mark.parametrize("query", ["x=%00", "x=%ED%A0%80", "x=" + "y" * 4000])
@pytest.mark.parametrize(("method", "path"), [r for r in WITHOUT_BODY if r[0] == "GET"],
                         ids=[f"{m} {p}" for m, p in WITHOUT_BODY if m == "GET"])
def test_unknown_query_on_get_routes(target: Target, method: str, path: str, query: str) -> None:
    """GET routes ignore unknown query parameters however odd; never a 5xx."""
    url = _url(path, target.ids())
    response = target.client.get(f"{url}?{query}")
    if path.startswith(("/v1/models", "/readyz")):  # no model is loaded on this app: 503
        assert response.status_code in (200, 404, 503), response.text
        return
    else:
        assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert_error_body(response)


# ---- hostile multipart on the upload routes --------------------------------------------------

@pytest.mark.parametrize(("fields", "param"), [
    ({"target_language": "en", "source_language": "fr", "glossary": f'{{"a": "{SURROGATE}"}}'},
     "glossary"),
    ({"target_language": "en", "source_language": "fr", "glossary": f'{{"k{SURROGATE}": "a"}}'},
     "glossary"),
    ({"target_language": "en", "source_language": "fr", "glossary": "[" * 100_000}, "glossary"),
    ({"target_language": "en", "source_language": "fr",
      "glossary": "[" * 100_000 + "]" * 100_000}, "glossary"),
    ({"target_language": "en", "source_language": "fr", "glossary": '{"a": 1e400}'},
     "glossary"),
    ({"target_language": "en\x00", "source_language": "fr"}, "target_language"),
    ({"target_language": "en", "source_language": "fr", "glossary": '{"a": "b\\u0000"}'},
     "glossary"),
])
def test_hostile_multipart_translate(target: Target, fields: dict[str, str], param: str) -> None:
    """Form fields get the checks of a JSON body (the glossary is JSON inside a field)."""
    before = snapshot(target.db)
    response = target.client.post("/api/tasks/translate", data=fields,
                                  files={"file": ("a.txt", b"Bonjour.", "text/plain")})
    error = assert_rejected(response, (400,))
    assert (error["param"] or "").startswith(param), error
    assert snapshot(target.db) == before


@pytest.mark.parametrize("path", UPLOADS)
def test_nul_in_multipart_text(target: Target, path: str) -> None:
    response = target.client.post(path, data={"text": "a\x00b", "target_language": "en",
                                              "preset": "email"},
                                  files={"file": ("a.txt", b"Texte.", "text/plain")})
    error = assert_rejected(response, (400,), "invalid_value")
    assert error["param"] == "text", error


# ---- access: keys, docs, public binding (issue 13 item 9) ------------------------------------

@pytest.fixture(scope="module")
def keyed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    app = build_app(Settings(data_dir=tmp_path_factory.mktemp("keyed"), api_key="s3cret"),
                    load=False)
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        yield client


def test_openapi_needs_the_key(keyed: TestClient) -> None:
    error = assert_rejected(keyed.get("/openapi.json"), (401,))
    assert error["type"] == "authentication_error"
    assert_rejected(keyed.get("/openapi.json", headers={"authorization": "Bearer wrong"}),
                    (401,))
    ok = keyed.get("/openapi.json", headers={"authorization": "Bearer s3cret"})
    assert ok.status_code == 200 and "/v1/chat/completions" in ok.json()["paths"]


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
@pytest.mark.parametrize("key", [None, "s3cret"])
def test_docs_ui_off_by_default(keyed: TestClient, target: Target, path: str,
                                key: str | None) -> None:
    headers = {"authorization": f"Bearer {key}"} if key else {}
    for client in (keyed, target.client):
        error = assert_rejected(client.get(path, headers=headers), (404,))
        assert "docs_ui" in error["message"]


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.10"])
def test_public_host_without_users_or_key_is_refused(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path, host: str) -> None:
    monkeypatch.delenv("VEILLEUR_API_KEY", raising=False)
    monkeypatch.delenv("VEILLEUR_ALLOW_PUBLIC_WITHOUT_KEY", raising=False)
    monkeypatch.delenv("VEILLEUR_CONFIG", raising=False)
    settings = load_settings(host=host, data_dir=tmp_path)  # the settings alone are valid
    with pytest.raises(ConfigError, match="users add --admin") as refused:
        build_app(settings, load=False)
    assert "api_key" in refused.value.message
    build_app(load_settings(host=host, data_dir=tmp_path, api_key="k"), load=False)
    accepted = build_app(load_settings(host=host, data_dir=tmp_path,
                                       allow_public_without_key=True), load=False)
    # A user in the database is enough: accounts are on, every route needs credentials.
    accepted.state.veilleur.accounts.create_user("admin", password="a long password",
                                                 role="admin")
    build_app(settings, load=False)


def test_serve_on_public_host_without_key_exits(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("VEILLEUR_API_KEY", "VEILLEUR_ALLOW_PUBLIC_WITHOUT_KEY",
                        "VEILLEUR_CONFIG")}
    env["VEILLEUR_DATA_DIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "veilleur.cli", "serve", "--host", "0.0.0.0",
         "--port", str(free_port())],
        env=env, capture_output=True, text=True, timeout=300)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "veilleur users add --admin" in output and "VEILLEUR_API_KEY" in output, output
    assert "Traceback" not in output, output


# ---- issue 13's reproductions on the live server ---------------------------------------------

def db_counts(data_dir: Path) -> tuple[int, int]:
    connection = sqlite3.connect(data_dir / "veilleur.db")
    try:
        return (connection.execute("SELECT COUNT(*) FROM conversations").fetchone()[0],
                connection.execute("SELECT COUNT(*) FROM messages").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture(scope="module")
def live(server: Any) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=120) as client:
        yield client


@pytest.fixture
def nothing_written(server: Any) -> Iterator[None]:
    before = db_counts(server.data_dir)
    yield
    assert db_counts(server.data_dir) == before, "a refused request wrote rows"


def _raw(live: httpx.Client, path: str, body: bytes, headers: dict[str, str] | None = None
         ) -> httpx.Response:
    return live.post(path, content=body, headers=JSON if headers is None else headers)


@pytest.mark.usefixtures("nothing_written")
@pytest.mark.parametrize("stream", [False, True])
def test_issue13_1_surrogate_in_chat_completions(live: httpx.Client, model_id: str,
                                                 stream: bool) -> None:
    message = f'{{"role": "user", "content": "{SURROGATE}"}}'
    body = (f'{{"model": "{model_id}", "stream": {json.dumps(stream)}, '
            f'"messages": [{message}]}}').encode()
    error = assert_rejected(_raw(live, "/v1/chat/completions", body), (400,), "invalid_value")
    assert error["param"] == "messages[0].content", error


@pytest.mark.usefixtures("nothing_written")
def test_issue13_1_surrogate_in_completions_prompt(live: httpx.Client, model_id: str) -> None:
    body = f'{{"model": "{model_id}", "prompt": "Hello {SURROGATE}"}}'.encode()
    assert_rejected(_raw(live, "/v1/completions", body), (400,), "invalid_value")


@pytest.mark.usefixtures("nothing_written")
@pytest.mark.parametrize(("path", "body"), [
    ("/api/tasks/translate", f'{{"text": "Bonjour {SURROGATE}", "target_language": "en"}}'),
    ("/api/tasks/summarize", f'{{"text": "{SURROGATE} texte", "stream": false}}'),
    ("/api/tasks/generate", f'{{"preset": "email", "text": "{SURROGATE}"}}'),
    ("/api/tasks/translate", f'{{"text": "Bonjour.", "source_language": "fr", '
                             f'"target_language": "en", '
                             f'"glossary": {{"Bonjour": "{SURROGATE}"}}}}'),
])
def test_issue13_1_surrogate_in_text_tasks(live: httpx.Client, path: str, body: str) -> None:
    assert_rejected(_raw(live, path, body.encode()), (400,), "invalid_value")


@pytest.mark.usefixtures("nothing_written")
def test_issue13_1_surrogate_in_multipart_glossary(live: httpx.Client) -> None:
    response = live.post("/api/tasks/translate",
                         data={"source_language": "fr", "target_language": "en",
                               "glossary": f'{{"Bonjour": "{SURROGATE}"}}'},
                         files={"file": ("a.txt", b"Bonjour.", "text/plain")})
    assert_rejected(response, (400,), "invalid_value")


def test_issue13_2_surrogate_key_in_settings_writes_no_row(live: httpx.Client,
                                                           server: Any) -> None:
    before = db_counts(server.data_dir)
    total = live.get("/api/conversations").json()["total"]
    response = _raw(live, "/api/conversations", f'{{"settings": {{"k{SURROGATE}": 1}}}}'.encode())
    assert_rejected(response, (400,), "invalid_value")
    assert db_counts(server.data_dir) == before
    listed = live.get("/api/conversations", params={"limit": 200})
    assert listed.status_code == 200, listed.text
    assert listed.json()["total"] == total


@pytest.mark.usefixtures("nothing_written")
@pytest.mark.parametrize("path", ["/api/tasks/translate", "/api/tasks/summarize",
                                  "/api/tasks/generate", "/v1/chat/completions",
                                  "/api/conversations"])
def test_issue13_3_deep_nesting(live: httpx.Client, path: str) -> None:
    response = _raw(live, path, b"[" * 100_000 + b"]" * 100_000)
    assert_rejected(response, (400,), "invalid_json")


BAD_SAMPLING = {
    "temperature-hot": {"temperature": "hot"},
    "string": "x",
    "stop-int": {"stop": 5},
    "max_tokens-negative": {"max_tokens": -1},
    "max_tokens-zero": {"max_tokens": 0},
    "top_p-negative": {"top_p": -3},
    "temperature-1e308": {"temperature": 1e308},
    "top_k-1e20": {"top_k": 1e20},
    "unknown-key": {"hotness": 1},
    "list": [1, 2],
}


@pytest.mark.parametrize("case", sorted(BAD_SAMPLING))
def test_issue13_4_bad_sampling_at_create(live: httpx.Client, server: Any, case: str) -> None:
    before = db_counts(server.data_dir)
    response = live.post("/api/conversations", json={"settings": {"sampling": BAD_SAMPLING[case]}})
    error = assert_rejected(response, (400,))
    assert (error["param"] or "").startswith("settings.sampling"), error
    assert db_counts(server.data_dir) == before


@pytest.fixture(scope="module")
def sampled_conversation(live: httpx.Client) -> dict[str, Any]:
    created = live.post("/api/conversations",
                        json={"settings": {"sampling": {"temperature": 0.3}, "ui": 1}})
    assert created.status_code == 201, created.text
    return created.json()


@pytest.mark.parametrize("case", sorted(BAD_SAMPLING))
def test_issue13_4_bad_sampling_at_patch(live: httpx.Client, server: Any,
                                         sampled_conversation: dict[str, Any], case: str) -> None:
    cid = sampled_conversation["id"]
    before = db_counts(server.data_dir)
    response = live.patch(f"/api/conversations/{cid}",
                          json={"settings": {"sampling": BAD_SAMPLING[case]}})
    assert_rejected(response, (400,))
    assert db_counts(server.data_dir) == before
    stored = live.get(f"/api/conversations/{cid}").json()
    assert stored["settings"] == {"sampling": {"temperature": 0.3}, "ui": 1}


@pytest.mark.usefixtures("nothing_written")
@pytest.mark.parametrize("value", ["1e30", "1e400", str(10**30), "-1", "0", "1.5"])
def test_issue13_4_huge_max_tokens_on_completions(live: httpx.Client, model_id: str,
                                                  value: str) -> None:
    body = f'{{"model": "{model_id}", "prompt": "Hi", "max_tokens": {value}}}'.encode()
    error = assert_rejected(_raw(live, "/v1/completions", body), (400,))
    assert error["param"] == "max_tokens", error


@pytest.mark.usefixtures("nothing_written")
@pytest.mark.parametrize("path", ["/v1/chat/completions", "/v1/completions",
                                  "/api/conversations", "/api/tasks/summarize"])
def test_issue13_5_empty_body_says_what_is_missing(live: httpx.Client, path: str) -> None:
    error = assert_rejected(_raw(live, path, b""), (400,))
    assert "None" not in error["message"]
    assert error["param"] or "body" in error["message"], error


@pytest.mark.usefixtures("nothing_written")
@pytest.mark.parametrize("path", ["/v1/chat/completions", "/api/conversations",
                                  "/api/tasks/translate"])
def test_issue13_5_invalid_utf8_is_invalid_json(live: httpx.Client, path: str) -> None:
    assert_rejected(_raw(live, path, b'{"text": "\xff"}'), (400,), "invalid_json")


@pytest.mark.usefixtures("nothing_written")
@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded"])
def test_issue13_10_cross_site_simple_post(live: httpx.Client, content_type: str) -> None:
    body = b'{"text": "Bonjour.", "target_language": "en", "stream": false}'
    refused = _raw(live, "/api/tasks/translate", body,
                   {"content-type": content_type, "origin": "http://evil.example"})
    assert_rejected(refused, (403,), "cross_site_request")
    same_origin = _raw(live, "/api/tasks/translate", body, {"content-type": content_type})
    assert_rejected(same_origin, (415,), "unsupported_media_type")


@pytest.mark.usefixtures("nothing_written")
def test_issue13_10_origin_refused_even_as_json(live: httpx.Client) -> None:
    response = _raw(live, "/api/conversations", b'{"title": "x"}',
                    {**JSON, "origin": "http://evil.example"})
    assert_rejected(response, (403,), "cross_site_request")


def test_issue13_10_multipart_from_another_site(live: httpx.Client) -> None:
    response = live.post("/api/tasks/summarize", data={"stream": "false"},
                         files={"file": ("a.txt", b"Un texte.", "text/plain")},
                         headers={"origin": "http://evil.example"})
    assert_rejected(response, (403,), "cross_site_request")


@pytest.mark.parametrize("path", ["/", "/api/conversations", "/v1/models", "/readyz"])
def test_issue13_10_dns_rebinding_host(live: httpx.Client, path: str) -> None:
    response = live.get(path, headers={"host": "evil.example"})
    assert_rejected(response, (403,), "host_not_allowed")
    assert live.get("/healthz", headers={"host": "localhost"}).status_code == 200


@pytest.mark.usefixtures("nothing_written")
def test_oversized_chunked_body_on_live_server(live: httpx.Client, server: Any) -> None:
    """A body sent without Content-Length is counted as it arrives (the limit is 2 MiB)."""
    def chunks() -> Iterator[bytes]:
        yield b'{"title": "'
        for _ in range(40):
            yield b"x" * 65536
        yield b'"}'

    response = live.post("/api/conversations", content=chunks(), headers=JSON)
    assert_rejected(response, (413,), "payload_too_large")


@pytest.mark.parametrize(("method", "path"), WITH_BODY, ids=[f"{m} {p}" for m, p in WITH_BODY])
def test_hostile_bodies_on_the_live_server(live: httpx.Client, server: Any, method: str,
                                           path: str) -> None:
    """The whole matrix once more through real uvicorn (its own parsing of headers and
    bodies), with the model loaded: still 4xx, still nothing written."""
    url = _fill(path, WEIRD_IDS["unknown"])
    before = db_counts(server.data_dir)
    for case, hostile in HOSTILE_BODIES.items():
        if case == "oversized":  # the live server's limit is 2 MiB
            body = b'{"content": "' + b"x" * (2 * 1024 * 1024 + 1) + b'"}'
        else:
            body = hostile.body
        response = live.request(method, url, content=body, headers=hostile.headers)
        assert 400 <= response.status_code < 500, (case, response.status_code, response.text)
        assert_error_body(response)
    assert db_counts(server.data_dir) == before


@pytest.fixture(scope="module")
def live_store(server: Any) -> Iterator[Any]:
    """The live server's own store, to write a row as an older version would have."""
    from veilleur.store.db import open_database
    from veilleur.store.repository import ConversationRepository

    engine, sessions = open_database(f"sqlite:///{server.data_dir}/veilleur.db")
    yield ConversationRepository(sessions)
    engine.dispose()


@pytest.mark.parametrize("sampling", [{"temperature": "hot"}, "x", {"stop": 5},
                                      {"max_tokens": 0}, {"top_k": 1e20}])
def test_bad_sampling_stored_before_validation_is_a_400(live: httpx.Client, server: Any,
                                                        live_store: Any, sampling: Any) -> None:
    """A row written before `settings.sampling` was validated (issue 13 item 4): its turns
    are a 400 naming the stored field, the list and the row still read, no message
    written, and a PATCH repairs it."""
    cid = live_store.create(owner_id=None, settings={"sampling": sampling}).id
    before = db_counts(server.data_dir)
    for stream in (False, True):
        response = live.post(f"/api/conversations/{cid}/messages",
                             json={"content": "Hello", "stream": stream})
        error = assert_rejected(response, (400,))
        assert (error["param"] or "").startswith("settings.sampling"), error
    assert db_counts(server.data_dir) == before
    assert live.get("/api/conversations", params={"limit": 200}).status_code == 200
    assert live.get(f"/api/conversations/{cid}").status_code == 200
    fixed = live.patch(f"/api/conversations/{cid}", json={"settings": {}})
    assert fixed.status_code == 200, fixed.text
