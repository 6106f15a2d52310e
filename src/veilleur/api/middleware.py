"""ASGI middleware: a hard cap on body size, and the checks every request passes first.

`RequestCheckMiddleware` answers, before any route runs:

* 403 `host_not_allowed` when the `Host` header names a host the server was not told
  about (`allowed_hosts`): a page on another site cannot reach a loopback server through
  DNS rebinding;
* 403 `cross_site_request` for a state-changing request (POST, PUT, PATCH, DELETE) that a
  browser says comes from another site (`Sec-Fetch-Site`) or another origin (`Origin`);
* 415 `unsupported_media_type` for a body that is not `application/json` (or
  `multipart/form-data` on the routes that take uploads): a cross-site form cannot post a
  "simple" request that runs the model;
* 400 for a JSON body that is not valid UTF-8 or JSON (`invalid_json`), nested more than
  `MAX_JSON_DEPTH` levels (`invalid_json`), or holding a lone surrogate or a NUL
  character in any key or string (`invalid_value`, with the path in `param`): nothing
  downstream (the tokenizer, the store) ever sees text that cannot be encoded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from veilleur.errors import InvalidRequestError

if TYPE_CHECKING:
    from veilleur.config import Settings

__all__ = [
    "ATTACHMENT_UPLOAD",
    "MAX_JSON_DEPTH",
    "BodyLimitMiddleware",
    "RequestCheckMiddleware",
    "check_text",
    "parse_json",
    "takes_uploads",
]

MAX_JSON_DEPTH = 64
_UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})
# Routes that take a file as multipart/form-data.
MULTIPART_PREFIXES = ("/api/tasks/translate", "/api/tasks/summarize", "/api/tasks/generate",
                      "/api/import")
# Routes with an id in their path that take files (`re.fullmatch` on the path).
ATTACHMENT_UPLOAD = r"/api/conversations/[^/]+/attachments"
MULTIPART_PATTERNS = (re.compile(ATTACHMENT_UPLOAD),)


def takes_uploads(path: str) -> bool:
    """Whether the route at `path` accepts a multipart/form-data body."""
    return path.startswith(MULTIPART_PREFIXES) or any(
        pattern.fullmatch(path) for pattern in MULTIPART_PATTERNS)


class BodyLimitMiddleware:
    """Refuse bodies over `max_bytes` with 413, from the header or while reading.

    A declared `Content-Length` over the limit is refused before a byte is read; a chunked
    body is counted as it arrives and refused as soon as it passes the limit. `routes`
    gives some paths a limit of their own instead of `max_bytes`: (pattern fully matching
    the path, limit, the setting's name for the message), e.g. the attachments' upload.
    """

    def __init__(self, app: ASGIApp, max_bytes: int,
                 routes: Sequence[tuple[str, int, str]] = ()):
        self.app = app
        self.max_bytes = max_bytes
        self.routes = [(re.compile(pattern), limit, setting) for pattern, limit, setting
                       in routes]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit, setting = self._limit(scope.get("path", ""))
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._refuse(send, limit, setting)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise HTTPException(413, detail=self._message(limit, setting))
            return message

        await self.app(scope, limited, send)

    def _limit(self, path: str) -> tuple[int, str]:
        for pattern, limit, setting in self.routes:
            if pattern.fullmatch(path):
                return limit, setting
        return self.max_bytes, "max_body_bytes"

    @staticmethod
    def _message(limit: int, setting: str) -> str:
        return f"request body too large: the limit is {limit} bytes (setting {setting})"

    async def _refuse(self, send: Send, limit: int, setting: str) -> None:
        await _error(send, 413, self._message(limit, setting), "payload_too_large", close=True)


async def _error(send: Send, status: int, message: str, code: str, *,
                 param: str | None = None, close: bool = False) -> None:
    """Answer with the API's error body before any route ran."""
    kind = "permission_error" if status == 403 else "invalid_request_error"
    body: dict[str, Any] = {"error": {"message": message, "type": kind, "param": param,
                                      "code": code}}
    payload = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"),
               (b"content-length", str(len(payload)).encode())]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


class _BadJSON(Exception):
    def __init__(self, message: str, code: str, param: str | None = None):
        super().__init__(message)
        self.message, self.code, self.param = message, code, param


class RequestCheckMiddleware:
    """Host, origin, content type and JSON checks (see the module docstring)."""

    def __init__(self, app: ASGIApp, settings: Settings):
        self.app = app
        self.hosts = settings.host_names

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers") or []}
        host = headers.get("host", "")
        if self.hosts is not None and _hostname(host) not in self.hosts:
            await _error(send, 403, f"this server does not answer to the host name "
                         f"{_hostname(host)!r}; add it to the setting allowed_hosts",
                         "host_not_allowed")
            return
        method = scope["method"]
        if method in _UNSAFE:
            refusal = _cross_site(headers, host)
            if refusal is not None:
                await _error(send, 403, refusal, "cross_site_request")
                return
        if method not in _WITH_BODY or not _has_body(headers):
            await self.app(scope, receive, send)
            return
        media = headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if media == "multipart/form-data" and takes_uploads(scope["path"]):
            await self.app(scope, receive, send)
            return
        if media != "application/json":
            uploads = (" (or multipart/form-data with a file)" if takes_uploads(scope["path"])
                       else "")
            await _error(send, 415, f"unsupported Content-Type {media or 'none'!r}: send "
                         f"the body as application/json{uploads}", "unsupported_media_type",
                         param="Content-Type")
            return
        try:
            body = await _read_body(receive)
        except HTTPException as exc:  # the size cap, counted while reading
            await _error(send, exc.status_code, str(exc.detail), "payload_too_large",
                         close=True)
            return
        try:
            _check_json(body)
        except _BadJSON as exc:
            await _error(send, 400, exc.message, exc.code, param=exc.param)
            return
        await self.app(scope, _replay(body, receive), send)


def _hostname(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _cross_site(headers: dict[str, str], host: str) -> str | None:
    site = headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return (f"cross-site request refused (Sec-Fetch-Site: {site}): only this "
                "server's own pages may change data from a browser")
    origin = headers.get("origin")
    if origin is None:
        return None
    if origin == "null" or urlsplit(origin).netloc.lower() != host.strip().lower():
        return (f"cross-origin request refused (Origin: {origin}): only this server's "
                "own pages may change data from a browser")
    return None


def _has_body(headers: dict[str, str]) -> bool:
    length = headers.get("content-length")
    if length is not None:
        return length.strip() not in ("", "0")
    return "transfer-encoding" in headers


async def _read_body(receive: Receive) -> bytes:
    parts: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(parts)
        parts.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(parts)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def parse_json(data: bytes | str, *, param: str | None = None) -> Any:
    """`data` parsed with the checks of a JSON body (for JSON inside a form field).

    Raises:
        InvalidRequestError: not UTF-8 or JSON, too deep, a lone surrogate or a NUL.
    """
    try:
        return _check_json(data.encode("utf-8", "surrogatepass") if isinstance(data, str)
                           else data)
    except _BadJSON as exc:
        where = exc.param if param is None or exc.param is None else f"{param}.{exc.param}"
        message = exc.message if param is None else exc.message.replace(
            "the request body", f"the field {param!r}")
        raise InvalidRequestError(message, param=where or param, code=exc.code) from None


def check_text(text: str, *, param: str) -> None:
    """Refuse a form field holding a NUL or a lone surrogate, as in a JSON body.

    Raises:
        InvalidRequestError: with code `invalid_value` and `param`.
    """
    problem = _text_problem(text)
    if problem is not None:
        raise InvalidRequestError(f"invalid value for {param!r}: {problem}", param=param)


def _check_json(body: bytes) -> Any:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _BadJSON(f"the request body is not valid UTF-8 (byte {exc.start})",
                       "invalid_json") from None
    try:
        value = json.loads(text)
    except RecursionError:
        raise _BadJSON(f"the request body is nested more than {MAX_JSON_DEPTH} levels",
                       "invalid_json") from None
    except ValueError as exc:
        raise _BadJSON(f"the request body is not valid JSON ({exc})", "invalid_json") from None
    for path, item, depth in _walk(value):
        if depth > MAX_JSON_DEPTH:
            raise _BadJSON(f"the request body is nested more than {MAX_JSON_DEPTH} levels",
                           "invalid_json")
        if isinstance(item, str):
            problem = _text_problem(item)
            if problem is not None:
                raise _BadJSON(f"invalid value for {path or 'body'!r}: {problem}",
                               "invalid_value", path or None)
    return value


def _text_problem(text: str) -> str | None:
    if "\x00" in text:
        return "text must not contain NUL characters (U+0000)"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "text must not contain lone surrogates (an unpaired \\ud800-\\udfff escape)"
    return None


def _walk(value: Any) -> Iterator[tuple[str, Any, int]]:
    """Every key and value of a parsed JSON document, with its path and depth (no recursion)."""
    stack: list[tuple[str, Any, int]] = [("", value, 0)]
    while stack:
        path, item, depth = stack.pop()
        yield path, item, depth
        if isinstance(item, dict):
            for key, child in item.items():
                where = f"{path}.{key}" if path else str(key)
                if _text_problem(key) is not None:
                    yield (path or "body"), key, depth + 1
                stack.append((where, child, depth + 1))
        elif isinstance(item, list):
            stack.extend((f"{path}[{i}]", child, depth + 1) for i, child in enumerate(item))
