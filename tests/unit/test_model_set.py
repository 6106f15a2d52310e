"""The model set's lazy loading, LRU unloading and in-flight accounting, on scripted
backends (the LLM is not what is tested here: when and how often models load is)."""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Callable, Coroutine
from typing import Any

import pytest

from helpers import ScriptedBackend
from veilleur.engine.models import ModelSet, ModelSpec
from veilleur.errors import EngineOverloadedError, NotFoundError
from veilleur.types import ChatMessage, GenerationRequest, ModelInfo

MB = 1024 * 1024


def run(test: Callable[[], Coroutine[Any, Any, None]]) -> Callable[[], None]:
    """A sync test that runs the coroutine `test` on its own event loop."""
    return functools.wraps(test)(lambda: asyncio.run(test()))


class Builds:
    """Counts the builds of each model; a build waits on `gate` when one is given."""

    def __init__(self, gate: threading.Event | None = None):
        self.count: dict[str, int] = {}
        self.gate = gate

    def spec(self, model_id: str, size_mb: int) -> ModelSpec:
        def build() -> ScriptedBackend:
            if self.gate is not None:
                self.gate.wait(timeout=10)
            self.count[model_id] = self.count.get(model_id, 0) + 1
            return ScriptedBackend(["ok"])

        return ModelSpec(ModelInfo(id=model_id, context_length=4096), build,
                         size_bytes=size_mb * MB, source=f"/models/{model_id}.gguf")


def _set(builds: Builds, budget_mb: int = 100) -> ModelSet:
    # The default costs nothing (an upstream) so that both embedded models compete.
    models = ModelSet([builds.spec("up", 0), builds.spec("a", 60), builds.spec("b", 60)],
                      budget_bytes=budget_mb * MB, default="up")
    models.load_default()
    return models


def test_unknown_id_is_not_found() -> None:
    with pytest.raises(NotFoundError) as caught:
        _set(Builds()).select("nope")
    assert caught.value.code == "model_not_found"


@run
async def test_concurrent_first_requests_load_once() -> None:
    gate = threading.Event()
    builds = Builds(gate)
    gate.set()  # the default loads at once
    models = _set(builds)
    gate.clear()
    views = [models.select("a") for _ in range(5)]
    loading = [asyncio.create_task(v.load()) for v in views]
    await asyncio.sleep(0)
    gate.set()
    await asyncio.gather(*loading)
    assert builds.count["a"] == 1
    assert models.describe()[1]["in_flight"] == 5
    for view in views:
        view.release()
        view.release()  # idempotent
    assert models.describe()[1]["in_flight"] == 0


@run
async def test_least_recently_used_idle_model_is_unloaded() -> None:
    builds = Builds()
    models = _set(builds)
    a = models.select("a")
    await a.load()
    a.release()
    assert models.loaded() == ["up", "a"]
    b = models.select("b")
    await b.load()
    b.release()
    assert models.loaded() == ["up", "b"]
    assert models.unloads == 1
    assert models.used_bytes() == 60 * MB
    await a.load()  # back again: b goes
    a.release()
    assert models.loaded() == ["up", "a"] and builds.count["a"] == 2
    assert models.loads("a") == 2


@run
async def test_a_busy_model_is_never_unloaded() -> None:
    models = _set(Builds())
    a = models.select("a")
    await a.load()
    stream = a.generate(GenerationRequest(messages=(ChatMessage("user", "hi"),)))
    with pytest.raises(EngineOverloadedError) as caught:
        await models.select("b").load()
    assert caught.value.retry_after >= 1
    assert models.loaded() == ["up", "a"]
    async for _ in stream:
        pass
    b = models.select("b")
    await b.load()  # a's stream ended: a is idle and goes
    b.release()
    assert models.loaded() == ["up", "b"]


@run
async def test_the_default_model_stays_loaded() -> None:
    builds = Builds()
    models = ModelSet([builds.spec("a", 60), builds.spec("b", 60)], budget_bytes=100 * MB,
                      default="a")
    models.load_default()
    with pytest.raises(EngineOverloadedError):
        await models.select("b").load()
    assert models.loaded() == ["a"]
    assert models.count_tokens("two words") == 2


@run
async def test_upstream_models_cost_nothing() -> None:
    builds = Builds()
    models = ModelSet([builds.spec("a", 60), builds.spec("up", 0), builds.spec("up2", 0)],
                      budget_bytes=60 * MB, default="a")
    models.load_default()
    for model_id in ("up", "up2"):
        view = models.select(model_id)
        await view.load()
        view.release()
    assert models.loaded() == ["a", "up", "up2"] and models.unloads == 0
