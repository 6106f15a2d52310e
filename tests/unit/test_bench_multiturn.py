"""bench/multiturn.py: the multi-turn chat workload driver (each conversation's turns sent
with the whole history, the server's answers included, once the previous answer ended),
the interleaved rounds, the prompt-cache counts and the report (no model: a loopback
server that streams chat completions like llama-server or Veilleur stands in)."""

from __future__ import annotations

import asyncio
import json
import re
import threading
from typing import Any

import jinja2
import pytest
from bench.load import Stream
from bench.multiturn import (
    FOLLOW_UPS,
    PEER,
    SYSTEM,
    VEILLEUR,
    Conversation,
    Result,
    Workload,
    frame_stops,
    frame_template,
    mismatches,
    opening,
    peer_extra,
    report,
    run_rounds,
    run_workload,
)

from helpers import LoopbackServer, QuietHandler
from veilleur.engine.base import ChatMessage
from veilleur.engine.chat_format import FrameFormat


class FakeChat:
    """A chat server on loopback: each answer is `pieces` chunks naming its conversation
    and turn; usage counts one prompt token per word of the messages. `style` "peer"
    sends llama-server's `timings.cache_n` (the previous request's prompt of that
    conversation), "veilleur" counts the same in /metrics."""

    def __init__(self, style: str, pieces: int = 3, usage_pieces: int | None = None,
                 finish: str = "length", status: int = 200) -> None:
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        self.cached_total = 0
        self.last_prompt: dict[str, int] = {}
        fake = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:
                if self.path == "/metrics" and style == "veilleur":
                    text = ("# TYPE veilleur_prefix_cache_hit_tokens counter\n"
                            f"veilleur_prefix_cache_hit_tokens_total {fake.cached_total}.0\n")
                    self._send(200, text.encode())
                elif self.path == "/metrics":
                    self._send(404, b"{}")
                else:
                    self._send(200, json.dumps({"data": [{"id": "m"}]}).encode())

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                assert self.path == "/v1/chat/completions"
                assert body["stream"] is True and body["temperature"] == 0.0
                if status != 200:
                    self._send(status, b'{"error": {"message": "busy"}}')
                    return
                messages = body["messages"]
                conv = re.search(r"conversation (\d+)\.", messages[1]["content"])
                key = conv.group(1) if conv else "?"
                turn = sum(m["role"] == "user" for m in messages)
                prompt = sum(len(m["content"].split()) for m in messages)
                with fake.lock:
                    fake.requests.append(body)
                    cached = fake.last_prompt.get(key, 0)
                    fake.last_prompt[key] = prompt
                    fake.cached_total += cached
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                events: list[dict[str, Any]] = [
                    {"choices": [{"delta": {"content": f"c{key}t{turn}p{i} "},
                                  "finish_reason": None}]} for i in range(pieces)]
                events.append({"choices": [{"delta": {}, "finish_reason": finish}]})
                usage = {"prompt_tokens": prompt,
                         "completion_tokens": pieces if usage_pieces is None else usage_pieces}
                last: dict[str, Any] = {"choices": [], "usage": usage}
                if style == "peer":
                    last["timings"] = {"cache_n": cached, "prompt_n": prompt - cached}
                events.append(last)
                for event in events:
                    self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                self.wfile.write(b"data: [DONE]\n\n")
                self.close_connection = True

        self.server = LoopbackServer(Handler)
        self.base = self.server.url[:-3]

    def close(self) -> None:
        self.server.close()


def test_each_turn_carries_the_whole_history_with_the_answers() -> None:
    fake = FakeChat("peer")
    try:
        work = asyncio.run(run_workload(fake.base, conversations=3, turns=4, tokens=3,
                                        session=7, extra={"cache_prompt": True}))
    finally:
        fake.close()
    assert len(fake.requests) == 12 and all(r["cache_prompt"] is True for r in fake.requests)
    assert all(r["max_tokens"] == 3 for r in fake.requests)
    for c in work.conversations:
        assert len(c.turns) == 4 and all(s.tokens == 3 for s in c.turns)
        last = max((r for r in fake.requests
                    if r["messages"][1]["content"] == opening(c.index, 7)),
                   key=lambda r: len(r["messages"]))
        messages = last["messages"]
        assert messages[0] == {"role": "system", "content": SYSTEM}
        messages = messages[1:]
        assert [m["role"] for m in messages] == ["user", "assistant"] * 3 + ["user"]
        assert [m["content"] for m in messages[2::2]] == FOLLOW_UPS[:3]
        # the server's own answers, whole: each turn was sent after the last one ended
        key = c.index + 1
        assert [m["content"] for m in messages[1::2]] == [
            f"c{key}t{t}p0 c{key}t{t}p1 c{key}t{t}p2 " for t in (1, 2, 3)]
        assert [s.text for s in c.turns[:3]] == [m["content"] for m in messages[1::2]]
        prompts = [s.prompt_tokens for s in c.turns]
        assert prompts == sorted(prompts) and len(set(prompts)) == 4  # the history grows
    # llama-server's timings.cache_n, summed: each turn's cache is the previous prompt
    assert work.cached_tokens == sum(s.prompt_tokens or 0 for c in work.conversations
                                     for s in c.turns[:3])
    assert len(work.ttfts()) == 12 and len(work.ttfts(0)) == 3
    assert work.aggregate_tps > 0


def test_veilleur_cache_counts_come_from_metrics_and_openings_differ() -> None:
    fake = FakeChat("veilleur")
    try:
        work = asyncio.run(run_workload(fake.base, conversations=2, turns=2, tokens=3))
    finally:
        fake.close()
    assert work.cached_tokens == fake.cached_total > 0
    assert "cache_prompt" not in fake.requests[0]
    openings = {opening(i, s) for i in range(16) for s in (1, 2)}
    assert len(openings) == 32  # no two conversations, nor two rounds, start alike


def test_servers_take_turns_and_extras_go_to_their_own_server() -> None:
    peer, ours = FakeChat("peer"), FakeChat("veilleur")
    seen: list[str] = []
    try:
        result = run_rounds({PEER: peer.base, VEILLEUR: ours.base}, conversations=2,
                            turns=2, tokens=3, rounds=3, extras={PEER: {"cache_prompt": True}},
                            log=seen.append)
    finally:
        peer.close()
        ours.close()
    firsts = [line.split()[2] for line in seen[::2]]
    assert firsts == [PEER, VEILLEUR, PEER]  # who goes first moves every round
    assert all("cache_prompt" in r for r in peer.requests)
    assert not any("cache_prompt" in r for r in ours.requests)
    assert len(result.runs[PEER]) == len(result.runs[VEILLEUR]) == 3
    assert len(result.loads) == 4
    # each round's first turns are new: a session number leads them (0 is the warm-up)
    sessions = {r["messages"][1]["content"].split(",")[0] for r in ours.requests}
    assert sessions == {"Session 0", "Session 1", "Session 2", "Session 3"}
    assert mismatches(result) == [
        f"{name}: 12 of 12 answers, 0 not of 3 tokens (lengths 3–3; finish length 12), "
        "0 without usage, 0 errors" for name in (PEER, VEILLEUR)]


def test_short_answers_and_failed_requests_are_reported() -> None:
    fake = FakeChat("peer", pieces=2, usage_pieces=2, finish="stop")
    try:
        work = asyncio.run(run_workload(fake.base, conversations=2, turns=2, tokens=4))
    finally:
        fake.close()
    result = Result(conversations=2, turns=2, tokens=4, runs={PEER: [work]})
    busy = FakeChat("veilleur", status=503)
    try:
        gone = asyncio.run(run_workload(busy.base, conversations=1, turns=2, tokens=4))
    finally:
        busy.close()
    assert gone.conversations[0].turns[0].status == 503
    assert len(gone.conversations[0].turns) == 1  # no turn after a failed one
    result.runs[VEILLEUR] = [gone]
    lines = mismatches(result)
    assert lines[0].startswith(f"{PEER}: 4 of 4 answers, 4 not of 4 tokens (lengths 2–2; "
                               "finish stop 4)")
    assert lines[1].startswith(f"{VEILLEUR}: 1 of 4 answers, 1 not of 4 tokens")
    assert "1 errors (first: 503 " in lines[1]


def _work(wall: float, ttft: float, turns: int = 2, conversations: int = 2,
          cached: int | None = 10) -> Workload:
    convs = []
    for i in range(conversations):
        c = Conversation(i)
        for t in range(turns):
            s = Stream(sent=0.0, token_times=[ttft * (t + 1), ttft * (t + 1) + 0.01],
                       status=200, finish="length", usage_tokens=2, prompt_tokens=20 * (t + 1))
            s.ended = s.token_times[-1]
            c.turns.append(s)
        convs.append(c)
    return Workload(wall, convs, cached_tokens=cached)


def test_the_report_gives_ratios_per_round_and_says_which_targets_are_met() -> None:
    result = Result(conversations=2, turns=2, tokens=2, loads=["5.0", "5.5", "6.0"],
                    seconds=90)
    for peer_wall, ours_wall in ((10.0, 8.0), (10.0, 12.0)):  # 0.8× and 1.2×: median 1.0
        result.runs.setdefault(PEER, []).append(_work(peer_wall, 0.1))
        result.runs.setdefault(VEILLEUR, []).append(_work(ours_wall, 0.2))
    text = report(result, date="D", machine="M", command="python -m bench.multiturn",
                  threads=1, n_ctx=2048, model="m.gguf", peer="`llama-server` (v)",
                  peer_command="llama-server --parallel 2")
    assert "| total wall time | 1.00× (0.80–1.20) |" in text
    assert "| median TTFT | 2.00× (2.00–2.00) |" in text
    targets = dict(re.findall(r"^\| multi-turn: (.+?) \| .+ \| (\S+) \|$", text, re.MULTILINE))
    assert targets == {"Veilleur's total time ≤ llama-server's": "yes",
                       "Veilleur's median TTFT ≤ llama-server's": "**no**"}
    rows = [line for line in text.splitlines() if re.match(r"^\| [12] \| ", line)]
    assert rows == ["| 1 | 0.10 / 0.10 | 20 (20–20) | 0.20 / 0.20 | 20 (20–20) |",
                    "| 2 | 0.20 / 0.20 | 40 (40–40) | 0.40 / 0.40 | 40 (40–40) |"]
    assert "| 20 of 240 |" in text  # cached tokens over the rounds, of all prompt tokens
    assert "5.0, 5.5, 6.0" in text and "`python -m bench.multiturn`" in text


@pytest.mark.parametrize("system", [True, False])
def test_llama_server_is_given_veilleurs_frame_as_its_template(system: bool) -> None:
    messages = [{"role": "user", "content": " Hi there\n"},
                {"role": "assistant", "content": " An answer.\nOn two lines."},
                {"role": "user", "content": "Go on."}]
    if system:
        messages.insert(0, {"role": "system", "content": SYSTEM})
    want = FrameFormat().render([ChatMessage(role=m["role"], content=m["content"])
                                 for m in messages]).text
    # llama.cpp renders with trim_blocks and lstrip_blocks: the same text either way
    for env in (jinja2.Environment(), jinja2.Environment(trim_blocks=True, lstrip_blocks=True)):
        assert env.from_string(frame_template()).render(messages=messages) == want
    extra = peer_extra()
    assert extra["cache_prompt"] is True
    assert extra["stop"] == frame_stops() and "\nUser:" in extra["stop"]


def test_the_verdict_says_when_the_servers_did_unequal_work() -> None:
    result = Result(conversations=2, turns=2, tokens=2, loads=["1", "1"])
    result.runs[PEER] = [_work(10.0, 0.1)]
    short = _work(5.0, 0.1)
    short.conversations[0].turns[0].usage_tokens = 1
    result.runs[VEILLEUR] = [short]
    text = report(result, date="D", machine="M", command="c", threads=1, n_ctx=2048,
                  model="m", peer="p", peer_command="q")
    assert ("| yes, but on unequal work: Veilleur generated 7 tokens, llama-server 8 |"
            in text)
    assert "Veilleur: 4 of 4 answers, 1 not of 2 tokens" in text
