"""The safety dataset: splits disjoint by topic, labels and sources known, the n-gram cache
works."""

from __future__ import annotations

import pickle

from veilleur.evals.safety import load_split
from veilleur.safety.classifier import HarmClassifier, cache_path, load_rows, ngram_classifier
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


def test_fitted_ngram_classifier_is_cached_on_disk():
    ngram_classifier()
    with cache_path().open("rb") as fh:
        assert isinstance(pickle.load(fh), HarmClassifier)


def test_seed_rows_name_their_seed_file():
    rows = load_rows() + load_split("dev") + load_split("test")
    assert {r["source"] for r in rows} == {
        "seeds_harmful", "seeds_benign", "seeds_composed", "seeds_more_harm",
        "seeds_more_benign", "seeds_imperative", "seeds_pass5_harm", "seeds_pass5_benign",
        "seeds_pass5_jailbreak"}


def test_long_splits_are_disjoint_and_labelled():
    from veilleur.safety.classifier import _read

    train = [__import__("json").loads(x) for x in _read(None, "train_long.jsonl").splitlines()]
    dev, test = load_split("long_dev"), load_split("long_test")
    benign_texts = {name: {r["text"] for r in rows if r["kind"] == "benign"}
                    for name, rows in (("train", train), ("dev", dev), ("test", test))}
    assert not benign_texts["train"] & benign_texts["test"]
    pkg = {name: {r["group"] for r in rows if r["group"].startswith("pkg:")}
           for name, rows in (("train", train), ("test", test))}
    assert not pkg["train"] & pkg["test"]
    for rows in (train, dev, test):
        assert {r["form"] for r in rows} == {"document", "answer"}
        assert {r["lang"] for r in rows} == {"en", "fr"}
        assert {r["label"] for r in rows} <= set(CODES) | {"benign"}
        assert all(r["direction"] == ("output" if r["form"] == "answer" else "input")
                   for r in rows)
