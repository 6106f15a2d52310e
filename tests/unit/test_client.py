"""`veilleur.client` without a server: SSE parsing and errors mapped back to exceptions,
on real `httpx.Response`s built from the bytes a server sends."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from veilleur.api.errors import error_response
from veilleur.client import (
    error_from_event,
    error_from_response,
    final,
    openai_chunks,
    parse_sse,
    sse_events,
)
from veilleur.documents.errors import DocumentTooLargeError, UnsupportedDocumentError
from veilleur.errors import (
    AuthenticationError,
    ContextLengthError,
    EngineDeadError,
    EngineGenerateError,
    EngineOverloadedError,
    GenerationTimeoutError,
    InvalidRequestError,
    NotFoundError,
    PayloadTooLargeError,
    ServerUnavailableError,
    StoreError,
    VeilleurError,
)
from veilleur.sandbox.errors import SandboxInputError
from veilleur.tasks.errors import PromptInjectionError


def streamed(*chunks: bytes, status: int = 200) -> httpx.Response:
    """A response whose body arrives in `chunks`, as a socket would deliver it."""

    def body() -> Iterator[bytes]:
        yield from chunks

    return httpx.Response(status, content=body(), headers={"content-type": "text/event-stream"})


# ---- Server-Sent Events ---------------------------------------------------------------


def test_named_events_are_read_across_chunk_boundaries() -> None:
    response = streamed(
        b'event: user_message\ndata: {"id": "u1"}\n\nevent: del',
        b'ta\ndata: {"text": "Bon',
        'jour é"}\n\n'.encode(),
        b'event: done\r\ndata: {"status": "complete"}\r\n\r\n',
    )
    assert list(sse_events(response)) == [
        ("user_message", {"id": "u1"}),
        ("delta", {"text": "Bonjour é"}),
        ("done", {"status": "complete"}),
    ]


def test_sse_fields_follow_the_specification() -> None:
    lines = [
        ": a comment, ignored",
        "data: first line",
        "data:second line",  # no space after the colon
        "",
        "event: named",
        "data: x",
        "",
        "",  # a blank line with nothing pending dispatches nothing
        "event: cut",
        "data: the stream ends before the blank line",
    ]
    assert list(parse_sse(lines)) == [("message", "first line\nsecond line"), ("named", "x")]


def test_error_events_are_yielded_by_the_reader() -> None:
    response = streamed(b'event: error\ndata: {"message": "boom", "code": "engine_error"}\n\n')
    assert list(sse_events(response)) == [
        ("error", {"message": "boom", "code": "engine_error"})
    ]


def test_openai_chunks_stop_at_done() -> None:
    chunk = {"choices": [{"index": 0, "delta": {"content": "Paris"}}]}
    response = streamed(
        f"data: {json.dumps(chunk)}\n\n".encode(), b"data: [DONE]\n\n", b"data: {}\n\n"
    )
    assert list(openai_chunks(response)) == [chunk]


def test_an_openai_error_chunk_raises_its_class() -> None:
    error = {"message": "too long", "type": "invalid_request_error", "param": "messages",
             "code": "context_length_exceeded"}
    response = streamed(
        b'data: {"choices": []}\n\n', f"data: {json.dumps({'error': error})}\n\n".encode()
    )
    chunks = openai_chunks(response)
    assert next(chunks) == {"choices": []}
    with pytest.raises(ContextLengthError) as caught:
        next(chunks)
    assert caught.value.message == "too long" and caught.value.param == "messages"


def test_final_is_the_last_event_of_its_kind() -> None:
    events = [("progress", {"done": 1}), ("done", {"text": "a"}), ("done", {"text": "b"})]
    assert final(events) == {"text": "b"}
    assert final([("verdict", {"verified": True})], "verdict") == {"verified": True}
    with pytest.raises(EngineGenerateError, match="'done'"):
        final([("progress", {})])


# ---- errors ---------------------------------------------------------------------------


def as_received(exc: VeilleurError) -> httpx.Response:
    """What the API answers for `exc`, as the client receives it."""
    sent = error_response(exc)
    return httpx.Response(sent.status_code, content=sent.body, headers=dict(sent.headers))


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (InvalidRequestError("bad", param="temperature"), InvalidRequestError),
        (ContextLengthError("long", param="messages"), ContextLengthError),
        (AuthenticationError("who?"), AuthenticationError),
        (NotFoundError("conversation 'x' does not exist"), NotFoundError),
        (PayloadTooLargeError("big"), PayloadTooLargeError),
        (EngineDeadError("stopped"), EngineDeadError),
        (EngineGenerateError("failed"), EngineGenerateError),
        (GenerationTimeoutError("slow"), GenerationTimeoutError),
        (StoreError("disk"), StoreError),
        (ServerUnavailableError("upstream down"), ServerUnavailableError),
        # the errors of other layers come back as the class of the API's family
        (PromptInjectionError("injection", param="text"), InvalidRequestError),
        (SandboxInputError("bad file name", param="files"), InvalidRequestError),
        (UnsupportedDocumentError("a zip"), InvalidRequestError),
        (DocumentTooLargeError("huge"), PayloadTooLargeError),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Exception) else value.__name__,
)
def test_an_api_error_comes_back_as_its_class(
    raised: VeilleurError, expected: type[VeilleurError]
) -> None:
    got = error_from_response(as_received(raised))
    assert type(got) is expected
    assert (got.message, got.param, got.code) == (raised.message, raised.param, raised.code)


def test_overloaded_keeps_retry_after() -> None:
    got = error_from_response(as_received(EngineOverloadedError("queue full", retry_after=7)))
    assert isinstance(got, EngineOverloadedError)
    assert got.retry_after == 7 and got.message == "queue full"


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (400, "unknown_parameter", InvalidRequestError),
        (401, None, AuthenticationError),
        (404, None, NotFoundError),
        (405, "method_not_allowed", InvalidRequestError),
        (413, "payload_too_large", PayloadTooLargeError),
        (422, "corrupt_document", InvalidRequestError),
        (500, None, EngineGenerateError),
        (503, "overloaded", EngineOverloadedError),
        (503, "engine_dead", EngineDeadError),
    ],
)
def test_status_then_code_choose_the_class(
    status: int, code: str | None, expected: type[VeilleurError]
) -> None:
    body = {"error": {"message": "m", "type": "t", "param": None, "code": code}}
    got = error_from_response(httpx.Response(status, json=body))
    assert type(got) is expected and got.message == "m"


def test_a_body_that_is_not_an_error_envelope_maps_by_status() -> None:
    got = error_from_response(httpx.Response(502, text="<html>Bad gateway</html>"))
    assert type(got) is EngineGenerateError and got.message == "HTTP 502"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"message": "m", "code": "context_length_exceeded", "param": "messages"},
         ContextLengthError),
        ({"message": "m", "code": "original_fails", "param": "tests"}, InvalidRequestError),
        ({"message": "m", "code": "no_code", "param": None}, EngineGenerateError),
        ({"message": "m", "code": "overloaded"}, EngineOverloadedError),
        ({"message_id": "a1", "message": "m", "code": "engine_error"}, EngineGenerateError),
        ({"error": {"message": "m", "code": "engine_dead"}}, EngineDeadError),
    ],
)
def test_an_error_event_comes_back_as_its_class(
    data: dict[str, object], expected: type[VeilleurError]
) -> None:
    got = error_from_event(data)
    assert type(got) is expected and got.message == "m"
