"""Continuous batching: which tokens of which requests go into the next llama.cpp batch.

The scheduler is pure policy: it never touches llama.cpp. An executor (the engine thread
of `BatchedLlamaCppBackend`) drives it in a loop::

    plan = scheduler.schedule()        # admit, cancel, pick this step's tokens
    apply plan.trims, decode plan.pieces, sample where piece.sample
    scheduler.commit(plan, sampled, stopped)   # advance; returns who finished

A request (`Job`) lives through these states::

    submit() ──► WAITING ──► PREFILL ──► DECODE ──► DONE
                 (bounded     (prompt in   (one token   (slot idle; its tokens stay
                  FIFO)        chunks)      per step)    cached for prefix reuse)

Each slot is one llama.cpp sequence id. A slot remembers the tokens whose KV cells it
holds, so a new request goes to the idle slot sharing the longest prefix with its prompt
(the previous turn of the same conversation, or the chat frame's fixed opening) and only
the rest is computed.
"""

from __future__ import annotations

import enum
import threading
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from veilleur.errors import ConfigError, EngineDeadError, EngineOverloadedError

__all__ = [
    "BatchScheduler",
    "Job",
    "JobState",
    "Piece",
    "Scheduler",
    "SchedulerConfig",
    "StepPlan",
    "common_prefix",
]

EndReason = Literal["stop", "length", "cancelled"]


@dataclass(frozen=True, slots=True)
class SchedulerConfig:
    """Sizes of the batch. Validated on construction (`ConfigError` names the fix).

    Attributes:
        n_slots: sequences decoded together (llama.cpp `n_seq_max`).
        n_ctx_slot: context window of each sequence, prompt and answer together.
        max_queue: requests allowed to wait for a slot; more are refused (503).
        prefill_chunk: prompt tokens per step while other sequences are decoding, so a
            long prompt delays their next token by one short step, not by its whole prefill.
        max_batch_tokens: tokens per step in all (llama.cpp `n_batch`); a prompt is
            prefilled this many tokens at a time when nothing else is decoding.
    """

    n_slots: int = 4
    n_ctx_slot: int = 2048
    max_queue: int = 16
    prefill_chunk: int = 64
    max_batch_tokens: int = 512

    def __post_init__(self) -> None:
        _check("n_slots", self.n_slots, 1, 256)
        _check("n_ctx_slot", self.n_ctx_slot, 64, 1 << 20)
        _check("max_queue", self.max_queue, 0, 1 << 16)
        _check("max_batch_tokens", self.max_batch_tokens, self.n_slots, 1 << 16)
        _check("prefill_chunk", self.prefill_chunk, 1, self.max_batch_tokens)


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
    The other fields after `payload` belong to the scheduler; read them, don't write them.
    """

    prompt: tuple[int, ...]
    max_new_tokens: int
    payload: Any = None
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
    3. decode `pieces` as one batch and sample the jobs whose piece has `sample`.
    """

    ended: tuple[Job, ...] = ()
    trims: tuple[tuple[int, int], ...] = ()
    pieces: tuple[Piece, ...] = ()

    @property
    def n_tokens(self) -> int:
        return sum(len(p.tokens) for p in self.pieces)


class Scheduler(ABC):
    """Continuous batching policy. Contract:

    * `submit` and `cancel` may be called from any thread; everything else only from the
      one executor thread, which alternates `schedule` and `commit`.
    * Admission is FIFO: a job gets a slot before any job submitted after it, and the
      prompts being prefilled advance in admission order, so no job starves.
    * A step holds one token of every decoding job plus prompt tokens of prefilling jobs,
      at most `prefill_chunk` of them while any job decodes, `max_batch_tokens` in all.
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
    """The default policy: FIFO admission, longest-prefix slot choice, chunked prefill."""

    def __init__(self, config: SchedulerConfig):
        self.config = config
        self._lock = threading.Condition()
        self._waiting: deque[Job] = deque()
        self._running: list[Job] = []  # admission order
        self._slot_tokens: list[list[int]] = [[] for _ in range(config.n_slots)]
        self._slot_used: list[int] = [0] * config.n_slots  # step of last use, for LRU ties
        self._pending_trims: list[tuple[int, int]] = []
        self._cancelled_waiting: list[Job] = []
        self._step = 0
        self._closed = False

    # --- any thread ---------------------------------------------------------------------
    def submit(self, job: Job) -> None:
        with self._lock:
            if self._closed:
                raise EngineDeadError("the engine is shut down")
            free = self.config.n_slots - len(self._running)
            if len(self._waiting) >= self.config.max_queue + max(0, free):
                waiting = len(self._waiting)
                raise EngineOverloadedError(
                    f"{waiting} requests are already waiting for the model; retry shortly",
                    retry_after=max(1, waiting // self.config.n_slots),
                )
            self._waiting.append(job)
            self._lock.notify_all()

    def cancel(self, job: Job) -> None:
        with self._lock:
            if job.state is not JobState.DONE and not job.cancelled:
                job.cancelled = True
                if job in self._waiting:  # its place in the queue is free at once
                    self._waiting.remove(job)
                    self._cancelled_waiting.append(job)
                self._lock.notify_all()

    @property
    def n_waiting(self) -> int:
        """Jobs submitted but not yet given a slot."""
        return len(self._waiting)

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
                        or bool(self._waiting or self._running or self._cancelled_waiting)
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
            trims = tuple(self._pending_trims)
            self._pending_trims.clear()
            pieces = self._pick_tokens()
            return StepPlan(ended=tuple(ended), trims=trims, pieces=tuple(pieces))

    def commit(
        self, plan: StepPlan, sampled: Mapping[Job, int], stopped: Collection[Job] = ()
    ) -> list[Job]:
        ended: list[Job] = []
        with self._lock:
            for piece in plan.pieces:
                job = piece.job
                if job.state is JobState.DONE:  # failed during the step
                    continue
                self._slot_tokens[piece.slot].extend(piece.tokens)
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
                    self._pending_trims.append((job.slot, 0))
                if job in self._waiting:
                    self._waiting.remove(job)
                self._finish(job, "cancelled")

    def close(self) -> list[Job]:
        with self._lock:
            self._closed = True
            left = [*self._running, *self._waiting, *self._cancelled_waiting]
            self._running.clear()
            self._waiting.clear()
            self._cancelled_waiting.clear()
            self._lock.notify_all()
            return left

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
        free = [s for s in range(self.config.n_slots) if s not in {j.slot for j in self._running}]
        while self._waiting and free:
            job = self._waiting.popleft()
            slot = max(
                free,
                key=lambda s: (
                    common_prefix(self._slot_tokens[s], job.prompt),
                    -self._slot_used[s],
                ),
            )
            free.remove(slot)
            # Keep at least one prompt token to compute: its logits give the first token.
            reuse = min(common_prefix(self._slot_tokens[slot], job.prompt), len(job.prompt) - 1)
            if len(self._slot_tokens[slot]) > reuse:
                del self._slot_tokens[slot][reuse:]
                self._pending_trims.append((slot, reuse))
            job.slot, job.prefilled, job.cached = slot, reuse, reuse
            job.state = JobState.PREFILL
            self._slot_used[slot] = self._step
            self._running.append(job)

    def _pick_tokens(self) -> list[Piece]:
        pieces: list[Piece] = []
        for job, slot in self._slotted():
            if job.state is JobState.DECODE:
                pos = len(job.prompt) + len(job.generated) - 1
                pieces.append(Piece(job, slot, (job.generated[-1],), pos, True))
        budget = self.config.max_batch_tokens - len(pieces)
        if pieces:
            budget = min(budget, self.config.prefill_chunk)
        for job, slot in self._slotted():
            if budget <= 0:
                break
            if job.state is JobState.PREFILL:
                take = min(budget, len(job.prompt) - job.prefilled)
                chunk = job.prompt[job.prefilled : job.prefilled + take]
                done = job.prefilled + take == len(job.prompt)
                pieces.append(Piece(job, slot, chunk, job.prefilled, done))
                budget -= take
        for piece in pieces:
            self._slot_used[piece.slot] = self._step
        return pieces

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
