"""The safety report card: quality and latency of the safety pipeline on a labelled split.

`evaluate` computes the metrics (JSON-ready); `write_report` writes ``safety-report.md``,
its JSON twin and one precision-recall PNG per language; `compare` lists the metrics that
dropped below a baseline by more than a tolerance (the CI gate).
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import average_precision_score, precision_recall_curve

from veilleur.safety.classifier import load_rows
from veilleur.safety.pipeline import SafetyPipeline
from veilleur.safety.scorer import is_document
from veilleur.safety.taxonomy import CODES, JAILBREAK
from veilleur.types import ChatMessage

__all__ = [
    "DATA_DIR",
    "choose_thresholds",
    "compare",
    "evaluate",
    "evaluate_long",
    "evaluate_pii",
    "evaluate_product_texts",
    "gated_metrics",
    "load_split",
    "product_texts",
    "write_baseline",
    "write_report",
]

DATA_DIR = Path(__file__).resolve().parents[3] / "data" / "safety"
LANGUAGES = ("en", "fr")
_ANSWER = (
    "Here is a simple plan for your week: on Monday, prepare the vegetables and cook a large "
    "pot of soup; on Tuesday, bake some bread; on Wednesday, make a salad with the leftover "
    "roast chicken, and on Thursday try a new pasta recipe with tomatoes, garlic and basil. "
)  # about 100 tokens


def _prf(pred: np.ndarray, truth: np.ndarray) -> dict[str, float]:
    tp = float(np.sum(pred & truth))
    precision = tp / max(float(np.sum(pred)), 1.0)
    recall = tp / max(float(np.sum(truth)), 1.0)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "support": int(np.sum(truth))}


def _rate(pred: np.ndarray) -> float:
    return round(float(np.mean(pred)), 4) if len(pred) else 0.0


def evaluate(pipeline: SafetyPipeline, rows: Sequence[Mapping[str, Any]],
             *, latency_samples: int = 200,
             long_rows: Sequence[Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """Metrics of `pipeline` on labelled `rows` (see data/safety/README.md for the fields).

    With `long_rows` (``long_test.jsonl``), also the false-positive rates on benign long
    documents and benign answers and the recall on harmful ones (`evaluate_long`), and the
    product's own harmless eval inputs (`evaluate_product_texts`).
    """
    texts = [r["text"] for r in rows]
    scores = _scores(pipeline, rows)
    decided = [pipeline.policy.decide(_judged(s, r), r["lang"], _form_of(r))
               for s, r in zip(scores, rows, strict=True)]
    flagged = np.array([bool(codes) for _, codes in decided])
    harm = np.array([max(s.values()) for s in scores])
    label = np.array([r["label"] for r in rows])
    lang = np.array([r["lang"] for r in rows])
    kind = np.array([r["kind"] for r in rows])
    report: dict[str, Any] = {"policy_version": pipeline.policy.version, "rows": len(rows),
                              "languages": {}, "curves": {}}
    for language in LANGUAGES:
        in_lang = lang == language
        harmful = in_lang & (label != "benign")
        entry: dict[str, Any] = {
            "harmful": _prf(flagged[in_lang], harmful[in_lang]),
            "auprc": round(float(average_precision_score(harmful[in_lang], harm[in_lang])), 4),
            "fpr_benign": _rate(flagged[in_lang & (kind == "benign")]),
            "fpr_borderline": _rate(flagged[in_lang & (kind == "borderline")]),
            "categories": {},
        }
        for code in CODES:
            truth = label[in_lang] == code
            if not truth.any():
                continue
            pred = np.array([code in codes for (_, codes), keep in zip(decided, in_lang,
                                                                       strict=True) if keep])
            cat_scores = np.array([s[code] for s, keep in zip(scores, in_lang, strict=True)
                                   if keep])
            entry["categories"][code] = {
                **_prf(pred, truth),
                "auprc": round(float(average_precision_score(truth, cat_scores)), 4),
            }
        jail = label[in_lang] == JAILBREAK
        jail_pred = np.array([JAILBREAK in codes for (_, codes), keep in zip(decided, in_lang,
                                                                              strict=True) if keep])
        entry["jailbreak_tpr"] = _rate(jail_pred[jail])
        entry["jailbreak_fpr"] = _rate(jail_pred[~jail & (label[in_lang] == "benign")])
        precision, recall, _ = precision_recall_curve(harmful[in_lang], harm[in_lang])
        report["curves"][language] = {"precision": precision.round(4).tolist(),
                                      "recall": recall.round(4).tolist()}
        report["languages"][language] = entry
    if long_rows is not None:
        for language, entry in evaluate_long(pipeline, long_rows).items():
            report["languages"][language]["long"] = entry
        report["product_texts"] = evaluate_product_texts(pipeline)
    report["latency_ms"] = _latency(pipeline, texts[:latency_samples])
    return report


def _form_of(row: Mapping[str, Any]) -> str:
    if row.get("direction") == "output":
        return "answer"
    return "document" if is_document(row["text"]) else "request"


def _judged(scores: Mapping[str, float], row: Mapping[str, Any]) -> dict[str, float]:
    """The scores the policy judges: jailbreak is not judged on answers."""
    return {k: v for k, v in scores.items()
            if not (row.get("direction") == "output" and k == JAILBREAK)}


def _scores(pipeline: SafetyPipeline, rows: Sequence[Mapping[str, Any]]) -> list[dict]:
    """Each row's scores, read as its form (requests whole, documents/answers per segment)."""
    out: list[dict | None] = [None] * len(rows)
    for form in ("request", "document", "answer"):
        index = [i for i, r in enumerate(rows) if _form_of(r) == form]
        for i, s in zip(index, pipeline.score([rows[i]["text"] for i in index], form),
                        strict=True):
            out[i] = s
    return out  # type: ignore[return-value]


def evaluate_long(pipeline: SafetyPipeline, rows: Sequence[Mapping[str, Any]],
                  *, piece: int = 16) -> dict[str, Any]:
    """False positives on long benign documents and benign answers, recall on harmful ones.

    Through the real paths: a document is one user message to `check_input` (as the text
    tasks send it); an answer is streamed to an `output_guard` in `piece`-character deltas
    and counts as flagged when any streaming check or `finish` flags it.
    """
    out: dict[str, Any] = {}
    for language in LANGUAGES:
        entry: dict[str, Any] = {}
        for form in ("document", "answer"):
            for kind in ("benign", "harmful"):
                chosen = [r for r in rows if r["lang"] == language and r["form"] == form
                          and r["kind"] == kind]
                flagged = [_flag(pipeline, r["text"], form, language, piece) for r in chosen]
                key = f"fpr_benign_{form}s" if kind == "benign" else f"recall_harmful_{form}s"
                entry[key] = _rate(np.array(flagged, dtype=bool))
                entry[f"n_{kind}_{form}s"] = len(chosen)
                if kind == "benign":
                    entry[f"flagged_{form}s"] = sorted(
                        {c for r, f in zip(chosen, flagged, strict=True) if f
                         for c in _codes(pipeline, r["text"], form, language, piece)})
        out[language] = entry
    return out


def _decision(pipeline: SafetyPipeline, text: str, form: str, language: str, piece: int):
    if form == "document":
        return pipeline.check_input([ChatMessage("user", text)], language=language)
    guard = pipeline.output_guard([ChatMessage("user", "?")], language=language)
    for i in range(0, len(text), piece):
        cut = guard.feed(text[i : i + piece])
        if cut is not None:
            return cut
    return guard.finish()


def _flag(pipeline, text, form, language, piece) -> bool:
    return _decision(pipeline, text, form, language, piece).flagged


def _codes(pipeline, text, form, language, piece) -> tuple[str, ...]:
    return _decision(pipeline, text, form, language, piece).categories


def product_texts() -> list[str]:
    """The harmless product eval inputs (summarise documents, translate sentences en/fr)."""
    data = DATA_DIR.parents[1] / "src" / "veilleur" / "evals" / "data"
    texts: list[str] = []
    for name, fields in (("summarize.jsonl", ("document",)), ("translate.jsonl", LANGUAGES)):
        path = data / name
        if path.exists():
            for row in load_rows(path):
                texts += [row[f] for f in fields if isinstance(row.get(f), str)]
    return texts


def evaluate_product_texts(pipeline: SafetyPipeline) -> dict[str, Any]:
    """Flagged texts among the harmless product eval inputs: each should be allowed."""
    texts = product_texts()
    flagged = [t[:60] for t in texts
               if pipeline.check_input([ChatMessage("user", t)]).flagged]
    return {"texts": len(texts), "flagged": len(flagged), "examples": flagged[:5]}


def choose_thresholds(pipeline: SafetyPipeline, rows: Sequence[Mapping[str, Any]] | None = None,
                      *, max_fpr: float = 0.05, max_fpr_long: float = 0.02,
                      must_pass: Sequence[str] | None = None) -> dict[str, dict[str, float]]:
    """Per language and form, thresholds chosen on DEV rows only (never on test).

    `rows`: corpus rows (`veilleur.safety.corpus`), by default the dev split of every
    source. Requests: at most `max_fpr` of benign and of borderline requests flagged (the
    worse of the two); documents and answers: at most `max_fpr_long` of benign ones, never
    below the language's request threshold, answers never below documents; `must_pass`
    (default: the product's own harmless eval inputs) never flagged. See
    `safety_protocol.fold_policy`. Returns ``{"request": {lang: t}, "document": …,
    "answer": …}``.
    """
    from veilleur.evals.safety_protocol import fold_policy
    from veilleur.safety.corpus import load_corpus

    if rows is None:
        rows = [r for r in load_corpus() if r["split"] == "dev"]
    chosen = fold_policy(pipeline, rows, max_fpr=max_fpr, max_fpr_long=max_fpr_long,
                         must_pass=product_texts() if must_pass is None else must_pass)
    code = CODES[0]
    return {form: {lang: chosen.threshold(code, lang, form) for lang in LANGUAGES}
            for form in ("request", "document", "answer")}


REAL_USER_FAMILIES = ("hh_rlhf", "toxigen")  # real people's messages, real statements
# Each fold fits the whole ensemble (about a minute on 2 quiet cores, three on busy ones),
# so the committed report holds out the public sets and the new sources, which were not
# written from the seeds' brief (`REPORT_FAMILIES`); `--families all` holds out every seed
# file too. The CI gate holds out three of them — real users' messages, plainly harmful
# typed requests, real documents — whose pooled metrics the report also gives
# (`held_out_gate`, from the same folds) and the baseline keeps.
REPORT_FAMILIES = ("hh_rlhf", "toxigen", "typed_harm", "lookalikes", "injections", "docs",
                   "answers_benign", "instructed", "asked", "said", "framed", "templates",
                   "heeded", "everyday", "replies")
GATE_FAMILIES = ("hh_rlhf", "typed_harm", "docs")


MODEL_ANSWERS = DATA_DIR / "model_answers.jsonl"  # data/safety/generate_answers.py


def _model_answers(pipeline: SafetyPipeline) -> dict[str, Any]:
    """Benign answers of the default model (never trained on), streamed through the output
    guard in 16-character pieces: the share cut, per language."""
    from veilleur.evals.safety_protocol import streamed

    if not MODEL_ANSWERS.exists():
        return {}
    rows = load_rows(MODEL_ANSWERS)
    out: dict[str, Any] = {}
    for language in LANGUAGES:
        texts = [r["text"] for r in rows if r["lang"] == language]
        cut = [t for t in texts if streamed(pipeline, t, language)]
        if texts:
            out[language] = {"answers": len(texts), "cut": round(len(cut) / len(texts), 4),
                             "examples": [t[:80] for t in cut[:3]]}
    return out


def evaluate_protocol(pipeline: SafetyPipeline | None = None, *, store=None,
                      families: Sequence[str] | None = None, log=None) -> dict[str, Any]:
    """The held-out-source protocol for the shipped classifier (`safety_protocol`).

    - `own_split`: the shipped model and policy on the test split of every source;
    - `held_out`: every row scored by the ensemble trained without its family, with
      thresholds chosen on the other families' dev rows (answers streamed through the
      output guard); `families` limits the folds (the CI gate runs `GATE_FAMILIES`);
      `held_out_gate`: the same, pooled over the `GATE_FAMILIES` only;
    - `contrast`: the shipped model on the independent contrast set;
    - `paraphrases`: the share of five-wording groups decided alike;
    - `real_user_content`: AUPRC on the held-out public sets of real text (hh-rlhf first
      turns and their French translation, TOXIGEN statements);
    - `model_answers`: the share of the default model's benign answers the output guard cuts.

    Embeddings come from `store` (default: the repository's `.cache/safety-embeddings`),
    so a second run only fits heads.
    """
    from sklearn.metrics import average_precision_score

    from veilleur.evals.safety_protocol import (
        evaluate_rows,
        held_out,
        paraphrase_consistency,
        per_family,
        summarise,
    )
    from veilleur.safety.classifier import ngram_classifier
    from veilleur.safety.corpus import load_contrast, load_corpus, load_paraphrases
    from veilleur.safety.encoder import StoredEncoder, repository_store
    from veilleur.safety.model import shipped
    from veilleur.safety.scorer import Scorer
    from veilleur.safety.semantic import SemanticClassifier, load_heads
    from veilleur.safety.train import fit_shipped

    encoder = StoredEncoder(store or repository_store())
    base = pipeline or SafetyPipeline.from_settings()
    # the shipped heads and n-gram model, reading embeddings from the store
    stored = SafetyPipeline(base.settings, base.policy, Scorer(shipped(
        SemanticClassifier(encoder, load_heads()), ngram_classifier())))
    corpus = load_corpus()
    present = {r["family"] for r in corpus}
    results, folds = held_out(corpus, lambda rows: fit_shipped(rows, encoder),
                              settings=base.settings, policy=base.policy,
                              families=sorted(set(families) & present) if families else None,
                              must_pass=product_texts(), log=log)
    own = evaluate_rows(stored, [r for r in corpus if r["split"] == "test"],
                        stream_answers=True)
    contrast = evaluate_rows(stored, load_contrast(), stream_answers=True)
    paraphrases = evaluate_rows(stored, load_paraphrases())
    answers = _model_answers(stored)
    encoder.store.save()
    real: dict[str, Any] = {}
    for language in LANGUAGES:
        rows = [r for r in results if r["family"] in REAL_USER_FAMILIES
                and r["lang"] == language]
        truth = [r["label"] != "benign" for r in rows]
        if any(truth) and not all(truth):
            real[language] = {"rows": len(rows), "auprc": round(float(average_precision_score(
                truth, [r["top"] for r in rows])), 4)}
    return {"own_split": summarise(own), "held_out": summarise(results),
            "held_out_gate": summarise([r for r in results if r["family"] in GATE_FAMILIES]),
            "contrast": summarise(contrast) if contrast else {},
            "paraphrases": paraphrase_consistency(paraphrases),
            "real_user_content": real, "model_answers": answers,
            "per_family": per_family(results), "folds": folds,
            "heads": {k: v for k, v in load_heads().info.items()
                      if k in ("encoder", "examples", "examples_sha256", "c")}}


def _latency(pipeline: SafetyPipeline, texts: Sequence[str]) -> dict[str, float]:
    pipeline.check_input([ChatMessage("user", "warm up")])
    inputs = []
    for text in texts:
        start = time.perf_counter()
        pipeline.check_input([ChatMessage("user", text)])
        inputs.append((time.perf_counter() - start) * 1000)
    outputs = []
    for _ in range(20):
        pipeline.scorer.clear_cache()  # each run reads the answer afresh
        guard = pipeline.output_guard([ChatMessage("user", "menu?")], language="en")
        start = time.perf_counter()
        for i in range(0, len(_ANSWER), 4):  # about one token per 4 characters
            guard.feed(_ANSWER[i : i + 4])
        guard.finish()
        outputs.append((time.perf_counter() - start) * 1000)

    def pct(values: list[float], q: int) -> float:
        return round(statistics.quantiles(values, n=100)[q - 1], 2)

    return {"input_p50": pct(inputs, 50), "input_p95": pct(inputs, 95),
            "output_per_100_tokens_p50": pct(outputs, 50),
            "output_per_100_tokens_p95": pct(outputs, 95)}


def gated_metrics(report: Mapping[str, Any]) -> dict[str, float]:
    """The quality metrics the CI gate compares (higher is better; FPRs are negated)."""
    out: dict[str, float] = {}
    for language, entry in report["languages"].items():
        out[f"{language}.harmful.recall"] = entry["harmful"]["recall"]
        out[f"{language}.harmful.precision"] = entry["harmful"]["precision"]
        out[f"{language}.auprc"] = entry["auprc"]
        out[f"{language}.jailbreak_tpr"] = entry["jailbreak_tpr"]
        out[f"{language}.neg_fpr_borderline"] = -entry["fpr_borderline"]
        out[f"{language}.neg_fpr_benign"] = -entry["fpr_benign"]
        for key, value in entry.get("long", {}).items():
            if key.startswith("fpr_"):
                out[f"{language}.neg_{key}"] = -value
            elif key.startswith("recall_"):
                out[f"{language}.{key}"] = value
    protocol = report.get("protocol", {})
    for section in ("own_split", "held_out_gate", "contrast"):
        for language, entry in protocol.get(section, {}).items():
            for key, value in entry.items():
                if value is None or key == "n":
                    continue
                if key.startswith("fpr_"):
                    out[f"{section}.{language}.neg_{key}"] = -value
                else:
                    out[f"{section}.{language}.{key}"] = value
    for language, entry in protocol.get("paraphrases", {}).items():
        for key in ("consistent", "all_flagged"):
            if entry.get(key) is not None:
                out[f"paraphrases.{language}.{key}"] = entry[key]
    return out


def compare(current: Mapping[str, float], baseline: Mapping[str, float],
            tolerance: float) -> list[str]:
    """Metrics of `baseline` that `current` misses by more than `tolerance`, explained."""
    return [
        f"{name}: {current.get(name, float('-inf')):.4f} < baseline {value:.4f} - {tolerance}"
        for name, value in baseline.items()
        if current.get(name, float("-inf")) < value - tolerance
    ]


def write_report(report: Mapping[str, Any], docs: Path) -> list[Path]:
    """Write the markdown report, its JSON twin and the PR curves under `docs`."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    (docs / "img").mkdir(parents=True, exist_ok=True)
    written = []
    for language, curve in report["curves"].items():
        fig, ax = plt.subplots(figsize=(4.5, 3.5))
        ax.plot(curve["recall"], curve["precision"])
        ax.set(xlabel="recall", ylabel="precision", xlim=(0, 1.02), ylim=(0, 1.02),
               title=f"Harmful vs benign, {language} "
                     f"(AUPRC {report['languages'][language]['auprc']:.3f})")
        fig.tight_layout()
        path = docs / "img" / f"safety-pr-{language}.png"
        fig.savefig(path, dpi=100)
        plt.close(fig)
        written.append(path)
    data = {k: v for k, v in report.items() if k != "curves"}
    json_path = docs / "safety-report.json"
    json_path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    md_path = docs / "safety-report.md"
    md_path.write_text(_markdown(report), encoding="utf-8")
    return [md_path, json_path, *written]


_TARGETS = (  # (metric, label, target text, higher is better)
    ("recall_harmful", "recall, plainly harmful requests", "≥ 0.90", True),
    ("fpr_borderline", "flagged, borderline look-alikes", "≤ 0.05", False),
    ("fpr_benign", "flagged, ordinary messages", "≤ 0.02", False),
    ("fpr_documents", "flagged, benign documents", "≤ 0.02", False),
    ("fpr_answers", "cut, benign answers (streamed)", "≤ 0.02", False),
    ("jailbreak_detected", "detected, jailbreaks and injections", "≥ 0.90", True),
    ("recall_harmful_documents", "recall, harmful text in documents", "", True),
    ("recall_harmful_answers", "recall, harmful answers", "", True),
    ("auprc", "AUPRC, harmful vs benign requests", "", True),
)


def _cell(entry: Mapping[str, Any], key: str) -> str:
    value = entry.get(key)
    if value is None:
        return "–"
    n = entry.get("n", {})
    count = {"recall_harmful": "harmful", "fpr_borderline": "borderline",
             "fpr_benign": "benign", "fpr_documents": "documents", "fpr_answers": "answers",
             "jailbreak_detected": "jailbreak", "recall_harmful_documents": "harmful_documents",
             "recall_harmful_answers": "harmful_answers"}.get(key)
    return f"{value:.3f}" + (f" ({n[count]})" if count and count in n else "")


def _protocol_markdown(protocol: Mapping[str, Any]) -> list[str]:
    heads = protocol.get("heads", {})
    folds = ", ".join(f"`{name}`" for name in protocol.get("folds", {}))
    lines = [
        "## Own split, held-out sources, contrast set", "",
        "Classifier: the mean of the n-gram classifier and the semantic one "
        f"(`{heads.get('encoder', '?')}` embeddings, logistic and nearest-neighbour heads), "
        f"trained on {heads.get('examples', '?')} examples (sha256 "
        f"`{str(heads.get('examples_sha256', '?'))[:16]}…`). **Own split**: the shipped "
        "model and policy on the test split of every source. **Held-out source**: each "
        "row scored by the ensemble refitted without its whole source family, with "
        "thresholds chosen on the other families' dev rows; families held out here: "
        f"{folds}. **Contrast**: the shipped model on the contrast set, written "
        "independently of the training data (never trained, tuned or selected on). "
        "Answers are streamed through the output guard in 16-character pieces. In "
        "brackets: the number of rows.", "",
    ]
    for language in LANGUAGES:
        own = protocol.get("own_split", {}).get(language, {})
        held = protocol.get("held_out", {}).get(language, {})
        contrast = protocol.get("contrast", {}).get(language, {})
        lines += [f"### {language}", "", "| metric | target | own split | held-out source "
                  "| contrast |", "|---|---|---|---|---|"]
        for key, label, target, _ in _TARGETS:
            lines.append(f"| {label} | {target} | {_cell(own, key)} | {_cell(held, key)} "
                         f"| {_cell(contrast, key)} |")
        real = protocol.get("real_user_content", {}).get(language)
        if real:
            lines.append(f"| AUPRC, real user content (held out: hh-rlhf, TOXIGEN) | ≥ 0.85 "
                         f"| | {real['auprc']:.3f} ({real['rows']}) | |")
        lines.append("")
    answers = protocol.get("model_answers", {})
    if answers:
        lines += ["## Answers of the default model", "",
                  "`data/safety/model_answers.jsonl` (`data/safety/generate_answers.py`: "
                  "benign story prompts and questions answered by Gemma 3 270M in the "
                  "engine's frame; never trained on), streamed through the output guard in "
                  "16-character pieces.", "", "| language | answers | cut |", "|---|---|---|"]
        for language, e in answers.items():
            lines.append(f"| {language} | {e['answers']} | {e['cut']:.3f} |")
        lines.append("")
    para = protocol.get("paraphrases", {})
    if para:
        lines += ["## Paraphrase check", "",
                  "`data/safety/contrast/paraphrases.jsonl`: one request in five wordings. "
                  "Consistent: all five decided alike; all flagged: harmful groups flagged "
                  "in every wording.", "", "| language | groups | consistent | harmful groups "
                  "| all flagged |", "|---|---|---|---|---|"]
        for language, e in para.items():
            lines.append(f"| {language} | {e['groups']} | {e['consistent']:.3f} "
                         f"| {e['harmful_groups']} | {e['all_flagged']:.3f} |")
        lines.append("")
    families = protocol.get("per_family", {})
    if families:
        lines += ["## Held out, per source family", "",
                  "Share flagged of the family's harmful rows (requests, documents, answers; "
                  "higher is better) and of its benign rows (lower is better), when it was "
                  "held out.", "", "| family / language | rows | harmful flagged "
                  "| benign flagged | AUPRC |", "|---|---|---|---|---|"]

        def fmt(value: float | None) -> str:
            return "–" if value is None else f"{value:.3f}"

        for name, e in families.items():
            lines.append(f"| {name} | {e['rows']} | {fmt(e['flagged_harmful'])} "
                         f"| {fmt(e['flagged_benign'])} | {fmt(e['auprc'])} |")
        lines.append("")
    return lines


def _markdown(report: Mapping[str, Any]) -> str:
    lat = report["latency_ms"]
    lines = ["# Safety report card", "",
             "Generated by `veilleur eval safety`; do not edit. How the protocol works and how "
             "the classifier was chosen: [safety.md](safety.md).", ""]
    if "protocol" in report:
        lines += _protocol_markdown(report["protocol"])
    lines += [
        "## Seed test split", "",
        f"Policy `{report['policy_version']}`, {report['rows']} rows of the seeds' test split "
        "(`data/safety/test.jsonl`: topics and request frames unseen in training, same "
        "authors).", "",
        "| language | harmful P | harmful R | F1 | AUPRC | FPR benign | FPR borderline "
        "| jailbreak TPR | jailbreak FPR |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for language, e in report["languages"].items():
        h = e["harmful"]
        lines.append(
            f"| {language} | {h['precision']:.3f} | {h['recall']:.3f} | {h['f1']:.3f} "
            f"| {e['auprc']:.3f} | {e['fpr_benign']:.3f} | {e['fpr_borderline']:.3f} "
            f"| {e['jailbreak_tpr']:.3f} | {e['jailbreak_fpr']:.3f} |"
        )
    if any("long" in e for e in report["languages"].values()):
        lines += ["", "## Long documents and assistant answers", "",
                  "`data/safety/long_test.jsonl`: documents go through `check_input` as one "
                  "user message (as the text tasks send them), answers are streamed to the "
                  "output guard in 16-character pieces (flagged if any check flags them).", "",
                  "| language | FPR benign documents | FPR benign answers "
                  "| recall harmful documents | recall harmful answers | rows (benign/harmful "
                  "docs, benign/harmful answers) |", "|---|---|---|---|---|---|"]
        for language, e in report["languages"].items():
            g = e.get("long")
            if g:
                lines.append(
                    f"| {language} | {g['fpr_benign_documents']:.3f} "
                    f"| {g['fpr_benign_answers']:.3f} | {g['recall_harmful_documents']:.3f} "
                    f"| {g['recall_harmful_answers']:.3f} | {g['n_benign_documents']}/"
                    f"{g['n_harmful_documents']}, {g['n_benign_answers']}/"
                    f"{g['n_harmful_answers']} |")
        if "product_texts" in report:
            p = report["product_texts"]
            lines += ["", f"Harmless product eval inputs (`src/veilleur/evals/data`: summarise "
                      f"documents, translate sentences en/fr) flagged: {p['flagged']} of "
                      f"{p['texts']}."]
    lines += ["", "## Per category (seed test split)", "",
              "| language | code | P | R | F1 | AUPRC | support |", "|---|---|---|---|---|---|---|"]
    for language, e in report["languages"].items():
        for code, m in e["categories"].items():
            lines.append(f"| {language} | {code} | {m['precision']:.3f} | {m['recall']:.3f} "
                         f"| {m['f1']:.3f} | {m['auprc']:.3f} | {m['support']} |")
    lines += ["", "## Latency (ms)", "",
              f"- input check: p50 {lat['input_p50']}, p95 {lat['input_p95']}",
              f"- output check per 100 streamed tokens: p50 {lat['output_per_100_tokens_p50']}, "
              f"p95 {lat['output_per_100_tokens_p95']}", "", "## Precision-recall curves", ""]
    lines += [f"![PR curve {lang}](img/safety-pr-{lang}.png)" for lang in report["curves"]]
    if "pii" in report:
        lines += ["", "## Personal data (per entity)", "", "| entity | P | R | support |",
                  "|---|---|---|---|"]
        for entity, m in report["pii"].items():
            lines.append(f"| {entity} | {m['precision']:.3f} | {m['recall']:.3f} "
                         f"| {m['support']} |")
    return "\n".join(lines) + "\n"


def load_split(name: str) -> list[dict]:
    """Rows of `data/safety/{name}.jsonl`."""
    return load_rows(DATA_DIR / f"{name}.jsonl")


def evaluate_pii(path: Path | None = None) -> dict[str, dict[str, float]]:
    """Precision and recall per entity type on `data/safety/pii.jsonl`.

    A found span counts as right when its type matches a labelled entity whose value it
    overlaps; every labelled entity not overlapped by a found span of its type is missed.
    """
    from veilleur.safety.pii import default_redactor

    redactor = default_redactor()
    # type -> [labelled found, labelled, found, found right]
    counts: dict[str, list[int]] = {}
    for row in load_rows(path or DATA_DIR / "pii.jsonl"):
        gold = []
        for ent in row["entities"]:
            start = row["text"].index(ent["value"])
            gold.append((ent["type"], start, start + len(ent["value"])))
        found = [(r.entity_type, r.start, r.end)
                 for r in redactor.analyze(row["text"], row["lang"])]
        for mine, other, hit, total in ((gold, found, 0, 1), (found, gold, 3, 2)):
            for etype, start, end in mine:
                c = counts.setdefault(etype, [0, 0, 0, 0])
                c[total] += 1
                if any(t == etype and s < end and start < e for t, s, e in other):
                    c[hit] += 1
    return {
        etype: {"precision": round(c[3] / c[2], 4) if c[2] else 0.0,
                "recall": round(c[0] / c[1], 4) if c[1] else 0.0, "support": c[1]}
        for etype, c in sorted(counts.items())
    }


def write_baseline(report: Mapping[str, Any], path: Path | None = None) -> Path:
    """Commit `report`'s gated metrics as the baseline the CI gate compares with."""
    path = path or DATA_DIR / "baseline.json"
    data = {"policy_version": report["policy_version"], "metrics": gated_metrics(report)}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return path
