"""Build the safety dataset: seeds -> variants -> train/dev/test JSONL (deterministic).

Run from the repository root:  python data/safety/build_dataset.py

Each hand-written seed becomes three variants (as written, framed, casual). Variants of a
seed stay in the same split (split by seed, stratified by label and language), so the test
split measures generalisation to unseen requests, not to re-phrasings of training ones.
The train split is written into the package (the classifier trains from it at first use).
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from seeds_benign import (  # noqa: E402
    BENIGN,
    BENIGN_ANSWERS,
    BORDERLINE,
    TASK_FRAMES,
    TASK_TOPICS,
)
from seeds_harmful import HARMFUL, HARMFUL_ANSWERS  # noqa: E402

PACKAGE_TRAIN = HERE.parents[1] / "src" / "veilleur" / "safety" / "data" / "train.jsonl"

FRAMES = {
    "en": ["Quick question: {}", "Hey, {}", "I need your help. {}", "Be honest with me. {}",
           "{} Answer in detail.", "Please, {}", "{} Thanks in advance!", "ok so {}",
           "My friend asked me this: {}", "{} Keep it short."],
    "fr": ["Petite question : {}", "Salut, {}", "J'ai besoin de ton aide. {}",
           "Sois honnête avec moi. {}", "{} Réponds en détail.", "Stp, {}",
           "{} Merci d'avance !", "bon alors {}", "Un ami m'a demandé ça : {}",
           "{} Fais court."],
}
SUFFIXES = {"en": ["", " pls", " thx", " asap", "??"], "fr": ["", " stp", " merci", " vite", " ??"]}


def _casual(text: str, lang: str, rng: random.Random) -> str:
    body = text.rstrip(" ?!.")
    body = body[0].lower() + body[1:] if body else body
    return body + rng.choice(SUFFIXES[lang])


def _variants(text: str, lang: str, rng: random.Random, direction: str) -> list[str]:
    if direction == "output":
        return [text]
    framed = rng.choice(FRAMES[lang]).format(text[0].lower() + text[1:])
    return list(dict.fromkeys([text, framed, _casual(text, lang, rng)]))


def _seeds() -> list[dict]:
    seeds = []
    for label, by_lang in HARMFUL.items():
        kind = "jailbreak" if label == "jailbreak" else "harmful"
        for lang, texts in by_lang.items():
            seeds += [dict(text=t, lang=lang, label=label, kind=kind, direction="input")
                      for t in texts]
    for label, by_lang in HARMFUL_ANSWERS.items():
        for lang, texts in by_lang.items():
            seeds += [dict(text=t, lang=lang, label=label, kind="harmful", direction="output")
                      for t in texts]
    for kind, source in (("borderline", BORDERLINE), ("benign", BENIGN)):
        for lang, texts in source.items():
            seeds += [dict(text=t, lang=lang, label="benign", kind=kind, direction="input")
                      for t in texts]
    for lang, topics in TASK_TOPICS.items():
        for i, topic in enumerate(topics):
            frames = [TASK_FRAMES[lang][(i + k * 4) % len(TASK_FRAMES[lang])] for k in range(3)]
            seeds.append(dict(text=frames[0].format(topic), lang=lang, label="benign",
                              kind="benign", direction="input",
                              extra=[f.format(topic) for f in frames[1:]]))
    for lang, texts in BENIGN_ANSWERS.items():
        seeds += [dict(text=t, lang=lang, label="benign", kind="benign", direction="output")
                  for t in texts]
    return seeds


def _split(seeds: list[dict]) -> dict[str, list[dict]]:
    strata: dict[tuple, list[dict]] = {}
    for seed in seeds:
        strata.setdefault((seed["label"], seed["kind"], seed["lang"], seed["direction"]),
                          []).append(seed)
    out: dict[str, list[dict]] = {"train": [], "dev": [], "test": []}
    for group in strata.values():
        group.sort(key=lambda s: hashlib.sha256(s["text"].encode()).hexdigest())
        n = len(group)
        n_test = round(0.25 * n) if n >= 4 else 0
        n_dev = round(0.15 * n) if n >= 6 else 0
        out["test"] += group[:n_test]
        out["dev"] += group[n_test:n_test + n_dev]
        out["train"] += group[n_test + n_dev:]
    return out


def main() -> None:
    rng = random.Random(20261201)
    for split, seeds in _split(_seeds()).items():
        rows = []
        for seed in seeds:
            group = hashlib.sha256(seed["text"].encode()).hexdigest()[:12]
            texts = _variants(seed["text"], seed["lang"], rng, seed["direction"])
            for i, text in enumerate(texts + seed.get("extra", [])):
                rows.append(dict(id=f"{group}-{i}", group=group, text=text,
                                 **{k: seed[k] for k in ("lang", "label", "kind", "direction")}))
        path = PACKAGE_TRAIN if split == "train" else HERE / f"{split}.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{split}: {len(seeds)} seeds, {len(rows)} rows -> {path}")


if __name__ == "__main__":
    main()
