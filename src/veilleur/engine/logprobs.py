"""Log probabilities of generated tokens, from the model's logits, for OpenAI's `logprobs`.

What is reported is the log-softmax of the model's **raw logits** over the whole
vocabulary at the position the token was drawn from: before repetition penalties,
temperature, top-k / top-p / min-p and a grammar's mask. That is what OpenAI reports
(and vLLM's default, `raw_logprobs`): a logprob does not change with the sampling
settings, so it can score or compare answers. Hence a token drawn at temperature 0 is
the first of `top` unless a penalty or a grammar made another one the choice; the drawn
token is always reported with its own logprob, in the top list or not.

`LogprobAligner` attaches each token's entry to the text delta its text starts in: the
text shown lags the tokens (a character split over tokens, text held back while it could
start a stop sequence), and tokens of a stop sequence, which is never shown, are dropped.
So the bytes of the tokens reported make up the answer's text, except where a stop
sequence begins inside a token (that last token's bytes go on past the text).
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np

from veilleur.types import TokenLogprob

__all__ = ["LogprobAligner", "LogprobReader", "llama_logits", "token_piece",
           "token_text"]


def token_text(raw: bytes) -> str:
    """A token's text; ``bytes:\\xe2\\x80`` (as OpenAI writes it) when its bytes alone
    are not valid UTF-8 (a piece of a character split over tokens)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return "bytes:" + "".join(f"\\x{b:02x}" for b in raw)


class LogprobReader:
    """Reads the entry of a drawn token from a row of logits (`n_vocab` floats).

    Args:
        piece: a token's bytes (the engine's detokenizer, without special tokens).
    """

    def __init__(self, piece: Callable[[int], bytes]):
        self._piece = piece

    def read(self, logits: np.ndarray, token: int, top: int, raw: bytes | None = None
             ) -> TokenLogprob:
        """The entry of `token` (its bytes `raw`, read again when None), with the `top`
        most likely tokens (ties: lower id first)."""
        row = np.asarray(logits, dtype=np.float32)
        best = float(row.max())
        # the sum in float64: 262,144 terms in float32 lose the small ones
        total = best + math.log(float(np.exp(row - best, dtype=np.float32).sum(dtype=np.float64)))
        entries: tuple[TokenLogprob, ...] = ()
        if top > 0:
            k = min(top, row.shape[0])
            ids = np.argpartition(-row, k - 1)[:k]
            ids = ids[np.lexsort((ids, -row[ids]))]
            entries = tuple(self._entry(int(i), float(row[i]) - total) for i in ids)
        raw = self._piece(token) if raw is None else raw
        return TokenLogprob(token_text(raw), min(0.0, float(row[token]) - total), raw, entries)

    def _entry(self, token: int, logprob: float) -> TokenLogprob:
        raw = self._piece(token)
        return TokenLogprob(token_text(raw), min(0.0, logprob), raw)


def token_piece(lib: Any, vocab: Any, token: int) -> bytes:
    """A token's bytes as llama.cpp detokenizes it alone (special tokens as empty)."""
    buf = ctypes.create_string_buffer(64)
    n = lib.llama_token_to_piece(vocab, token, buf, len(buf), 0, False)
    if n < 0:
        buf = ctypes.create_string_buffer(-n)
        n = lib.llama_token_to_piece(vocab, token, buf, len(buf), 0, False)
    return buf.raw[:n]


def llama_logits(lib: Any, ctx: Any, index: int, n_vocab: int) -> np.ndarray:
    """The logits of output `index` of the last `llama_decode` (a view, not a copy)."""
    pointer = lib.llama_get_logits_ith(ctx, index)
    return np.ctypeslib.as_array(ctypes.cast(pointer, ctypes.POINTER(ctypes.c_float)),
                                 shape=(n_vocab,))


class LogprobAligner:
    """Token entries in (as drawn), the entries of each shown piece of text out."""

    def __init__(self) -> None:
        self._pending: list[tuple[int, TokenLogprob]] = []  # (first byte, entry)
        self._drawn = 0  # bytes of the tokens drawn so far
        self._shown = 0  # bytes accounted for by shown (or stripped) text

    def add(self, entry: TokenLogprob) -> None:
        self._pending.append((self._drawn, entry))
        self._drawn += len(entry.raw)

    def skip(self, n_bytes: int) -> None:
        """The first `n_bytes` of the tokens' text not shown yet were dropped (the leading
        whitespace a chat frame puts before the answer): they are cut from those tokens'
        text and bytes (a token left empty is dropped), so that the bytes of the tokens
        reported make up the content exactly."""
        if n_bytes <= 0:
            return
        kept: list[tuple[int, TokenLogprob]] = []
        position = self._shown
        for _, entry in self._pending:
            cut = min(n_bytes, len(entry.raw))
            n_bytes -= cut
            if cut == len(entry.raw) and cut:
                continue
            raw = entry.raw[cut:]
            kept.append((position, replace(entry, token=token_text(raw), raw=raw) if cut
                         else entry))
            position += len(raw)
        self._pending, self._drawn = kept, position

    def shown(self, text: str) -> tuple[TokenLogprob, ...]:
        """`text` is shown next: the entries of the tokens that start in it (or before)."""
        self._shown += len(text.encode("utf-8"))
        taken = [e for start, e in self._pending if start < self._shown or not e.raw]
        self._pending = [(s, e) for s, e in self._pending if not (s < self._shown or not e.raw)]
        return tuple(taken)

    def rest(self) -> tuple[TokenLogprob, ...]:
        """The entries not attached yet (the stream ended without a stop sequence)."""
        taken, self._pending = self._pending, []
        return tuple(e for _, e in taken)
