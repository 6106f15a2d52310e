"""Check every ``*.jsonl`` source file here and print counts per source, language, label, kind.

Fails (exit status 1) on: invalid JSON, a missing or unknown field value, a ``source`` field that
is not the file name, an id used twice (across all files), the same text twice (across all
files, after whitespace normalisation and case folding), an empty text.

    python data/safety/sources/check_sources.py [--markdown]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {f"S{i}" for i in range(1, 15)} | {"jailbreak", "benign"}
KINDS = {"harmful", "jailbreak", "borderline", "benign", "document"}
FIELDS = ("id", "text", "lang", "label", "kind", "direction", "source")


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def check(files: list[Path]) -> tuple[list[str], list[dict]]:
    """Read `files`; return the problems found and the rows read."""
    problems: list[str] = []
    rows: list[dict] = []
    ids: dict[str, str] = {}
    texts: dict[str, str] = {}
    for path in files:
        source = path.stem
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: invalid JSON ({e})")
                continue
            missing = [k for k in FIELDS if k not in row]
            if missing:
                problems.append(f"{where}: missing {missing}")
                continue
            extra = set(row) - set(FIELDS) - {"origin"}
            if extra:
                problems.append(f"{where}: unknown fields {sorted(extra)}")
            if not isinstance(row["text"], str) or not row["text"].strip():
                problems.append(f"{where}: empty text")
                continue
            if row["lang"] not in ("en", "fr"):
                problems.append(f"{where}: lang {row['lang']!r}")
            if row["label"] not in LABELS:
                problems.append(f"{where}: label {row['label']!r}")
            if row["kind"] not in KINDS:
                problems.append(f"{where}: kind {row['kind']!r}")
            if row["direction"] not in ("input", "output"):
                problems.append(f"{where}: direction {row['direction']!r}")
            if row["source"] != source:
                problems.append(f"{where}: source {row['source']!r} in {path.name}")
            benign_kind = row["kind"] in ("benign", "borderline", "document")
            if (row["label"] == "benign") != benign_kind:
                problems.append(f"{where}: label {row['label']} with kind {row['kind']}")
            if row["label"] == "jailbreak" and row["kind"] != "jailbreak":
                problems.append(f"{where}: jailbreak label with kind {row['kind']}")
            if row["id"] in ids:
                problems.append(f"{where}: id {row['id']} also in {ids[row['id']]}")
            ids[row["id"]] = where
            key = _norm(row["text"])
            if key in texts:
                problems.append(f"{where}: same text as {texts[key]}: {row['text'][:60]!r}")
            texts[key] = where
            rows.append(row)
    return problems, rows


def table(rows: list[dict]) -> str:
    """A Markdown table of counts per source × lang, by label and by kind."""
    out = ["| source | lang | rows | by kind | by label |", "|---|---|---|---|---|"]
    groups: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        groups.setdefault((row["source"], row["lang"]), []).append(row)

    def order(label: str) -> tuple[int, int]:
        if label.startswith("S"):
            return (0, int(label[1:]))
        return (1, 0 if label == "jailbreak" else 1)

    for (source, lang), group in sorted(groups.items()):
        kinds = Counter(r["kind"] for r in group)
        labels = Counter(r["label"] for r in group)
        k = ", ".join(f"{n} {c}" for c, n in sorted(kinds.items()))
        lab = ", ".join(f"{c} {labels[c]}" for c in sorted(labels, key=order))
        out.append(f"| {source} | {lang} | {len(group)} | {k} | {lab} |")
    out.append(f"| **all** | | {len(rows)} | | |")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    files = sorted(HERE.glob("*.jsonl"))
    problems, rows = check(files)
    print(table(rows))
    if "--markdown" not in argv:
        lengths = Counter()
        for row in rows:
            lengths[(row["source"], row["lang"])] += len(row["text"])
        print()
        for (source, lang), total in sorted(lengths.items()):
            n = sum(1 for r in rows if (r["source"], r["lang"]) == (source, lang))
            print(f"{source}/{lang}: mean length {total / n:.0f} characters")
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
