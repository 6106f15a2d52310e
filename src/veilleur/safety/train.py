"""Train the semantic classifier's heads from the repository's data, reproducibly.

    python -m veilleur.safety.train            # writes src/veilleur/safety/data/heads.{npz,json}
    python -m veilleur.safety.train --check    # exit 1 if the committed heads are stale

It also writes `data/train_examples.jsonl`, the examples themselves, which the n-gram
member of the shipped ensemble is fitted on when a server starts (`classifier`).

The heads are fitted on the **train** split of every source (`corpus.load_corpus`: the seed
files, the long-text banks and `data/safety/sources/`), never on dev, test, the contrast
set or a public benchmark. Texts are normalised as the pipeline normalises them, embedded
once (cached under `.cache/safety-embeddings/`, a few minutes on 2 cores the first time),
and the two logistic heads fitted in a few seconds. `heads.json` records the encoder, the
regularisation, the number of examples, the SHA-256 of the training examples and of every
input file, so that a change of the data shows (`--check`, and a unit test).

The same functions fit the classifiers of the leave-one-source-out evaluation
(`veilleur.evals.safety`), so that what is measured is what ships.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from veilleur.safety.classifier import EXAMPLES_FILE, HarmClassifier
from veilleur.safety.corpus import DATA_DIR, PACKAGE_DATA, load_corpus, training_examples
from veilleur.safety.encoder import ENCODER_NAME, StoredEncoder, repository_store
from veilleur.safety.normalise import normalise
from veilleur.safety.semantic import HEADS_FILE, MANIFEST_FILE, LinearHeads, SemanticClassifier

__all__ = ["HEAD_C", "examples_digest", "fit_heads", "fit_ngram", "fit_semantic", "fit_shipped",
           "input_files", "main"]

HEAD_C = 4.0  # inverse regularisation of both heads (chosen on dev, docs/safety.md)
_normalised = lru_cache(maxsize=1 << 17)(normalise)  # folds of the evaluation reuse texts


def examples_digest(texts: Sequence[str], labels: Sequence[str],
                    weights: Sequence[float]) -> str:
    """SHA-256 of the training examples (text, label, weight), in order."""
    digest = hashlib.sha256()
    for text, label, weight in zip(texts, labels, weights, strict=True):
        digest.update(f"{label}\t{weight:g}\t{text}\n".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def fit_heads(rows: Sequence[dict], encoder: StoredEncoder, *, c: float = HEAD_C,
              progress=None) -> LinearHeads:
    """Heads fitted on `rows` (corpus rows; see `corpus.training_examples`)."""
    texts, labels, weights = training_examples(rows)
    normalised = [_normalised(t) for t in texts]
    x = encoder.store.embed(normalised, progress=progress)
    heads = LinearHeads.fit(x, labels, weights, encoder=encoder.name, c=c)
    heads.info = {"examples": len(texts), "c": c,
                  "examples_sha256": examples_digest(normalised, labels, weights)}
    return heads


def fit_semantic(rows: Sequence[dict], encoder: StoredEncoder, *,
                 c: float = HEAD_C) -> SemanticClassifier:
    """A semantic classifier trained on `rows`, reading embeddings through `encoder`."""
    return SemanticClassifier(encoder, fit_heads(rows, encoder, c=c))


def fit_ngram(rows: Sequence[dict]) -> HarmClassifier:
    """The n-gram classifier trained on `rows` (the baseline it is compared with)."""
    texts, labels, weights = training_examples(rows)
    return HarmClassifier().fit([_normalised(t) for t in texts], labels, weights)


def fit_shipped(rows: Sequence[dict], encoder: StoredEncoder):
    """The shipped ensemble (`model.shipped`) trained on `rows`: what each fold of the
    held-out-source protocol fits."""
    from veilleur.safety.model import shipped

    return shipped(fit_semantic(rows, encoder), fit_ngram(rows))


def input_files(data_dir: Path = DATA_DIR, package_data: Path = PACKAGE_DATA) -> list[Path]:
    """The files the corpus is read from, in a fixed order."""
    files = [package_data / "train.jsonl", data_dir / "dev.jsonl", data_dir / "test.jsonl",
             package_data / "train_long.jsonl", data_dir / "long_dev.jsonl",
             data_dir / "long_test.jsonl"]
    return files + sorted((data_dir / "sources").glob("*.jsonl"))


def _manifest(heads: LinearHeads, rows: Sequence[dict]) -> dict:
    files = {str(p.relative_to(DATA_DIR.parents[1])): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in input_files() if p.exists()}
    sources: dict[str, int] = {}
    for r in rows:
        sources[r["source"]] = sources.get(r["source"], 0) + 1
    return {"encoder": heads.encoder, **heads.info, "train_rows_per_source": sources,
            "input_files_sha256": files}


def _progress(done: int, total: int) -> None:
    print(f"  embedded {done}/{total} new texts", file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Train and write the heads (or only check that the committed ones are current)."""
    parser = argparse.ArgumentParser(prog="python -m veilleur.safety.train",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only compare the committed heads' training digest with the data")
    parser.add_argument("--out", type=Path, default=PACKAGE_DATA,
                        help="directory for heads.npz and heads.json")
    args = parser.parse_args(argv)
    rows = [r for r in load_corpus() if r["split"] == "train"]
    if args.check:
        texts, labels, weights = training_examples(rows)
        digest = examples_digest([normalise(t) for t in texts], labels, weights)
        committed = json.loads((args.out / MANIFEST_FILE).read_text(encoding="utf-8"))
        if committed.get("examples_sha256") != digest:
            print("the committed heads were trained on other data: run "
                  "`python -m veilleur.safety.train`", file=sys.stderr)
            return 1
        print("heads are current")
        return 0
    encoder = StoredEncoder(repository_store())
    print(f"training on {len(rows)} train rows ({ENCODER_NAME} embeddings)", file=sys.stderr)
    heads = fit_heads(rows, encoder, progress=_progress)
    encoder.store.save()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / HEADS_FILE).write_bytes(heads.to_bytes())
    texts, labels, weights = training_examples(rows)
    with (args.out / EXAMPLES_FILE).open("w", encoding="utf-8") as fh:
        for text, label, weight in zip(texts, labels, weights, strict=True):
            fh.write(json.dumps({"text": text, "label": label, "weight": weight},
                                ensure_ascii=False) + "\n")
    manifest = _manifest(heads, rows)
    (args.out / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n",
                                          encoding="utf-8")
    print(f"wrote {args.out / HEADS_FILE} ({heads.info['examples']} examples, "
          f"sha256 {heads.info['examples_sha256'][:16]}…)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

