"""The `veilleur` command line, run as a user runs it (a subprocess)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx


def veilleur(
    *args: str, input: str | None = None, env: dict[str, str] | None = None, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "veilleur.cli", *args],
        input=input,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
    )


def test_ask_streams_an_answer(server) -> None:
    result = veilleur(
        "ask", "--url", server.base_url, "--temperature", "0", "What is the capital of France?"
    )
    assert result.returncode == 0, result.stderr
    assert "Paris" in result.stdout


def test_ask_reads_stdin_when_piped(server) -> None:
    result = veilleur(
        "ask",
        "--url",
        server.base_url,
        "--max-tokens",
        "20",
        "--temperature",
        "0",
        input="Quelle est la capitale de l'Italie ?\n",
    )
    assert result.returncode == 0, result.stderr
    assert "Rome" in result.stdout


def test_models_lists_what_the_server_serves(server, model_id: str) -> None:
    result = veilleur("models", "--url", server.base_url)
    assert result.returncode == 0 and model_id in result.stdout


def test_chat_session_history_and_resume(server) -> None:
    script = 'Hello, my name is Ada.\n"""\nline one\nline two\n"""\n/history\n/exit\n'
    result = veilleur("chat", "--url", server.base_url, input=script)
    assert result.returncode == 0, result.stderr
    assert "New conversation" in result.stderr
    conversation_id = result.stderr.split("New conversation ")[1].split()[0]
    got = httpx.get(f"{server.base_url}/api/conversations/{conversation_id}").json()
    users = [m["content"] for m in got["messages"] if m["role"] == "user"]
    assert users == ["Hello, my name is Ada.", "line one\nline two"]
    assert "Ada" in result.stdout  # /history printed the conversation
    resumed = veilleur(
        "chat",
        "--url",
        server.base_url,
        "--conversation",
        conversation_id,
        input="/history\n/exit\n",
    )
    assert resumed.returncode == 0 and "line one" in resumed.stdout


def test_chat_unknown_conversation_is_a_clear_error(server) -> None:
    result = veilleur("chat", "--url", server.base_url, "--conversation", "nope", input="/exit\n")
    assert result.returncode == 1
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_ask_without_a_server_starts_its_own(tmp_path: Path, model_path: Path) -> None:
    port = str(_free_port())
    result = veilleur(
        "ask",
        "--max-tokens",
        "8",
        "Say hi.",
        env={"VEILLEUR_PORT": port, "VEILLEUR_DATA_DIR": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_serve_missing_model_file(tmp_path: Path) -> None:
    result = veilleur(
        "serve", "--model", str(tmp_path / "missing.gguf"), "--data-dir", str(tmp_path)
    )
    assert result.returncode == 2
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_serve_corrupt_model_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"not a gguf at all")
    result = veilleur(
        "serve", "--model", str(bad), "--data-dir", str(tmp_path), "--port", str(_free_port())
    )
    assert result.returncode == 1
    assert "cannot load" in result.stderr and "Traceback" not in result.stderr


def test_serve_busy_port(server, tmp_path: Path) -> None:
    result = veilleur(
        "serve", "--port", server.base_url.rsplit(":", 1)[1], "--data-dir", str(tmp_path)
    )
    assert result.returncode == 1
    assert "already in use" in result.stderr and "Traceback" not in result.stderr


def test_serve_unwritable_data_dir(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("I am a file, not a directory")
    result = veilleur("serve", "--data-dir", str(blocker / "data"), "--port", str(_free_port()))
    assert result.returncode == 1
    assert "not writable" in result.stderr and "Traceback" not in result.stderr


def test_invalid_setting_is_reported_with_its_name(tmp_path: Path) -> None:
    result = veilleur("serve", env={"VEILLEUR_N_CTX": "12"})
    assert result.returncode == 2
    assert "n_ctx" in result.stderr and "Traceback" not in result.stderr


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
