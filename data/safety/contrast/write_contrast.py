"""Write the independent contrast set for the safety guard (evaluation only).

Deterministic: the items live in ``items_en.py`` and ``items_fr.py`` next to this script; running
it rewrites ``contrast.jsonl``, ``paraphrases.jsonl`` and ``README.md`` byte for byte, then checks
them (valid JSON per line, unique ids, no duplicate texts, minimum counts met) and prints the
counts. Run: ``python3 data/safety/contrast/write_contrast.py``.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
LANGS = ("en", "fr")
CODES = tuple(f"S{i}" for i in range(1, 15))
LABELS = (*CODES, "jailbreak", "benign")
KINDS = ("harmful", "jailbreak", "borderline", "benign", "document")

# Minimums per language, from the brief.
MIN_PER_CODE = 12
MIN_JAILBREAK = 60
MIN_BORDERLINE = 120
MIN_ORDINARY = 80  # kind benign + document
MIN_OUTPUTS = 30
MIN_GROUPS = 40
WORDINGS = 5


def _load(lang: str) -> ModuleType:
    path = HERE / f"items_{lang}.py"
    spec = importlib.util.spec_from_file_location(f"contrast_items_{lang}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _record(rid: str, text: str, lang: str, label: str, kind: str, direction: str = "input",
            group: str | None = None) -> dict[str, str]:
    rec = {"id": rid, "text": text, "lang": lang, "label": label, "kind": kind,
           "direction": direction}
    if group is not None:
        rec["group"] = group
    return rec


def contrast_records(lang: str, items: ModuleType) -> list[dict[str, str]]:
    rows: list[tuple[str, str, str, str]] = []  # text, label, kind, direction
    for code in CODES:
        rows += [(t, code, "harmful", "input") for t in items.HARMFUL[code]]
    rows += [(t, "jailbreak", "jailbreak", "input") for t in items.JAILBREAK]
    rows += [(t, "benign", "borderline", "input") for t in items.BORDERLINE]
    rows += [(t, "benign", "benign", "input") for t in items.BENIGN]
    rows += [(t, "benign", "document", "input") for t in items.DOCUMENTS]
    rows += [(t, label, "benign" if label == "benign" else "harmful", "output")
             for label, t in items.OUTPUTS]
    return [_record(f"c-{lang}-{i:04d}", text, lang, label, kind, direction)
            for i, (text, label, kind, direction) in enumerate(rows, 1)]


def paraphrase_records(lang: str, items: ModuleType) -> list[dict[str, str]]:
    out = []
    for g, (label, kind, texts) in enumerate(items.PARAPHRASES, 1):
        group = f"p-{lang}-{g:02d}"
        out += [_record(f"{group}-{k}", t, lang, label, kind, group=group)
                for k, t in enumerate(texts, 1)]
    return out


def _dump(path: Path, records: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def check(contrast: list[dict[str, str]], paraphrases: list[dict[str, str]]) -> list[str]:
    """Problems found in the written files (re-read from disk); empty when all is well."""
    problems: list[str] = []
    read: list[dict[str, str]] = []
    for name in ("contrast.jsonl", "paraphrases.jsonl"):
        for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
            try:
                read.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append(f"{name}:{n}: invalid JSON ({e})")
    if read != contrast + paraphrases:
        problems.append("files on disk differ from the records built")
    ids = Counter(r["id"] for r in read)
    problems += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    texts = Counter(_norm(r["text"]) for r in read)
    problems += [f"duplicate text {t[:60]!r}" for t, c in texts.items() if c > 1]
    for r in read:
        if r["lang"] not in LANGS or r["label"] not in LABELS or r["kind"] not in KINDS:
            problems.append(f"{r['id']}: bad lang/label/kind")
        if r["direction"] not in ("input", "output"):
            problems.append(f"{r['id']}: bad direction")
        if r["kind"] in ("borderline", "benign", "document") and r["label"] != "benign":
            problems.append(f"{r['id']}: kind {r['kind']} must be labelled benign")
        if (r["kind"] == "jailbreak") != (r["label"] == "jailbreak"):
            problems.append(f"{r['id']}: jailbreak kind/label mismatch")
        if not r["text"].strip():
            problems.append(f"{r['id']}: empty text")
    for lang in LANGS:
        c = [r for r in contrast if r["lang"] == lang]
        inputs = [r for r in c if r["direction"] == "input"]
        for code in CODES:
            n = sum(r["label"] == code and r["kind"] == "harmful" for r in inputs)
            if n < MIN_PER_CODE:
                problems.append(f"{lang}: {code} has {n} harmful requests < {MIN_PER_CODE}")
        kinds = Counter(r["kind"] for r in inputs)
        for kind, need in (("jailbreak", MIN_JAILBREAK), ("borderline", MIN_BORDERLINE)):
            if kinds[kind] < need:
                problems.append(f"{lang}: {kinds[kind]} {kind} < {need}")
        if kinds["benign"] + kinds["document"] < MIN_ORDINARY:
            problems.append(f"{lang}: ordinary messages < {MIN_ORDINARY}")
        if sum(r["direction"] == "output" for r in c) < MIN_OUTPUTS:
            problems.append(f"{lang}: outputs < {MIN_OUTPUTS}")
        groups = Counter(r["group"] for r in paraphrases if r["lang"] == lang)
        if len(groups) < MIN_GROUPS:
            problems.append(f"{lang}: {len(groups)} paraphrase groups < {MIN_GROUPS}")
        problems += [f"{g}: {n} wordings, not {WORDINGS}" for g, n in groups.items()
                     if n != WORDINGS]
    return problems


def count_table(contrast: list[dict[str, str]], paraphrases: list[dict[str, str]]) -> str:
    lines = ["| file | lang | direction | kind | label | count |",
             "|---|---|---|---|---|---|"]
    for name, recs in (("contrast.jsonl", contrast), ("paraphrases.jsonl", paraphrases)):
        order = {k: i for i, k in enumerate(LABELS)}
        keys = Counter((r["lang"], r["direction"], r["kind"], r["label"]) for r in recs)
        for (lang, direction, kind, label), n in sorted(
                keys.items(), key=lambda kv: (kv[0][0], kv[0][1] == "output",
                                              KINDS.index(kv[0][2]), order[kv[0][3]])):
            lines.append(f"| {name} | {lang} | {direction} | {kind} | {label} | {n} |")
    lines.append("")
    lines.append("| lang | contrast records | paraphrase groups (x5) | paraphrase records |")
    lines.append("|---|---|---|---|")
    for lang in LANGS:
        c = sum(r["lang"] == lang for r in contrast)
        p = [r for r in paraphrases if r["lang"] == lang]
        kinds = Counter(r["kind"] for r in p if r["id"].endswith("-1"))
        lines.append(f"| {lang} | {c} | {len({r['group'] for r in p})} "
                     f"({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}) | {len(p)} |")
    return "\n".join(lines)


README = """# Independent contrast set for the safety guard — EVALUATION ONLY

**Never use these files to train, fine-tune, build few-shot prompts, tune thresholds or select
models.** They exist to measure the guard on text its authors never saw. Using them for any
choice about the guard turns them into training data and the numbers they give stop meaning
anything.

- Written on 2026-12-01 by a helper session of the Veilleur project whose brief forbade it to
  open, read or grep the training seeds (`seeds_*.py`), any `*.jsonl` of the repository,
  `data/safety/` (except this folder, which it created), `src/veilleur/safety/data/` and
  `shared/datasets/`, and to copy, reword or paraphrase prompts of public safety benchmarks
  (XSTest, HarmBench, AdvBench, JailbreakBench, DoNotAnswer, SORRY-Bench, XSafety, the OpenAI
  moderation evaluation set, in-the-wild jailbreak collections). Every text was written by hand
  for this set; the only project file read was `src/veilleur/safety/taxonomy.py` (the category
  definitions). The French texts were written in French, not translated line by line.
- The harmful requests only *ask*; they contain no operational details. The few harmful
  assistant answers (`direction: output`) only gesture at harm and stop before any detail.
- Names of private people, addresses, accounts and URLs are invented (`example` domains). Claims
  about public figures in the S5 requests are false by construction: that is what the request asks
  the assistant to fabricate.

## Files

- `contrast.jsonl` — one object per line: `id` (`c-en-0001` …), `text`, `lang` (`en`|`fr`),
  `label` (`S1`…`S14`, `jailbreak`, `benign`), `kind` (`harmful`, `jailbreak`, `borderline`,
  `benign`, `document`), `direction` (`input`, or `output` for assistant answers). `borderline`
  items share dangerous words with harmful ones but not the intent and are labelled `benign`.
- `paraphrases.jsonl` — the same fields plus `group` (`p-en-07` …): each group is one request in
  exactly five wordings (register, syntax, typos, word order). A guard should give the five the
  same verdict; measure the share of groups it treats consistently as well as accuracy.
- `items_en.py`, `items_fr.py` — the hand-written items; `write_contrast.py` — writes the two
  JSONL files and this README deterministically from them and checks them (valid JSON, unique
  ids, no duplicate texts after case/punctuation folding, minimum counts). Ids are assigned in
  file order, so edit only by appending if ids must stay stable.

Regenerate and check: `python3 data/safety/contrast/write_contrast.py`

## Known limits

- One label per item, the primary category. Some items touch a second one and a guard that
  flags the other category is not wrong about the harm: e.g. deepfake porn of a classmate (S3,
  also S12), a fabricated bribery confession of a head of state (S5, also S13 in spirit), a
  robocall in a candidate's voice (S13, also S5), benzodiazepines on top of opioids (S6, also
  S11), fake reviews accusing a named shop (S5, also S2). Score per-category numbers with that
  in mind; harmful-vs-benign is unambiguous.
- The English and French halves cover largely the same request ideas (same ~12 per category,
  same kinds of injection templates), each written in its own language and register with
  local references (CAF, ameli, préfecture, 3114, RGPD…). They are parallel in topic, not
  independent samples of the two languages.
- Hand-written by one author in one sitting: the phrasing styles are varied on purpose but are
  one person's imagination of how people type, not logs of real users.

## Counts

{table}
"""


def main() -> int:
    contrast: list[dict[str, str]] = []
    paraphrases: list[dict[str, str]] = []
    for lang in LANGS:
        items = _load(lang)
        contrast += contrast_records(lang, items)
        paraphrases += paraphrase_records(lang, items)
    _dump(HERE / "contrast.jsonl", contrast)
    _dump(HERE / "paraphrases.jsonl", paraphrases)
    table = count_table(contrast, paraphrases)
    (HERE / "README.md").write_text(README.format(table=table), encoding="utf-8", newline="\n")
    print(table)
    problems = check(contrast, paraphrases)
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    print(f"{len(contrast)} contrast + {len(paraphrases)} paraphrase records; "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
