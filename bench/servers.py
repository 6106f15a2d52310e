"""Starting the servers under test as subprocesses on loopback ports."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

__all__ = ["llama_cpp_server", "veilleur_server"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def _process(
    command: list[str], env: dict[str, str], log: Path, ready: str = "/v1/models"
) -> Iterator[str]:
    port = command[command.index("--port") + 1] if "--port" in command else command[2]
    base = f"http://127.0.0.1:{port}"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            command, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT
        )
        try:
            deadline = time.monotonic() + 180
            while time.monotonic() < deadline:
                if proc.poll() is not None:
                    raise RuntimeError(f"{command[:4]} exited:\n{log.read_text()[-2000:]}")
                try:
                    if httpx.get(f"{base}{ready}", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(0.2)
            else:
                raise RuntimeError(f"{command[:4]} did not start:\n{log.read_text()[-2000:]}")
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


@contextmanager
def veilleur_server(
    model: Path, threads: int, scheduler: str, slots: int, n_ctx: int,
    env: dict[str, str] | None = None,
) -> Iterator[str]:
    """`veilleur serve` with the given scheduler (`serial` or `batched`) and extra `env`
    settings; yields its base URL."""
    port = str(_free_port())
    data = tempfile.mkdtemp(prefix="veilleur-bench-")
    log = Path(data) / "server.log"
    command = [
        sys.executable,
        "-m",
        "veilleur.cli",
        "serve",
        "--port",
        port,
        "--model",
        str(model),
        "--threads",
        str(threads),
        "--n-ctx",
        str(n_ctx),
    ]
    settings = {
        "VEILLEUR_DATA_DIR": data,
        "VEILLEUR_SCHEDULER": scheduler,
        "VEILLEUR_N_SLOTS": str(slots),
        "VEILLEUR_MAX_QUEUE": "64",
        "VEILLEUR_LOG_LEVEL": "warning",
        **(env or {}),
    }
    with _process(command, settings, log, ready="/readyz") as base:  # model and safety loaded
        yield base


@contextmanager
def llama_cpp_server(model: Path, threads: int, n_ctx: int) -> Iterator[str]:
    """`python -m llama_cpp.server` on the same model and threads; yields its base URL."""
    port = str(_free_port())
    log = Path(tempfile.mkdtemp(prefix="llama-cpp-server-")) / "server.log"
    command = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model),
        "--host",
        "127.0.0.1",
        "--port",
        port,
        "--n_threads",
        str(threads),
        "--n_threads_batch",
        str(threads),
        "--n_ctx",
        str(n_ctx),
    ]
    with _process(command, {}, log) as base:
        yield base
