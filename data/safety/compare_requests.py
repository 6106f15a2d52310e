"""Model comparison on requests, leave-one-source-family-out (the table of docs/safety.md).

    python data/safety/compare_requests.py ngram use-logistic use-knn use-hybrid \\
        use-hybrid-pca ensemble-logistic ensemble-hybrid
    ENC=minilm python data/safety/compare_requests.py use-logistic use-knn   # MiniLM features
    SAMPLE=0.25 nice -n 10 python data/safety/compare_requests.py ngram use-hybrid-pca \\
        gemma-logistic gemma-knn gemma-hybrid ensemble-gemma-logistic ensemble-use-gemma

`minilm-ft`, `gemma-top`: fine-tuned per fold (all-MiniLM-L6-v2 end to end; Gemma's top two
layers on a cache of layer 16's input), from `finetune.py` (torch, minutes a fold).
`gemma-*`: Gemma 3 270M (the default GGUF) as the encoder (`gemma_encoder.py`: the server's
`LlamaEmbedder`, mean pooling, batched, 2 threads, texts cut at 256 tokens), about 5 texts
a second on 2 busy cores. `SAMPLE=f` keeps the same stratified share `f` of every (family,
split, kind, language) group for every model, so that rows compare like for like.

Faster than the full protocol (`veilleur eval safety`), so that many models can be compared
on 2 cores: only the corpus rows read as **requests** (no documents or answers), scored on
their normalised text alone (no rules, no extra readings), one embedding per row (cached
under `.cache/safety-embeddings/`). For each source family in turn: fit on the train rows of
the other families, choose a threshold per language on their dev rows (at most 5 % of
benign and of borderline requests flagged, the policy's rule), score every request of the
held-out family. Printed per language, pooled over the families: recall on harmful
requests, share flagged of borderline and of benign ones, of jailbreaks, and AUPRC.

The n-gram features are fitted once on every request (vocabulary and IDF only: no labels),
the heads per fold. `ensemble-*` averages the n-gram probability with the embedding ones.
"""

from __future__ import annotations

import hashlib
import math
import os
import sys
import time
import warnings
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "data" / "safety"))

from veilleur.safety.corpus import load_corpus  # noqa: E402
from veilleur.safety.encoder import repository_store  # noqa: E402
from veilleur.safety.normalise import normalise  # noqa: E402
from veilleur.safety.semantic import Neighbours  # noqa: E402

warnings.filterwarnings("ignore")


def _sample(rows, frac: float):
    """The same stratified sample for every model: in each (family, split, kind, language)
    group, the `frac` share of its rows whose text hashes lowest (deterministic)."""
    if frac >= 1:
        return rows
    groups: dict = {}
    for r in rows:
        groups.setdefault((r["family"], r["split"], r["kind"], r["lang"]), []).append(r)
    keep = set()
    for group in groups.values():
        group.sort(key=lambda r: hashlib.sha256(r["text"].encode()).hexdigest())
        keep.update(id(r) for r in group[: math.ceil(frac * len(group))])
    return [r for r in rows if id(r) in keep]


ROWS = _sample([r for r in load_corpus() if r["form"] == "request"],
               float(os.environ.get("SAMPLE", "1")))
TEXTS = [normalise(r["text"]) for r in ROWS]
_FEATURES: dict = {}


def features(which: str) -> np.ndarray:
    """Embeddings of every row by encoder `which` (use, minilm, gemma), cached on disk."""
    if which not in _FEATURES:
        if which == "use":
            store = repository_store()
        elif which == "gemma":  # the default GGUF in embedding mode (gemma_encoder.py)
            import gemma_encoder

            store = gemma_encoder.store()
        else:
            import compare_models

            store = compare_models._minilm_store()
        start = time.perf_counter()
        _FEATURES[which] = store.embed(
            TEXTS, chunk=512, progress=lambda d, n: print(f"  {which}: {d}/{n} embedded",
                                                          file=sys.stderr, flush=True))
        store.save()
        print(f"{which} features in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return _FEATURES[which]


ENC = os.environ.get("ENC", "use")  # the encoder of the `use-*` models
Y = np.array([r["label"] != "benign" for r in ROWS])
FAMILY = np.array([r["family"] for r in ROWS])
SPLIT = np.array([r["split"] for r in ROWS])
KIND = np.array([r["kind"] for r in ROWS])
LANG = np.array([r["lang"] for r in ROWS])
_NGRAMS = None


def ngram_features():
    global _NGRAMS
    if _NGRAMS is None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.pipeline import FeatureUnion

        union = FeatureUnion([
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                      sublinear_tf=True, dtype=np.float32)),
            ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True,
                                      token_pattern=r"(?u)\b\w+\b", dtype=np.float32))])
        _NGRAMS = union.fit_transform([normalise(r["text"]) for r in ROWS]).tocsr()
    return _NGRAMS


def logistic(train, enc: str = ""):
    X = features(enc or ENC)
    model = LogisticRegression(C=4.0, max_iter=1000, class_weight="balanced")
    model.fit(X[train], Y[train])
    return lambda mask: model.predict_proba(X[mask])[:, 1]


def knn(train, pca: bool = False, enc: str = ""):
    X = features(enc or ENC)
    if pca:  # what ships: int8 prototypes on 128 principal axes
        nb = Neighbours.fit(X[train], Y[train])
        return lambda mask: nb.score(X[mask])
    harmful, benign = X[train & Y], X[train & ~Y]

    def score(mask):
        z = X[mask]
        gap = (np.sort(z @ harmful.T, axis=1)[:, -5:].mean(1)
               - np.sort(z @ benign.T, axis=1)[:, -5:].mean(1))
        return 1 / (1 + np.exp(-20 * gap))
    return score


def hybrid(train, pca: bool = False, enc: str = ""):
    a, b = logistic(train, enc), knn(train, pca, enc)
    return lambda mask: 0.5 * a(mask) + 0.5 * b(mask)


def ngram(train):
    features = ngram_features()
    model = LogisticRegression(C=10, max_iter=3000, class_weight="balanced")
    model.fit(features[train], Y[train])
    return lambda mask: model.predict_proba(features[mask])[:, 1]


def ensemble(train, *members):
    parts = [ngram(train)] + [m(train) for m in members]
    return lambda mask: sum(p(mask) for p in parts) / len(parts)


def finetuned(name: str):
    """`minilm-ft`, `gemma-top`: fine-tuned per fold by finetune.py (torch; slow)."""
    import finetune

    return finetune.fold_model(name)


MODELS = {
    "ngram": ngram, "use-logistic": logistic, "use-knn": knn, "use-hybrid": hybrid,
    "use-hybrid-pca": lambda t: hybrid(t, pca=True),
    "ensemble-logistic": lambda t: ensemble(t, logistic),
    "ensemble-hybrid": lambda t: ensemble(t, lambda u: hybrid(u, pca=True)),
    "gemma-logistic": lambda t: logistic(t, "gemma"),
    "gemma-knn": lambda t: knn(t, enc="gemma"),
    "gemma-hybrid": lambda t: hybrid(t, enc="gemma"),
    "ensemble-gemma-logistic": lambda t: ensemble(t, lambda u: logistic(u, "gemma")),
    "ensemble-gemma-hybrid": lambda t: ensemble(t, lambda u: hybrid(u, enc="gemma")),
    "ensemble-use-gemma": lambda t: ensemble(t, lambda u: hybrid(u, pca=True, enc="use"),
                                             lambda u: hybrid(u, enc="gemma")),
    "minilm-ft": lambda t: finetuned("minilm-ft")(t),
    "gemma-top": lambda t: finetuned("gemma-top")(t),
}


def _threshold(scores, lang, kind, language) -> float:
    need = 0.0
    for k in ("benign", "borderline"):
        values = scores[(lang == language) & (kind == k)]
        if len(values):
            need = max(need, float(np.quantile(values, 0.95, method="higher")) + 1e-4)
    return need


def run(name: str) -> dict:
    start = time.perf_counter()
    score = np.zeros(len(Y))
    flagged = np.zeros(len(Y), dtype=bool)
    for fam in sorted(set(FAMILY)):
        train = (fam != FAMILY) & (SPLIT == "train")
        dev = (fam != FAMILY) & (SPLIT == "dev")
        held = fam == FAMILY
        predict = MODELS[name](train)
        dev_scores, held_scores = predict(dev), predict(held)
        score[held] = held_scores
        for language in ("en", "fr"):
            t = _threshold(dev_scores, LANG[dev], KIND[dev], language)
            mine = LANG[held] == language
            flagged[np.where(held)[0][mine]] = held_scores[mine] >= t
    out = {}
    for language in ("en", "fr"):
        m = language == LANG

        def rate(kind, m=m):
            sel = m & (kind == KIND)
            return round(float(flagged[sel].mean()), 3) if sel.any() else None

        out[language] = {"recall": rate("harmful"), "borderline": rate("borderline"),
                         "benign": rate("benign"), "jailbreak": rate("jailbreak"),
                         "auprc": round(float(average_precision_score(Y[m], score[m])), 3)}
    out["seconds"] = round(time.perf_counter() - start)
    return out


if __name__ == "__main__":
    print(f"{len(ROWS)} requests, {len(set(FAMILY))} families, "
          f"SAMPLE={os.environ.get('SAMPLE', '1')}", flush=True)
    for model_name in sys.argv[1:]:
        print(model_name, run(model_name), flush=True)
