"""`veilleur users …` and `veilleur keys …` on a temporary data directory, and the
newcomer's path: `users add --admin alice`, `keys create`, then the `openai` client with
that key against a live `veilleur serve` on loopback."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import httpx
import openai
import pytest
from typer.testing import CliRunner

from helpers import ServerProcess
from veilleur.cli import app

PASSWORD = "a long enough password"
ENV_CLEAN = ("VEILLEUR_API_KEY", "VEILLEUR_CONFIG", "VEILLEUR_DATABASE_URL")


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    for name in ENV_CLEAN:
        monkeypatch.delenv(name, raising=False)
    runner = CliRunner()

    def run(*args: str, stdin: str | None = None, code: int = 0) -> str:
        result = runner.invoke(app, [*args, "--data-dir", str(tmp_path)], input=stdin)
        assert result.exit_code == code, (args, result.output)
        return result.output

    return run


def test_users_add_list_disable_enable_reset(cli) -> None:  # type: ignore[no-untyped-def]
    assert "created admin alice" in cli("users", "add", "--admin", "Alice",
                                        "--password-stdin", stdin=PASSWORD + "\n")
    cli("users", "add", "bob", "--password-stdin", stdin=PASSWORD + "\n")
    listed = cli("users", "list")
    assert "alice" in listed and "admin" in listed and "bob" in listed
    assert "disabled bob" in cli("users", "disable", "bob")
    assert "disabled" in next(line for line in cli("users", "list").splitlines()
                              if "bob" in line)
    assert "enabled bob" in cli("users", "enable", "bob")
    assert "sessions ended" in cli("users", "reset-password", "bob", "--password-stdin",
                                   stdin="another long password\n")


def test_users_add_refuses_bad_input_without_a_traceback(cli) -> None:  # type: ignore[no-untyped-def]
    cases = [
        (("users", "add", "alice", "--password-stdin"), "short\n", "at least 8"),
        (("users", "add", "alice", "--password-stdin"), "\n", "no password"),
        (("users", "add", "not valid", "--password-stdin"), PASSWORD + "\n", "1 to 64"),
        (("users", "add", "alice"), None, "--password-stdin"),  # no terminal to ask on
    ]
    for args, stdin, words in cases:
        output = cli(*args, stdin=stdin, code=2)
        assert words in output and "Traceback" not in output
    cli("users", "add", "alice", "--password-stdin", stdin=PASSWORD + "\n")
    assert "already exists" in cli("users", "add", "alice", "--password-stdin",
                                   stdin=PASSWORD + "\n", code=2)
    assert "no user named" in cli("users", "disable", "nobody", code=1)


def test_keys_create_list_revoke(cli) -> None:  # type: ignore[no-untyped-def]
    cli("users", "add", "alice", "--password-stdin", stdin=PASSWORD + "\n")
    output = cli("keys", "create", "--user", "alice", "--name", "laptop",
                 "--expires-days", "7")
    secret = next(line for line in output.splitlines() if line.startswith("vk-"))
    key_id = re.search(r"key (\w+) for alice", output).group(1)  # type: ignore[union-attr]
    listed = cli("keys", "list", "--user", "alice")
    assert secret[:11] in listed and secret not in listed and "active" in listed
    assert key_id in listed
    assert f"revoked key {key_id}" in cli("keys", "revoke", key_id)
    assert "revoked" in cli("keys", "list", "--user", "alice")
    assert "no API key" in cli("keys", "revoke", "nope", code=1)


def test_users_add_asks_the_password_twice_on_a_terminal(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ENV_CLEAN}
    env["VEILLEUR_DATA_DIR"] = str(tmp_path)
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "veilleur.cli", "users", "add", "--admin",
                             "alice"], stdin=follower, stdout=follower, stderr=follower,
                            env=env, close_fds=True)
    os.close(follower)
    seen = b""

    def wait_for(text: bytes) -> None:
        nonlocal seen
        deadline = time.monotonic() + 120
        while text not in seen:
            assert time.monotonic() < deadline, seen
            ready, _, _ = select.select([leader], [], [], 1)
            if ready:
                seen += os.read(leader, 1024)

    # getpass flushes what was typed ahead: answer each prompt once it is shown.
    for prompt, answer in ((b"Password: ", PASSWORD),
                           (b"confirmation: ", "a different password"),
                           (b"Password: ", PASSWORD), (b"confirmation: ", PASSWORD)):
        wait_for(prompt)
        seen = b""
        os.write(leader, answer.encode() + b"\n")
    wait_for(b"created admin alice")
    assert proc.wait(timeout=60) == 0
    assert PASSWORD.encode() not in seen  # hidden input: never echoed
    os.close(leader)


def test_the_newcomers_path_to_the_openai_client(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ENV_CLEAN}
    env["VEILLEUR_DATA_DIR"] = str(tmp_path)

    def veilleur(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([sys.executable, "-m", "veilleur.cli", *args], input=stdin,
                                env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        return result

    veilleur("users", "add", "--admin", "alice", "--password-stdin", stdin=PASSWORD + "\n")
    created = veilleur("keys", "create", "--user", "alice", "--name", "laptop")
    key = created.stdout.strip()  # the key alone on stdout, what it is on stderr
    key_id = re.search(r"key (\w+) for alice", created.stderr).group(1)  # type: ignore[union-attr]
    assert key.startswith("vk-")
    with ServerProcess(tmp_path) as server:
        client = openai.OpenAI(base_url=f"{server.base_url}/v1", api_key=key, max_retries=0)
        model = client.models.list().data[0].id
        answer = client.chat.completions.create(
            model=model, max_tokens=8,
            messages=[{"role": "user", "content": "Say hello."}])
        assert answer.choices[0].message.content
        assert httpx.get(f"{server.base_url}/v1/models").status_code == 401
        # Changes made by the CLI while the server runs hold at its next request.
        veilleur("users", "disable", "alice")
        with pytest.raises(openai.AuthenticationError):
            client.models.list()
        veilleur("users", "enable", "alice")
        assert client.models.list().data[0].id == model
        veilleur("keys", "revoke", key_id)
        with pytest.raises(openai.AuthenticationError):
            client.models.list()
