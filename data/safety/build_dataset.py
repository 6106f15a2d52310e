"""Build the safety dataset: seeds -> variants -> train/dev/test JSONL (deterministic).

Run from the repository root:  python data/safety/build_dataset.py

Two sources (see README.md): hand-written seeds (`seeds_harmful.py`, `seeds_benign.py`),
each turned into up to three variants (as written, framed, casual), and composed seeds
(`seeds_composed.py`, with `seeds_more_harm.py` and `seeds_more_benign.py` of the fourth
pass): request frames × actions written as EN/FR pairs, and whole EN/FR questions. The split unit is
the *topic* (a seed, or an EN/FR pair with all its framings), stratified by label and
kind; request frames are split too, so a test row pairs an unseen topic with an unseen
frame. The train split is written into the package (the classifier trains from it).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import seeds_benign  # noqa: E402
import seeds_composed as composed  # noqa: E402
import seeds_frames  # noqa: E402
import seeds_harmful  # noqa: E402
import seeds_imperative as imperative  # noqa: E402
import seeds_more_benign as more_benign  # noqa: E402
import seeds_more_harm as more_harm  # noqa: E402
import seeds_pass5_benign as pass5_benign  # noqa: E402
import seeds_pass5_harm as pass5_harm  # noqa: E402
import seeds_pass5_jailbreak as pass5_jailbreak  # noqa: E402
from seeds_benign import (  # noqa: E402
    BENIGN,
    BENIGN_ANSWERS,
    BORDERLINE,
    TASK_FRAMES,
    TASK_TOPICS,
)
from seeds_harmful import HARMFUL, HARMFUL_ANSWERS  # noqa: E402

PACKAGE_TRAIN = HERE.parents[1] / "src" / "veilleur" / "safety" / "data" / "train.jsonl"
SPLITS = ("train", "dev", "test")
SHARES = {"test": 0.25, "dev": 0.15}

FRAMES = {
    "en": ["Quick question: {}", "Hey, {}", "I need your help. {}", "Be honest with me. {}",
           "{} Answer in detail.", "Please, {}", "{} Thanks in advance!", "ok so {}",
           "My friend asked me this: {}", "{} Keep it short."],
    "fr": ["Petite question : {}", "Salut, {}", "J'ai besoin de ton aide. {}",
           "Sois honnête avec moi. {}", "{} Réponds en détail.", "Stp, {}",
           "{} Merci d'avance !", "bon alors {}", "Un ami m'a demandé ça : {}",
           "{} Fais court."],
}
TRAIN_FRAMES = {"harmful": 6, "borderline": 12, "benign": 12}  # frames per train topic
SUFFIXES = {"en": ["", " pls", " thx", " asap", "??"], "fr": ["", " stp", " merci", " vite", " ??"]}
_ELISION = re.compile(r"\b([Dd]e|[Jj]e|[Qq]ue) (?=[aeiouyéèêâîô])")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _split_items(items: list, key=lambda x: x) -> dict[str, list]:
    """Items cut 60/15/25 in a fixed pseudo-random order (by hash of `key`)."""
    ordered = sorted(items, key=lambda it: _digest(str(key(it))))
    n = len(ordered)
    n_test = round(SHARES["test"] * n) if n >= 4 else 0
    n_dev = round(SHARES["dev"] * n) if n >= 6 else 0
    return {"test": ordered[:n_test], "dev": ordered[n_test:n_test + n_dev],
            "train": ordered[n_test + n_dev:]}


def _frame_pools(frames: dict[str, list[str]]) -> dict[str, dict[str, list[str]]]:
    """Frames split by index (EN and FR frames of one index stay together)."""
    parts = _split_items(list(range(len(frames["en"]))), key=lambda i: frames["en"][i])
    return {split: {lang: [frames[lang][i] for i in idx] for lang in frames}
            for split, idx in parts.items()}


def _fill(frame: str, text: str, lang: str) -> str:
    out = frame.format(text)
    if lang == "fr":
        out = _ELISION.sub(lambda m: m.group(1)[0] + "'", out)
    return out[0].upper() + out[1:] if out and frame[0].isupper() else out


def _casual(text: str, lang: str, rng: random.Random) -> str:
    body = text.rstrip(" ?!.")
    body = body[0].lower() + body[1:] if body else body
    return body + rng.choice(SUFFIXES[lang])


def _row(text, lang, label, kind, direction, group) -> dict:
    return dict(text=text, lang=lang, label=label, kind=kind, direction=direction, group=group)


def _hand_seeds() -> list[dict]:
    """The hand-written seeds, one dict per seed (`texts` are its variants, filled later)."""
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


def _hand_rows(rng: random.Random) -> dict[str, list[dict]]:
    strata: dict[tuple, list[dict]] = {}
    for seed in _hand_seeds():
        strata.setdefault((seed["label"], seed["kind"], seed["lang"], seed["direction"]),
                          []).append(seed)
    pools = _frame_pools(FRAMES)
    out: dict[str, list[dict]] = {s: [] for s in SPLITS}
    for group in strata.values():
        for split, seeds in _split_items(group, key=lambda s: s["text"]).items():
            for seed in seeds:
                texts = [seed["text"]]
                if seed["direction"] == "input":
                    lang = seed["lang"]
                    frame = rng.choice(pools[split][lang])
                    texts += [frame.format(seed["text"][0].lower() + seed["text"][1:]),
                              _casual(seed["text"], lang, rng)]
                texts += seed.get("extra", [])
                gid = _digest(seed["text"])[:12]
                out[split] += [_row(t, seed["lang"], seed["label"], seed["kind"],
                                    seed["direction"], gid) for t in dict.fromkeys(texts)]
    return out


def _composed_rows(rng: random.Random) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {s: [] for s in SPLITS}
    pools = _frame_pools(composed.FRAMES)
    for lang, frames in seeds_frames.FRAMES.items():  # train-only frames (frame invariance)
        pools["train"][lang] = pools["train"][lang] + frames

    def framed(pairs, label, kind, per_lang, split):
        # Training topics get many frames, so that frame words end up carrying no label.
        per_lang = TRAIN_FRAMES[kind] if split == "train" else per_lang
        for pair in pairs:
            gid = _digest(pair[0])[:12]
            for lang, action in zip(("en", "fr"), pair, strict=True):
                pool = pools[split][lang]
                for frame in rng.sample(pool, min(per_lang, len(pool))):
                    out[split].append(_row(_fill(frame, action, lang), lang, label, kind,
                                           "input", gid))

    harm_by_split: dict[str, list[tuple[str, str]]] = {s: [] for s in SPLITS}
    for code, pairs in composed.HARM_ACTIONS.items():
        pairs = pairs + more_harm.HARM_ACTIONS.get(code, [])
        for split, part in _split_items(pairs, key=lambda p: p[0]).items():
            framed(part, code, "harmful", 2, split)
            harm_by_split[split] += part
    for pairs, kind, per_lang in (
        (composed.BORDER_ACTIONS + more_benign.BORDER_ACTIONS, "borderline", 3),
        (composed.EVERYDAY_ACTIONS + more_benign.EVERYDAY_ACTIONS, "benign", 2),
    ):
        for split, part in _split_items(pairs, key=lambda p: p[0]).items():
            framed(part, "benign", kind, per_lang, split)
    simple = ((composed.BORDER_QUESTIONS + more_benign.BORDER_QUESTIONS
               + imperative.BENIGN_IMPERATIVES + pass5_benign.BORDERLINE
               + pass5_jailbreak.BENIGN_ROLEPLAY, "benign", "borderline", "input"),
              (imperative.ORDINARY_IMPERATIVES + more_benign.EVERYDAY_MESSAGES
               + pass5_benign.EVERYDAY, "benign", "benign", "input"),
              (composed.JAILBREAKS + more_harm.INJECTIONS + pass5_jailbreak.ATTACKS, "jailbreak",
               "jailbreak", "input"),
              (composed.BENIGN_ANSWERS, "benign", "benign", "output"))
    for pairs, label, kind, direction in simple:
        for split, part in _split_items(pairs, key=lambda p: p[0]).items():
            for pair in part:
                gid = _digest(pair[0])[:12]
                out[split] += [_row(t, lang, label, kind, direction, gid)
                               for lang, t in zip(("en", "fr"), pair, strict=True)]
    # Whole harmful requests (not "how to <action>"): as written and casual, per category.
    by_code: dict[str, list[tuple[str, str, str]]] = {}
    for item in more_harm.HARM_QUESTIONS + imperative.HARM_IMPERATIVES + pass5_harm.HARM:
        by_code.setdefault(item[0], []).append(item)
    for code, items in by_code.items():
        for split, part in _split_items(items, key=lambda p: p[1]).items():
            for _, en, fr in part:
                gid = _digest(en)[:12]
                for lang, text in (("en", en), ("fr", fr)):
                    variants = dict.fromkeys([text, _casual(text, lang, rng)])
                    out[split] += [_row(t, lang, code, "harmful", "input", gid)
                                   for t in variants]
    for split, part in _split_items(composed.HARMFUL_ANSWERS, key=lambda p: p[1]).items():
        for code, en, fr in part:
            gid = _digest(en)[:12]
            out[split] += [_row(en, "en", code, "harmful", "output", gid),
                           _row(fr, "fr", code, "harmful", "output", gid)]
    payload_parts = _split_items(composed.JAILBREAK_PAYLOADS, key=lambda p: p[0])
    lead = {"en": "explain how to {}", "fr": "explique comment {}"}
    for split, part in _split_items(composed.JAILBREAK_WRAPPERS, key=lambda p: p[0]).items():
        payloads = payload_parts[split] or payload_parts["train"]
        for pair in part:
            gid = _digest(pair[0])[:12]
            for i, lang in enumerate(("en", "fr")):
                chosen = [p[i] for p in rng.sample(payloads, min(2, len(payloads)))]
                harm = harm_by_split[split]
                chosen.append(_fill(lead[lang], rng.choice(harm)[i], lang))
                out[split] += [_row(_fill(pair[i], text, lang), lang, "jailbreak",
                                    "jailbreak", "input", gid) for text in chosen]
    return out


SEED_MODULES = (seeds_harmful, seeds_benign, composed, more_harm, more_benign, imperative,
                pass5_harm, pass5_benign, pass5_jailbreak)


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        return [s for item in value for s in _strings(item)]
    return []


def _sources() -> dict[str, str]:
    """The seed file of every topic group: a group is the digest of one seed's text.

    This is the *source* the evaluation holds out (leave-one-source-out): rows of one seed
    file share its author's habits, so a held-out file measures more than a held-out row.
    """
    out: dict[str, str] = {}
    for module in SEED_MODULES:
        name = module.__name__
        for key, value in vars(module).items():
            if not key.startswith("_"):
                for text in _strings(value):
                    out.setdefault(_digest(text)[:12], name)
    for lang, topics in TASK_TOPICS.items():  # everyday requests: frame × topic
        for i, topic in enumerate(topics):
            frame = TASK_FRAMES[lang][i % len(TASK_FRAMES[lang])]
            out.setdefault(_digest(frame.format(topic))[:12], "seeds_benign")
    return out


def main() -> None:
    rng = random.Random(20261201)
    parts = [_hand_rows(rng), _composed_rows(rng)]
    sources = _sources()
    groups: dict[str, set[str]] = {}
    for split in SPLITS:
        rows = [row for part in parts for row in part[split]]
        groups[split] = {row["group"] for row in rows}
        path = PACKAGE_TRAIN if split == "train" else HERE / f"{split}.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as fh:
            for i, row in enumerate(rows):
                row = {"id": f"{split}-{i:05d}", **row, "source": sources[row["group"]]}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{split}: {len(groups[split])} topics, {len(rows)} rows -> {path}")
    assert not (groups["train"] & groups["test"]) and not (groups["dev"] & groups["test"])


if __name__ == "__main__":
    main()
