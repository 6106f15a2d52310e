"""The Python client of a Veilleur server.

One `Client` talks to one server over HTTP: the OpenAI API (`/v1`), the conversation API
and the tasks. `Client.connect()` finds the configured server or, when none answers,
starts one for the life of the client on a free loopback port and the same data
directory, so that what it writes lands in the same store::

    from veilleur.client import Client

    with Client.connect() as client:
        conversation = client.create_conversation(system_prompt="Answer briefly.")
        for event, data in client.send_message(conversation["id"], "Bonjour !"):
            if event == "delta":
                print(data["text"], end="")

Streams are iterators of named events `(event, data)`, read from Server-Sent Events by
`sse_events`. The server's errors come back as the project's exceptions: an error body
`{"error": {message, type, param, code}}`, an SSE `error` event or an error chunk of an
OpenAI stream becomes the matching class of `veilleur.errors` (`error_from_response`,
`error_from_event`); a server that cannot be reached raises `ServerUnavailableError`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from veilleur.config import Settings, load_settings
from veilleur.errors import (
    AuthenticationError,
    ContextLengthError,
    CSRFError,
    EngineDeadError,
    EngineGenerateError,
    EngineOverloadedError,
    GenerationTimeoutError,
    InvalidRequestError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitedError,
    ServerUnavailableError,
    StoreError,
    VeilleurError,
)

if TYPE_CHECKING:
    from veilleur.server import BackgroundServer

__all__ = [
    "DEFAULT_TIMEOUT",
    "Client",
    "Event",
    "error_from_body",
    "error_from_event",
    "error_from_response",
    "final",
    "openai_chunks",
    "parse_sse",
    "sse_events",
]

Event = tuple[str, dict[str, Any]]
"""A named event of a stream: `(event, data)`, e.g. `("delta", {"text": "Bon"})`."""

DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
"""Long reads (a summary of a long document takes minutes on a CPU), quick connects."""

# The machine codes that name one class whatever the status; then the status decides.
# `engine_error` is what any EngineError says on the wire: the server still answers, so
# the failure was of this one request (EngineGenerateError), not of the engine.
_BY_CODE: dict[str, type[VeilleurError]] = {
    "context_length_exceeded": ContextLengthError,
    "invalid_api_key": AuthenticationError,
    "not_found": NotFoundError,
    "payload_too_large": PayloadTooLargeError,
    "overloaded": EngineOverloadedError,
    "engine_dead": EngineDeadError,
    "request_timeout": GenerationTimeoutError,
    "server_unavailable": ServerUnavailableError,
    "store_error": StoreError,
    "engine_error": EngineGenerateError,
    "quota_exceeded": QuotaExceededError,
    "csrf_failed": CSRFError,
}
_BY_STATUS: dict[int, type[VeilleurError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    413: PayloadTooLargeError,
    429: RateLimitedError,
}


# ---- errors ---------------------------------------------------------------------------


def error_from_body(
    status: int, error: Mapping[str, Any], *, retry_after: int | None = None
) -> VeilleurError:
    """The exception for an error body's `error` object, answered with HTTP `status`.

    The machine `code` decides first (`context_length_exceeded` → `ContextLengthError`,
    `overloaded` → `EngineOverloadedError`, `engine_dead` → `EngineDeadError`, …), then
    the status: 400 `InvalidRequestError`, 401 `AuthenticationError`, 404
    `NotFoundError`, 403 `PermissionDeniedError`, 413 `PayloadTooLargeError`, 429
    `RateLimitedError` (`quota_exceeded`: `QuotaExceededError`), any other 4xx
    `InvalidRequestError`, 5xx
    `EngineGenerateError`.

    Args:
        status: The HTTP status of the response.
        error: The `{message, type, param, code}` object of the body.
        retry_after: The `Retry-After` header in seconds, for an overloaded server.

    Returns:
        The exception, carrying the server's message, `param` and `code`.
    """
    message = str(error.get("message") or f"HTTP {status}")
    code = error.get("code")
    param = error.get("param")
    cls = _BY_CODE.get(str(code)) or _BY_STATUS.get(status)
    if cls is None:
        cls = InvalidRequestError if 400 <= status < 500 else EngineGenerateError
    return _build(cls, message, param=param, code=code, retry_after=retry_after)


def error_from_response(response: httpx.Response) -> VeilleurError:
    """The exception for an HTTP error response (status 4xx or 5xx), read in full.

    A body that is not the API's error envelope keeps the status alone as its message
    (`HTTP 502`), so a proxy's error page still maps by status.
    """
    try:
        error = response.json()["error"]
        if not isinstance(error, Mapping):
            raise TypeError(error)
    except (ValueError, KeyError, TypeError):
        error = {}
    retry = response.headers.get("Retry-After", "")
    return error_from_body(
        response.status_code, error, retry_after=int(retry) if retry.isdigit() else None
    )


def error_from_event(data: Mapping[str, Any]) -> VeilleurError:
    """The exception for the data of an SSE `error` event (`message`, `code`, `param`,
    or the same fields under `error`, as in an OpenAI stream's error chunk).

    A stream has already answered 200, so the `code` decides alone: a known code names
    its class, an error that names a `param` is an `InvalidRequestError`, and any other
    is an `EngineGenerateError` (the request failed, the server goes on).
    """
    if isinstance(data.get("error"), Mapping):
        data = data["error"]
    message = str(data.get("message") or "the server reported an error")
    code = data.get("code")
    param = data.get("param")
    cls = _BY_CODE.get(str(code)) or (InvalidRequestError if param else EngineGenerateError)
    return _build(cls, message, param=param, code=code, retry_after=None)


def _build(
    cls: type[VeilleurError],
    message: str,
    *,
    param: Any,
    code: Any,
    retry_after: int | None,
) -> VeilleurError:
    if cls is EngineOverloadedError:
        exc: VeilleurError = EngineOverloadedError(message, retry_after=retry_after or 1)
        exc.param = param
        return exc
    if issubclass(cls, RateLimitedError):
        return cls(message, retry_after=retry_after or 1, param=param,
                   code=code if isinstance(code, str) else None)
    return cls(message, param=param, code=code if isinstance(code, str) else None)


# ---- Server-Sent Events ---------------------------------------------------------------


def parse_sse(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """The `(event, data)` text pairs of Server-Sent Events read line by line.

    As the specification says: an event ends at a blank line; its `data:` lines are
    joined with newlines; `event:` names it (`message` when it has no name); lines
    starting with `:` are comments; one space after the colon is dropped. An event cut
    off by the end of the stream is not dispatched.
    """
    event, data = "", []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line:
            if data:
                yield event or "message", "\n".join(data)
            event, data = "", []
            continue
        if line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "event":
            event = value
        elif field == "data":
            data.append(value)


def sse_events(response: httpx.Response) -> Iterator[Event]:
    """The named events `(event, data)` of a response of Server-Sent Events.

    The data of each event is JSON (as the conversation and task APIs send it). `error`
    events are yielded like any other; `Client` methods raise them instead.
    """
    for event, data in parse_sse(response.iter_lines()):
        yield event, json.loads(data)


def openai_chunks(response: httpx.Response) -> Iterator[dict[str, Any]]:
    """The chunks of an OpenAI stream (`data: {...}` lines, up to `data: [DONE]`).

    Raises:
        VeilleurError: the class of the error chunk (`{"error": {...}}`) the server sent
            when the stream failed after it had started.
    """
    for _, data in parse_sse(response.iter_lines()):
        if data == "[DONE]":
            return
        chunk = json.loads(data)
        if isinstance(chunk, dict) and isinstance(chunk.get("error"), Mapping):
            raise error_from_event(chunk)
        yield chunk


def final(events: Iterable[Event], kind: str = "done") -> dict[str, Any]:
    """The data of the last `kind` event of `events` (`done` for a text task, `verdict`
    for a code task), after reading the whole stream.

    Raises:
        EngineGenerateError: the stream ended without such an event.
    """
    last: dict[str, Any] | None = None
    for event, data in events:
        if event == kind:
            last = data
    if last is None:
        raise EngineGenerateError(f"the server ended the stream without a {kind!r} event")
    return last


# ---- the client -----------------------------------------------------------------------


class Client:
    """A connection to one Veilleur server.

    Args:
        base_url: The server, e.g. `http://127.0.0.1:8000`.
        api_key: Sent as `Authorization: Bearer …` when the server requires one.
        timeout: Seconds (or an `httpx.Timeout`) for each request.

    Attributes:
        base_url: The server's URL, without a trailing slash (for evals that build their
            own `openai` clients: `base_url + "/v1"`).
        api_key: The API key, or None.
        http: The underlying `httpx.Client`, for endpoints this class does not wrap.
    """

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    ):
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.http = httpx.Client(base_url=self.base_url, headers=headers, timeout=timeout)
        self._server: BackgroundServer | None = None
        self._model_id: str | None = None

    @classmethod
    def connect(
        cls,
        url: str | None = None,
        *,
        settings: Settings | None = None,
        start: bool = True,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    ) -> Client:
        """A client of the server at `url`, or of the configured one, or of a new one.

        Args:
            url: The server to talk to. None: `http://HOST:PORT` of the settings, and
                when no server is ready there, one started for this client.
            settings: The settings (API key, host and port; the model and data directory
                of a server it starts). None: read from the environment.
            start: Whether to start a server when `url` is None and none answers.
            timeout: Per request, as for `Client`.

        Returns:
            A ready client; close it (or use it in a `with` block) to stop the server it
            may have started.

        Raises:
            ServerUnavailableError: no server is ready at `url` (or at the configured
                address, with `start=False`).
            VeilleurError: the server it started could not load its model or store.
        """
        settings = settings or load_settings()
        key = settings.api_key.get_secret_value() if settings.api_key else None
        base = url or f"http://{settings.host}:{settings.port}"
        client = cls(base, api_key=key, timeout=timeout)
        reason = client.not_ready()
        if reason is None:
            return client
        client.close()
        if url is not None or not start:
            raise ServerUnavailableError(reason)
        # veilleur.server brings FastAPI, uvicorn and llama.cpp: only a client that starts
        # its own server pays for them.
        from veilleur.server import BackgroundServer

        local = settings.model_copy(update={"host": "127.0.0.1"})
        server = BackgroundServer(local).start()
        client = cls(server.base_url, api_key=key, timeout=timeout)
        client._server = server
        return client

    def close(self) -> None:
        """Close the connection, and stop the server this client started, if any."""
        self.http.close()
        if self._server is not None:
            self._server.stop()
            self._server = None

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def started_server(self) -> bool:
        """Whether this client started the server it talks to."""
        return self._server is not None

    # ---- plumbing ---------------------------------------------------------------------

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Send a request; return the response when its status is below 400.

        Raises:
            VeilleurError: the class `error_from_response` maps the error to.
            ServerUnavailableError: the server could not be reached or did not answer.
        """
        try:
            response = self.http.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            raise self._unavailable(exc) from exc
        if response.is_error:
            raise error_from_response(response)
        return response

    def events(self, path: str, body: dict[str, Any]) -> Iterator[Event]:
        """POST `body` with `stream: true` and yield the named events of the answer.

        Raises:
            VeilleurError: the error answered instead of a stream, or sent as an `error`
                event (the events before it have been yielded).
        """
        try:
            with self.http.stream("POST", path, json={**body, "stream": True}) as response:
                if response.is_error:
                    response.read()
                    raise error_from_response(response)
                for event, data in sse_events(response):
                    if event == "error":
                        raise error_from_event(data)
                    yield event, data
        except httpx.TransportError as exc:
            raise self._unavailable(exc) from exc

    def _unavailable(self, exc: httpx.TransportError) -> ServerUnavailableError:
        reason = str(exc) or type(exc).__name__
        return ServerUnavailableError(f"the server at {self.base_url} failed to answer: {reason}")

    # ---- server -----------------------------------------------------------------------

    def ready(self) -> bool:
        """Whether a Veilleur server answers `/readyz` with 200 (model and checks loaded)."""
        return self.not_ready() is None

    def not_ready(self) -> str | None:
        """Why the server cannot take requests yet (its `/readyz` reason, or that nothing
        answers); None when it is ready."""
        where = self.base_url
        try:
            response = self.http.get("/readyz", timeout=2.0)
        except httpx.HTTPError:
            return f"no Veilleur server answers at {where}"
        if response.status_code == 200:
            return None
        try:
            reason = str(response.json()["reason"])
        except (ValueError, KeyError, TypeError):
            return f"no Veilleur server answers at {where} (/readyz: HTTP {response.status_code})"
        return f"the Veilleur server at {where} is not ready: {reason}"

    def models(self) -> list[dict[str, Any]]:
        """The models the server serves (the `data` of `GET /v1/models`)."""
        return list(self.request("GET", "/v1/models").json()["data"])

    def model_id(self) -> str:
        """The id of the model the server serves (the first of `/v1/models`)."""
        if self._model_id is None:
            self._model_id = str(self.models()[0]["id"])
        return self._model_id

    # ---- OpenAI API -------------------------------------------------------------------

    def chat_completion(
        self, messages: list[dict[str, Any]], *, model: str | None = None, **options: Any
    ) -> Iterator[str]:
        """Stream a chat completion; yield the pieces of its content as they come.

        Args:
            messages: OpenAI messages, e.g. `[{"role": "user", "content": "Hi"}]`.
            model: Default: the served model.
            **options: Other request fields (`max_tokens`, `temperature`, `seed`, …).
        """
        body = {"model": model or self.model_id(), "messages": messages, **options}
        try:
            with self.http.stream(
                "POST", "/v1/chat/completions", json={**body, "stream": True}
            ) as response:
                if response.is_error:
                    response.read()
                    raise error_from_response(response)
                for chunk in openai_chunks(response):
                    for choice in chunk.get("choices", []):
                        piece = choice.get("delta", {}).get("content")
                        if piece:
                            yield piece
        except httpx.TransportError as exc:
            raise self._unavailable(exc) from exc

    def create_chat_completion(
        self, messages: list[dict[str, Any]], *, model: str | None = None, **options: Any
    ) -> dict[str, Any]:
        """A chat completion, not streamed: the OpenAI response body."""
        body = {"model": model or self.model_id(), "messages": messages, **options}
        return dict(self.request("POST", "/v1/chat/completions", json=body).json())

    def create_completion(
        self, prompt: str, *, model: str | None = None, **options: Any
    ) -> dict[str, Any]:
        """A text completion (`/v1/completions`), not streamed: the OpenAI response body."""
        body = {"model": model or self.model_id(), "prompt": prompt, **options}
        return dict(self.request("POST", "/v1/completions", json=body).json())

    def moderate(self, texts: str | list[str]) -> list[dict[str, Any]]:
        """Classify texts with the server's safety pipeline (`/v1/moderations`): one
        OpenAI moderation result per text, `flagged` and the S-codes included."""
        body = {"input": texts}
        return list(self.request("POST", "/v1/moderations", json=body).json()["results"])

    # ---- conversations ----------------------------------------------------------------

    def create_conversation(
        self, *, system_prompt: str | None = None, title: str | None = None, **fields: Any
    ) -> dict[str, Any]:
        """Create a conversation; return it (`id`, `title`, …)."""
        body = _present(system_prompt=system_prompt, title=title, **fields)
        return dict(self.request("POST", "/api/conversations", json=body).json())

    def get_conversation(self, conversation_id: str) -> dict[str, Any]:
        """A conversation and its current branch of `messages`.

        Raises:
            NotFoundError: no conversation has this id.
        """
        return dict(self.request("GET", f"/api/conversations/{conversation_id}").json())

    def send_message(
        self, conversation_id: str, content: str, *, parent_id: str | None = None,
        **options: Any,
    ) -> Iterator[Event]:
        """Post a user message and stream the turn: `user_message`, `assistant_message`,
        `delta` events (`text`), then `done` (the assistant message as stored).

        Args:
            conversation_id: The conversation.
            content: The user's message.
            parent_id: Answer this message instead of the end of the current branch.
            **options: Sampling fields (`temperature`, `max_tokens`, …).

        Raises:
            NotFoundError: unknown conversation or parent.
            VeilleurError: the turn failed (the `error` event, as its exception).
        """
        body = _present(content=content, parent_id=parent_id, **options)
        return self.events(f"/api/conversations/{conversation_id}/messages", body)

    # ---- text tasks -------------------------------------------------------------------

    def translate(
        self, text: str, target_language: str, *, source_language: str | None = None,
        glossary: dict[str, str] | None = None,
    ) -> Iterator[Event]:
        """Translate `text`: `progress` events, then `done` (`text`, `checks`, …)."""
        body = _present(text=text, target_language=target_language,
                        source_language=source_language, glossary=glossary)
        return self.events("/api/tasks/translate", body)

    def summarize(
        self, text: str, *, length: str | None = None, language: str | None = None
    ) -> Iterator[Event]:
        """Summarise `text` (any length): `progress` events, then `done` (`text`, …)."""
        body = _present(text=text, length=length, language=language)
        return self.events("/api/tasks/summarize", body)

    def generate(
        self, text: str, preset: str, *, language: str | None = None,
        instruction: str | None = None,
    ) -> Iterator[Event]:
        """Apply a writing preset (`rewrite`, `email`, …) to `text`; `done` at the end."""
        body = _present(text=text, preset=preset, language=language, instruction=instruction)
        return self.events("/api/tasks/generate", body)

    # ---- code tasks -------------------------------------------------------------------

    def code_fix(self, code: str, **fields: Any) -> Iterator[Event]:
        """Fix `code` until its checks pass in the sandbox: `attempt` and `output` events,
        then `verdict`. Fields: `filename`, `tests`, `files`, `test_command`, `error`,
        `max_attempts`, `timeout_s` (None: the server's default)."""
        return self.events("/api/tasks/code/fix", _present(code=code, **fields))

    def code_generate(self, description: str, **fields: Any) -> Iterator[Event]:
        """Write code from `description` and check it: `attempt`, `output`, `verdict`.
        Fields: `examples`, `tests`, `filename`, `max_attempts`, `timeout_s`."""
        body = _present(description=description, **fields)
        return self.events("/api/tasks/code/generate", body)

    def code_optimize(
        self, code: str, *, function: str, bench: str, **fields: Any
    ) -> Iterator[Event]:
        """A faster `code` with the same results of `function`, timed on `bench`:
        `attempt`, `output`, `verdict`. Fields: `tests`, `filename`, `max_attempts`,
        `timeout_s`, `min_speedup`, `max_examples`."""
        body = _present(code=code, function=function, bench=bench, **fields)
        return self.events("/api/tasks/code/optimize", body)


def _present(**fields: Any) -> dict[str, Any]:
    """The fields that were given: None means "the server's default"."""
    return {name: value for name, value in fields.items() if value is not None}
