"""`veilleur eval summarize`: ROUGE (rouge-score) of `/api/tasks/summarize`.

Runs through a `veilleur.client.Client` against any Veilleur server (and so any backend),
on `data/summarize.jsonl` (see `data/README.md`). Words are split on Unicode letters and
digits, so French accents count (rouge-score's default tokenizer drops non-ASCII letters).
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from importlib.resources import files

from veilleur.client import Client, final

__all__ = ["Summary", "load_documents", "report", "rouge", "run_summarize_eval"]

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


def run_summarize_eval(client: Client, *, length: str = "short",
                       limit: int | None = None) -> list[Summary]:
    """Summarise the first `limit` documents of the set (all with None) through `client`."""
    out = []
    for row in load_documents()[:limit]:
        started = time.perf_counter()
        done = final(client.summarize(row["document"], length=length, language=row["lang"]))
        out.append(Summary(row["id"], row["lang"], row["reference"], done["text"],
                           time.perf_counter() - started))
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


def report(model: str, length: str, table: dict[str, dict[str, float]],
           summaries: list[Summary]) -> str:
    """The Markdown report: the ROUGE table, then every summary."""
    lines = [f"Model: `{model}`, length `{length}`\n",
             "| set | ROUGE-1 | ROUGE-2 | ROUGE-L |", "|---|---|---|---|"]
    lines += [f"| {n} | {r['rouge1']:.1f} | {r['rouge2']:.1f} | {r['rougeL']:.1f} |"
              for n, r in table.items()]
    lines += ["", "| id | summary |", "|---|---|"]
    lines += [f"| {s.id} | {s.summary.replace(chr(10), ' ')} |" for s in summaries]
    return "\n".join(lines) + "\n"
