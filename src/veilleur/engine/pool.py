"""The upstream pool: one public model served by several OpenAI-compatible servers.

    UpstreamPool                 a Backend over several `OpenAIUpstreamBackend`s (members)
     ├── choice    each request goes to the up member with the fewest requests in flight
     │             (the pool's own count), ties taken in turn
     ├── failover  a member that fails a request (unreachable, reset, 5xx, timeout before
     │             the answer: `UpstreamError`) is taken out with an exponential back-off,
     │             jittered and capped; the request goes to another up member if nothing
     │             of it was streamed yet (so does one answered 503: busy, not taken
     │             out), never once an event was shown: such a stream ends with
     │             `UpstreamError`, which the layers above store and report as an error
     │             (never as a complete answer)
     ├── embed     embeddings too (`Embedder`), always retried on another member on failure
     └── probe     a thread reads each member's `/models` every `health_interval_s`: an up
                   member that fails to answer (or no longer serves the model) is taken
                   out; a member whose back-off ended is back in once it answers

State changes wake `wait_for`, so that a caller (a test, an operator's tool) can wait on
"the pool took X out" instead of on the clock; `statuses()` says when each change was.
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
import threading
import time
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from veilleur.engine.base import (
    ChatMessage,
    EngineEvent,
    EventStream,
    GenerationRequest,
    ModelInfo,
)
from veilleur.engine.upstream import OpenAIUpstreamBackend, UpstreamError
from veilleur.errors import (
    ConfigError,
    EngineGenerateError,
    EngineOverloadedError,
    ModelLoadError,
)
from veilleur.types import EmbeddingResult, Finished, ToolSpec

__all__ = ["UpstreamPool", "UpstreamStatus"]

log = logging.getLogger(__name__)

BACKOFF_BASE_S = 0.5  # the first back-off; doubled at each failure in a row, up to the cap


@dataclass(frozen=True, slots=True)
class UpstreamStatus:
    """One member as the pool sees it now (times are the pool's clock: `time.monotonic`)."""

    url: str
    up: bool
    in_flight: int
    requests: int  # requests sent to it (retries included)
    errors: int  # failed requests and failed probes
    changed_at: float  # when it was last taken out or put back
    retry_at: float  # while out: when the probe tries it again
    last_error: str | None


@dataclass(slots=True)
class _Member:
    backend: OpenAIUpstreamBackend
    capacity: int
    up: bool = True
    in_flight: int = 0
    requests: int = 0
    errors: int = 0
    streak: int = 0  # failures since its last successful answer: the back-off's exponent
    retry_at: float = 0.0
    changed_at: float = 0.0
    last_error: str | None = None

    def status(self) -> UpstreamStatus:
        return UpstreamStatus(self.backend.url, self.up, self.in_flight, self.requests,
                              self.errors, self.changed_at, self.retry_at, self.last_error)


class _Attempt:
    """The member one request is on now; `release` gives its place back once."""

    def __init__(self, pool: UpstreamPool, member: _Member):
        self.pool = pool
        self.member: _Member | None = member

    def release(self) -> None:
        with self.pool._cond:
            if self.member is not None:
                self.member.in_flight -= 1
                self.member = None
                self.pool._cond.notify_all()


class UpstreamPool:
    """Several upstream servers of one model behind one `Backend`.

    Args:
        members: the upstreams (at least one), serving the model of the first one.
        capacity: requests in flight allowed to each member (beyond: the next one).
        health_interval_s: seconds between two probes of each member.
        health_timeout_s: how long a probe waits for `/models`.
        backoff_max_s: the longest a failed member stays out before it is probed again.
        down: URLs of members out of rotation until their first probe answers.
        rng: the back-off's jitter (a seeded one in tests).
        clock: the time of back-offs and of `UpstreamStatus` (a hand-moved one in tests).
        probe: run the probe thread (off in tests that call `check_health` themselves).
    """

    def __init__(
        self,
        members: Sequence[OpenAIUpstreamBackend],
        *,
        capacity: int = 16,
        health_interval_s: float = 5.0,
        health_timeout_s: float = 2.0,
        backoff_max_s: float = 30.0,
        down: Sequence[str] = (),
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.monotonic,
        probe: bool = True,
    ):
        if not members:
            raise ConfigError("an upstream pool needs at least one upstream URL")
        self._clock = clock
        self._members = [_Member(b, capacity, changed_at=clock()) for b in members]
        self._info = members[0].info
        self._interval = health_interval_s
        self._probe_timeout = health_timeout_s
        self._backoff_max = backoff_max_s
        self._rng = rng or random.Random()
        self._cond = threading.Condition()
        self._turn = 0
        self._stop = threading.Event()
        for member in self._members:
            if member.backend.url in {u.rstrip("/") for u in down}:
                member.up, member.last_error = False, "not probed yet"  # probed first thing
        self._thread: threading.Thread | None = None
        if probe:
            self._thread = threading.Thread(target=self._probe_loop, name="upstream-probe",
                                            daemon=True)
            self._thread.start()

    @classmethod
    def connect(
        cls,
        urls: Sequence[str],
        *,
        api_key: str | None = None,
        model_name: str | None = None,
        context_length: int = 4096,
        max_in_flight: int = 16,
        timeout_s: float = 600.0,
        redact: Callable[[str], str] | None = None,
        **pool: Any,
    ) -> UpstreamPool:
        """Connect to `urls` (blocking): the first that lists its models names the model.

        The others are taken to serve it and start out of rotation until their first
        probe says so (at once, here). Raises `ModelLoadError` when none answers.
        """
        if not urls:
            raise ConfigError("an upstream pool needs at least one upstream URL")
        member: dict[str, Any] = {"api_key": api_key, "context_length": context_length,
                                  "max_in_flight": max_in_flight, "timeout_s": timeout_s,
                                  "redact": redact}
        problems: list[str] = []
        first: OpenAIUpstreamBackend | None = None
        for url in urls:
            try:
                first = OpenAIUpstreamBackend(url, model_name=model_name, **member)
                break
            except ModelLoadError as exc:
                problems.append(str(exc))
        if first is None:
            raise ModelLoadError("; ".join(problems))
        backends = [first if b is None else b for b in (
            None if url.rstrip("/") == first.url
            else OpenAIUpstreamBackend(url, info=first.info, **member) for url in urls)]
        others = [b.url for b in backends if b is not first]
        made = cls(backends, capacity=max_in_flight, down=others, **pool)
        made.check_health()  # the others are in as soon as they answer
        return made

    # --- the Backend protocol -----------------------------------------------------------
    @property
    def info(self) -> ModelInfo:
        return self._info

    def is_ready(self) -> bool:
        with self._cond:
            return any(m.up for m in self._members)

    def count_tokens(self, text: str) -> int:
        return self._members[0].backend.count_tokens(text)

    def count_chat_tokens(self, messages: Sequence[ChatMessage],
                          tools: Sequence[ToolSpec] = ()) -> int:
        return self._members[0].backend.count_chat_tokens(messages, tools)

    def stats(self) -> dict[str, float]:
        """Per member: `upstream_up:<url>` (1 or 0), `upstream_in_flight:<url>`,
        `upstream_requests:<url>` and `upstream_errors:<url>` (counters)."""
        out: dict[str, float] = {}
        with self._cond:
            for m in self._members:
                url = m.backend.url
                out[f"upstream_up:{url}"] = 1.0 if m.up else 0.0
                out[f"upstream_in_flight:{url}"] = m.in_flight
                out[f"upstream_requests:{url}"] = m.requests
                out[f"upstream_errors:{url}"] = m.errors
        return out

    def generate(self, request: GenerationRequest) -> EventStream:
        """Admit `request` on the least busy up member (`EngineOverloadedError` when every
        member is out or full); the member's own request starts when the stream is read."""
        with self._cond:
            member = self._choose(())
            if member is None:
                raise self._refusal()
            attempt = _Attempt(self, member)
        return EventStream(self._events(request, attempt), attempt.release)

    async def embed(self, texts: Sequence[str], *, dimensions: int | None = None
                    ) -> EmbeddingResult:
        """The vectors of `texts`, from the least busy up member. An embedding has no
        partial answer: a member that fails is taken out and the next one asked."""
        tried: list[_Member] = []
        failures: list[EngineGenerateError] = []
        while True:
            with self._cond:
                member = self._choose(tried)
                if member is None:
                    if failures:
                        raise failures[-1]
                    raise self._refusal()
            tried.append(member)
            try:
                return await member.backend.embed(texts, dimensions=dimensions)
            except EngineGenerateError as exc:  # unreachable, a 5xx, an invalid answer
                failures.append(exc)
                with self._cond:
                    if not getattr(exc, "busy", False):
                        self._taken_out(member, str(exc), probe=False)
            finally:
                with self._cond:
                    member.in_flight -= 1
                    self._cond.notify_all()

    async def aclose(self) -> None:
        self._stop.set()
        if self._thread is not None:
            await asyncio.to_thread(self._thread.join, self._probe_timeout + 5)
        for member in self._members:
            await member.backend.aclose()

    # --- state ---------------------------------------------------------------------------
    def statuses(self) -> list[UpstreamStatus]:
        """Every member, in the configured order."""
        with self._cond:
            return [m.status() for m in self._members]

    def wait_for(self, predicate: Callable[[list[UpstreamStatus]], bool],
                 timeout: float) -> bool:
        """Block until `predicate(statuses())` holds (re-checked at each change of state)
        or `timeout` seconds passed; returns the predicate's last value."""
        with self._cond:
            return self._cond.wait_for(
                lambda: predicate([m.status() for m in self._members]), timeout)

    def check_health(self) -> None:
        """Probe every member that is up or whose back-off ended (blocking; the probe
        thread calls this every `health_interval_s`)."""
        now = self._clock()
        with self._cond:
            due = [m for m in self._members if m.up or now >= m.retry_at]
        if not due:
            return
        with httpx.Client(timeout=self._probe_timeout) as client:
            for member in due:
                problem = self._probe(client, member)
                with self._cond:
                    if problem is None:
                        self._put_back(member)
                    else:
                        self._taken_out(member, problem, probe=True)

    # --- internals ----------------------------------------------------------------------
    async def _events(self, request: GenerationRequest,
                      attempt: _Attempt) -> AsyncIterator[EngineEvent]:
        tried: list[_Member] = []
        while (member := attempt.member) is not None:
            tried.append(member)
            inner = member.backend.generate(request)
            shown = False
            try:
                async for event in inner:
                    shown = True  # before the yield: once yielded, the client may show it
                    yield event
                    if isinstance(event, Finished):
                        with self._cond:
                            member.streak = 0
                return
            except UpstreamError as exc:
                with self._cond:
                    if not exc.busy:
                        self._taken_out(member, str(exc), probe=False)
                    if shown:
                        raise UpstreamError(
                            f"the answer was cut short: {exc} (the part already sent is "
                            "incomplete; it was not retried)", url=exc.url) from exc
                    following = self._choose(tried)
                    if following is None and exc.busy:
                        raise EngineOverloadedError(
                            f"every upstream server is busy ({exc})", retry_after=1) from exc
                    if following is None:
                        raise
                    member.in_flight -= 1  # `following` counted it already
                    attempt.member = following
                log.warning("retrying a request on %s: %s", following.backend.url, exc)
            finally:
                await inner.aclose()

    def _choose(self, exclude: Sequence[_Member]) -> _Member | None:
        """The up member with room and the fewest in flight, ties in turn (lock held);
        counts the request on it."""
        n = len(self._members)
        ranked = sorted(
            (i for i, m in enumerate(self._members)
             if m.up and m.in_flight < m.capacity and m not in exclude),
            key=lambda i: (self._members[i].in_flight, (i - self._turn) % n))
        if not ranked:
            return None
        self._turn = (ranked[0] + 1) % n
        chosen = self._members[ranked[0]]
        chosen.in_flight += 1
        chosen.requests += 1
        return chosen

    def _refusal(self) -> EngineOverloadedError:
        """Why no member can take a request (lock held)."""
        out = [m for m in self._members if not m.up]
        if len(out) < len(self._members):
            return EngineOverloadedError(
                f"every upstream server has {self._members[0].capacity} requests in flight",
                retry_after=1)
        wait = min(m.retry_at for m in out) - self._clock()
        reasons = "; ".join(f"{m.backend.url}: {m.last_error}" for m in out)
        return EngineOverloadedError(f"no upstream server is up ({reasons})",
                                     retry_after=max(1, math.ceil(wait)))

    def _taken_out(self, member: _Member, reason: str, *, probe: bool) -> None:
        """Record a failure (lock held): an up member goes out; a member already out stays
        out longer only when its probe failed (requests that were on it when it died fail
        together, and count as one)."""
        member.errors += 1
        member.last_error = reason
        if member.up or probe:
            member.streak += 1
            delay = min(self._backoff_max, BACKOFF_BASE_S * 2 ** (member.streak - 1))
            member.retry_at = self._clock() + delay * (0.5 + 0.5 * self._rng.random())
        if member.up:
            member.up = False
            member.changed_at = self._clock()
            log.warning("upstream %s taken out of rotation: %s", member.backend.url, reason)
        self._cond.notify_all()

    def _put_back(self, member: _Member) -> None:
        if not member.up:
            member.up = True
            member.changed_at = self._clock()
            log.warning("upstream %s back in rotation", member.backend.url)
            self._cond.notify_all()

    def _probe(self, client: httpx.Client, member: _Member) -> str | None:
        """None when `member` lists the pool's model, else what is wrong."""
        try:
            response = client.get(f"{member.backend.url}/models",
                                  headers=member.backend.headers)
            response.raise_for_status()
            served = [m.get("id") for m in response.json()["data"]]
        except (httpx.HTTPError, ValueError, KeyError, TypeError, AttributeError) as exc:
            return f"health probe failed: {type(exc).__name__} {exc}"
        if self._info.id not in served:
            return f"serves {served}, not {self._info.id!r}"
        return None

    def _probe_loop(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self.check_health()
            except Exception:  # the probe must outlive any surprise; logged, tried again
                log.exception("the upstream health probe failed")
