"""A multi-turn chat workload: Veilleur against llama.cpp's `llama-server`, same run.

    python -m bench.multiturn [--conversations 16] [--turns 5] [--tokens 48] [--rounds 2]
                              [--threads 1] [--veilleur-env NAME=VALUE] [--write]

`--conversations` conversations run at once, each through the server's OpenAI
`/v1/chat/completions` (streaming, greedy, `max_tokens` = `--tokens`,
`stream_options.include_usage`). A conversation sends its next user turn (fixed texts:
Veilleur's default system prompt, an opening question, then follow-ups) with its whole
history, the server's own previous answers included, as soon as its previous answer
ends: the later turns of a conversation share the earlier ones as a prefix, which a
server with a prompt cache does not recompute.

- `llama-server` (bench/servers.py: `--parallel` slots, `--no-kv-unified`,
  `--cont-batching`), with Veilleur's frame for base models as its chat template (the
  default GGUF has none: `frame_template`), so that both servers see the same prompt
  tokens, and in every request `cache_prompt: true` and the frame's stop sequences;
- Veilleur as shipped (batched scheduler, safety checks and metrics on; its prefix reuse
  per slot is always on), with as many slots and the same context per slot.

Both are up at once on the default model with the same threads; they take turns, in an
order rotated from one round to the next, so that both see the same load of a shared
machine; ratios are taken within a round. The conversations' texts differ from one round
to the next (a session number leads the first turn), so a round reuses of the one before
only the frame that every prompt opens with. Every answer's length
(`usage.completion_tokens`) is checked against `--tokens`, and the totals of the two
servers against each other. Reported per server: total wall time, TTFT p50/p95 per turn
and overall, aggregate tok/s, prompt tokens per turn (`usage.prompt_tokens`) and how many
of them came from the cache (llama-server's `timings.cache_n`; Veilleur's
`veilleur_prefix_cache_hit_tokens` counter, read from /metrics around each round).
`--write` puts the section `bench:multiturn` into docs/benchmarks.md (bench/report.py).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import platform
import re
import shlex
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bench.compare import order, spread
from bench.load import PROMPTS, Stream, model_of, percentile, stream_completion
from bench.machine import cpu_name, usable_cores
from bench.report import write_sections
from bench.servers import (
    find_llama_server,
    llama_server,
    llama_server_command,
    llama_server_version,
    veilleur_server,
)

__all__ = ["FOLLOW_UPS", "PEER", "SYSTEM", "VEILLEUR", "Conversation", "Result", "Workload",
           "conversation", "frame_stops", "frame_template", "mismatches", "opening",
           "peer_extra", "peer_flags", "report", "run_rounds", "run_workload"]

ROOT = Path(__file__).resolve().parent.parent
PEER = "llama-server"
VEILLEUR = "Veilleur"

# The user's turns after the opening question, in order (the same for every conversation).
FOLLOW_UPS = [
    "Go on, tell me more about that.",
    "What is the most surprising part of what you just said?",
    "Sum up everything so far in two sentences.",
    "Give the whole thing a title and explain why you chose it.",
    "Now tell me what a child would ask about it.",
    "And what would you answer that child?",
]


# Veilleur's default system prompt, sent by the client to both servers (Veilleur would add
# the same one to a call that sends none).
SYSTEM = ("You are Veilleur, a helpful, honest and careful assistant. Answer briefly, "
          "in the language of the user.")


def frame_template() -> str:
    """A Jinja chat template that renders a conversation to the same text as Veilleur's
    built-in frame for base models (veilleur.engine.chat_format.FrameFormat), for one
    system message or none: llama-server is given it, so both servers see the same
    prompt tokens. The default GGUF has no chat template, and llama-server's fallback
    (ChatML, whose markers this model does not know) makes it write markers. Newlines are
    written as expressions, not after tags: llama.cpp renders with `trim_blocks`."""
    from veilleur.engine.chat_format import FrameFormat

    head = FrameFormat().render([]).text.removesuffix("\nAssistant:")
    if "{" in head or "}" in head:
        raise ValueError("the frame's text would be read as Jinja")
    return ("{% if messages and messages[0]['role'] == 'system' %}"
            "{{ messages[0]['content'] | trim }}{{ '\\n\\n' }}{% endif %}" + head
            + "{% for m in messages %}{% if m['role'] == 'user' %}"
            "{{ '\\nUser: ' + (m['content'] | trim) }}{% elif m['role'] == 'assistant' %}"
            "{{ '\\nAssistant: ' + (m['content'] | trim) }}{% endif %}{% endfor %}"
            "{{ '\\nAssistant:' }}")


def frame_stops() -> list[str]:
    """The stop sequences Veilleur's frame applies, as plain strings for llama-server."""
    from veilleur.engine.chat_format import FrameFormat

    return [str(stop) for stop in FrameFormat().stop]


def opening(index: int, session: int) -> str:
    """The first user turn of conversation `index` in round `session`: the 8 prompts of
    bench/load.py, the second eight asked for a child, led by the session number so that
    no two rounds (nor two conversations) start alike."""
    prompt = PROMPTS[index % len(PROMPTS)]
    if (index // len(PROMPTS)) % 2:
        prompt = f"For a child: {prompt[0].lower()}{prompt[1:]}"
    return f"Session {session}, conversation {index + 1}. {prompt}"


def user_turn(index: int, turn: int, session: int) -> str:
    """The user's text of `turn` (0 = the opening) in conversation `index`."""
    if turn == 0:
        return opening(index, session)
    return FOLLOW_UPS[(turn - 1) % len(FOLLOW_UPS)]


@dataclass
class Conversation:
    """One conversation: its turns' streams, in order."""

    index: int
    turns: list[Stream] = field(default_factory=list)


@dataclass
class Workload:
    """One server's run of the workload: every conversation, the wall time, and what the
    server's prompt cache reported."""

    wall: float
    conversations: list[Conversation]
    cached_tokens: int | None = None  # prompt tokens the server said it reused, all turns

    def streams(self, turn: int | None = None) -> list[Stream]:
        """Every turn's stream, or those of one turn (0 = the opening)."""
        if turn is None:
            return [s for c in self.conversations for s in c.turns]
        return [c.turns[turn] for c in self.conversations if turn < len(c.turns)]

    @property
    def tokens(self) -> int:
        return sum(s.tokens for s in self.streams())

    @property
    def aggregate_tps(self) -> float:
        return self.tokens / self.wall if self.wall else 0.0

    def ttfts(self, turn: int | None = None) -> list[float]:
        return [t for s in self.streams(turn) if (t := s.ttft) is not None]

    def median_ttft(self) -> float:
        return percentile(self.ttfts(), 50)


async def conversation(client: httpx.AsyncClient, model: str, index: int, *, turns: int,
                       tokens: int, session: int, extra: dict[str, Any]) -> Conversation:
    """Run one conversation: each turn sent with the whole history when the last ends."""
    result = Conversation(index)
    messages: list[dict[str, str]] = [{"role": "system", "content": SYSTEM}]
    for turn in range(turns):
        messages.append({"role": "user", "content": user_turn(index, turn, session)})
        body = {"model": model, "messages": list(messages), "max_tokens": tokens,
                "temperature": 0.0, "stream_options": {"include_usage": True}, **extra}
        stream = await stream_completion(client, body, "/v1/chat/completions")
        result.turns.append(stream)
        if stream.status != 200 or stream.error:
            break  # the history would be wrong from here on
        messages.append({"role": "assistant", "content": stream.text})
    return result


async def _cache_counter(client: httpx.AsyncClient) -> int | None:
    """Veilleur's `veilleur_prefix_cache_hit_tokens` from /metrics (None without one)."""
    try:
        response = await client.get("/metrics")
    except httpx.HTTPError:
        return None
    if response.status_code != 200:
        return None
    found = re.search(r"^veilleur_prefix_cache_hit_tokens(?:_total)?\s+([0-9.e+]+)$",
                      response.text, re.MULTILINE)
    return int(float(found.group(1))) if found else None


async def run_workload(base_url: str, *, conversations: int, turns: int, tokens: int,
                       session: int = 1, extra: dict[str, Any] | None = None) -> Workload:
    """`conversations` conversations of `turns` turns at once against the server at
    `base_url`; `extra`: more fields of every request body."""
    timeout = httpx.Timeout(900.0)
    # a connection per request: llama-server (cpp-httplib) closes a kept-alive connection
    # after a few requests, and a request sent on it as it closes fails
    limits = httpx.Limits(max_connections=conversations + 4, max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=base_url, timeout=timeout, limits=limits) as client:
        model = await model_of(client)
        before = await _cache_counter(client)
        started = time.perf_counter()
        done = await asyncio.gather(*(
            conversation(client, model, i, turns=turns, tokens=tokens, session=session,
                         extra=extra or {})
            for i in range(conversations)))
        wall = time.perf_counter() - started
        after = await _cache_counter(client)
    result = Workload(wall, list(done))
    if before is not None and after is not None:
        result.cached_tokens = after - before
    else:
        cache_n = [s.timings.get("cache_n") for s in result.streams() if s.timings]
        if cache_n and all(isinstance(n, int) for n in cache_n):
            result.cached_tokens = sum(cache_n)  # type: ignore[arg-type]
    return result


def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


@dataclass
class Result:
    """Every round of every server."""

    conversations: int
    turns: int
    tokens: int
    runs: dict[str, list[Workload]] = field(default_factory=dict)
    loads: list[str] = field(default_factory=list)
    seconds: float = 0.0
    startup: float = 0.0

    def ratios(self, ours: str, theirs: str,
               measure: Callable[[Workload], float]) -> list[float]:
        pairs = zip(self.runs.get(ours, []), self.runs.get(theirs, []), strict=False)
        values = [(measure(a), measure(b)) for a, b in pairs]
        return [a / b for a, b in values if b and a == a and b == b]


def run_rounds(servers: dict[str, str], *, conversations: int, turns: int, tokens: int,
               rounds: int, extras: dict[str, dict[str, Any]] | None = None,
               log: Callable[[str], None] = print) -> Result:
    """The interleaved rounds against the servers already up (`name` → base URL);
    `extras[name]`: more fields of that server's request bodies."""
    extras = extras or {}
    names = list(servers)
    result = Result(conversations, turns, tokens)
    began = time.perf_counter()
    for name, base in servers.items():  # warm-up: first graphs, safety models
        asyncio.run(run_workload(base, conversations=1, turns=1, tokens=8, session=0,
                                 extra=extras.get(name)))
    for r in range(rounds):
        result.loads.append(_load())
        for name in order(names, r):
            work = asyncio.run(run_workload(
                servers[name], conversations=conversations, turns=turns, tokens=tokens,
                session=r + 1, extra=extras.get(name)))
            result.runs.setdefault(name, []).append(work)
            lengths = [s.tokens for s in work.streams()]
            log(f"round {r + 1} {name:<13} {work.wall:6.1f} s, {work.aggregate_tps:5.1f} tok/s, "
                f"TTFT p50 {work.median_ttft():.2f} s, tokens {min(lengths, default=0)}-"
                f"{max(lengths, default=0)}, load {_load()}")
    result.loads.append(_load())
    result.seconds = time.perf_counter() - began
    return result


def peer_flags(template: Path) -> list[str]:
    """llama-server's flags besides bench/servers.py's: Veilleur's frame as its template."""
    return ["--jinja", "--chat-template-file", str(template)]


def peer_extra() -> dict[str, Any]:
    """What every request body to llama-server has besides the common fields: its prompt
    cache on, and the frame's stop sequences (Veilleur applies them itself)."""
    return {"cache_prompt": True, "stop": frame_stops()}


def run(model: Path, threads: int, *, conversations: int, turns: int, tokens: int,
        rounds: int, n_ctx: int, binary: Path | None,
        veilleur_env: dict[str, str] | None = None) -> Result:
    """Start the servers (llama-server only when `binary`), run the rounds, stop them
    (`veilleur_env`: settings of Veilleur's besides the benchmark's)."""
    began = time.perf_counter()
    with ExitStack() as stack:
        servers: dict[str, str] = {}
        template = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "frame.jinja"
        template.write_text(frame_template(), encoding="utf-8")
        if binary is not None:
            servers[PEER] = stack.enter_context(
                llama_server(binary, model, threads, conversations, n_ctx,
                             peer_flags(template)))
        servers[VEILLEUR] = stack.enter_context(
            veilleur_server(model, threads, "batched", slots=conversations, n_ctx=n_ctx,
                            env=veilleur_env))
        startup = time.perf_counter() - began
        result = run_rounds(servers, conversations=conversations, turns=turns, tokens=tokens,
                            rounds=rounds, extras={PEER: peer_extra()})
        result.startup = startup
        return result


# --- the report --------------------------------------------------------------------------

def _s(value: float, fmt: str = ".2f") -> str:
    return "n/a" if value != value else format(value, fmt)


def _range(values: Sequence[float], fmt: str = ".2f", suffix: str = "") -> str:
    s = spread(values)
    if s["median"] != s["median"]:
        return "n/a"
    return f"{s['median']:{fmt}}{suffix} ({s['min']:{fmt}}–{s['max']:{fmt}})"


def _ints(values: Sequence[int]) -> str:
    if not values:
        return "n/a"
    lo, hi = min(values), max(values)
    return f"{statistics.median(values):.0f} ({lo}–{hi})"


def mismatches(result: Result) -> list[str]:
    """Answers whose length is not `tokens`, and failed requests, per server."""
    out = []
    for name, works in result.runs.items():
        streams = [s for w in works for s in w.streams()]
        expected = result.conversations * result.turns * len(works)
        short = [s for s in streams if s.tokens != result.tokens]
        errors = [s for s in streams if s.status != 200 or s.error]
        missing = sum(1 for s in streams if s.usage_tokens is None)
        ends = ", ".join(f"{k} {v}" for k, v in sorted(
            Counter(str(s.finish) for s in streams).items()))
        line = (f"{name}: {len(streams)} of {expected} answers, {len(short)} not of "
                f"{result.tokens} tokens (lengths {min((s.tokens for s in streams), default=0)}"
                f"–{max((s.tokens for s in streams), default=0)}; finish {ends}), "
                f"{missing} without usage, {len(errors)} errors")
        if errors:
            line += f" (first: {errors[0].status} {errors[0].error[:120]!r})"
        out.append(line)
    return out


def _verdict(result: Result, met: bool) -> str:
    """yes / **no**, said of unequal work when the servers did not generate the same
    number of tokens in every round."""
    verdict = "yes" if met else "**no**"
    ours, theirs = ([w.tokens for w in result.runs.get(n, [])] for n in (VEILLEUR, PEER))
    if ours != theirs:
        verdict += (f", but on unequal work: Veilleur generated {sum(ours)} tokens, "
                    f"llama-server {sum(theirs)}")
    return verdict


def report(result: Result, *, date: str, machine: str, command: str, threads: int,
           n_ctx: int, model: str, peer: str, peer_command: str,
           veilleur_env: dict[str, str] | None = None) -> str:
    """The `bench:multiturn` section of docs/benchmarks.md."""
    settings = "".join(f", `{k}={v}`" for k, v in (veilleur_env or {}).items())
    names = [n for n in (PEER, VEILLEUR) if n in result.runs]
    rounds = len(result.runs.get(VEILLEUR, []))
    out = [
        "## Multi-turn chat, Veilleur against `llama-server`, same run",
        "",
        f"- **Date:** {date}; **machine:** {machine}.",
        f"- **Command:** `{command}` (also part of `make bench`): {result.seconds / 60:.1f} min "
        f"of rounds after {result.startup / 60:.1f} min starting the servers. Default model "
        f"`{model}`, {threads} thread(s) for each server, {result.conversations} slots of "
        f"{n_ctx} tokens each, {rounds} round(s).",
        f"- **Workload:** {result.conversations} conversations at once, {result.turns} turns "
        "each, through `/v1/chat/completions` (streaming, greedy, "
        f"`max_tokens` {result.tokens}, the frame's stop sequences); each conversation sends "
        "its next user turn (fixed texts: bench/multiturn.py) with its whole history, the server's "
        "own answers included, when its previous answer ends.",
        f"- **Peer:** {peer}, started as `{peer_command}`: its chat template is Veilleur's "
        "frame for base models (`frame_template` in bench/multiturn.py; the GGUF has none), "
        "so both servers see the same prompt tokens; every request has `cache_prompt: true` "
        "and the frame's stop sequences as `stop`." if PEER in result.runs else
        "- **Peer:** `llama-server` not found (`make bench-peer` builds it): Veilleur only.",
        "- **Veilleur:** `python -m veilleur.cli serve` as shipped (batched scheduler, "
        "safety checks and metrics on, prefixes reused within and across slots), "
        f"`VEILLEUR_N_SLOTS="
        f"{result.conversations}`{settings}, `--n-ctx {n_ctx}`.",
        "- **Method:** both servers up at once, taking turns in an order rotated every round; "
        "each round's texts are new (a session number leads the first turn). Ratios are "
        "taken within a round: median (min–max over the rounds).",
        f"- **Noise:** load average (1 min) at the start of each round and at the end: "
        f"{', '.join(result.loads)}. The cores are shared with other jobs.",
        "",
        "| server | total wall time (s) | aggregate tok/s | TTFT p50 / p95, all turns (s) "
        "| prompt tokens from the cache |",
        "|---|---:|---:|---:|---:|",
    ]
    for name in names:
        works = result.runs[name]
        ttfts = [t for w in works for t in w.ttfts()]
        prompts = sum(s.prompt_tokens or 0 for w in works for s in w.streams())
        cached = [w.cached_tokens for w in works]
        cache = ("n/a" if any(c is None for c in cached) else
                 f"{sum(c or 0 for c in cached)} of {prompts}")
        out.append(
            f"| {name} | {_range([w.wall for w in works], '.1f')} "
            f"| {_range([w.aggregate_tps for w in works], '.1f')} "
            f"| {_s(percentile(ttfts, 50))} / {_s(percentile(ttfts, 95))} | {cache} |")
    out += [
        "",
        "Per turn, over every conversation of every round: TTFT p50 / p95 (s), and the "
        "prompt tokens of that turn (`usage.prompt_tokens`, median (min–max)).",
        "",
        "| turn | " + " | ".join(f"{n} TTFT p50 / p95 | {n} prompt tokens" for n in names)
        + " |",
        "|---:|" + "---:|---:|" * len(names),
    ]
    for turn in range(result.turns):
        cells = []
        for name in names:
            ttfts = [t for w in result.runs[name] for t in w.ttfts(turn)]
            prompts = [s.prompt_tokens for w in result.runs[name] for s in w.streams(turn)
                       if s.prompt_tokens is not None]
            cells.append(f"{_s(percentile(ttfts, 50))} / {_s(percentile(ttfts, 95))} "
                         f"| {_ints(prompts)}")
        out.append(f"| {turn + 1} | " + " | ".join(cells) + " |")
    out += ["", "Answers: " + "; ".join(mismatches(result)) + ".", ""]
    if PEER in result.runs:
        wall = result.ratios(VEILLEUR, PEER, lambda w: w.wall)
        ttft = result.ratios(VEILLEUR, PEER, lambda w: w.median_ttft())
        tps = result.ratios(VEILLEUR, PEER, lambda w: w.aggregate_tps)
        out += [
            "| Veilleur / llama-server | median (min–max) over the rounds |",
            "|---|---:|",
            f"| total wall time | {_range(wall, suffix='×')} |",
            f"| median TTFT | {_range(ttft, suffix='×')} |",
            f"| aggregate tok/s | {_range(tps, suffix='×')} |",
            "",
            "| target (issue 17) | measured | met |",
            "|---|---|---|",
            "| multi-turn: Veilleur's total time ≤ llama-server's | "
            f"{_range(wall, suffix='×')} | {_verdict(result, spread(wall)['median'] <= 1)} |",
            "| multi-turn: Veilleur's median TTFT ≤ llama-server's | "
            f"{_range(ttft, suffix='×')} | {_verdict(result, spread(ttft)['median'] <= 1)} |",
            "",
        ]
    return "\n".join(out)


def raw(result: Result) -> dict[str, Any]:
    """Every turn as plain data (for `--json`)."""
    return {"conversations": result.conversations, "turns": result.turns,
            "tokens": result.tokens, "loads": result.loads, "runs": {
                name: [{"wall": w.wall, "cached_tokens": w.cached_tokens, "conversations": [
                    [{"ttft": s.ttft, "tokens": s.tokens, "prompt_tokens": s.prompt_tokens,
                      "finish": s.finish, "latency": s.latency, "status": s.status,
                      "error": s.error, "timings": s.timings, "text": s.text}
                     for s in c.turns] for c in w.conversations]} for w in works]
                for name, works in result.runs.items()}}


def _machine() -> str:
    return (f"{cpu_name()}, {usable_cores()} usable cores (shared with other jobs), "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=16)
    parser.add_argument("--turns", type=int, default=5)
    parser.add_argument("--tokens", type=int, default=48)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--n-ctx", type=int, default=2048, help="tokens per slot")
    parser.add_argument("--threads", type=int, default=1,
                        help="llama.cpp threads of each server (2 stall on 2 shared cores)")
    parser.add_argument("--write", action="store_true",
                        help="put the section into docs/benchmarks.md")
    parser.add_argument("--json", type=Path, default=None, help="write every turn there")
    parser.add_argument("--veilleur-env", action="append", default=[], metavar="NAME=VALUE",
                        help="a setting of Veilleur's for this run (e.g. "
                             "VEILLEUR_PREFILL_CHUNK=64); repeatable")
    args = parser.parse_args(argv)
    veilleur_env = dict(item.split("=", 1) for item in args.veilleur_env)
    from veilleur.models import ensure_default_model

    model = ensure_default_model(Path.home() / ".cache" / "veilleur" / "models")
    binary = find_llama_server()
    if binary is None:
        print("llama-server not found (make bench-peer, or LLAMA_SERVER=/path): "
              "Veilleur only", file=sys.stderr)
    date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = _machine()
    result = run(model, args.threads, conversations=args.conversations, turns=args.turns,
                 tokens=args.tokens, rounds=args.rounds, n_ctx=args.n_ctx, binary=binary,
                 veilleur_env=veilleur_env)
    peer, peer_command = "none", ""
    if binary is not None:
        peer = f"`llama-server` ({llama_server_version(binary)})"
        peer_command = shlex.join(llama_server_command(
            Path("llama-server"), Path(model.name), "PORT", args.threads,
            args.conversations, args.n_ctx, peer_flags(Path("frame.jinja"))))
    shown = sys.argv[1:] if argv is None else list(argv)
    section = report(result, date=date, machine=machine,
                     command=" ".join(["python -m bench.multiturn", *map(shlex.quote, shown)]),
                     threads=args.threads, n_ctx=args.n_ctx, model=model.name, peer=peer,
                     peer_command=peer_command, veilleur_env=veilleur_env)
    print(section)
    if args.json:
        args.json.write_text(json.dumps(raw(result)), encoding="utf-8")
    if args.write:
        write_sections(ROOT / "docs" / "benchmarks.md", {"multiturn": section})


if __name__ == "__main__":
    main()
