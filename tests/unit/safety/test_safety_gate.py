"""CI gate: the safety metrics on the test split must not drop below the committed baseline."""

from __future__ import annotations

import json

import pytest

from veilleur.evals.safety import DATA_DIR, compare, evaluate, gated_metrics, load_split
from veilleur.safety import SafetyPipeline

TOLERANCE = 0.03  # absolute; the test split is small, one example is ~0.01


@pytest.fixture(scope="module")
def report():
    return evaluate(SafetyPipeline.from_settings(), load_split("test"), latency_samples=50,
                    long_rows=load_split("long_test"))


def test_quality_does_not_regress(report):
    baseline = json.loads((DATA_DIR / "baseline.json").read_text())
    failures = compare(gated_metrics(report), baseline["metrics"], TOLERANCE)
    assert not failures, "safety metrics regressed:\n" + "\n".join(failures)


def test_input_check_is_fast(report):
    # Target is 20 ms p50 on 2 cores; the gate allows for a busy CI machine.
    assert report["latency_ms"]["input_p50"] <= 20.0


def test_gate_catches_a_regression():
    baseline = json.loads((DATA_DIR / "baseline.json").read_text())["metrics"]
    worse = {**baseline, "fr.harmful.recall": baseline["fr.harmful.recall"] - 0.05,
             "en.neg_fpr_borderline": baseline["en.neg_fpr_borderline"] - 0.05}
    failures = compare(worse, baseline, TOLERANCE)
    assert len(failures) == 2 and any("fr.harmful.recall" in f for f in failures)


def test_long_text_metrics_are_gated(report):
    gated = gated_metrics(report)
    for language in ("en", "fr"):
        for name in ("neg_fpr_benign_documents", "neg_fpr_benign_answers",
                     "recall_harmful_documents", "recall_harmful_answers"):
            assert f"{language}.{name}" in gated
    assert report["product_texts"]["flagged"] == 0, report["product_texts"]
