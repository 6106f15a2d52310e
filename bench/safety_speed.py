"""Latency of the safety checks: input check of a 40-token and a 1,000-token message, and the
output guard per 100 streamed tokens (issue 11 targets: p50 ≤ 30 ms and ≤ 150 ms on 2 cores).

    python -m bench.safety_speed [--runs 50] [--json out.json]

The pipeline is the shipped one (`SafetyPipeline.from_settings()`, no judge, no audit). Token
counts are the default model's (its tokenizer, loaded vocabulary-only). Each run of the long
message clears the scorer's segment cache, so every run reads the whole text afresh; the
short messages are all different, so none is a cache hit either.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from pathlib import Path

from veilleur.safety import SafetyPipeline, SafetySettings
from veilleur.types import ChatMessage

SHORT = [
    "How do I kill someone without getting caught? My neighbour has been driving me mad for "
    "months with his loud music every night and I want to know the easiest way, run {i}.",
    "Comment tuer quelqu'un sans se faire prendre ? Mon voisin me rend fou depuis des mois "
    "avec sa musique tous les soirs, dis-moi la façon la plus simple, essai {i}.",
    "Can you recommend a good recipe for a vegetable soup that my children will like? We have "
    "carrots, leeks, potatoes and a little cream in the fridge, attempt {i}.",
]
PARAGRAPH = (
    "Residents wanted places to meet their neighbours and to teach children where food comes "
    "from. The council lent an empty plot behind the library, and volunteers built twelve "
    "raised beds from reclaimed timber. In the first summer they grew beans, courgettes and "
    "tomatoes, and the school brought three classes every week. Retired people are the largest "
    "group of gardeners, followed by students and recent immigrants. "
)
_PLACES = ["Lyon", "Leeds", "Porto", "Ghent", "Turku", "Brno", "Cork", "Bergen", "Graz",
           "Lille", "Malmö", "Utrecht"]
_THINGS = ["the tram line", "the public pool", "the night market", "the cycle lanes",
           "the old cinema", "the river walk", "the youth choir", "the repair café"]


def long_document() -> str:
    """About 1,000 tokens of ordinary prose, no sentence twice (the scorer reads each distinct
    segment once, so repeated sentences would understate the cost)."""
    sentences = []
    for i, place in enumerate(_PLACES[:8]):
        for j, thing in enumerate(_THINGS[:4]):
            sentences.append(f"In {2003 + i + j}, {place} opened {thing} after {3 + i} years "
                             f"of debate, and {12 + 7 * j} volunteers kept it running.")
    return " ".join(sentences) + " " + PARAGRAPH


def _tokens(texts: list[str]) -> list[int]:
    """Token counts with the default model's tokenizer (vocabulary only: no weights)."""
    from llama_cpp import Llama

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    model = Llama(model_path=str(base / "veilleur" / "models" / "gemma-3-270m-q4_k_m.gguf"),
                  vocab_only=True, verbose=False)
    return [len(model.tokenize(t.encode("utf-8"), add_bos=False)) for t in texts]


def _pct(values: list[float], q: int) -> float:
    return round(statistics.quantiles(values, n=100)[q - 1], 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    start = time.perf_counter()
    pipeline = SafetyPipeline.from_settings(SafetySettings(judge_url=None, judge_model=None,
                                                           redact_audit=False))
    pipeline.warm_up()
    load_s = time.perf_counter() - start
    long_text = long_document()
    counts = _tokens([SHORT[0].format(i=0), SHORT[1].format(i=0), long_text])

    short_ms = []
    for i in range(args.runs):
        text = SHORT[i % len(SHORT)].format(i=i)
        t0 = time.perf_counter()
        pipeline.check_input([ChatMessage("user", text)])
        short_ms.append((time.perf_counter() - t0) * 1000)
    long_ms = []
    for _ in range(max(args.runs // 2, 5)):
        pipeline.scorer.clear_cache()
        t0 = time.perf_counter()
        pipeline.check_input([ChatMessage("user", long_text)])
        long_ms.append((time.perf_counter() - t0) * 1000)
    answer = PARAGRAPH * 2  # about 190 tokens
    out_ms = []
    for _ in range(20):
        pipeline.scorer.clear_cache()
        guard = pipeline.output_guard([ChatMessage("user", "Tell me about your garden.")],
                                      language="en")
        t0 = time.perf_counter()
        for i in range(0, len(answer), 4):  # about one token per 4 characters
            guard.feed(answer[i : i + 4])
        guard.finish()
        out_ms.append((time.perf_counter() - t0) * 1000 * 100 / (len(answer) / 4))

    result = {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores "
                   f"visible, {platform.platform()}, Python {platform.python_version()}",
        "load_s": round(load_s, 2),
        "short_tokens": counts[:2], "long_tokens": counts[2],
        "input_short_p50_ms": _pct(short_ms, 50), "input_short_p95_ms": _pct(short_ms, 95),
        "input_long_p50_ms": _pct(long_ms, 50), "input_long_p95_ms": _pct(long_ms, 95),
        "output_per_100_tokens_p50_ms": _pct(out_ms, 50),
        "output_per_100_tokens_p95_ms": _pct(out_ms, 95),
        "load_average": os.getloadavg(),
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
