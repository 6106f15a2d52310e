"""Grammar-constrained sampling of one sequence: its own llama.cpp grammar state.

A grammar sampler (`llama_sampler_init_grammar`) masks every token of the vocabulary
that would break the grammar. Applied to the whole vocabulary at each step it costs a
match of each of the model's 262,144 token texts against the grammar's stacks; so, as
llama.cpp's own server does, `GrammarSampler.sample` first draws a token with the
request's usual sampler chain, checks that one token against the grammar, and only when
it is refused masks the tokens and draws again. That second draw first masks only the
`SHORTLIST` best logits. Every token outside has a lower logit than all of them, so when
one of them is allowed, greedy decoding picks the same token as over the whole
vocabulary; when sampling, the shortlist stands for the vocabulary if its lowest logit is
below min-p's threshold for the best allowed token (min-p would remove every token
outside), which leaves only top-p's normalisation, over a tail min-p then removes,
different. Otherwise (and with penalties, which lower logits, or without min-p) the whole
vocabulary is masked.

A token the grammar refuses is never passed to the grammar's `accept`: llama.cpp throws
a C++ exception there, which would abort the process; a dead end (no token allowed)
fails this one request with `EngineGenerateError`.
"""

from __future__ import annotations

import ctypes
import time
from typing import Any

import numpy as np

from veilleur.errors import EngineGenerateError, InvalidRequestError

__all__ = ["SHORTLIST", "GrammarSampler", "TokenArray"]

SHORTLIST = 4096  # best logits masked first when the drawn token is refused

_DTYPE = np.dtype([("id", np.intc), ("logit", np.single), ("p", np.single)], align=True)


class TokenArray:
    """A reusable `llama_token_data_array` over the whole vocabulary (one per engine
    thread: it is overwritten by every draw)."""

    def __init__(self, lib: Any, n_vocab: int):
        self._lib = lib
        self.n_vocab = n_vocab
        self.data = np.zeros(n_vocab, dtype=_DTYPE)
        self._ids = np.arange(n_vocab, dtype=np.intc)
        self.array = lib.llama_token_data_array(
            data=self.data.ctypes.data_as(lib.llama_token_data_p), size=n_vocab,
            selected=-1, sorted=False)
        self.short = np.zeros(SHORTLIST, dtype=_DTYPE)
        self.short_array = lib.llama_token_data_array(
            data=self.short.ctypes.data_as(lib.llama_token_data_p), size=SHORTLIST,
            selected=-1, sorted=False)
        self.logits: Any = None
        self._one = np.zeros(1, dtype=_DTYPE)
        self.one = lib.llama_token_data_array(
            data=self._one.ctypes.data_as(lib.llama_token_data_p), size=1, selected=-1,
            sorted=False)

    def load(self, ctx: Any, index: int) -> None:
        """Fill the array with the logits of output `index` of the last decode."""
        logits = self._lib.llama_get_logits_ith(ctx, index)
        self.logits = np.ctypeslib.as_array(logits, shape=(self.n_vocab,))
        self.data["id"] = self._ids
        self.data["logit"] = self.logits
        self.data["p"] = 0.0
        self.array.size = self.n_vocab
        self.array.selected = -1
        self.array.sorted = False

    def load_short(self) -> None:
        """Fill the shortlist with the `SHORTLIST` best logits of the last `load`."""
        best = np.argpartition(self.logits, -SHORTLIST)[-SHORTLIST:]
        self.short["id"] = best
        self.short["logit"] = self.logits[best]
        self.short["p"] = 0.0
        self.short_array.size = SHORTLIST
        self.short_array.selected = -1
        self.short_array.sorted = False

    def selected(self, short: bool = False) -> int:
        array, data = (self.short_array, self.short) if short else (self.array, self.data)
        index = array.selected
        if not 0 <= index < array.size:
            raise EngineGenerateError("the sampler selected no token")
        return int(data["id"][index])

    def single(self, token: int) -> Any:
        self._one["id"][0] = token
        self._one["logit"][0] = 0.0
        self._one["p"][0] = 0.0
        self.one.size = 1
        self.one.selected = -1
        self.one.sorted = False
        return self.one

    def one_logit(self) -> float:
        return float(self._one["logit"][0])


class GrammarSampler:
    """One sequence's grammar, in front of its sampler chain. See the module docstring.

    Args:
        lib: the `llama_cpp` module.
        vocab: the model's `llama_vocab_p`.
        gbnf: the grammar, rooted at ``root``.
        margin: how far above the shortlist's lowest logit the best allowed token must be
            for the shortlist to stand for the vocabulary: 0 for greedy decoding,
            -ln(min_p) when sampling, None never (see the module docstring).
    """

    def __init__(self, lib: Any, vocab: Any, gbnf: str, *, margin: float | None = None):
        self._lib = lib
        self._margin = margin
        self._grammar = lib.llama_sampler_init_grammar(vocab, gbnf.encode("utf-8"), b"root")
        if not self._grammar:
            raise InvalidRequestError("llama.cpp could not parse the grammar built for this "
                                      "request", param="response_format")
        self.fallbacks = 0  # draws whose first token the grammar refused
        self.draws = 0
        self.full_masks = 0  # of which the shortlist did not suffice
        self.seconds = 0.0  # time spent drawing

    def allows(self, tokens: TokenArray, token: int) -> bool:
        """True when `token` may come next."""
        one = tokens.single(token)
        self._lib.llama_sampler_apply(self._grammar, ctypes.byref(one))
        return bool(np.isfinite(tokens.one_logit()))

    def sample(self, tokens: TokenArray, ctx: Any, index: int, chain: Any) -> int:
        """Draw the next token of output `index` through `chain`, within the grammar, and
        record it in both (the chain's penalties, the grammar's state)."""
        lib = self._lib
        self.draws += 1
        began = time.perf_counter()
        tokens.load(ctx, index)
        lib.llama_sampler_apply(chain, ctypes.byref(tokens.array))
        token = tokens.selected()
        if not self.allows(tokens, token):
            self.fallbacks += 1
            token = self._masked_draw(tokens, chain)
            if not self.allows(tokens, token):
                raise EngineGenerateError("the grammar allows no token of this model here")
        lib.llama_sampler_accept(self._grammar, token)
        lib.llama_sampler_accept(chain, token)
        self.seconds += time.perf_counter() - began
        return token

    def _masked_draw(self, tokens: TokenArray, chain: Any) -> int:
        lib = self._lib
        if self._margin is not None:
            tokens.load_short()
            lowest = float(tokens.short["logit"].min())
            lib.llama_sampler_apply(self._grammar, ctypes.byref(tokens.short_array))
            best = float(tokens.short["logit"].max())
            if np.isfinite(best) and best - lowest >= self._margin:
                lib.llama_sampler_apply(chain, ctypes.byref(tokens.short_array))
                return tokens.selected(short=True)
        self.full_masks += 1
        tokens.data["id"] = np.arange(tokens.n_vocab, dtype=np.intc)
        tokens.data["logit"] = tokens.logits
        tokens.data["p"] = 0.0
        tokens.array.size = tokens.n_vocab
        tokens.array.selected = -1
        tokens.array.sorted = False
        lib.llama_sampler_apply(self._grammar, ctypes.byref(tokens.array))
        lib.llama_sampler_apply(chain, ctypes.byref(tokens.array))
        return tokens.selected()

    def close(self) -> None:
        grammar, self._grammar = self._grammar, None
        if grammar:
            self._lib.llama_sampler_free(grammar)
