"""Does indexing an attachment stall a running chat over HTTP? (bench.retrieval_serve_gap)

Against a real `veilleur serve` (started here with the default model, batched scheduler,
or `--url`): the gaps between the `delta` events of a conversation's streamed answer,
with and without the server indexing an attachment in the background, rounds
interleaved. "While indexing": a document of `--pages` pages (the evaluation set's
documents, repeated) is uploaded to another conversation just before the question is
sent, so that the server embeds its passages (the default model's embedding context,
sharing the cores) while it streams the answer; the attachment's `indexing` state when
the answer ends says whether indexing overlapped the whole stream. The same client reads
both streams, so the gaps include the HTTP and SSE path a page sees.

bench/retrieval_stream_gap.py measures the same in one process without HTTP.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

import httpx

from veilleur.client import sse_events

DATA = Path(__file__).resolve().parents[1] / "data" / "retrieval"
P = "/api/conversations"
# Something the default model answers at length (it stops after a sentence on most
# questions): each stream in a new conversation, so that history does not shorten it.
QUESTION = "Count from 1 to 200, separated by commas."


def stream_gaps(client: httpx.Client, tokens: int) -> list[float]:
    """The gaps between the answer's `delta` events (what a page receives: the output
    guard releases text in pieces, so a delta is often several tokens)."""
    arrivals: list[float] = []
    done: dict[str, Any] = {}
    conversation = client.post(P, json={"title": "bench stream"}).json()["id"]
    with client.stream("POST", f"{P}/{conversation}/messages", json={
            "content": QUESTION, "temperature": 0, "max_tokens": tokens}) as response:
        response.raise_for_status()
        for kind, data in sse_events(response):
            if kind == "delta":
                arrivals.append(time.perf_counter())
            elif kind == "done":
                done = data
    usage = done.get("usage") or {}
    print(f"  answer: {len(done.get('content') or '')} characters, "
          f"{usage.get('completion_tokens')} tokens, {len(arrivals)} deltas, "
          f"finish {done.get('finish_reason')}", flush=True)
    return [b - a for a, b in itertools.pairwise(arrivals)]


def document(pages: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.*.md"))]
    return "\f".join(f"# Page {n + 1}\n\n{texts[n % len(texts)]}" for n in range(pages))


def summary(gaps: list[float]) -> str:
    ordered = sorted(gaps)
    p95 = ordered[round(0.95 * (len(ordered) - 1))]
    return (f"median {1000 * statistics.median(gaps):.0f} ms, p95 {1000 * p95:.0f} ms, "
            f"worst {1000 * max(gaps):.0f} ms over {len(gaps)} gaps")


def indexing(client: httpx.Client, conversation: str, attachment: str) -> dict[str, Any]:
    listed = client.get(f"{P}/{conversation}/attachments").json()["data"]
    return dict(next(a for a in listed if a["id"] == attachment)["indexing"])


@contextmanager
def server(url: str | None) -> Iterator[str]:
    if url:
        with nullcontext(url) as base:
            yield base
        return
    from bench.servers import veilleur_server
    from veilleur.config import default_cache_dir
    from veilleur.models import ensure_default_model

    with veilleur_server(ensure_default_model(default_cache_dir()), threads=2,
                         scheduler="batched", slots=2, n_ctx=4096) as base:
        yield base


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running server (default: start one)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--tokens", type=int, default=200)
    parser.add_argument("--pages", type=int, default=20,
                        help="pages of the document indexed while the answer streams")
    parser.add_argument("--warm-embedder", action="store_true",
                        help="index a one-line file first (the embedder loads on first use)")
    args = parser.parse_args()
    alone: list[float] = []
    during: list[float] = []
    with server(args.url) as base, httpx.Client(base_url=base, timeout=900) as client:
        stream_gaps(client, 8)  # warm up
        if args.warm_embedder:  # the embedding context loads on the first document
            warm = client.post(P, json={"title": "bench warm-up"}).json()["id"]
            uploaded = client.post(f"{P}/{warm}/attachments", files={"files": (
                "warm.txt", b"Warm up the embedder.", "text/plain")}).json()["data"][0]["id"]
            while indexing(client, warm, uploaded)["state"] in ("queued", "indexing"):
                time.sleep(0.5)
        for round_ in range(args.rounds):
            gaps = stream_gaps(client, args.tokens)
            alone += gaps
            print(f"round {round_ + 1}: stream alone {summary(gaps)}", flush=True)
            docs = client.post(P, json={"title": f"bench docs {round_}"}).json()["id"]
            text = document(args.pages) + f"\n\nRound {round_}."  # a new file each round
            started = time.perf_counter()
            uploaded = client.post(f"{P}/{docs}/attachments", files={"files": (
                f"bench-{round_}.md", text.encode(), "text/markdown")})
            uploaded.raise_for_status()
            attachment = uploaded.json()["data"][0]["id"]
            gaps = stream_gaps(client, args.tokens)
            during += gaps
            state = indexing(client, docs, attachment)
            while state["state"] in ("queued", "indexing"):
                time.sleep(0.5)
                state = indexing(client, docs, attachment)
            seconds = time.perf_counter() - started
            print(f"round {round_ + 1}: while indexing {summary(gaps)}; the attachment: "
                  f"{state['passages']} passages indexed in {seconds:.0f} s "
                  f"({state['state']})", flush=True)
    print(f"\nstream alone:          {summary(alone)}")
    print(f"stream while indexing: {summary(during)}")


if __name__ == "__main__":
    main()
