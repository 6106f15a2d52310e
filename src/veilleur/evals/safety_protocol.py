"""A protocol that cannot flatter: the safety classifier judged on sources it never saw.

The own split (`veilleur.evals.safety.evaluate`) shares authors, wording habits and genres
between train and test. Here every row is scored by a classifier that never saw its
**source** (`corpus` rows carry a `family`: a seed file, a long-text bank, a public set with
its translation, a file of `data/safety/sources/`):

1. `held_out`: for each family in turn, fit the classifier on the *train* rows of all the
   other families, choose its thresholds on their *dev* rows (`fold_policy`, the rule of
   `choose_thresholds`: at most 5 % of benign and of borderline requests, 2 % of benign
   documents and answers), and score every row of the held-out family with the real
   pipeline (normalisation, readings, segments, rules, policy). Pooled, these rows give the
   held-out metrics (`summarise`), English and French separately, and per family.
2. `evaluate_rows` on the contrast set (`data/safety/contrast/`, written by a helper who
   never read the seeds) with the shipped classifier and policy: never trained, tuned or
   selected on.
3. `paraphrase_consistency`: the share of paraphrase groups (one request in five wordings)
   on which the five decisions agree.

The metrics (`summarise`): recall on harmful requests, the share flagged of borderline
look-alikes, of ordinary messages, of documents and of answers, the detection rate of
jailbreaks and injections (flagged at all: that is what protects the assistant), recall on
harmful documents and answers, and the AUPRC of harmful vs benign requests.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
from sklearn.metrics import average_precision_score

from veilleur.safety.classifier import Classifier
from veilleur.safety.pipeline import SafetyPipeline
from veilleur.safety.policy import Policy
from veilleur.safety.scorer import Scorer
from veilleur.safety.settings import SafetySettings
from veilleur.safety.taxonomy import CODES, JAILBREAK

__all__ = ["LANGUAGES", "Recipe", "evaluate_rows", "fold_policy", "held_out",
           "paraphrase_consistency", "per_family", "score_rows", "streamed", "summarise"]

LANGUAGES = ("en", "fr")
Recipe = Callable[[Sequence[dict]], Classifier]
_FORMS = ("request", "document", "answer")


def _judged(scores: Mapping[str, float], form: str) -> dict[str, float]:
    """Jailbreak is not judged on answers (see pipeline._decidable)."""
    return {k: v for k, v in scores.items() if not (form == "answer" and k == JAILBREAK)}


def score_rows(pipeline: SafetyPipeline, rows: Sequence[Mapping[str, Any]]) -> list[dict]:
    """Each row's scores, read as its `form` (requests whole, documents/answers per segment)."""
    out: list[dict | None] = [None] * len(rows)
    for form in _FORMS:
        index = [i for i, r in enumerate(rows) if r["form"] == form]
        for i, s in zip(index, pipeline.score([rows[i]["text"] for i in index], form),
                        strict=True):
            out[i] = s
    return out  # type: ignore[return-value]


def _threshold(values: Sequence[np.ndarray], max_fpr: float, ceiling: float) -> float:
    need = max((float(np.quantile(v, 1 - max_fpr, method="higher")) + 1e-4
                for v in values if len(v)), default=0.5)
    return min(math.ceil(need * 1000) / 1000, ceiling)


def fold_policy(pipeline: SafetyPipeline, dev: Sequence[Mapping[str, Any]], *,
                max_fpr: float = 0.05, max_fpr_long: float = 0.02, ceiling: float = 0.95,
                must_pass: Sequence[str] = ()) -> Policy:
    """`pipeline.policy` with thresholds chosen on the `dev` rows (corpus rows).

    Requests: per language, the lowest threshold flagging at most `max_fpr` of benign and
    of borderline requests (the worse of the two); documents and answers: at most
    `max_fpr_long` of benign ones, never below the request threshold, answers never below
    documents; `must_pass` texts (the product's own harmless inputs) are never flagged.
    """
    scores = score_rows(pipeline, dev)
    top = [max(_judged(s, r["form"]).values()) for s, r in zip(scores, dev, strict=True)]
    request: dict[str, float] = {}
    forms: dict[str, dict[str, float]] = {"document": {}, "answer": {}}
    for language in LANGUAGES:
        groups = [np.array([t for t, r in zip(top, dev, strict=True) if r["lang"] == language
                            and r["form"] == "request" and r["kind"] == kind])
                  for kind in ("benign", "borderline")]
        request[language] = _threshold(groups, max_fpr, ceiling)
        for form in ("document", "answer"):
            values = np.array([t for t, r in zip(top, dev, strict=True)
                               if r["lang"] == language and r["form"] == form
                               and r["label"] == "benign"])
            forms[form][language] = max(_threshold([values], max_fpr_long, ceiling),
                                        request[language])
    for text in must_pass:
        from veilleur.safety.language import detect_language
        from veilleur.safety.segments import is_document

        language = detect_language(text)
        if language not in request:
            continue
        form = "document" if is_document(text) else "request"
        worst = math.ceil((max(pipeline.score([text], form)[0].values()) + 1e-3) * 1000) / 1000
        target = request if form == "request" else forms["document"]
        target[language] = min(max(target[language], worst), ceiling)
    for language in LANGUAGES:
        forms["answer"][language] = max(forms["answer"][language], forms["document"][language])
    base = pipeline.policy
    languages = {lang: dict.fromkeys(CODES, t) for lang, t in request.items()}
    merged = {form: {**base.forms.get(form, {}), **values} for form, values in forms.items()}
    return replace(base, languages={**base.languages, **languages}, forms=merged)


def _decide(policy: Policy, scores: Sequence[Mapping[str, float]],
            rows: Sequence[Mapping[str, Any]]) -> list[tuple[str, ...]]:
    return [policy.decide(_judged(s, r["form"]), r["lang"], r["form"])[1]
            for s, r in zip(scores, rows, strict=True)]


def streamed(pipeline: SafetyPipeline, text: str, language: str, piece: int = 16) -> bool:
    """Whether the output guard cuts `text` (or flags it at the end) when it streams in
    `piece`-character deltas, as the engine sends an answer."""
    from veilleur.types import ChatMessage

    guard = pipeline.output_guard([ChatMessage("user", "?")], language=language)
    for i in range(0, len(text), piece):
        if guard.feed(text[i : i + piece]) is not None:
            return True
    return guard.finish().flagged


def evaluate_rows(pipeline: SafetyPipeline, rows: Sequence[Mapping[str, Any]],
                  policy: Policy | None = None, *, stream_answers: bool = False) -> list[dict]:
    """Per row: its scores' maximum (`top`), the flagged codes, whether it was flagged.

    With `stream_answers`, an answer counts as flagged when the output guard (of a pipeline
    with `policy`) cuts it while it streams in 16-character pieces, or flags it at the end.
    """
    policy = policy or pipeline.policy
    scores = score_rows(pipeline, rows)
    codes = _decide(policy, scores, rows)
    out = [{**r, "top": max(_judged(s, r["form"]).values()), "codes": c, "flagged": bool(c)}
           for r, s, c in zip(rows, scores, codes, strict=True)]
    if stream_answers:
        guarded = SafetyPipeline(pipeline.settings, policy, pipeline.scorer)
        for r in out:
            if r["form"] == "answer":
                r["flagged"] = streamed(guarded, r["text"], r["lang"])
    return out


def held_out(corpus: Sequence[dict], recipe: Recipe, *, settings: SafetySettings | None = None,
             policy: Policy | None = None, families: Sequence[str] | None = None,
             must_pass: Sequence[str] = (), log: Callable[[str], None] | None = None,
             stream_answers: bool = True) -> tuple[list[dict], dict[str, dict]]:
    """Leave-one-family-out results (see the module docstring).

    Returns every row of the held-out families with its result (`evaluate_rows`; answers
    streamed through the output guard), and per family the thresholds its fold chose and
    the seconds it took.
    """
    settings = settings or SafetySettings(judge_url=None, judge_model=None)
    policy = policy or Policy.load(settings.policy_file)
    families = list(families or sorted({r["family"] for r in corpus}))
    results: list[dict] = []
    folds: dict[str, dict] = {}
    for name in families:
        start = time.perf_counter()
        train = [r for r in corpus if r["family"] != name and r["split"] == "train"]
        dev = [r for r in corpus if r["family"] != name and r["split"] == "dev"]
        held = [r for r in corpus if r["family"] == name]
        pipeline = SafetyPipeline(settings, policy, Scorer(recipe(train)))
        chosen = fold_policy(pipeline, dev, must_pass=must_pass)
        results += evaluate_rows(pipeline, held, chosen, stream_answers=stream_answers)
        folds[name] = {"rows": len(held), "seconds": round(time.perf_counter() - start, 1),
                       "thresholds": {lang: chosen.threshold(CODES[0], lang)
                                      for lang in LANGUAGES}}
        if log is not None:
            log(f"held out {name}: {len(held)} rows, {folds[name]['seconds']} s")
    return results, folds


def _rate(values: Sequence[bool]) -> float | None:
    return round(float(np.mean(values)), 4) if len(values) else None


def summarise(results: Sequence[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """The metrics of `results` (rows with `flagged` and `top`), per language."""
    out: dict[str, dict[str, Any]] = {}
    for language in LANGUAGES:
        rows = [r for r in results if r["lang"] == language]

        def flagged(pred, rows=rows) -> list[bool]:
            return [r["flagged"] for r in rows if pred(r)]

        def req(kind):
            return lambda x: x["form"] == "request" and x["kind"] == kind

        def long(form, benign):
            return lambda x: x["form"] == form and (x["label"] == "benign") == benign

        # metric name, the count's name in `n`, and which rows it is taken on
        groups = {
            "recall_harmful": ("harmful", req("harmful")),
            "fpr_borderline": ("borderline", req("borderline")),
            "fpr_benign": ("benign", req("benign")),
            "jailbreak_detected": ("jailbreak", lambda r: r["kind"] == "jailbreak"),
            "fpr_documents": ("documents", long("document", True)),
            "fpr_answers": ("answers", long("answer", True)),
            "recall_harmful_documents": ("harmful_documents", long("document", False)),
            "recall_harmful_answers": ("harmful_answers", long("answer", False)),
        }
        chosen = {name: flagged(pred) for name, (_, pred) in groups.items()}
        metrics: dict[str, Any] = {name: _rate(values) for name, values in chosen.items()}
        requests = [r for r in rows if r["form"] == "request"]
        truth = [r["label"] != "benign" for r in requests]
        metrics["auprc"] = (round(float(average_precision_score(truth, [r["top"] for r in
                                                                        requests])), 4)
                            if any(truth) and not all(truth) else None)
        metrics["n"] = {count: len(chosen[name]) for name, (count, _) in groups.items()}
        out[language] = metrics
    return out


def per_family(results: Sequence[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per family and language: rows, share flagged of harmful and of benign rows, AUPRC."""
    out: dict[str, dict[str, Any]] = {}
    for name in sorted({r["family"] for r in results}):
        for language in LANGUAGES:
            rows = [r for r in results if r["family"] == name and r["lang"] == language]
            if not rows:
                continue
            harmful = [r["flagged"] for r in rows if r["label"] != "benign"]
            benign = [r["flagged"] for r in rows if r["label"] == "benign"]
            truth = [r["label"] != "benign" for r in rows]
            out[f"{name}/{language}"] = {
                "rows": len(rows), "flagged_harmful": _rate(harmful),
                "flagged_benign": _rate(benign),
                "auprc": (round(float(average_precision_score(truth, [r["top"] for r in rows])),
                                4) if any(truth) and not all(truth) else None)}
    return out


def paraphrase_consistency(results: Sequence[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per language: groups whose wordings were all flagged, all allowed, or split.

    `consistent` is the share of groups with one decision for every wording; `all_flagged`
    the share of harmful groups flagged in every wording.
    """
    out: dict[str, dict[str, Any]] = {}
    for language in LANGUAGES:
        groups: dict[str, list[Mapping[str, Any]]] = {}
        for r in results:
            if r["lang"] == language:
                groups.setdefault(str(r.get("group")), []).append(r)
        if not groups:
            continue
        decided = [{x["flagged"] for x in g} for g in groups.values()]
        harmful = [all(x["flagged"] for x in g) for g in groups.values()
                   if g[0]["label"] != "benign"]
        out[language] = {"groups": len(groups),
                         "consistent": _rate([len(d) == 1 for d in decided]),
                         "harmful_groups": len(harmful),
                         "all_flagged": _rate(harmful)}
    return out
