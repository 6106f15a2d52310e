"""Build the long-text safety sets: benign documents and answers, harmful long texts.

Run from the repository root:  python data/safety/build_long.py   (deterministic)

Sources (see README.md):
- `seeds_long.py` (hand-written): sentence banks per genre (news, report, recipe,
  technical docs with shell commands, fiction, history, medical leaflet, legal, glossary)
  and assistant-answer banks, FR + EN. Every bank is split by *sentence* 60/15/25 into
  train/dev/test; a document or answer is composed from one split's sentences only.
- README/long descriptions of packages installed in the project's virtual environment under
  MIT, BSD or Apache-2.0 licences (their `METADATA` files, English technical prose with
  `pip install` commands and code): cut into chunks of 300–1,500 characters; the split unit
  is the package.
- Harmful long texts: a harmful request of the *same split* of the short dataset
  (`dev.jsonl`, `test.jsonl`, the packaged train split) inserted in a benign document, and
  harmful assistant answers (`seeds_long.HARMFUL_LONG_ANSWERS` and the short set's harmful
  answers) inside benign answer text.

Outputs: `long_dev.jsonl`, `long_test.jsonl` here and the train split in the package
(`src/veilleur/safety/data/train_long.jsonl`). Rows have the short set's fields plus
`form` (`document` or `answer`) and `source`.
"""

from __future__ import annotations

import hashlib
import importlib.metadata as md
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from seeds_long import (  # noqa: E402
    ANSWER_CLOSINGS,
    ANSWER_OPENINGS,
    ANSWER_TOPICS,
    DOC_GENRES,
    HARMFUL_LONG_ANSWERS,
)

PACKAGE_DIR = HERE.parents[1] / "src" / "veilleur" / "safety" / "data"
SPLITS = ("train", "dev", "test")
COUNTS = {"train": 60, "dev": 14, "test": 22}  # composed benign documents per genre/lang
ANSWERS = {"train": 70, "dev": 40, "test": 60}  # composed benign answers per lang
HARMFUL = {"train": 60, "dev": 30, "test": 45}  # harmful long documents per lang
PACKAGES = ("urllib3", "httpx", "rich", "requests", "termcolor", "tabulate", "soupsieve",
            "cloudpickle", "uvicorn", "starlette", "joblib", "srsly", "thinc", "spacy", "blis",
            "portalocker", "smart_open", "llama_cpp_python", "python-dotenv", "pypdf", "cymem",
            "preshed", "catalogue", "fire", "absl-py", "diskcache", "h11", "sortedcontainers",
            "threadpoolctl", "idna", "markdown-it-py", "httpcore", "wasabi", "confection",
            "cloudpathlib", "typer", "alembic", "SQLAlchemy", "python-dateutil",
            "pydantic-settings")
_LICENCE = re.compile(r"\b(MIT|BSD|Apache)", re.I)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _split(items: list) -> dict[str, list]:
    ordered = sorted(items, key=lambda it: _digest(str(it)))
    n = len(ordered)
    n_test, n_dev = max(1, round(n * 0.25)), max(1, round(n * 0.15))
    return {"test": ordered[:n_test], "dev": ordered[n_test:n_test + n_dev],
            "train": ordered[n_test + n_dev:]}


def _row(text, lang, label, kind, form, source, group) -> dict:
    return dict(text=text, lang=lang, label=label, kind=kind,
                direction="output" if form == "answer" else "input", form=form,
                source=source, group=group)


def _join(sentences: list[str], rng: random.Random, heading: str | None = None) -> str:
    parts, para = [], []
    for s in sentences:
        para.append(s)
        if len(para) >= rng.randint(2, 4):
            parts.append(" ".join(para))
            para = []
    if para:
        parts.append(" ".join(para))
    text = "\n\n".join(parts) if rng.random() < 0.6 else " ".join(parts)
    if heading and rng.random() < 0.4:
        text = f"## {heading}\n\n{text}"
    return text[:2000]


def _documents(rng: random.Random) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {s: [] for s in SPLITS}
    pools = {(g, lang): _split(bank[lang]) for g, bank in DOC_GENRES.items() for lang in bank}
    for (genre, lang), by_split in pools.items():
        for split in SPLITS:
            own = by_split[split]
            others = [s for (g, la), p in pools.items() if la == lang and g != genre
                      for s in p[split]]
            seen = set()
            for _ in range(COUNTS[split] * 3):
                if len(seen) >= COUNTS[split]:
                    break
                k = rng.randint(min(2, len(own)), len(own))
                sents = rng.sample(own, k)
                if rng.random() < 0.5:  # a longer document mixing genres
                    sents += rng.sample(others, rng.randint(1, min(8, len(others))))
                text = _join(sents, rng, heading=genre.title())
                if len(text) < 100 or text in seen:
                    continue
                seen.add(text)
                out[split].append(_row(text, lang, "benign", "benign", "document",
                                       f"seeds_long:{genre}", f"long:{genre}:{split}"))
    return out


def _package_docs() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {s: [] for s in SPLITS}
    found = []
    for name in PACKAGES:
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        meta = dist.metadata
        licence = " ".join([meta.get("License-Expression") or "", meta.get("License") or "",
                            *(meta.get_all("Classifier") or [])])
        if not _LICENCE.search(licence):
            continue
        found.append((name, dist.version, meta.get_payload() or meta.get("Description") or ""))
    by_split = _split([name for name, _, _ in found])
    split_of = {name: s for s, names in by_split.items() for name in names}
    for name, version, text in found:
        chunks, current = [], ""
        for para in re.split(r"\n\s*\n", text):
            para = para.strip()
            if (not para or para.startswith(("<", "[![", "![", "|", ".. "))
                    or ("](http" in para and len(para) < 200)):
                continue
            current = f"{current}\n\n{para}" if current else para
            if len(current) >= 300:
                chunks.append(current[:1500])
                current = ""
        for i, chunk in enumerate(chunks[:8]):
            out[split_of[name]].append(_row(chunk, "en", "benign", "benign", "document",
                                            f"pypi:{name}=={version}#{i}", f"pkg:{name}"))
    return out


def _answers(rng: random.Random) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {s: [] for s in SPLITS}
    for lang in ("en", "fr"):
        pools = {t: _split(bank[lang]) for t, bank in ANSWER_TOPICS.items()}
        docs = {g: _split(bank[lang]) for g, bank in DOC_GENRES.items()}
        for split in SPLITS:
            seen = set()
            for _ in range(ANSWERS[split] * 3):
                if len(seen) >= ANSWERS[split]:
                    break
                topic = rng.choice(sorted(pools))
                own = pools[topic][split]
                sents = rng.sample(own, rng.randint(1, len(own)))
                if rng.random() < 0.4:
                    genre = rng.choice(sorted(docs))
                    sents += rng.sample(docs[genre][split], 1)
                body = "\n".join(f"- {s}" for s in sents) if rng.random() < 0.3 \
                    else " ".join(sents)
                text = (rng.choice(ANSWER_OPENINGS[lang]) + body
                        + rng.choice(ANSWER_CLOSINGS[lang]))
                if text in seen:
                    continue
                seen.add(text)
                out[split].append(_row(text, lang, "benign", "benign", "answer",
                                       f"seeds_long:answer:{topic}", f"ans:{topic}:{split}"))
    return out


def _harmful(rng: random.Random, benign_docs, benign_answers) -> dict[str, list[dict]]:
    def read(path: Path) -> list[dict]:
        return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]

    short = {"dev": read(HERE / "dev.jsonl"), "test": read(HERE / "test.jsonl"),
             "train": read(PACKAGE_DIR / "train.jsonl")}
    out: dict[str, list[dict]] = {s: [] for s in SPLITS}
    for lang in ("en", "fr"):
        answers = _split(HARMFUL_LONG_ANSWERS[lang])
        for split in SPLITS:
            requests = [r for r in short[split] if r["lang"] == lang and r["kind"] == "harmful"
                        and r["direction"] == "input"]
            hosts = [r for r in benign_docs[split] if r["lang"] == lang]
            for req in rng.sample(requests, min(HARMFUL[split], len(requests))):
                host = rng.choice(hosts)["text"].split("\n\n")
                host.insert(rng.randint(0, len(host)), req["text"])
                out[split].append(_row("\n\n".join(host)[:2400], lang, req["label"], "harmful",
                                       "document", "embedded:" + req["group"], req["group"]))
            said = [(code, text) for code, text in answers[split]]
            said += [(r["label"], r["text"]) for r in short[split] if r["lang"] == lang
                     and r["direction"] == "output" and r["kind"] == "harmful"]
            hosts = [r for r in benign_answers[split] if r["lang"] == lang]
            for code, text in said:
                for _ in range(2):
                    host = rng.choice(hosts)["text"]
                    joined = f"{text} {host}" if rng.random() < 0.5 else f"{host} {text}"
                    out[split].append(_row(joined, lang, code, "harmful", "answer",
                                           "harmful_answer", "harm:" + _digest(text)[:12]))
    return out


def main() -> None:
    rng = random.Random(20261129)
    docs = _documents(rng)
    pkg = _package_docs()
    answers = _answers(rng)
    harmful = _harmful(rng, docs, answers)
    for split in SPLITS:
        rows = docs[split] + pkg[split] + answers[split] + harmful[split]
        for i, row in enumerate(rows):
            row["id"] = f"long-{split}-{i:04d}"
        path = (PACKAGE_DIR / "train_long.jsonl" if split == "train"
                else HERE / f"long_{split}.jsonl")
        path.write_text("".join(json.dumps({"id": r.pop("id"), **r}, ensure_ascii=False) + "\n"
                                for r in rows), encoding="utf-8")
        kinds: dict[tuple, int] = {}
        for r in rows:
            key = (r["lang"], r["form"], r["kind"])
            kinds[key] = kinds.get(key, 0) + 1
        print(split, len(rows), dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
