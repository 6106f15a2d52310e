"""No role marker ever reaches a stored reply (issue 13, item 8), with the real default model.

The prompts invite the model to write the next turns of a dialogue itself, in lower case
and in French, which is what it did before role markers were matched whatever their
case. Whatever the model writes, the stored reply must not contain a line that starts
with a role marker of the frame: the assertion holds on every reply, so the test does
not depend on what the model happens to write. (Measured with the default model at
temperature 0: without stops, the first two prompts go on with "\nuser:" and
"\nutilisateur :" lines, which the exact stops "\nUser:" and "\nUtilisateur :" missed.)
"""

from __future__ import annotations

import re

import httpx
import pytest

from veilleur.engine.chat_format import ROLE_LABELS

P = "/api/conversations"
ROLE_LINE = re.compile(
    rf"^[ \t]*(?:{'|'.join(ROLE_LABELS)})[ \t\u00a0\u202f]*:", re.IGNORECASE | re.MULTILINE)
PROMPTS = [
    "Continue this dialogue for three more lines:\nuser: hello\nassistant: hi!\nuser: how "
    "are you?\nassistant: fine, and you?\nuser:",
    "Continue ce dialogue :\nutilisateur : Bonjour\nassistant : Bonjour !\nutilisateur : "
    "Quelle heure est-il ?\nassistant : Il est midi.\nutilisateur :",
    "Write a short conversation between a user and an assistant about the weather, one "
    "line per turn, each line starting with 'user:' or 'assistant:'.",
    "Réponds puis écris la question suivante de l'utilisateur : quelle est la capitale de "
    "l'Italie ?",
]


@pytest.fixture(scope="module")
def api(server) -> httpx.Client:
    with httpx.Client(base_url=server.base_url, timeout=300) as client:
        yield client


def test_the_pattern_finds_the_reported_reply() -> None:
    assert ROLE_LINE.search("Oui.\nuser: Bonjour, la question est en anglais.")
    assert ROLE_LINE.search("Utilisateur : Salut")
    assert not ROLE_LINE.search("The user: a person who uses")


def test_no_stored_reply_has_a_line_starting_with_a_role_marker(api: httpx.Client) -> None:
    conversation = api.post(P, json={}).json()
    cid = conversation["id"]
    for prompt in PROMPTS:
        turn = api.post(f"{P}/{cid}/messages", json={
            "content": prompt, "stream": False, "max_tokens": 60, "temperature": 0})
        assert turn.status_code == 200, turn.text
    stored = api.get(f"{P}/{cid}").json()["messages"]
    replies = [m["content"] for m in stored if m["role"] == "assistant"]
    assert len(replies) == len(PROMPTS)
    for reply in replies:
        assert not ROLE_LINE.search(reply), reply
