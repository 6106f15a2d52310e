"""`veilleur eval translate`: chrF and BLEU (sacrebleu) of `/api/tasks/translate`.

It talks to a Veilleur server over HTTP, so it measures whatever backend that server runs
(the embedded model, or an upstream one), through the same prompts and checks as users.
The set is `data/translate.jsonl` (see `data/README.md`).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any

import httpx
import typer

__all__ = ["eval_translate", "load_segments", "run_translate_eval", "score"]

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


def run_translate_eval(base_url: str, *, directions: tuple[str, ...] = DIRECTIONS,
                       limit: int | None = None, api_key: str | None = None) -> list[Segment]:
    """Translate the set through the server at `base_url`."""
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    rows = load_segments()[:limit]
    out = []
    with httpx.Client(base_url=base_url, headers=headers, timeout=600) as client:
        for direction in directions:
            source, target = direction.split("-")
            for row in rows:
                started = time.perf_counter()
                response = client.post("/api/tasks/translate", json={
                    "text": row[source], "source_language": source, "target_language": target,
                    "stream": False})
                response.raise_for_status()
                out.append(Segment(direction, row[source], row[target],
                                   response.json()["text"], time.perf_counter() - started))
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


def eval_translate(
    url: Annotated[str | None, typer.Option("--url", help="Server to evaluate.")] = None,
    directions: Annotated[str, typer.Option(
        "--directions", help="Comma-separated pairs, e.g. en-fr,fr-en.")] = ",".join(DIRECTIONS),
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Sentences per "
                                              "direction.")] = None,
    output: Annotated[Path | None, typer.Option("--output", help="Write the report (Markdown) "
                                                "to this file.")] = None,
) -> None:
    """chrF and BLEU of translation (sacrebleu) on a small 6-language set."""
    from rich.table import Table

    from veilleur.cli import _connection, _eval_target, _model_id, _settings, console

    chosen = tuple(d.strip() for d in directions.split(",") if d.strip())
    unknown = [d for d in chosen if d not in DIRECTIONS]
    if unknown:
        raise typer.BadParameter(f"unknown direction(s) {unknown}; use {', '.join(DIRECTIONS)}")
    settings = _settings()
    with _connection(settings, url) as client:
        base, key = _eval_target(settings, client)
        model = _model_id(client)
        segments = run_translate_eval(base, directions=chosen, limit=limit, api_key=key)
    table = score(segments)
    view = Table("direction", "BLEU", "chrF", "segments", "seconds")
    for name, row in table.items():
        view.add_row(name, f"{row['bleu']:.1f}", f"{row['chrf']:.1f}", str(row["segments"]),
                     f"{row['seconds']:.0f}")
    console.print(view)
    if output is not None:
        output.write_text(_report(model, table, segments))
        console.print(f"report written to {output}")


def _report(model: str, table: dict[str, Any], segments: list[Segment]) -> str:
    lines = [f"Model: `{model}`\n", "| direction | BLEU | chrF | segments |", "|---|---|---|---|"]
    lines += [f"| {n} | {r['bleu']:.1f} | {r['chrf']:.1f} | {r['segments']} |"
              for n, r in table.items()]
    lines += ["", "| direction | source | output |", "|---|---|---|"]
    lines += [f"| {s.direction} | {s.source} | {s.hypothesis.replace('|', '/')} |"
              for s in segments]
    return "\n".join(lines) + "\n"
