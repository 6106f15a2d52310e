"""`veilleur eval translate`: chrF and BLEU (sacrebleu) of `/api/tasks/translate`.

It talks to a Veilleur server through a `veilleur.client.Client`, so it measures whatever
backend that server runs (the embedded model, or an upstream one), through the same
prompts and checks as users.
The set is `data/translate.jsonl` (see `data/README.md`).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from veilleur.client import Client, final

__all__ = ["DIRECTIONS", "Segment", "load_segments", "report", "run_translate_eval", "score"]

DIRECTIONS = tuple(f"en-{t}" for t in ("fr", "es", "de", "it", "pt")) + tuple(
    f"{s}-en" for s in ("fr", "es", "de", "it", "pt"))


@dataclass(frozen=True)
class Segment:
    direction: str
    source: str
    reference: str
    hypothesis: str
    seconds: float


def load_segments() -> list[dict[str, str]]:
    text = files("veilleur.evals").joinpath("data/translate.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def run_translate_eval(client: Client, *, directions: tuple[str, ...] = DIRECTIONS,
                       limit: int | None = None) -> list[Segment]:
    """Translate the first `limit` sentences of the set (all with None) in each direction
    through `client`."""
    rows = load_segments()[:limit]
    out = []
    for direction in directions:
        source, target = direction.split("-")
        for row in rows:
            started = time.perf_counter()
            done = final(client.translate(row[source], target, source_language=source))
            out.append(Segment(direction, row[source], row[target], done["text"],
                               time.perf_counter() - started))
    return out


def score(segments: list[Segment]) -> dict[str, dict[str, float]]:
    """Corpus BLEU and chrF per direction and over all segments."""
    from sacrebleu.metrics import BLEU, CHRF

    groups: dict[str, list[Segment]] = {}
    for segment in segments:
        groups.setdefault(segment.direction, []).append(segment)
    groups["all"] = segments
    table = {}
    for name, group in groups.items():
        hyps = [s.hypothesis for s in group]
        refs = [[s.reference for s in group]]
        table[name] = {"bleu": BLEU().corpus_score(hyps, refs).score,
                       "chrf": CHRF().corpus_score(hyps, refs).score,
                       "segments": len(group),
                       "seconds": sum(s.seconds for s in group)}
    return table


def report(model: str, table: dict[str, Any], segments: list[Segment]) -> str:
    """The Markdown report: the score table, then every translation."""
    lines = [f"Model: `{model}`\n", "| direction | BLEU | chrF | segments |", "|---|---|---|---|"]
    lines += [f"| {n} | {r['bleu']:.1f} | {r['chrf']:.1f} | {r['segments']} |"
              for n, r in table.items()]
    lines += ["", "| direction | source | output |", "|---|---|---|"]
    lines += [f"| {s.direction} | {s.source} | {s.hypothesis.replace('|', '/')} |"
              for s in segments]
    return "\n".join(lines) + "\n"
