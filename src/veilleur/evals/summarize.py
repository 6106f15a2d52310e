"""`veilleur eval summarize`: ROUGE (rouge-score) of `/api/tasks/summarize`.

Runs against any Veilleur server (and so any backend) over HTTP, on `data/summarize.jsonl`
(see `data/README.md`). Words are split on Unicode letters and digits, so French accents
count (rouge-score's default tokenizer drops non-ASCII letters).
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Annotated

import httpx
import typer

__all__ = ["eval_summarize", "load_documents", "rouge", "run_summarize_eval"]

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Summary:
    id: str
    lang: str
    reference: str
    summary: str
    seconds: float


class _UnicodeTokenizer:
    def tokenize(self, text: str) -> list[str]:
        return _WORD.findall(text.lower())


def load_documents() -> list[dict[str, str]]:
    text = files("veilleur.evals").joinpath("data/summarize.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def run_summarize_eval(base_url: str, *, length: str = "short", limit: int | None = None,
                       api_key: str | None = None) -> list[Summary]:
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    out = []
    with httpx.Client(base_url=base_url, headers=headers, timeout=600) as client:
        for row in load_documents()[:limit]:
            started = time.perf_counter()
            response = client.post("/api/tasks/summarize", json={
                "text": row["document"], "length": length, "language": row["lang"],
                "stream": False})
            response.raise_for_status()
            out.append(Summary(row["id"], row["lang"], row["reference"],
                               response.json()["text"], time.perf_counter() - started))
    return out


def rouge(summaries: list[Summary]) -> dict[str, dict[str, float]]:
    """Mean ROUGE-1/2/L F1 (×100) per language and overall."""
    from rouge_score.rouge_scorer import RougeScorer

    scorer = RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=False,
                         tokenizer=_UnicodeTokenizer())
    groups: dict[str, list[Summary]] = {}
    for s in summaries:
        groups.setdefault(s.lang, []).append(s)
    groups["all"] = summaries
    table = {}
    for name, group in groups.items():
        scores = [scorer.score(s.reference, s.summary) for s in group]
        table[name] = {k: 100 * sum(x[k].fmeasure for x in scores) / len(scores)
                       for k in ("rouge1", "rouge2", "rougeL")} | {"documents": len(group)}
    return table


def eval_summarize(
    url: Annotated[str | None, typer.Option("--url", help="Server to evaluate.")] = None,
    length: Annotated[str, typer.Option("--length", help="Summary length to ask for.")
                      ] = "short",
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Documents to use.")
                     ] = None,
    output: Annotated[Path | None, typer.Option("--output", help="Write the report (Markdown) "
                                                "to this file.")] = None,
) -> None:
    """ROUGE of summaries (rouge-score) on a small English/French set."""
    from rich.table import Table

    from veilleur.cli import _connection, _eval_target, _model_id, _settings, console

    settings = _settings()
    with _connection(settings, url) as client:
        base, key = _eval_target(settings, client)
        model = _model_id(client)
        summaries = run_summarize_eval(base, length=length, limit=limit, api_key=key)
    table = rouge(summaries)
    view = Table("set", "ROUGE-1", "ROUGE-2", "ROUGE-L", "documents")
    for name, row in table.items():
        view.add_row(name, f"{row['rouge1']:.1f}", f"{row['rouge2']:.1f}",
                     f"{row['rougeL']:.1f}", str(int(row["documents"])))
    console.print(view)
    if output is not None:
        lines = [f"Model: `{model}`, length `{length}`\n",
                 "| set | ROUGE-1 | ROUGE-2 | ROUGE-L |", "|---|---|---|---|"]
        lines += [f"| {n} | {r['rouge1']:.1f} | {r['rouge2']:.1f} | {r['rougeL']:.1f} |"
                  for n, r in table.items()]
        lines += ["", "| id | summary |", "|---|---|"]
        lines += [f"| {s.id} | {s.summary.replace(chr(10), ' ')} |" for s in summaries]
        output.write_text("\n".join(lines) + "\n")
        console.print(f"report written to {output}")
