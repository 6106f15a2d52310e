"""Continuous batching: which tokens of which requests go into the next llama.cpp batch.

The scheduler is pure policy: it never touches llama.cpp. An executor (the engine thread
of `BatchedLlamaCppBackend`) drives it in a loop::

    plan = scheduler.schedule()        # admit, cancel, pick this step's tokens
    apply plan.trims, decode plan.pieces, sample where piece.sample
    scheduler.commit(plan, sampled, stopped)   # advance; returns who finished

A request (`Job`) lives through these states::

    submit() ──► WAITING ──► PREFILL ──► DECODE ──► DONE
                 (bounded,    (prompt in   (one token   (slot idle; its tokens stay
                  per-tenant   chunks)      per step)    cached for prefix reuse)
                  FIFOs)

Fair admission. Each waiting job belongs to a tenant (the user it runs for; None is one
tenant: the requests without an owner) and waits in its tenant's FIFO queue. A free slot
goes to the tenant holding the fewest slots, ties to the one admitted least recently,
so one user who queues 50 requests does not make another's single request wait behind
them: it takes the next slot that frees (`SchedulerConfig.fair=False`: one FIFO queue).

Each slot is one llama.cpp sequence id. A slot remembers the tokens whose KV cells it
holds, so a new request goes to the idle slot sharing the longest prefix with its prompt
(the previous turn of the same conversation) and only the rest is computed.

Prefixes are shared across slots too. When another slot, busy or idle, holds a longer
prefix of a prompt being prefilled (a system prompt or few-shot frame every conversation
starts with, the previous turn of a conversation whose slot was taken, the other choices
of an `n > 1` request), its cells are copied (`StepPlan.copies`: llama.cpp copies the
whole KV stream, then the slot is trimmed to the shared prefix) instead of computed
again, when that saves at least `copy_worth` tokens. A prompt whose next tokens an
earlier admitted prompt is about to compute waits for them rather than computing them
too: prompts that arrive together with one long common opening compute it once.

Batch invariance. llama.cpp's CPU kernels give a token slightly different numbers
depending on the shape of the ubatch it is computed in, and after 18 layers of 8-bit
activations "slightly" is up to ~1 logit (docs/benchmarks.md). So that a request's
output does not depend on what else runs, the policy keeps every sequence's shapes fixed:
one token per decode step, and its prompt in chunks aligned on multiples of
`prefill_chunk` (positions 0…C-1, C…2C-1, …), one chunk per sequence per step. Several
prompts advance in one step (up to `prefill_seqs`, within `max_batch_tokens`), so the
weights are read once for several of them: chunks of one length (at least
`EXACT_MIN_TOKENS`) in consecutive slots go to llama.cpp as one batch, which it computes
as one ubatch, each sequence's attention in its own KV stream and every chunk in the
numbers it has alone (measured: `tests/unit/test_scheduler_backend.py`); other chunks go
alone. Once a step holds more than `EXACT_MAX_SEQS` sequences, llama.cpp's decode batch
already takes kernels whose numbers differ from a sequence alone, and the step's chunks
all go in one batch, which llama.cpp cuts into ubatches of equal length per sequence,
but for the prompts' last tokens: those go with the decode tokens, rows of one token in
one ubatch, so that the output head runs once for every logit the step wants (fastest,
not exact: `prefill_batches`, `step_calls`). A slot
records how many leading tokens it holds in such whole aligned chunks (`canonical`):
reusing those is exact. A prefix longer than that by at least one chunk (the next turn of
a conversation: the previous answer was decoded token by token) is reused anyway, which
is fast but not bit-identical to computing it afresh.
"""

from __future__ import annotations

import enum
import threading
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from veilleur.errors import ConfigError, EngineDeadError, EngineOverloadedError

__all__ = [
    "BATCH_ROWS_FROM",
    "EXACT_MAX_SEQS",
    "EXACT_MIN_TOKENS",
    "BatchScheduler",
    "Job",
    "JobState",
    "Piece",
    "Scheduler",
    "SchedulerConfig",
    "StepPlan",
    "common_prefix",
    "prefill_batches",
    "step_calls",
]

EndReason = Literal["stop", "length", "cancelled"]


@dataclass(frozen=True, slots=True)
class SchedulerConfig:
    """Sizes of the batch. Validated on construction (`ConfigError` names the fix).

    Attributes:
        n_slots: sequences decoded together (llama.cpp `n_seq_max`).
        n_ctx_slot: context window of each sequence, prompt and answer together.
        max_queue: requests allowed to wait for a slot; more are refused (503).
        prefill_chunk: prompt tokens per prefill step, aligned on multiples of this
            value, so a long prompt delays the running streams' next token by one short
            step, not by its whole prefill. The default keeps one chunk at about the cost
            of one decode step of four streams on a 2-core laptop (docs/benchmarks.md).
        max_batch_tokens: size of the llama.cpp batch (`n_batch`); it must hold one
            decode token per slot and one prefill chunk. It also bounds the prefill
            tokens of one step (all prompts together), hence how long a step that
            admits many prompts delays the running streams.
        prefill_seqs: prompts advanced in one step, each by its next aligned chunk
            (earliest admitted first); 1 prefills one prompt per step.
        fair: admit fairly across tenants (see the module docstring); False: in
            submission order, whoever the jobs are for.
    """

    n_slots: int = 4
    n_ctx_slot: int = 2048
    max_queue: int = 16
    prefill_chunk: int = 16
    max_batch_tokens: int = 512
    prefill_seqs: int = 16
    fair: bool = True

    def __post_init__(self) -> None:
        _check("n_slots", self.n_slots, 1, 256)
        _check("n_ctx_slot", self.n_ctx_slot, 64, 1 << 20)
        _check("max_queue", self.max_queue, 0, 1 << 16)
        _check("max_batch_tokens", self.max_batch_tokens, self.n_slots, 1 << 16)
        _check("prefill_chunk", self.prefill_chunk, 1, self.max_batch_tokens)
        _check("prefill_seqs", self.prefill_seqs, 1, 256)


def _check(name: str, value: int, low: int, high: int) -> None:
    if not low <= value <= high:
        raise ConfigError(f"{name}={value!r} is out of range; choose a value in [{low}, {high}]")


class JobState(enum.Enum):
    WAITING = "waiting"
    PREFILL = "prefill"
    DECODE = "decode"
    DONE = "done"


@dataclass(eq=False)
class Job:
    """One generation request, as the scheduler sees it.

    `payload` is the executor's (sampler, output sink…); the scheduler never reads it.
    `tenant` is whom the job runs for (fair admission; None: no owner). The fields after
    `tenant` belong to the scheduler; read them, don't write them.
    """

    prompt: tuple[int, ...]
    max_new_tokens: int
    payload: Any = None
    tenant: str | None = None
    state: JobState = JobState.WAITING
    slot: int | None = None
    prefilled: int = 0  # prompt tokens whose KV is in the slot (reused ones included)
    cached: int = 0  # prompt tokens reused from the slot's previous occupant
    generated: list[int] = field(default_factory=list)
    cancelled: bool = False
    end_reason: EndReason | None = None

    def __post_init__(self) -> None:
        if not self.prompt:
            raise ValueError("a Job needs at least one prompt token")
        self.prompt = tuple(self.prompt)


@dataclass(frozen=True, slots=True)
class Piece:
    """Consecutive tokens of one job at positions `pos`… in sequence `slot`."""

    job: Job
    slot: int
    tokens: tuple[int, ...]
    pos: int
    sample: bool  # the logits of the last token are wanted: sample the job's next token


@dataclass(frozen=True, slots=True)
class StepPlan:
    """What the executor does in one step, in this order.

    1. tell `ended` jobs (cancelled while waiting or running) that they are over;
    2. for each `(slot, keep)` in `trims`, drop the slot's KV cells at positions ≥ keep;
       then for each `(source, slot, keep)` in `copies`, in order, replace the slot's
       cells by a copy of the source slot's and drop those at positions ≥ keep;
    3. decode each batch of `calls`, in order, with one `llama_decode` each, and sample
       every job whose piece has `sample` (a decode token, or a prompt's last token).

    `decodes` are the decoding jobs' tokens (one each, in slot order) and
    `prefill_batches` the prompt pieces (the next aligned chunk of several jobs, in slot
    order, grouped as llama.cpp computes them; a chunk may come as two pieces, its last
    token apart: see `step_calls`); `calls` holds them all (`step_calls`).
    """

    ended: tuple[Job, ...] = ()
    trims: tuple[tuple[int, int], ...] = ()
    decodes: tuple[Piece, ...] = ()
    prefill_batches: tuple[tuple[Piece, ...], ...] = ()
    copies: tuple[tuple[int, int, int], ...] = ()
    calls: tuple[tuple[Piece, ...], ...] = ()

    @property
    def prefills(self) -> tuple[Piece, ...]:
        """The prefill chunks of the step, in slot order."""
        return tuple(sorted((p for batch in self.prefill_batches for p in batch),
                            key=lambda p: p.slot))

    @property
    def pieces(self) -> tuple[Piece, ...]:
        """Every piece of the step: the decode tokens, then the prefill chunks."""
        return (*self.decodes, *self.prefills)

    @property
    def n_tokens(self) -> int:
        return sum(len(p.tokens) for p in self.pieces)


class Scheduler(ABC):
    """Continuous batching policy. Contract:

    * `submit` and `cancel` may be called from any thread; everything else only from the
      one executor thread, which alternates `schedule` and `commit`.
    * Admission is FIFO within a tenant: a job gets a slot before any job of its tenant
      submitted after it. Across tenants it is fair: a free slot goes to the waiting
      tenant holding the fewest slots, ties to the one admitted least recently (with
      `fair=False`, FIFO across everyone). The prompts being prefilled advance in
      admission order, so no job starves.
    * A step holds one token of every decoding job and the next `prefill_chunk`-aligned
      piece of each of the earliest admitted jobs still prefilling: at most
      `prefill_seqs` of them and `max_batch_tokens` prefill tokens in all (always at
      least one piece when a job is prefilling).
    * The waiting queue is bounded: `submit` raises `EngineOverloadedError` rather than
      let it grow; `EngineDeadError` once `close` was called.
    * A cancelled job leaves at the next `schedule` (listed in `StepPlan.ended`).
    * A job ends with reason ``length`` after `max_new_tokens` tokens or when its slot's
      context is full, ``stop`` when the executor says so in `commit`, ``cancelled``.
    """

    @abstractmethod
    def submit(self, job: Job) -> None:
        """Queue `job` for a slot, or raise `EngineOverloadedError` / `EngineDeadError`."""

    @abstractmethod
    def cancel(self, job: Job) -> None:
        """Ask `job` to stop; idempotent, harmless on a finished job."""

    @abstractmethod
    def schedule(self) -> StepPlan:
        """Admit waiting jobs into free slots and choose the tokens of the next step."""

    @abstractmethod
    def commit(
        self, plan: StepPlan, sampled: Mapping[Job, int], stopped: Collection[Job] = ()
    ) -> list[Job]:
        """Record that `plan` was decoded and `sampled` tokens drawn.

        `stopped` jobs end with reason ``stop`` (end of generation, stop sequence).
        Returns the jobs that ended in this step, their `end_reason` set.
        """

    @abstractmethod
    def fail(self, jobs: Collection[Job]) -> None:
        """End `jobs` after an error: free their slots and forget what those slots held."""

    @abstractmethod
    def wait_for_work(self, timeout: float | None = None) -> bool:
        """Block until there is something to schedule; False on timeout or after `close`."""

    @abstractmethod
    def close(self) -> list[Job]:
        """Refuse new jobs; return every job not yet done (the executor ends them)."""


class BatchScheduler(Scheduler):
    """The default policy: fair admission across tenants (FIFO within each),
    longest-prefix slot choice, chunked prefill."""

    def __init__(self, config: SchedulerConfig):
        self.config = config
        self._lock = threading.Condition()
        # One FIFO per tenant with jobs waiting (a tenant leaves when its queue empties).
        self._queues: dict[str | None, deque[Job]] = {}
        self._n_waiting = 0
        self._admissions = 0  # slots given so far; a tenant's last one orders ties
        self._last_admitted: dict[str | None, int] = {}
        self._running: list[Job] = []  # admission order
        self._slot_tokens: list[list[int]] = [[] for _ in range(config.n_slots)]
        # leading tokens of each slot computed in whole aligned chunks (exact to reuse)
        self._slot_canonical: list[int] = [0] * config.n_slots
        self._slot_used: list[int] = [0] * config.n_slots  # step of last use, for LRU ties
        self._pending_trims: list[tuple[int, int]] = []
        self._pending_copies: list[tuple[int, int, int]] = []
        # prefix tokens a copy from another slot must save (a copy moves the whole KV
        # stream of a slot: its cost grows with the slot's window, not with the gain)
        self.copy_worth = max(_MIN_COPY_WORTH, config.n_ctx_slot // 128)
        self._cancelled_waiting: list[Job] = []
        self._step = 0
        self._closed = False
        self._prefix_hits = 0  # admissions that kept some of their slot's cells
        self._prefix_hit_tokens = 0  # prompt tokens those admissions did not recompute

    # --- any thread ---------------------------------------------------------------------
    def submit(self, job: Job) -> None:
        with self._lock:
            if self._closed:
                raise EngineDeadError("the engine is shut down")
            free = self.config.n_slots - len(self._running)
            if self._n_waiting >= self.config.max_queue + max(0, free):
                waiting = self._n_waiting
                raise EngineOverloadedError(
                    f"{waiting} requests are already waiting for the model; retry shortly",
                    retry_after=max(1, waiting // self.config.n_slots),
                )
            self._queues.setdefault(self._tenant(job), deque()).append(job)
            self._n_waiting += 1
            self._lock.notify_all()

    def cancel(self, job: Job) -> None:
        with self._lock:
            if job.state is not JobState.DONE and not job.cancelled:
                job.cancelled = True
                if self._unqueue(job):  # its place in the queue is free at once
                    self._cancelled_waiting.append(job)
                self._lock.notify_all()

    @property
    def n_waiting(self) -> int:
        """Jobs submitted but not yet given a slot."""
        return self._n_waiting

    @property
    def n_running(self) -> int:
        """Jobs holding a slot."""
        return len(self._running)

    # --- executor thread ----------------------------------------------------------------
    def wait_for_work(self, timeout: float | None = None) -> bool:
        with self._lock:
            return (
                self._lock.wait_for(
                    lambda: (
                        self._closed
                        or bool(self._n_waiting or self._running or self._cancelled_waiting)
                    ),
                    timeout,
                )
                and not self._closed
            )

    def schedule(self) -> StepPlan:
        with self._lock:
            self._step += 1
            ended = self._drop_cancelled()
            self._admit()
            waiting = self._share_prefixes()
            trims, copies = tuple(self._pending_trims), tuple(self._pending_copies)
            self._pending_trims.clear()
            self._pending_copies.clear()
            decodes, prefills = self._pick_tokens(waiting)
            batches = prefill_batches(decodes, prefills)
            return StepPlan(ended=tuple(ended), trims=trims, decodes=decodes,
                            prefill_batches=batches, copies=copies,
                            calls=step_calls(decodes, batches))

    def commit(
        self, plan: StepPlan, sampled: Mapping[Job, int], stopped: Collection[Job] = ()
    ) -> list[Job]:
        ended: list[Job] = []
        # chunks computed in llama.cpp's split of a mixed batch: not their shape alone
        mixed = {piece for batch in plan.prefill_batches if not _exact(batch)
                 for piece in batch}
        with self._lock:
            for piece in plan.pieces:
                job = piece.job
                if job.state is JobState.DONE:  # failed during the step
                    continue
                slot = piece.slot
                if (
                    job.state is JobState.PREFILL
                    and len(piece.tokens) == self.config.prefill_chunk
                    and piece not in mixed
                    and self._slot_canonical[slot] == len(self._slot_tokens[slot])
                ):
                    self._slot_canonical[slot] += len(piece.tokens)
                self._slot_tokens[slot].extend(piece.tokens)
                if job.state is JobState.PREFILL:
                    job.prefilled += len(piece.tokens)
                    if job.prefilled == len(job.prompt):
                        job.state = JobState.DECODE
                if not piece.sample or job not in sampled:
                    continue
                job.generated.append(sampled[job])
                reason = self._end_reason(job, job in stopped)
                if reason is not None:
                    self._finish(job, reason)
                    ended.append(job)
        return ended

    def fail(self, jobs: Collection[Job]) -> None:
        with self._lock:
            for job in jobs:
                if job.state is JobState.DONE:
                    continue
                if job.slot is not None:
                    self._slot_tokens[job.slot] = []
                    self._slot_canonical[job.slot] = 0
                    self._pending_trims.append((job.slot, 0))
                self._unqueue(job)
                self._finish(job, "cancelled")

    def close(self) -> list[Job]:
        with self._lock:
            self._closed = True
            waiting = [job for queue in self._queues.values() for job in queue]
            left = [*self._running, *waiting, *self._cancelled_waiting]
            self._running.clear()
            self._queues.clear()
            self._n_waiting = 0
            self._cancelled_waiting.clear()
            self._lock.notify_all()
            return left

    def stats(self) -> dict[str, int]:
        """Queue, slots, KV cells and prefix reuse now (the keys of `Backend.stats`)."""
        with self._lock:
            return {
                "queue_depth": self._n_waiting,
                "busy_slots": len(self._running),
                "slots": self.config.n_slots,
                "kv_cache_used_cells": sum(len(tokens) for tokens in self._slot_tokens),
                "kv_cache_cells": self.config.n_slots * self.config.n_ctx_slot,
                "prefix_cache_hits": self._prefix_hits,
                "prefix_cache_hit_tokens": self._prefix_hit_tokens,
            }

    def slot_tokens(self, slot: int) -> tuple[int, ...]:
        """Tokens whose KV cells `slot` holds, positions 0…n-1 (for tests and stats)."""
        with self._lock:
            return tuple(self._slot_tokens[slot])

    # --- internals (lock held) ----------------------------------------------------------
    def _drop_cancelled(self) -> list[Job]:
        ended = [*self._cancelled_waiting, *(job for job in self._running if job.cancelled)]
        self._cancelled_waiting.clear()
        for job in ended:
            self._finish(job, "cancelled")
        return ended

    def _admit(self) -> None:
        busy = {j.slot for j in self._running}
        free = [s for s in range(self.config.n_slots) if s not in busy]
        while self._n_waiting and free:
            job = self._next_waiting()
            # A long reusable prefix first (a conversation's earlier turns, a shared system
            # prompt); then the slot that keeps the busy slots closest together: llama.cpp's
            # attention over per-sequence KV streams spans every stream between the lowest
            # and the highest busy slot (8 streams: 157 tok/s on neighbouring slots; about
            # 100 tok/s once least-recently-used choice had spread them over slots 0–15,
            # `python -m bench.probe rounds`), which costs more over an answer than
            # recomputing a short prefix once; then a short prefix; then the least recently
            # used slot.
            slot = max(free, key=lambda s, p=job.prompt: self._slot_rank(s, p, busy))
            free.remove(slot)
            busy.add(slot)
            reuse = self._reusable(slot, job.prompt)
            if len(self._slot_tokens[slot]) > reuse:
                del self._slot_tokens[slot][reuse:]
                self._pending_trims.append((slot, reuse))
            self._slot_canonical[slot] = min(self._slot_canonical[slot], reuse)
            job.slot, job.prefilled, job.cached = slot, reuse, reuse
            if reuse:
                self._prefix_hits += 1
                self._prefix_hit_tokens += reuse
            job.state = JobState.PREFILL
            self._slot_used[slot] = self._step
            self._running.append(job)

    def _share_prefixes(self) -> set[Job]:
        """Copy into each prefilling job's slot the longest prefix of its prompt that
        another slot holds, when that saves at least `copy_worth` tokens; return the
        jobs that wait for a leader instead (they compute nothing this step).

        A job that copies cannot have to wait afterwards: a leader that would compute
        more of its prompt would have made it wait before the copy."""
        earlier: list[Job] = []  # the prompts still prefilling, in admission order
        waiting: set[Job] = set()
        for job in self._running:
            if job.state is not JobState.PREFILL or job.slot is None:
                continue
            earlier.append(job)
            if self._waits_for_leader(job, earlier[:-1]):
                waiting.add(job)  # copy once the leader has computed all it can give
                continue
            probe = job.prefilled + self.copy_worth - 1  # a donor must hold this token
            if probe >= len(job.prompt) - 1:
                continue
            best, donor = job.prefilled + self.copy_worth - 1, None
            for slot, tokens in enumerate(self._slot_tokens):
                if (slot != job.slot and len(tokens) > probe
                        and tokens[probe] == job.prompt[probe]):
                    reuse = self._reusable(slot, job.prompt)
                    if reuse > best:
                        best, donor = reuse, slot
            if donor is None:
                continue
            dst = job.slot
            self._pending_copies.append((donor, dst, best))
            self._slot_tokens[dst] = self._slot_tokens[donor][:best]
            self._slot_canonical[dst] = min(self._slot_canonical[donor], best)
            self._prefix_hits += 1
            self._prefix_hit_tokens += best - job.prefilled
            job.cached += best - job.prefilled
            job.prefilled = best
        return waiting

    def _waits_for_leader(self, job: Job, earlier: Sequence[Job]) -> bool:
        """Whether an earlier admitted prompt still prefilling has yet to compute a
        prefix of `job`'s prompt that would save `job` `copy_worth` tokens or more: then
        `job` waits, and copies that prefix once it is computed."""
        needed = job.prefilled + self.copy_worth
        probe = needed - 1  # a leader must share this token
        if probe >= len(job.prompt) - 1:
            return False
        for leader in earlier:
            prompt = leader.prompt
            if len(prompt) > probe and prompt[probe] == job.prompt[probe]:
                shared = min(common_prefix(prompt, job.prompt), len(job.prompt) - 1)
                if shared >= needed and leader.prefilled < shared:
                    return True
        return False

    def _tenant(self, job: Job) -> str | None:
        """The queue `job` waits in: its tenant's, or the one shared queue when not fair."""
        return job.tenant if self.config.fair else None

    def _next_waiting(self) -> Job:
        """Take the job that gets the next free slot (the head of the chosen queue)."""
        held: dict[str | None, int] = {}
        for running in self._running:
            held[self._tenant(running)] = held.get(self._tenant(running), 0) + 1
        tenant = min(self._queues, key=lambda t: (held.get(t, 0),
                                                  self._last_admitted.get(t, -1)))
        queue = self._queues[tenant]
        job = queue.popleft()
        if not queue:
            del self._queues[tenant]
        self._n_waiting -= 1
        self._admissions += 1
        self._last_admitted[tenant] = self._admissions
        if len(self._last_admitted) > _TENANTS_REMEMBERED:  # forget who waits no more
            self._last_admitted = {t: n for t, n in self._last_admitted.items()
                                   if t in self._queues or t == tenant}
        return job

    def _unqueue(self, job: Job) -> bool:
        """Remove `job` from its waiting queue; False when it was not waiting."""
        queue = self._queues.get(self._tenant(job))
        if queue is None or job not in queue:
            return False
        queue.remove(job)
        if not queue:
            del self._queues[self._tenant(job)]
        self._n_waiting -= 1
        return True

    def _slot_rank(self, slot: int, prompt: tuple[int, ...],
                   busy: set[int]) -> tuple[int, int, int, int]:
        reuse = self._reusable(slot, prompt)
        long = reuse if reuse >= _WORTH_SCATTERING else 0
        return long, -_span(busy | {slot}), reuse, -self._slot_used[slot]

    def _reusable(self, slot: int, prompt: tuple[int, ...]) -> int:
        """Prompt tokens whose KV cells `slot` can keep (see the module docstring)."""
        chunk = self.config.prefill_chunk
        # Keep at least one prompt token to compute: its logits give the first token.
        shared = min(common_prefix(self._slot_tokens[slot], prompt), len(prompt) - 1)
        exact = min(shared, self._slot_canonical[slot]) // chunk * chunk
        return shared if shared - exact >= chunk else exact

    def _pick_tokens(self, waiting: Collection[Job]
                     ) -> tuple[tuple[Piece, ...], tuple[Piece, ...]]:
        """This step's pieces: every decoding job's next token, and the next chunk of
        the prefilling jobs that do not wait for a leader."""
        decodes: list[Piece] = []
        prefills: list[Piece] = []
        for job, slot in sorted(self._slotted(), key=lambda js: js[1]):
            if job.state is JobState.DECODE:
                pos = len(job.prompt) + len(job.generated) - 1
                decodes.append(Piece(job, slot, (job.generated[-1],), pos, True))
        chunk = self.config.prefill_chunk
        budget = self.config.max_batch_tokens
        for job, slot in self._slotted():  # admission order: no prompt starves
            if job.state is not JobState.PREFILL or job in waiting:
                continue
            end = min(len(job.prompt), (job.prefilled // chunk + 1) * chunk)
            if prefills and (end - job.prefilled > budget
                             or len(prefills) == self.config.prefill_seqs):
                break
            tokens = job.prompt[job.prefilled : end]
            prefills.append(Piece(job, slot, tokens, job.prefilled, end == len(job.prompt)))
            budget -= len(tokens)
        for piece in (*decodes, *prefills):
            self._slot_used[piece.slot] = self._step
        return tuple(decodes), tuple(prefills)

    def _slotted(self) -> list[tuple[Job, int]]:
        return [(job, job.slot) for job in self._running if job.slot is not None]

    def _end_reason(self, job: Job, stopped: bool) -> EndReason | None:
        if stopped:
            return "stop"
        if job.cancelled:
            return "cancelled"
        room = self.config.n_ctx_slot - len(job.prompt)
        if len(job.generated) >= min(job.max_new_tokens, room):
            return "length"
        return None

    def _finish(self, job: Job, reason: EndReason) -> None:
        job.state = JobState.DONE
        job.end_reason = reason
        if job in self._running:
            self._running.remove(job)


_TENANTS_REMEMBERED = 1024  # tenants whose last admission orders ties
_WORTH_SCATTERING = 128  # prompt tokens a cached prefix must save to beat compactness
_MIN_COPY_WORTH = 64  # prompt tokens a copy from another slot must save, at least


def _span(slots: set[int]) -> int:
    """Streams from the lowest to the highest of `slots`."""
    return max(slots) - min(slots) + 1


# Measured on llama.cpp's CPU kernels (`tests/unit/test_scheduler_backend.py`, logprobs of
# the first token alone vs together): chunks of one length from 8 tokens up give the
# numbers they have alone when computed together; shorter ones switch kernels. A decode
# batch of up to 7 sequences is exact (docs/benchmarks.md, Notes); from 8 it is not.
EXACT_MIN_TOKENS = 8
EXACT_MAX_SEQS = 7
# Rows of one token (decode tokens; in a batched step, prompts' last tokens too) go to
# llama.cpp in one call from this many, else one call each. For 2 to 7 rows llama.cpp
# computes the 262,144-row output head of the default model with llamafile's tinyBLAS
# GEMM, slower than that many 1-row GEMVs (`python -m bench.probe decode-split`, 1
# thread, 2026-12-01: 2 rows 41 ms in one batch vs 24 ms as two calls, 6 rows 145 vs
# 91 ms; 8 rows 117 vs 128 ms). A sequence alone in a call also has exactly its numbers
# alone, which flash attention requires (its one-row path differs beyond 512 cells).
BATCH_ROWS_FROM = 8


def prefill_batches(decodes: Sequence[Piece], prefills: Sequence[Piece]
                    ) -> tuple[tuple[Piece, ...], ...]:
    """The llama.cpp batches of a step's prefill chunks, each in slot order.

    With one KV stream per sequence, llama.cpp cuts a batch into ubatches of sequences
    with consecutive ids and *equal* token counts (its `split_equal`). While the step
    holds at most `EXACT_MAX_SEQS` sequences, chunks of one length (at least
    `EXACT_MIN_TOKENS`) in consecutive slots share a batch, so that each is computed in
    the numbers it has alone, and every other chunk goes alone. Beyond that the decode
    batch is not exact anyway: every chunk goes in one batch, the fewest passes over the
    weights.
    """
    ordered = sorted(prefills, key=lambda p: p.slot)
    if not ordered:
        return ()
    if len(decodes) + len(ordered) > EXACT_MAX_SEQS:
        bodies: list[Piece] = []
        lasts: list[Piece] = []
        for piece in ordered:
            if piece.sample:  # the token whose logits are wanted goes apart (step_calls)
                if len(piece.tokens) > 1:
                    bodies.append(replace(piece, tokens=piece.tokens[:-1], sample=False))
                lasts.append(replace(piece, tokens=piece.tokens[-1:],
                                     pos=piece.pos + len(piece.tokens) - 1))
            else:
                bodies.append(piece)
        return tuple(tuple(batch) for batch in (bodies, lasts) if batch)
    batches: list[list[Piece]] = []
    for piece in ordered:
        last = batches[-1][-1] if batches else None
        if (last is not None and piece.slot == last.slot + 1
                and len(piece.tokens) == len(last.tokens) >= EXACT_MIN_TOKENS):
            batches[-1].append(piece)
        else:
            batches.append([piece])
    return tuple(tuple(batch) for batch in batches)


def step_calls(decodes: Sequence[Piece], batches: Sequence[Sequence[Piece]]
               ) -> tuple[tuple[Piece, ...], ...]:
    """The `llama_decode` calls of a step: `decodes` (in slot order) and the
    `prefill_batches` of `prefill_batches`.

    While the step is exact (at most `EXACT_MAX_SEQS` sequences), each decode token goes
    alone, then each prefill batch. Beyond, the prompts' last tokens, the only prompt
    rows whose logits are wanted, were cut from their chunks: the chunks' other tokens
    go first, in one call that computes no logits (llama.cpp's equal-length ubatches of
    it only run the layers), then the last tokens with the decode tokens, rows of one
    token in one ubatch, so that the output head (most of this model's weights) is
    computed once for all of them instead of once per ubatch that ends a prompt.
    Fewer than `BATCH_ROWS_FROM` such rows go one per call.
    """
    rows = list(decodes)
    first: list[tuple[Piece, ...]] = []  # before the rows: the chunks their last tokens end
    after: list[tuple[Piece, ...]] = []
    if len(decodes) + len({p.slot for batch in batches for p in batch}) > EXACT_MAX_SEQS:
        for batch in batches:
            if all(len(p.tokens) == 1 and p.sample for p in batch):
                rows += batch
            else:
                first.append(tuple(batch))
        rows.sort(key=lambda p: p.slot)
    else:
        after = [tuple(batch) for batch in batches]
    row_calls = ([tuple(rows)] if len(rows) >= BATCH_ROWS_FROM
                 else [(piece,) for piece in rows])
    return (*first, *row_calls, *after)


def _exact(batch: Sequence[Piece]) -> bool:
    """Whether llama.cpp computes every chunk of `batch` in its shape alone."""
    if len(batch) == 1:
        return True
    return all(len(p.tokens) == len(batch[0].tokens) >= EXACT_MIN_TOKENS
               and p.slot == batch[0].slot + i for i, p in enumerate(batch))


def common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    """Length of the longest common prefix of two token lists."""
    a, b = tuple(a), tuple(b)
    n = min(len(a), len(b))
    if a[:n] == b[:n]:
        return n
    low, high = 0, n  # a[:low] == b[:low] holds, a[:high] == b[:high] does not
    while high - low > 1:
        mid = (low + high) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid
    return low
