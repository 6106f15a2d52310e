"""Prometheus metrics of one server: one `Metrics` per app, its own `CollectorRegistry`.

The composition root builds a `Metrics` and hands it to what records: the HTTP middleware
(requests by route template, method and status; request latency), the guarded engine
(time to first token, inter-token latency, prompt and generated tokens, safety decisions
and the time the checks take) and the sandbox (runs by outcome). The engine's gauges
(queue depth, busy slots, KV-cache cells, prefix-cache hits) are read from the backend's
`stats()` at scrape time by a collector (`watch_engine`), so nothing is kept twice.
No global registry: several apps in one process (the tests) do not clash.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

__all__ = ["CONTENT_TYPE", "ENGINE_COUNTERS", "ENGINE_GAUGES", "UPSTREAM_METRICS", "Metrics",
           "sandbox_outcome"]

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

# `Backend.stats()` keys exported, with their help text.
ENGINE_GAUGES = {
    "queue_depth": "Requests admitted and waiting for a slot.",
    "busy_slots": "Slots running a generation.",
    "slots": "Slots of the engine.",
    "kv_cache_used_cells": "KV-cache cells holding tokens (all slots).",
    "kv_cache_cells": "KV-cache cells of the engine (all slots).",
}
ENGINE_COUNTERS = {
    "prefix_cache_hit_tokens": "Prompt tokens reused from a slot's KV cache or copied "
                               "from another slot's, not recomputed.",
    "prefix_cache_hits": "Prefix reuses: a request keeping part of its slot's KV cache, or "
                         "copying a prefix from another slot's.",
}
# Keys `<name>:<upstream url>` of an upstream pool's `stats()`: one series per upstream.
UPSTREAM_METRICS = {
    "upstream_up": (GaugeMetricFamily, "1 while the upstream is in rotation, 0 while out."),
    "upstream_in_flight": (GaugeMetricFamily, "Requests in flight to the upstream."),
    "upstream_requests": (CounterMetricFamily, "Requests sent to the upstream (retries too)."),
    "upstream_errors": (CounterMetricFamily,
                        "Upstream failures: failed requests and failed health probes."),
}

_LATENCY = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
_TOKEN_GAP = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


class Metrics:
    """The metrics of one app, registered in `registry` (a new one by default)."""

    def __init__(self, registry: CollectorRegistry | None = None):
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.http_requests = Counter(
            "veilleur_http_requests", "HTTP requests answered, by route template and status.",
            ["route", "method", "status"], registry=r)
        self.http_duration = Histogram(
            "veilleur_http_request_duration_seconds",
            "Time from a request's arrival to the end of its response (streams included).",
            ["route", "method"], buckets=_LATENCY, registry=r)
        self.ttft = Histogram(
            "veilleur_time_to_first_token_seconds",
            "Time from a generation's first read to its first piece of text shown.",
            buckets=_LATENCY, registry=r)
        self.itl = Histogram(
            "veilleur_inter_token_latency_seconds",
            "Time between two pieces of text shown of one generation.",
            buckets=_TOKEN_GAP, registry=r)
        self.generated_tokens = Counter(
            "veilleur_generated_tokens", "Answer tokens generated (as reported in usage).",
            registry=r)
        self.prompt_tokens = Counter(
            "veilleur_prompt_tokens", "Prompt tokens processed (as reported in usage).",
            registry=r)
        self.generations = Counter(
            "veilleur_generations", "Generations ended, by finish reason.",
            ["finish_reason"], registry=r)
        self.safety_decisions = Counter(
            "veilleur_safety_decisions",
            "Safety decisions by direction (input, output), category (none when no "
            "category) and action.", ["direction", "category", "action"], registry=r)
        self.safety_duration = Histogram(
            "veilleur_safety_check_duration_seconds",
            "Time of one safety check: an input check (its decision; the audit write of a "
            "passed generation request runs while the prompt is computed), or one piece "
            "fed to the output guard (and its final check).", ["direction"],
            buckets=(*_TOKEN_GAP, 5.0, 10.0), registry=r)
        self.sandbox_runs = Counter(
            "veilleur_sandbox_runs", "Sandbox runs by outcome.", ["outcome"], registry=r)

    # ---- recording ------------------------------------------------------------------------

    def http_request(self, route: str, method: str, status: int, seconds: float) -> None:
        self.http_requests.labels(route, method, str(status)).inc()
        self.http_duration.labels(route, method).observe(seconds)

    def safety_decision(self, direction: str, action: str, categories: Sequence[str],
                        seconds: float | None = None) -> None:
        for category in categories or ("none",):
            self.safety_decisions.labels(direction, category, action).inc()
        if seconds is not None:
            self.safety_duration.labels(direction).observe(seconds)

    def usage(self, finish_reason: str, prompt_tokens: int, completion_tokens: int) -> None:
        self.generations.labels(finish_reason).inc()
        self.prompt_tokens.inc(prompt_tokens)
        self.generated_tokens.inc(completion_tokens)

    def sandbox_run(self, result: Any) -> None:
        """Count a `RunResult` by `sandbox_outcome`."""
        self.sandbox_runs.labels(sandbox_outcome(result)).inc()

    def watch_engine(self, stats: Callable[[], Mapping[str, float]]) -> None:
        """Export `stats()` (a backend's, see `ENGINE_GAUGES`) at every scrape."""
        self.registry.register(_EngineCollector(stats))

    def render(self) -> bytes:
        """The Prometheus text exposition of every metric."""
        return generate_latest(self.registry)


def sandbox_outcome(result: Any) -> str:
    """``ok``, ``timeout``, ``limit``, ``signal`` or ``failed`` (non-zero exit)."""
    if result.timed_out:
        return "timeout"
    if result.limits_hit:
        return "limit"
    if result.killed_by_signal:
        return "signal"
    return "ok" if result.exit_code == 0 else "failed"


class _EngineCollector(Collector):
    def __init__(self, stats: Callable[[], Mapping[str, float]]):
        self._stats = stats

    def collect(self) -> Iterator[Metric]:
        try:
            stats = self._stats()
        except Exception:  # an engine still loading or gone: no gauges this scrape
            return
        for key, help_text in ENGINE_GAUGES.items():
            if key in stats:
                yield GaugeMetricFamily(f"veilleur_{key}", help_text, value=stats[key])
        for key, help_text in ENGINE_COUNTERS.items():
            if key in stats:
                yield CounterMetricFamily(f"veilleur_{key}", help_text, value=stats[key])
        for key, (family, help_text) in UPSTREAM_METRICS.items():
            series = [(k.partition(":")[2], v) for k, v in stats.items()
                      if k.startswith(f"{key}:")]
            if series:
                metric = family(f"veilleur_{key}", help_text, labels=["upstream"])
                for url, value in series:
                    metric.add_metric([url], value)
                yield metric

    def describe(self) -> Iterator[Metric]:
        return iter(())  # read at scrape time only (not at registration)
