"""`veilleur.client.Client` against a live server: a turn, a task, errors as exceptions."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from veilleur.client import Client, final
from veilleur.errors import InvalidRequestError, NotFoundError, ServerUnavailableError
from veilleur.server import free_port


@pytest.fixture(scope="module")
def client(server) -> Iterator[Client]:
    with Client(server.base_url, timeout=300) as connected:
        yield connected


def test_a_turn_streams_named_events_and_is_stored(client: Client) -> None:
    conversation = client.create_conversation(system_prompt="Answer briefly.")
    events = list(
        client.send_message(
            conversation["id"], "What is the capital of France?", temperature=0, max_tokens=24
        )
    )
    kinds = [event for event, _ in events]
    assert kinds[:2] == ["user_message", "assistant_message"] and kinds[-1] == "done"
    streamed = "".join(data["text"] for event, data in events if event == "delta")
    assert events[-1][1]["content"] == streamed and "Paris" in streamed
    stored = client.get_conversation(conversation["id"])
    assert [m["role"] for m in stored["messages"]] == ["user", "assistant"]


def test_a_task_streams_to_its_result(client: Client) -> None:
    events = list(client.generate("hello, can we meet tomorrow at ten?", "formal",
                                  language="en"))
    assert events[-1][0] == "done"
    done = final(events)
    assert done["text"].strip() and done["refused"] is False


def test_chat_completion_streams_content(client: Client) -> None:
    pieces = list(client.chat_completion(
        [{"role": "user", "content": "What is the capital of Italy?"}],
        temperature=0, max_tokens=16))
    assert len(pieces) > 1 and "Rome" in "".join(pieces)
    assert client.model_id() == client.models()[0]["id"]
    assert client.ready() and client.not_ready() is None


def test_an_unknown_conversation_raises_not_found(client: Client) -> None:
    with pytest.raises(NotFoundError, match="does not exist"):
        client.get_conversation("nope")
    with pytest.raises(NotFoundError):
        list(client.send_message("nope", "Hello?"))


def test_an_invalid_request_raises_with_its_param(client: Client) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        list(client.chat_completion([{"role": "user", "content": "Hi"}], temperature=9))
    assert caught.value.param == "temperature"


def test_no_server_at_the_url_is_server_unavailable() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(ServerUnavailableError, match="no Veilleur server answers"):
        Client.connect(url)
    with Client(url) as client, pytest.raises(ServerUnavailableError, match="failed to answer"):
        client.models()
