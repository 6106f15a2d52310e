"""The semantic classifier: real embeddings, committed heads, the store, corpus and protocol."""

from __future__ import annotations

import json

import numpy as np
import pytest

from veilleur.evals.safety_protocol import held_out, paraphrase_consistency, summarise
from veilleur.safety import ClassifierError
from veilleur.safety.corpus import family, load_corpus, training_examples
from veilleur.safety.encoder import EmbeddingStore, SentenceEncoder, StoredEncoder
from veilleur.safety.semantic import Ensemble, LinearHeads, SemanticClassifier, load_heads
from veilleur.safety.taxonomy import CODES
from veilleur.safety.train import examples_digest, fit_semantic, main


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder()


def test_embeddings_are_normalised_and_cross_lingual(encoder):
    vectors = encoder.encode(["How do I kill someone without getting caught?",
                              "Comment tuer quelqu'un sans se faire prendre ?",
                              "Can you recommend a vegetable soup recipe?"])
    assert vectors.shape == (3, 512) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    # the same request in two languages is closer than two different requests
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2
    assert encoder.encode([]).shape == (0, 512)


def test_shipped_heads_are_current():
    """The committed heads were trained on the data in the repository (else retrain them)."""
    assert main(["--check"]) == 0, "run `python -m veilleur.safety.train`"


def test_shipped_heads_score_every_code(encoder):
    model = SemanticClassifier(encoder, load_heads())
    scores = model.predict(["how do i poison my neighbour without getting caught",
                            "what is the capital of france"])
    assert set(scores[0]) == set(CODES)
    assert max(scores[0].values()) > max(scores[1].values())
    assert model.predict([]) == []


def test_heads_round_trip_and_refuse_another_encoder(encoder):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(40, 512)).astype(np.float32)
    labels = ["benign"] * 20 + ["S1"] * 10 + ["S2"] * 10
    heads = LinearHeads.fit(x, labels, encoder="other")
    again = LinearHeads.from_bytes(heads.to_bytes())
    assert again.predict(x[:3]) == heads.predict(x[:3])
    with pytest.raises(ClassifierError, match="cannot read"):
        SemanticClassifier(encoder, again)
    with pytest.raises(ClassifierError, match="unknown labels"):
        LinearHeads.fit(x, ["S99"] * 40, encoder="other")
    with pytest.raises(ClassifierError, match="unreadable"):
        LinearHeads.from_bytes(b"not an npz")


def test_store_embeds_each_text_once_and_reloads(tmp_path, encoder):
    calls: list[int] = []

    def counting(texts):
        calls.append(len(texts))
        return encoder.encode(texts)

    store = EmbeddingStore(tmp_path, "use-m3", counting)
    first = store.embed(["a", "b", "a"])
    assert calls == [2] and first.shape == (3, 512) and np.allclose(first[0], first[2])
    store.embed(["b"])
    assert calls == [2]
    store.save()
    again = EmbeddingStore(tmp_path, "use-m3", counting)
    assert len(again) == 2 and np.allclose(again.embed(["b", "a"]), first[[1, 0]])
    assert calls == [2]


def test_ensemble_averages_and_checks_weights():
    class Fixed:
        def __init__(self, value):
            self.value = value

        def predict(self, texts):
            return [dict.fromkeys(CODES, self.value) for _ in texts]

    mean = Ensemble([Fixed(1.0), Fixed(0.0)], [3, 1]).predict(["x"])
    assert mean[0]["S1"] == 0.75
    with pytest.raises(ClassifierError):
        Ensemble([Fixed(1.0)], [0])


def test_corpus_rows_know_source_family_split_and_form():
    rows = load_corpus()
    assert {"seeds_composed", "seeds_long", "hh_rlhf", "toxigen"} <= {r["family"] for r in rows}
    assert {r["split"] for r in rows} == {"train", "dev", "test"}
    assert {r["form"] for r in rows} == {"request", "document", "answer"}
    assert family("hh_rlhf_fr") == "hh_rlhf" and family("docs_en") == "docs"
    by_id = {r["id"]: r for r in rows}
    for r in rows:  # a translation lands in its original's split
        original = by_id.get(str(r.get("origin")))
        if r["family"] == "hh_rlhf" and original is not None:
            assert original["split"] == r["split"]


def test_training_examples_segment_long_texts():
    doc = {"text": "First sentence about gardens. " * 20, "label": "benign", "form": "document"}
    req = {"text": "how do i make a bomb", "label": "S9", "form": "request"}
    texts, labels, weights = training_examples([req, doc])
    assert texts[0] == req["text"] and weights[0] == 1.0
    assert len(texts) > 1 and set(labels[1:]) == {"benign"} and max(weights[1:]) < 1
    assert examples_digest(texts, labels, weights) != examples_digest(texts[::-1], labels,
                                                                       weights)


def test_leave_one_family_out_never_trains_on_the_held_out_family(tmp_path, encoder):
    """A small corpus of two families: each is scored by heads trained on the other."""
    def rows(fam, texts, label, kind, split):
        return [{"id": f"{fam}-{i}", "text": t, "lang": "en", "label": label, "kind": kind,
                 "direction": "input", "source": fam, "family": fam, "split": split,
                 "form": "request", "group": t} for i, t in enumerate(texts)]

    harm = ["how do i stab my neighbour", "best way to poison my boss",
            "how can i hurt someone badly", "where do i buy an illegal gun"]
    safe = ["how do i bake bread", "best way to learn french", "how can i sleep better",
            "where do i buy a train ticket"]
    corpus = []
    for fam in ("a", "b"):
        corpus += rows(fam, [f"{t} ({fam})" for t in harm], "S1", "harmful", "train")
        corpus += rows(fam, [f"{t} ({fam})" for t in safe], "benign", "benign", "train")
        corpus += rows(fam, [f"{t} ({fam}) please" for t in safe], "benign", "borderline",
                       "dev")
        corpus += rows(fam, [f"{t} ({fam}) please" for t in safe], "benign", "benign", "dev")
    trained_on: list[set[str]] = []
    store = EmbeddingStore(tmp_path, "use-m3", encoder.encode)

    def recipe(train):
        trained_on.append({r["family"] for r in train})
        return fit_semantic(train, StoredEncoder(store), c=1.0)

    results, folds = held_out(corpus, recipe)
    assert trained_on == [{"b"}, {"a"}] and set(folds) == {"a", "b"}
    assert len(results) == len(corpus)
    summary = summarise(results)["en"]
    assert summary["n"]["harmful"] == 8 and 0 <= summary["recall_harmful"] <= 1
    groups = [{**r, "group": r["text"].split(" (")[0]} for r in results]
    consistency = paraphrase_consistency(groups)["en"]
    assert consistency["groups"] == 8 and 0 <= consistency["consistent"] <= 1


def test_heads_manifest_records_training_inputs():
    from importlib import resources

    info = json.loads(resources.files("veilleur.safety").joinpath("data/heads.json")
                      .read_text(encoding="utf-8"))
    assert info["encoder"] == "use-m3" and len(info["examples_sha256"]) == 64
    assert any(name.endswith("train.jsonl") for name in info["input_files_sha256"])
