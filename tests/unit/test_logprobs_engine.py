"""Log probabilities in the embedded engines: read from the real logits of the default
model (batched and serial), attached to the text deltas their tokens start in."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from veilleur.engine.base import Backend
from veilleur.engine.batched import BatchedLlamaCppBackend
from veilleur.engine.logprobs import LogprobAligner, LogprobReader, token_text
from veilleur.engine.scheduler import SchedulerConfig
from veilleur.engine.streaming import TextAssembler
from veilleur.types import (
    ChatMessage,
    Finished,
    GenerationRequest,
    SamplingParams,
    TextDelta,
    TokenLogprob,
)

GREEDY = SamplingParams(temperature=0.0, max_tokens=24)


@pytest.fixture(scope="module")
def batched(model_path: Path) -> Iterator[BatchedLlamaCppBackend]:
    engine = BatchedLlamaCppBackend(
        model_path, config=SchedulerConfig(n_slots=4, n_ctx_slot=512), n_threads=2)
    yield engine
    asyncio.run(engine.aclose())


async def run(backend: Backend, request: GenerationRequest
              ) -> tuple[str, list[TextDelta], Finished]:
    deltas: list[TextDelta] = []
    final = None
    async for event in backend.generate(request):
        if isinstance(event, TextDelta):
            deltas.append(event)
        elif isinstance(event, Finished):
            final = event
    assert final is not None
    return "".join(d.text for d in deltas), deltas, final


def check_entries(text: str, deltas: list[TextDelta], top: int) -> list[TokenLogprob]:
    """What holds for every answer: each delta's tokens start in it, their bytes make up
    the text, logprobs ≤ 0, the top list sorted and at most a probability mass of 1."""
    entries = [e for d in deltas for e in d.logprobs]
    assert entries, "no logprobs came"
    assert b"".join(e.raw for e in entries) == text.encode("utf-8")
    for delta in deltas:
        assert b"".join(e.raw for e in delta.logprobs).decode("utf-8", "replace") \
            .startswith(delta.text[:1])
    for entry in entries:
        assert entry.logprob <= 0.0
        assert len(entry.top) == top
        values = [t.logprob for t in entry.top]
        assert values == sorted(values, reverse=True)
        assert sum(math.exp(v) for v in values) <= 1.0 + 1e-5
        assert entry.token == token_text(entry.raw)
    return entries


# --- without a model ---------------------------------------------------------------------

def test_a_token_that_is_not_utf8_alone_is_written_as_bytes() -> None:
    assert token_text("é".encode()) == "é"
    assert token_text(b"\xe2\x80") == "bytes:\\xe2\\x80"
    assert token_text(b"") == ""


def test_the_reader_is_the_log_softmax_of_the_logits() -> None:
    rng = np.random.default_rng(7)
    logits = rng.normal(0, 3, 5000).astype(np.float32)
    logits[[10, 11]] = logits.max() + 1.0  # a tie at the top: the lower id first
    reader = LogprobReader(lambda token: f"<{token}>".encode())
    entry = reader.read(logits, 42, 20)
    reference = logits.astype(np.float64) - np.log(np.exp(logits.astype(np.float64)).sum())
    assert entry.logprob == pytest.approx(reference[42], abs=1e-5)
    assert entry.token == "<42>" and entry.raw == b"<42>"
    assert [t.token for t in entry.top[:2]] == ["<10>", "<11>"]
    best = np.argsort(-reference, kind="stable")[:20]
    assert [t.logprob for t in entry.top] == pytest.approx(list(reference[best]), abs=1e-5)
    assert reader.read(logits, 42, 0).top == ()


def aligned(pieces: list[bytes], stops: tuple[str, ...] = (), lstrip: bool = False
            ) -> tuple[list[tuple[str, list[bytes]]], TextAssembler]:
    """Feed token bytes as the engines do: (text shown, bytes of its tokens) per delta."""
    assembler = TextAssembler(stops, lstrip=lstrip)
    aligner = LogprobAligner()
    out: list[tuple[str, list[bytes]]] = []
    for piece in pieces:
        aligner.add(TokenLogprob(token_text(piece), -1.0, piece))
        before = assembler.stripped
        text = assembler.push(piece)
        aligner.skip(assembler.stripped - before)
        if text:
            out.append((text, [e.raw for e in aligner.shown(text)]))
    tail = assembler.flush()
    if tail:
        rest = aligner.shown(tail) + (() if assembler.stopped else aligner.rest())
        out.append((tail, [e.raw for e in rest]))
    return out, assembler


def test_a_character_split_over_tokens_comes_with_both_tokens() -> None:
    e_acute = "é".encode()  # two bytes, one in each token
    out, _ = aligned([b"caf", e_acute[:1], e_acute[1:] + b" ok"])
    assert out == [("caf", [b"caf"]), ("é ok", [e_acute[:1], e_acute[1:] + b" ok"])]


def test_the_tokens_of_a_stop_sequence_are_left_out() -> None:
    out, assembler = aligned([b"Yes", b".", b"\n", b"User", b":"], stops=("\nUser:",))
    assert assembler.stopped
    assert out == [("Yes", [b"Yes"]), (".", [b"."])]


def test_the_whitespace_a_frame_drops_is_cut_from_the_first_tokens() -> None:
    out, _ = aligned([b" ", b" Bon", b"jour"], lstrip=True)
    assert out == [("Bon", [b"Bon"]), ("jour", [b"jour"])]


# --- the real model ----------------------------------------------------------------------

def chat(text: str, logprobs: int | None, sampling: SamplingParams = GREEDY
         ) -> GenerationRequest:
    return GenerationRequest(messages=(ChatMessage("user", text),), sampling=sampling,
                             logprobs=logprobs)


def test_batched_greedy_logprobs_are_the_argmax(batched: BatchedLlamaCppBackend) -> None:
    question = "Écris une phrase sur le café, avec un emoji."
    text, deltas, final = asyncio.run(run(batched, chat(question, 5)))
    entries = check_entries(text, deltas, 5)
    assert final.usage.completion_tokens >= len(entries)
    for entry in entries:  # greedy, no grammar nor penalty: the drawn token is the best
        assert entry.top[0].logprob == entry.logprob
        # (the first token's leading space, which the frame drops, is cut from its bytes)
        assert entry.top[0].raw.endswith(entry.raw)
    plain, plain_deltas, _ = asyncio.run(run(batched, chat(question, None)))
    assert plain == text  # asking for logprobs changes nothing of the answer
    assert all(d.logprobs == () for d in plain_deltas)


def test_batched_logprobs_zero_gives_the_drawn_tokens_only(
        batched: BatchedLlamaCppBackend) -> None:
    sampling = SamplingParams(temperature=1.0, seed=3, max_tokens=16)
    text, deltas, _ = asyncio.run(run(batched, GenerationRequest(
        prompt="The capital of France is", sampling=sampling, logprobs=0)))
    check_entries(text, deltas, 0)


def test_batched_logprobs_under_a_grammar(batched: BatchedLlamaCppBackend) -> None:
    from veilleur.types import ResponseFormat

    request = GenerationRequest(
        messages=(ChatMessage("user", "Give a JSON object with a name."),),
        sampling=GREEDY, logprobs=3, response_format=ResponseFormat("json_object"))
    text, deltas, _ = asyncio.run(run(batched, request))
    assert text.lstrip().startswith("{")
    # the raw model's distribution: the grammar may have drawn a token outside its top 3
    check_entries(text, deltas, 3)


def test_serial_backend_gives_the_same_shape(backend: Backend) -> None:
    text, deltas, _ = asyncio.run(run(backend, chat("Quelle est la capitale de l'Italie ?", 4)))
    entries = check_entries(text, deltas, 4)
    assert all(e.top[0].logprob == pytest.approx(e.logprob) for e in entries)
