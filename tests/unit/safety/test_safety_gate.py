"""CI gate: the safety metrics must not drop below the committed baseline.

Gated: the seed test split (as before) and the held-out-source protocol (`evaluate_protocol`):
the public sets and new sources (`GATE_FAMILIES`) held out in turn — `veilleur eval safety`
holds out every family, and its baseline keeps the same pooled metrics of these folds —,
the own split of every source, the contrast set and the paraphrase check.
Embeddings of these fixed texts are cached under `.cache/safety-embeddings/` (keyed by
SHA-256), so only the first run on a machine pays for them (about a minute on 2 cores).
"""

from __future__ import annotations

import json

import pytest

from veilleur.evals.safety import (
    DATA_DIR,
    GATE_FAMILIES,
    compare,
    evaluate,
    evaluate_protocol,
    gated_metrics,
    load_split,
)
from veilleur.safety import SafetyPipeline

TOLERANCE = 0.03  # absolute; the test split is small, one example is ~0.01


@pytest.fixture(scope="module")
def report():
    pipeline = SafetyPipeline.from_settings()
    out = evaluate(pipeline, load_split("test"), latency_samples=50,
                   long_rows=load_split("long_test"))
    out["protocol"] = evaluate_protocol(pipeline, families=GATE_FAMILIES)
    return out


def test_quality_does_not_regress(report):
    baseline = json.loads((DATA_DIR / "baseline.json").read_text())
    failures = compare(gated_metrics(report), baseline["metrics"], TOLERANCE)
    assert not failures, "safety metrics regressed:\n" + "\n".join(failures)


def test_input_check_is_fast(report):
    # Target: 30 ms p50 for a 40-token message on 2 cores (bench/safety_speed.py); the test
    # split's messages are shorter, which leaves room for a busy CI machine.
    assert report["latency_ms"]["input_p50"] <= 30.0


def test_gate_catches_a_regression():
    baseline = json.loads((DATA_DIR / "baseline.json").read_text())["metrics"]
    worse = {**baseline, "fr.harmful.recall": baseline["fr.harmful.recall"] - 0.05,
             "held_out_gate.en.neg_fpr_borderline":
             baseline["held_out_gate.en.neg_fpr_borderline"] - 0.05}
    failures = compare(worse, baseline, TOLERANCE)
    assert len(failures) == 2 and any("held_out_gate.en" in f for f in failures)


def test_long_text_and_held_out_metrics_are_gated(report):
    gated = gated_metrics(report)
    for language in ("en", "fr"):
        for name in ("neg_fpr_benign_documents", "neg_fpr_benign_answers",
                     "recall_harmful_documents", "recall_harmful_answers"):
            assert f"{language}.{name}" in gated
        for section in ("own_split", "held_out_gate", "contrast"):
            assert f"{section}.{language}.recall_harmful" in gated
            assert f"{section}.{language}.neg_fpr_borderline" in gated
        assert f"held_out_gate.{language}.neg_fpr_documents" in gated
        assert f"held_out_gate.{language}.auprc" in gated
        assert f"own_split.{language}.neg_fpr_answers" in gated  # streamed answers
        assert f"paraphrases.{language}.consistent" in gated
    assert report["product_texts"]["flagged"] == 0, report["product_texts"]


def test_the_gate_families_were_held_out(report):
    assert set(report["protocol"]["folds"]) == set(GATE_FAMILIES)
