"""bench/metrics_cost.py and bench/safety_profile.py (hop timer, input checks at once): they
run and measure what they say (small counts; no model)."""

from __future__ import annotations

import pytest
from bench.metrics_cost import engine_recording_us, middleware_us
from bench.safety_profile import to_thread_us


def test_the_middleware_is_timed_with_and_without_it() -> None:
    result = middleware_us(tokens=4, requests=5, batches=1)
    assert result["off_us"] > 0 and result["on_us"] > 0
    assert result["added_us"] == pytest.approx(result["on_us"] - result["off_us"])


def test_engine_recording_and_thread_hops_are_timed() -> None:
    assert engine_recording_us(tokens=8, requests=10) > 0
    hop = to_thread_us(calls=20)
    assert hop["to_thread_us"] > hop["inline_us"] > 0


def test_input_checks_started_together_are_timed_and_batched() -> None:
    from bench.safety_profile import concurrent_checks

    from veilleur.safety import SafetyPipeline, SafetySettings

    pipeline = SafetyPipeline.from_settings(SafetySettings(redact_audit=False))
    result = concurrent_checks(pipeline, streams=3, rounds=2)
    assert result["cpu_ms"] > 0 and result["wall_ms"] > 0
    assert 1 <= result["classifier_batches_per_group"] <= 3
