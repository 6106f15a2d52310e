"""The model set's lazy loading, LRU unloading and in-flight accounting, on scripted
backends (the LLM is not what is tested here: when and how often models load is)."""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest

from helpers import ScriptedBackend
from veilleur.config import load_settings
from veilleur.engine.models import ModelSet, ModelSpec
from veilleur.errors import ConfigError, EngineOverloadedError, NotFoundError
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


def test_models_are_read_from_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gguf = tmp_path / "tiny.gguf"
    gguf.write_bytes(b"GGUF")
    config = tmp_path / "veilleur.toml"
    config.write_text(f"""model_memory_budget_mb = 100

[[models]]
id = "tiny"
path = "{gguf}"
n_ctx = 1024

[[models]]
id = "remote"
upstream_url = "http://gpu:8000/v1"
upstream_model = "big"
api_key_env = "REMOTE_KEY"
default = true
""")
    monkeypatch.setenv("REMOTE_KEY", "s3cret")
    monkeypatch.setenv("VEILLEUR_CONFIG", str(config))  # what --config sets, undone after
    settings = load_settings(data_dir=tmp_path)
    assert [m.id for m in settings.models] == ["tiny", "remote"]
    assert settings.models[0].path == gguf and settings.models[0].n_ctx == 1024
    assert settings.models[1].api_key() == "s3cret"
    assert settings.model_memory_budget_mb == 100


@pytest.mark.parametrize("models, says", [
    ([{"id": "x", "upstream_url": "http://a/v1"}, {"id": "x", "upstream_url": "http://b/v1"}],
     "unique"),
    ([{"id": "x"}], "exactly one of path and upstream_url"),
    ([{"id": "x", "path": "/nowhere.gguf"}], "neither a file nor the id of a pulled model"),
    ([{"id": "x", "upstream_url": "http://a/v1", "default": True},
      {"id": "y", "upstream_url": "http://b/v1", "default": True}], "at most one"),
])
def test_bad_models_say_why(tmp_path: Path, models: list[dict[str, Any]], says: str) -> None:
    with pytest.raises(ConfigError, match=says):
        load_settings(data_dir=tmp_path, model_cache_dir=tmp_path, models=models)
