"""The safety dataset: splits disjoint by topic, labels known, the classifier cache works."""

from __future__ import annotations

import pickle

from veilleur.evals.safety import load_split
from veilleur.safety.classifier import HarmClassifier, cache_path, default_classifier, load_rows
from veilleur.safety.taxonomy import CODES


def test_splits_are_disjoint_by_topic_and_text():
    train, dev, test = load_rows(), load_split("dev"), load_split("test")
    groups = {name: {r["group"] for r in rows}
              for name, rows in (("train", train), ("dev", dev), ("test", test))}
    assert not groups["train"] & groups["test"] and not groups["dev"] & groups["test"]
    assert not {r["text"] for r in train} & {r["text"] for r in test}
    for rows in (train, dev, test):
        assert {r["label"] for r in rows} <= set(CODES) | {"benign"}
        assert {r["lang"] for r in rows} == {"en", "fr"}
        assert {"borderline", "benign", "harmful", "jailbreak"} <= {r["kind"] for r in rows}


def test_fitted_classifier_is_cached_on_disk():
    default_classifier()
    with cache_path().open("rb") as fh:
        assert isinstance(pickle.load(fh), HarmClassifier)
