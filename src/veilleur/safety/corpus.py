"""The labelled safety corpus in the repository, as rows that know their source and split.

Every row has the fields of data/safety/README.md (`id`, `text`, `lang`, `label`, `kind`,
`direction`) plus:

- `source`: where it comes from — a seed file of `data/safety` (`seeds_composed`, …), a
  long-text bank (`seeds_long`, `pypi`, `long_embedded`, `long_harmful_answers`) or a file
  of `data/safety/sources/` (`hh_rlhf`, `docs_fr`, …);
- `family`: the unit held out by the leave-one-source-out evaluation — the source, with a
  language suffix dropped (`hh_rlhf_fr` is a translation of `hh_rlhf`, `docs_en` and
  `docs_fr` are one kind of text), so that a translation never stands in for its original;
- `split`: `train`, `dev` or `test` — the split files for the seeds, and for
  `data/safety/sources/` a fixed hash of the row's `group` (or `id`) cut 60/15/25;
- `form`: how the pipeline reads it — `request` (whole), `document` or `answer` (per
  segment, see `segments`).

The contrast set (`data/safety/contrast/`) is not part of the corpus: it is only ever
evaluated on (`load_contrast`, `load_paraphrases`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from veilleur.safety.errors import ClassifierError
from veilleur.safety.segments import is_document, segments

__all__ = ["CONTRAST_DIR", "DATA_DIR", "LONG_WEIGHT", "SOURCES_DIR", "family", "load_contrast",
           "load_corpus", "load_jsonl", "load_paraphrases", "training_examples"]

DATA_DIR = Path(__file__).resolve().parents[3] / "data" / "safety"
PACKAGE_DATA = Path(__file__).resolve().parent / "data"
SOURCES_DIR = DATA_DIR / "sources"
CONTRAST_DIR = DATA_DIR / "contrast"
LONG_WEIGHT = 0.3  # weight of a long-text segment in the harm head (chosen on dev: 0.3, 1)
_SHARES = (("test", 0.25), ("dev", 0.15))  # the rest is train
_LONG_SOURCES = {"seeds_long": "seeds_long", "pypi": "pypi", "embedded": "long_embedded",
                 "harmful_answer": "long_harmful_answers"}


def load_jsonl(path: Path) -> list[dict]:
    """Rows of a JSONL file (blank lines skipped)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    except (OSError, ValueError) as exc:
        raise ClassifierError(f"cannot read safety data {str(path)!r}: {exc}") from exc


def family(source: str) -> str:
    """The held-out unit of a source: its name without a trailing ``_en`` / ``_fr``."""
    for suffix in ("_en", "_fr"):
        if source.endswith(suffix):
            return source[: -len(suffix)]
    return source


def _form(row: dict) -> str:
    if row.get("form") in ("document", "answer"):
        return row["form"]
    if row.get("direction") == "output":
        return "answer"
    if row.get("kind") == "document" or is_document(row["text"]):
        return "document"
    return "request"


def _hashed_split(key: str) -> str:
    value = int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) / 16**8
    edge = 0.0
    for split, share in _SHARES:
        edge += share
        if value < edge:
            return split
    return "train"


def _finish(row: dict, source: str, split: str) -> dict:
    out = dict(row)
    out["source"] = source
    out["family"] = family(source)
    out["split"] = split
    out["form"] = _form(row)
    out.setdefault("direction", "input")
    out.setdefault("group", row.get("id", ""))
    return out


def load_corpus(data_dir: Path = DATA_DIR, package_data: Path = PACKAGE_DATA) -> list[dict]:
    """Every labelled row of the repository's safety data (see the module docstring)."""
    rows: list[dict] = []
    for split, path in (("train", package_data / "train.jsonl"),
                        ("dev", data_dir / "dev.jsonl"), ("test", data_dir / "test.jsonl")):
        rows += [_finish(r, r.get("source", "seeds"), split) for r in load_jsonl(path)]
    for split, path in (("train", package_data / "train_long.jsonl"),
                        ("dev", data_dir / "long_dev.jsonl"),
                        ("test", data_dir / "long_test.jsonl")):
        for r in load_jsonl(path):
            base = str(r.get("source", "seeds_long")).split(":")[0]
            rows.append(_finish(r, _LONG_SOURCES.get(base, base), split))
    extra = [r for path in sorted((data_dir / "sources").glob("*.jsonl"))
             for r in load_jsonl(path)
             if r.get("label") is not None and isinstance(r.get("text"), str)]
    # A translation keeps its original's `origin` (or names the original's id there): both
    # get the original's key, hence the same split.
    by_id = {str(r.get("id")): r for r in extra}

    def key(r: dict, depth: int = 0) -> str:
        origin = r.get("group") or r.get("origin")
        if origin is None:
            return str(r.get("id") or r["text"])
        if str(origin) in by_id and depth < 3 and by_id[str(origin)] is not r:
            return key(by_id[str(origin)], depth + 1)
        return str(origin)

    for r in extra:
        source = str(r.get("source") or "sources")
        rows.append(_finish(r, source, _hashed_split(f"{family(source)}:{key(r)}")))
    return rows


def load_contrast(data_dir: Path = DATA_DIR) -> list[dict]:
    """The independent contrast set (evaluation only; empty when absent)."""
    path = data_dir / "contrast" / "contrast.jsonl"
    if not path.exists():
        return []
    return [_finish(r, "contrast", "test") for r in load_jsonl(path)
            if isinstance(r.get("text"), str) and r.get("label")]


def load_paraphrases(data_dir: Path = DATA_DIR) -> list[dict]:
    """The paraphrase set: each `group` is one request in five wordings (evaluation only)."""
    path = data_dir / "contrast" / "paraphrases.jsonl"
    if not path.exists():
        return []
    return [_finish(r, "paraphrases", "test") for r in load_jsonl(path)
            if isinstance(r.get("text"), str) and r.get("label")]


def training_examples(rows: Iterable[dict]) -> tuple[list[str], list[str], list[float]]:
    """Texts, labels and weights a classifier is fitted on (texts not yet normalised).

    Requests as they are (weight 1); documents and answers as their *segments*, since that
    is how the pipeline reads them: every segment of a benign text is benign; a segment of
    a harmful long text is labelled harmful only when it is not also a segment of some
    benign text (the harmful request or answer inserted in benign text). Segments weigh
    `LONG_WEIGHT` each: they teach that ordinary prose is benign without drowning the
    requests.
    """
    rows = list(rows)
    texts: list[str] = []
    labels: list[str] = []
    weights: list[float] = []
    seen: set[str] = set()
    for r in rows:
        if r["form"] == "request" and r["text"] not in seen:
            seen.add(r["text"])
            texts.append(r["text"])
            labels.append(r["label"])
            weights.append(1.0)
    long_rows = [r for r in rows if r["form"] != "request"]
    benign = {seg for r in long_rows if r["label"] == "benign" for seg in segments(r["text"])}
    for seg in sorted(benign):
        if seg not in seen:
            seen.add(seg)
            texts.append(seg)
            labels.append("benign")
            weights.append(LONG_WEIGHT)
    for r in long_rows:
        if r["label"] == "benign":
            continue
        for seg in segments(r["text"]):
            if seg not in benign and seg not in seen:
                seen.add(seg)
                texts.append(seg)
                labels.append(r["label"])
                weights.append(LONG_WEIGHT)
    return texts, labels, weights


def sources_digest(paths: Sequence[Path]) -> str:
    """SHA-256 of the given files' bytes, in order (recorded with the trained heads)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).name.encode() + b"\0" + Path(path).read_bytes())
    return digest.hexdigest()
