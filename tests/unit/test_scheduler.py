"""The batching policy, without a model: admission, chunked prefill, prefix reuse, bounds."""

from __future__ import annotations

import threading

import pytest

from veilleur.engine.scheduler import (
    BATCH_ROWS_FROM,
    EXACT_MAX_SEQS,
    EXACT_MIN_TOKENS,
    BatchScheduler,
    Job,
    JobState,
    Piece,
    SchedulerConfig,
    StepPlan,
    common_prefix,
    prefill_batches,
    step_calls,
)
from veilleur.errors import ConfigError, EngineDeadError, EngineOverloadedError


def config(**overrides: int) -> SchedulerConfig:
    values = {"n_slots": 2, "n_ctx_slot": 256, "max_queue": 2, "prefill_chunk": 4}
    values.update(overrides)
    return SchedulerConfig(max_batch_tokens=values.pop("max_batch_tokens", 16), **values)


def job(prompt: range | list[int], max_new_tokens: int = 3) -> Job:
    return Job(tuple(prompt), max_new_tokens)


def run_step(s: BatchScheduler, token: int = 7, stopped: tuple[Job, ...] = ()) -> StepPlan:
    """Schedule a step and 'sample' `token` for every job whose piece asks for it."""
    plan = s.schedule()
    sampled = {p.job: token for p in plan.pieces if p.sample}
    s.commit(plan, sampled, stopped)
    return plan


def test_config_bounds_name_the_setting() -> None:
    with pytest.raises(ConfigError, match="n_slots=0"):
        SchedulerConfig(n_slots=0)
    with pytest.raises(ConfigError, match="prefill_chunk=600"):
        SchedulerConfig(prefill_chunk=600, max_batch_tokens=512)
    with pytest.raises(ConfigError, match="prefill_seqs=0"):
        SchedulerConfig(prefill_seqs=0)


def test_prompt_is_prefilled_in_aligned_chunks_then_decoded() -> None:
    s = BatchScheduler(config())
    j = job(range(1, 11))
    s.submit(j)
    shapes = [[(p.pos, len(p.tokens), p.sample) for p in run_step(s).pieces] for _ in range(3)]
    assert shapes == [[(0, 4, False)], [(4, 4, False)], [(8, 2, True)]]
    assert j.state is JobState.DECODE and j.generated == [7]
    plan = run_step(s)
    assert [(p.pos, p.tokens) for p in plan.decodes] == [(10, (7,))] and plan.prefills == ()


def test_one_prompt_per_step_with_prefill_seqs_1_decodes_in_slot_order() -> None:
    s = BatchScheduler(config(n_slots=4, max_queue=4, prefill_seqs=1))
    jobs = [job([i, i + 1], max_new_tokens=50) for i in range(1, 5)]
    for j in jobs:
        s.submit(j)
    plans = [run_step(s) for _ in range(4)]
    # admitted together, prefilled one per step in admission order
    assert [[p.job for p in plan.prefills] for plan in plans] == [[j] for j in jobs]
    s.cancel(jobs[1])  # a gap in the slots
    plan = run_step(s)
    assert [p.slot for p in plan.decodes] == sorted(j.slot for j in jobs if j is not jobs[1])


def test_prompts_admitted_together_advance_together_one_chunk_each() -> None:
    s = BatchScheduler(config(n_slots=4, max_queue=4, max_batch_tokens=64))
    jobs = [job(range(10 * i, 10 * i + 6), max_new_tokens=50) for i in range(1, 5)]
    for j in jobs:
        s.submit(j)
    first, second = run_step(s), run_step(s)
    # every prompt's first aligned chunk in step 1, its last (sampled) piece in step 2
    assert [(p.job, p.pos, len(p.tokens), p.sample) for p in first.prefills] == [
        (j, 0, 4, False) for j in jobs]
    assert [(p.job, p.pos, len(p.tokens), p.sample) for p in second.prefills] == [
        (j, 4, 2, True) for j in jobs]
    assert all(j.state is JobState.DECODE and j.generated == [7] for j in jobs)
    assert [p.job for p in run_step(s).decodes] == jobs and s.n_running == 4


def test_prefill_seqs_and_the_batch_bound_the_prompts_of_a_step() -> None:
    s = BatchScheduler(config(n_slots=4, max_queue=4, max_batch_tokens=64, prefill_seqs=3))
    jobs = [job(range(10 * i, 10 * i + 8)) for i in range(1, 5)]
    for j in jobs:
        s.submit(j)
    plan = run_step(s)
    assert [p.job for p in plan.prefills] == jobs[:3]  # the earliest admitted first
    s2 = BatchScheduler(config(n_slots=4, max_queue=4, max_batch_tokens=10))
    for j in (jobs2 := [job(range(10 * i, 10 * i + 8)) for i in range(1, 5)]):
        s2.submit(j)
    # 10 tokens a step: two 4-token chunks; the third would not fit. The earliest
    # admitted prompts finish first, then the others advance (none starves).
    steps = [[(p.job, p.pos) for p in run_step(s2).prefills] for _ in range(4)]
    assert steps == [[(jobs2[0], 0), (jobs2[1], 0)], [(jobs2[0], 4), (jobs2[1], 4)],
                     [(jobs2[2], 0), (jobs2[3], 0)], [(jobs2[2], 4), (jobs2[3], 4)]]


def test_a_chunk_larger_than_what_is_left_still_advances_the_first_prompt() -> None:
    s = BatchScheduler(config(n_slots=2, prefill_chunk=8, max_batch_tokens=8))
    jobs = [job(range(1, 17)), job(range(20, 36))]
    for j in jobs:
        s.submit(j)
    assert [[(p.job, p.pos) for p in run_step(s).prefills] for _ in range(4)] == [
        [(jobs[0], 0)], [(jobs[0], 8)], [(jobs[1], 0)], [(jobs[1], 8)]]


def test_prefill_batches_keep_each_chunk_in_its_shape_while_exactness_holds() -> None:
    jobs = [job([1]) for _ in range(16)]
    n = EXACT_MIN_TOKENS

    def piece(slot: int, length: int) -> Piece:
        return Piece(jobs[slot], slot, tuple(range(length)), 0, False)

    def shapes(decodes: list[Piece], prefills: list[Piece]) -> list[list[tuple[int, int]]]:
        return [[(p.slot, len(p.tokens)) for p in batch]
                for batch in prefill_batches(decodes, prefills)]

    pieces = [piece(4, n), piece(0, n), piece(1, n), piece(2, n + 1), piece(3, n + 1)]
    # consecutive slots of one length together; a new length starts a batch
    assert shapes([], pieces) == [[(0, n), (1, n)], [(2, n + 1), (3, n + 1)], [(4, n)]]
    # a gap in the slots, or chunks shorter than EXACT_MIN_TOKENS: alone
    assert shapes([], [piece(0, n), piece(2, n)]) == [[(0, n)], [(2, n)]]
    assert shapes([], [piece(0, n - 1), piece(1, n - 1)]) == [[(0, n - 1)], [(1, n - 1)]]
    assert prefill_batches([], []) == ()
    # more sequences in the step than llama.cpp keeps exact: one batch for every chunk,
    # a prompt's last token (whose logits are wanted) cut from its chunk
    decodes = [Piece(jobs[s], s, (1,), 5, True) for s in range(10, 16)]
    mixed = [piece(0, 3), piece(1, n), piece(2, 5)]
    assert len(decodes) + len(mixed) > EXACT_MAX_SEQS
    assert shapes(decodes, mixed) == [[(0, 3), (1, n), (2, 5)]]
    assert shapes(decodes[:4], mixed) == [[(0, 3)], [(1, n)], [(2, 5)]]
    ending = [Piece(jobs[0], 0, (7, 8, 9), 16, True), piece(1, n),
              Piece(jobs[2], 2, (4,), 3, True)]
    batches = prefill_batches(decodes, ending)
    assert [[(p.slot, p.tokens, p.pos, p.sample) for p in b] for b in batches] == [
        [(0, (7, 8), 16, False), (1, tuple(range(n)), 0, False)],
        [(0, (9,), 18, True), (2, (4,), 3, True)]]


def test_a_batched_step_computes_every_wanted_logit_in_one_call() -> None:
    """Beyond EXACT_MAX_SEQS sequences, the prompts' chunks but their last tokens go
    first, in one call without logits; the last tokens then go with the decode tokens,
    rows of one token that llama.cpp computes in one ubatch (one pass of the output
    head). While the step is exact: decode tokens one per call, then the chunk batches.
    Fewer than BATCH_ROWS_FROM rows: one per call."""
    jobs = [job([1]) for _ in range(16)]

    def calls(decodes: list[Piece], prefills: list[Piece]) -> list[list[tuple[int, int]]]:
        return [[(p.slot, len(p.tokens)) for p in call]
                for call in step_calls(decodes, prefill_batches(decodes, prefills))]

    decodes = [Piece(jobs[s], s, (1,), 9, True) for s in range(4, 10)]
    prompts = [Piece(jobs[s], s, tuple(range(length)), 0, sample)
               for s, length, sample in ((0, 12, True), (1, 16, False), (2, 15, True))]
    assert calls(decodes, prompts) == [
        [(0, 11), (1, 16), (2, 14)],
        [(0, 1), (2, 1), (4, 1), (5, 1), (6, 1), (7, 1), (8, 1), (9, 1)]]
    # 3 decodes + 5 prompts, 2 of which end: 5 rows, one per call, after the chunks
    many = [Piece(jobs[s], s, tuple(range(10)), 0, s < 2) for s in range(5)]
    assert calls(decodes[:3], many)[0] == [(0, 9), (1, 9), (2, 10), (3, 10), (4, 10)]
    assert calls(decodes[:3], many)[1:] == [[(0, 1)], [(1, 1)], [(4, 1)], [(5, 1)], [(6, 1)]]
    # exact: each decode alone, then the chunk batches as prefill_batches made them
    assert calls(decodes[:2], prompts) == [[(4, 1)], [(5, 1)], [(0, 12)], [(1, 16)], [(2, 15)]]
    # decode tokens alone in the step: one call from BATCH_ROWS_FROM on
    assert calls(decodes[:2] + [Piece(jobs[s], s, (1,), 9, True) for s in range(10, 16)],
                 []) == [[(s, 1) for s in (4, 5, *range(10, 16))]]
    few = [Piece(jobs[s], s, (1,), 9, True) for s in range(BATCH_ROWS_FROM - 1)]
    assert calls(few, []) == [[(s, 1)] for s in range(BATCH_ROWS_FROM - 1)]


def test_chunks_computed_in_a_mixed_batch_are_not_counted_as_exact() -> None:
    """A chunk that llama.cpp computed cut along with shorter ones is not in its shape
    alone: the slot does not count it among its exact (canonical) cells, so the same
    prompt later is either recomputed or reused knowingly as inexact (the rule for a
    prefix longer than the exact cells by a chunk), never taken for exact."""

    def replay(short_prompts: int) -> int:
        s = BatchScheduler(config(n_slots=8, max_queue=8, prefill_chunk=8,
                                  max_batch_tokens=128, n_ctx_slot=256))
        first = job(range(0, 20), max_new_tokens=1)
        others = [job([200 + i, 201 + i, 202 + i], max_new_tokens=1)
                  for i in range(short_prompts)]
        for j in (first, *others):
            s.submit(j)
        plan = run_step(s)
        # 8 sequences: the chunks in one batch, the prompts' last tokens in another
        assert len(plan.prefill_batches) == (2 if short_prompts == 7 else 1 + short_prompts)
        while any(j.state is not JobState.DONE for j in (first, *others)):
            run_step(s)
        again = job(range(0, 20), max_new_tokens=1)
        s.submit(again)
        s.schedule()
        assert again.slot == first.slot
        return again.cached

    # alone, its two whole chunks are exact: 16 reused, the rest recomputed
    assert replay(0) == 16
    # with 7 short prompts in its first step (8 sequences > EXACT_MAX_SEQS: one mixed
    # batch), nothing is exact: the 19-token prefix is reused as an inexact one
    assert replay(7) == 19


def test_prefill_is_chunked_while_another_job_decodes() -> None:
    s = BatchScheduler(config())
    first, long = job([1, 2], max_new_tokens=50), job(range(100, 130))
    s.submit(first)
    run_step(s)  # first is decoding now
    s.submit(long)
    for _ in range(3):
        plan = run_step(s)
        sizes = {p.job is first: len(p.tokens) for p in plan.pieces}
        assert sizes == {True: 1, False: 4}  # one decode token, a 4-token prefill chunk


def test_max_new_tokens_ends_with_length_and_frees_the_slot() -> None:
    s = BatchScheduler(config(n_slots=1))
    j = job([1, 2, 3], max_new_tokens=2)
    s.submit(j)
    run_step(s)
    plan = s.schedule()
    ended = s.commit(plan, {j: 9})
    assert ended == [j] and j.end_reason == "length" and j.generated == [7, 9]
    assert s.n_running == 0
    # The KV cells hold the prompt and the first generated token (the last one was
    # never decoded).
    assert s.slot_tokens(0) == (1, 2, 3, 7)


def test_context_window_bounds_the_answer() -> None:
    s = BatchScheduler(config(n_slots=1, n_ctx_slot=64))
    j = job(range(1, 63), max_new_tokens=100)
    s.submit(j)
    while j.state is not JobState.DONE:
        run_step(s)
    assert j.end_reason == "length" and len(j.generated) == 2


def test_stop_from_the_executor_ends_the_job() -> None:
    s = BatchScheduler(config())
    j = job([1, 2], max_new_tokens=10)
    s.submit(j)
    plan = s.schedule()
    assert s.commit(plan, {j: 1}, stopped={j}) == [j]
    assert j.end_reason == "stop"


def test_queue_is_bounded_by_free_slots_plus_max_queue() -> None:
    s = BatchScheduler(config(n_slots=2, max_queue=2))
    for _ in range(4):
        s.submit(job([1]))
    with pytest.raises(EngineOverloadedError) as caught:
        s.submit(job([1]))
    assert caught.value.retry_after >= 1
    run_step(s)  # two are admitted: the queue holds two, which is its bound
    assert (s.n_running, s.n_waiting) == (2, 2)
    with pytest.raises(EngineOverloadedError):
        s.submit(job([1]))


def test_admission_is_fifo() -> None:
    s = BatchScheduler(config(n_slots=1, max_queue=8))
    jobs = [job([i, i + 1], max_new_tokens=1) for i in range(1, 6)]
    for j in jobs:
        s.submit(j)
    order = []
    while any(j.state is not JobState.DONE for j in jobs):
        plan = run_step(s)
        order += [p.job for p in plan.pieces if p.job not in order]
    assert order == jobs


def test_cancel_ends_running_and_waiting_jobs_at_the_next_step() -> None:
    s = BatchScheduler(config(n_slots=1))
    running, waiting = job([1, 2], 10), job([3, 4], 10)
    s.submit(running)
    s.submit(waiting)
    run_step(s)
    s.cancel(running)
    s.cancel(waiting)
    assert s.n_waiting == 0  # the queue place is free before the executor's next step
    plan = s.schedule()
    assert set(plan.ended) == {running, waiting} and plan.pieces == ()
    assert running.end_reason == waiting.end_reason == "cancelled"
    s.cancel(running)  # idempotent


def test_next_turn_reuses_the_slot_holding_its_prefix() -> None:
    s = BatchScheduler(config(n_slots=3, max_batch_tokens=64))
    turn1 = job(range(1, 41), max_new_tokens=10)
    s.submit(turn1)
    while turn1.state is not JobState.DONE:
        run_step(s)
    slot = turn1.slot
    other = job(range(500, 520), max_new_tokens=1)
    s.submit(other)
    while other.state is not JobState.DONE:
        run_step(s)
    assert other.slot != slot  # the idle slot with the conversation is kept for it
    turn2 = job([*range(1, 41), *[7] * 9, 99, 100, 101])
    s.submit(turn2)
    plan = s.schedule()
    # the prompt and the answer (9 decoded tokens: more than a chunk) are reused
    assert turn2.slot == slot and turn2.cached == 49
    assert (slot, 49) in plan.trims or len(s.slot_tokens(slot)) == 49
    assert [(p.pos, len(p.tokens)) for p in plan.prefills] == [(49, 3)]


def test_new_jobs_keep_the_busy_slots_together() -> None:
    """llama.cpp's attention spans every KV stream between the lowest and the highest busy
    slot, so unrelated prompts take the free slots next to the busy ones rather than the
    least recently used ones far away."""
    s = BatchScheduler(config(n_slots=8, max_batch_tokens=64, max_queue=8))
    first = [job(range(100 * i, 100 * i + 9), max_new_tokens=1) for i in range(1, 5)]
    for j in first:
        s.submit(j)
    while any(j.state is not JobState.DONE for j in first):
        run_step(s)
    assert sorted(j.slot for j in first) == [0, 1, 2, 3]
    turn2 = job([*range(100, 109), 7, 55, 56], max_new_tokens=50)  # reuses its prefix
    s.submit(turn2)
    run_step(s)
    assert turn2.slot == first[0].slot
    others = [job(range(900 + 10 * i, 905 + 10 * i)) for i in range(3)]
    for j in others:
        s.submit(j)
    run_step(s)
    slots = {turn2.slot, *(j.slot for j in others)}
    assert max(slots) - min(slots) == 3  # four neighbouring slots, not 0 and 4–6


def test_reuse_shorter_than_a_chunk_past_whole_chunks_is_recomputed() -> None:
    """Only KV cells computed in whole aligned chunks are reused for a small gain, so the
    answer is the one a fresh slot would give (batch-invariant numbers)."""
    s = BatchScheduler(config(n_slots=1))
    first = job(range(5, 15), max_new_tokens=1)
    s.submit(first)
    while first.state is not JobState.DONE:
        run_step(s)
    again = job(range(5, 15), max_new_tokens=1)
    s.submit(again)
    plan = run_step(s)
    assert again.cached == 8 and plan.trims == ((0, 8),)
    assert [(p.pos, len(p.tokens)) for p in plan.prefills] == [(8, 2)]


def test_a_short_shared_opening_is_not_reused() -> None:
    s = BatchScheduler(config(n_slots=1))
    a, b = job([1, 2, 3, 10, 11]), job([1, 2, 3, 20, 21])
    for j in (a, b):
        s.submit(j)
        while j.state is not JobState.DONE:
            run_step(s)
    assert b.cached == 0


def test_fail_frees_the_slot_and_forgets_its_cells() -> None:
    s = BatchScheduler(config(n_slots=1))
    j = job([1, 2, 3], 10)
    s.submit(j)
    run_step(s)
    s.fail([j])
    assert j.state is JobState.DONE and s.n_running == 0
    assert s.schedule().trims == ((0, 0),)


def test_close_refuses_new_jobs_and_wakes_the_executor() -> None:
    s = BatchScheduler(config())
    s.submit(job([1]))
    woke = threading.Event()

    def executor() -> None:
        while s.wait_for_work():
            s.schedule()
        woke.set()

    thread = threading.Thread(target=executor)
    thread.start()
    left = s.close()
    thread.join(timeout=120)  # generous: the event is `woke`; this only bounds a hang
    assert woke.is_set(), "close() did not wake the executor within 120 s"
    assert len(left) <= 1
    with pytest.raises(EngineDeadError):
        s.submit(job([1]))


@pytest.mark.parametrize(
    ("a", "b", "n"),
    [((), (1,), 0), ((1, 2, 3), (1, 2, 4), 2), ((1, 2), [1, 2, 3], 2), ((5,), (6,), 0)],
)
def test_common_prefix(a: tuple[int, ...], b: tuple[int, ...], n: int) -> None:
    assert common_prefix(a, b) == n


# --- prefixes shared across slots ---------------------------------------------------------

def sharing(**overrides: int) -> BatchScheduler:
    values = {"n_slots": 4, "max_queue": 4, "prefill_chunk": 8, "max_batch_tokens": 64,
              "n_ctx_slot": 512}
    values.update(overrides)
    return BatchScheduler(config(**values))


def computed(plans: list[StepPlan], j: Job) -> int:
    """Prompt tokens of `j` that the steps computed (not copied)."""
    return sum(len(p.tokens) for plan in plans for p in plan.prefills if p.job is j)


def test_prompts_that_arrive_together_compute_their_common_opening_once() -> None:
    s = sharing()
    opening = list(range(1000, 1100))  # 100 tokens, more than copy_worth (64)
    a, b = job([*opening, 1, 2, 3], max_new_tokens=50), job([*opening, 4, 5], max_new_tokens=50)
    s.submit(a)
    s.submit(b)
    plans = [run_step(s) for _ in range(16)]
    assert b.state is JobState.DECODE
    copies = [c for plan in plans for c in plan.copies]
    # b waited while a computed the opening, then took a copy of its whole chunks
    assert copies == [(a.slot, b.slot, 96)]
    assert computed(plans, a) == 103 and computed(plans, b) == 6
    assert b.cached == 96 and s.stats()["prefix_cache_hit_tokens"] == 96
    assert s.slot_tokens(b.slot)[:96] == tuple(opening[:96])


def test_a_prefix_held_by_a_busy_slot_is_copied_not_recomputed() -> None:
    s = sharing()
    history = list(range(2000, 2090))
    first = job(history, max_new_tokens=50)
    s.submit(first)
    while first.state is not JobState.DECODE:
        run_step(s)
    follow = job([*history, *first.generated, 7, 8, 9])  # e.g. an `n > 1` twin, later
    s.submit(follow)
    plan = run_step(s)
    assert follow.slot != first.slot
    assert plan.copies == ((first.slot, follow.slot, 88),)  # 11 whole 8-token chunks
    assert [(p.pos, p.pos + len(p.tokens)) for p in plan.prefills if p.job is follow] == [
        (88, len(follow.prompt))]


def test_a_short_common_opening_is_computed_by_each_prompt() -> None:
    s = sharing()
    a, b = job([*range(1, 41), 1, 2]), job([*range(1, 41), 3, 4])  # 40 < copy_worth
    s.submit(a)
    s.submit(b)
    plans = [run_step(s) for _ in range(6)]
    assert not any(plan.copies for plan in plans)
    assert computed(plans, a) == 42 and computed(plans, b) == 42


def test_identical_prompts_share_all_but_their_last_piece() -> None:
    """The choices of an `n > 1` request: one computes the prompt, the others copy its
    whole chunks and compute only the last piece (whose logits they sample)."""
    s = sharing()
    prompt = list(range(3000, 3150))
    jobs = [job(prompt, max_new_tokens=50) for _ in range(3)]
    for j in jobs:
        s.submit(j)
    plans = [run_step(s) for _ in range(25)]
    assert all(j.state is JobState.DECODE for j in jobs)
    assert [computed(plans, j) for j in jobs] == [150, 6, 6]
    # the third waited for the second's last piece, then copied from either


def test_a_prompt_does_not_wait_for_one_that_shares_only_a_token_further_on() -> None:
    s = sharing()
    probe = s.copy_worth - 1
    a = job([*range(1, 11), *range(500, 500 + probe - 10), 42, *range(700, 720)])
    b = job([*range(1, 11), *range(900, 900 + probe - 10), 42, *range(800, 820)])
    assert a.prompt[probe] == b.prompt[probe] == 42 and common_prefix(a.prompt, b.prompt) == 10
    s.submit(a)
    s.submit(b)
    plan = run_step(s)
    assert [p.job for p in plan.prefills] == [a, b]  # b computes its own opening at once
