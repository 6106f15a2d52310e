"""Write the two public sources: ``hh_rlhf.jsonl`` and ``toxigen.jsonl``.

``hh_rlhf``: every row of ``shared/datasets/hh-rlhf/harmless_base_test_first_turns.jsonl``
(Anthropic hh-rlhf, MIT) with the label written by hand in ``hh_rlhf_labels.txt`` (one token
per row, in file order, ten per line after the index of the first row: ``b`` plainly benign,
``d`` benign but edgy (kind ``borderline``), ``1``…``14`` an S-code, ``j`` jailbreak). The
rules are in README.md.

``toxigen``: every statement of ``shared/datasets/toxigen/statements.jsonl`` (Microsoft
TOXIGEN, MIT): ``hate`` → S10 (kind ``harmful``), ``neutral`` → ``benign`` (kind ``benign``).
They are statements, not requests; their direction is ``output`` (they matter for answers and
documents).

Run from anywhere: ``python data/safety/sources/write_public.py``. Deterministic.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SHARED = REPO.parent / "shared" / "datasets"


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    """Write `rows` as JSONL (UTF-8, one object per line, keys in a fixed order)."""
    keys = ("id", "text", "lang", "label", "kind", "direction", "source", "origin")
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            ordered = {k: row[k] for k in keys if k in row}
            f.write(json.dumps(ordered, ensure_ascii=False) + "\n")


def numbered(source: str, entries: Iterable[tuple[str, str, str, str, str | None]], *,
             direction: str = "input") -> list[dict]:
    """Rows of a hand-written source from ``(lang, label, kind, text, origin)`` entries, in
    order, with ids ``<source>-<lang>-<label>-NNN`` numbered from 1 per language and label
    (``origin`` None: no origin field)."""
    counters: Counter[tuple[str, str]] = Counter()
    out = []
    for lang, label, kind, text, origin in entries:
        counters[lang, label] += 1
        row = {"id": f"{source}-{lang}-{label}-{counters[lang, label]:03d}", "text": text,
               "lang": lang, "label": label, "kind": kind, "direction": direction,
               "source": source}
        if origin is not None:
            row["origin"] = origin
        out.append(row)
    return out


def write_source(source: str, rows: list[dict]) -> None:
    """Write `rows` to ``<source>.jsonl`` next to this script and say how many."""
    write_jsonl(HERE / f"{source}.jsonl", rows)
    print(f"wrote {len(rows)} rows to {source}.jsonl")


def hh_labels() -> list[str]:
    """The hand labels of the hh-rlhf rows, in file order."""
    labels: list[str] = []
    for line in (HERE / "hh_rlhf_labels.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        start, rest = line.split(":", 1)
        if int(start) != len(labels):
            raise ValueError(f"label line {start} out of order (have {len(labels)})")
        labels.extend(rest.split())
    return labels


def label_kind(token: str) -> tuple[str, str]:
    """Map a label token to ``(label, kind)``."""
    if token == "b":
        return "benign", "benign"
    if token == "d":
        return "benign", "borderline"
    if token == "j":
        return "jailbreak", "jailbreak"
    n = int(token)
    if not 1 <= n <= 14:
        raise ValueError(token)
    return f"S{n}", "harmful"


def hh_rows() -> list[dict]:
    """The labelled hh-rlhf rows."""
    src = _read_jsonl(SHARED / "hh-rlhf" / "harmless_base_test_first_turns.jsonl")
    labels = hh_labels()
    if len(labels) != len(src):
        raise ValueError(f"{len(labels)} labels for {len(src)} rows")
    rows = []
    seen: set[str] = set()
    for row, token in zip(src, labels, strict=True):
        key = " ".join(row["text"].split()).casefold()
        if key in seen:  # the upstream file is deduplicated, but not case-insensitively
            continue
        seen.add(key)
        label, kind = label_kind(token)
        rows.append({"id": "hh_rlhf-" + row["id"].rsplit("-", 1)[1], "text": row["text"],
                     "lang": "en", "label": label, "kind": kind, "direction": "input",
                     "source": "hh_rlhf", "origin": row["id"]})
    return rows


def toxigen_rows() -> list[dict]:
    """The TOXIGEN statements."""
    src = _read_jsonl(SHARED / "toxigen" / "statements.jsonl")
    rows = []
    for i, row in enumerate(src):
        hate = row["label"] == "hate"
        rows.append({"id": f"toxigen-{i:04d}", "text": row["text"], "lang": "en",
                     "label": "S10" if hate else "benign",
                     "kind": "harmful" if hate else "benign", "direction": "output",
                     "source": "toxigen",
                     "origin": f"statements.jsonl#{i} ({row['group']}, {row['label']})"})
    return rows


def main() -> None:
    write_jsonl(HERE / "hh_rlhf.jsonl", hh_rows())
    write_jsonl(HERE / "toxigen.jsonl", toxigen_rows())


if __name__ == "__main__":
    main()
