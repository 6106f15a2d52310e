"""Several models behind one backend: a `ModelSet` maps public ids to backend factories.

    ModelSet(specs, budget_bytes)          a Backend: the default model's face
     ├── select(id) → ModelView            one model, loaded lazily (404 for an unknown id)
     │    ├── await load()                 load it now (once, under a lock), reserved
     │    ├── generate / count_tokens      the loaded backend's, in-flight counted
     │    └── release()                    give back the reservation of `load`
     └── describe()                        every model, loaded or not (`/v1/models`)

Embedded models are loaded on first use; each counts its GGUF file's size against the
memory budget. When loading one more would exceed the budget, the least recently used
loaded model with nothing in flight is unloaded; when every loaded model is busy, the
request is refused with `EngineOverloadedError` (HTTP 503 with `Retry-After`) rather than
queued, so that a burst on one model never holds requests for another in a hidden queue.
A model larger than the budget alone is loaded once everything idle is unloaded. Upstream
models cost nothing and are never unloaded. The default model is loaded at start and never
unloaded: the conversations and the tasks use it through the protocol's methods.

A model is reserved from `load` until its generation is admitted (the stream then holds
it until it ends) or `release` is called, so that it cannot be unloaded between the
request's token counting and its admission.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from veilleur.config import ModelEntry, Settings
from veilleur.engine.base import Backend, EventStream
from veilleur.errors import EngineDeadError, EngineOverloadedError, NotFoundError
from veilleur.types import ChatMessage, GenerationRequest, ModelInfo, ToolSpec

__all__ = ["ModelSet", "ModelSpec", "ModelView", "specs_from_settings"]


@dataclass(frozen=True, slots=True)
class ModelSpec:
    """How to build one model and what it costs.

    Attributes:
        info: What `/v1/models` shows (known before loading).
        build: Builds the backend (blocking: loads the model).
        size_bytes: Memory counted against the budget (0 for an upstream).
        source: Where it comes from (a file path or an upstream URL).
    """

    info: ModelInfo
    build: Callable[[], Backend]
    size_bytes: int = 0
    source: str = ""


@dataclass(slots=True)
class _Slot:
    spec: ModelSpec
    backend: Backend | None = None
    in_flight: int = 0  # admitted streams and reservations
    last_used: int = 0  # a logical clock, not the wall clock
    loads: int = 0


class ModelSet:
    """Several models, one `Backend`: the default model answers the protocol's methods,
    `select(id)` gives any model."""

    def __init__(self, specs: Sequence[ModelSpec], *, budget_bytes: int,
                 default: str | None = None):
        if not specs:
            raise ValueError("a ModelSet needs at least one model")
        self._slots = {spec.info.id: _Slot(spec) for spec in specs}
        self._default = default or specs[0].info.id
        self.budget_bytes = budget_bytes
        self._lock = threading.Lock()  # guards in_flight, backend, last_used
        self._load_lock = asyncio.Lock()  # one load or unload at a time
        self._clock = 0
        self.unloads = 0
        self._closed = False

    # ---- the set ------------------------------------------------------------------------
    def select(self, model_id: str) -> ModelView:
        """The model `model_id` (not loaded yet, maybe), or `NotFoundError`."""
        if model_id not in self._slots:
            raise NotFoundError(
                f"the model {model_id!r} does not exist; this server serves "
                f"{sorted(self._slots)}", param="model", code="model_not_found")
        return ModelView(self, model_id)

    def describe(self) -> list[dict[str, Any]]:
        """Every model: its info, whether it is loaded, its size and source; the default
        first (clients take the first model of `/v1/models` as the server's)."""
        order = sorted(self._slots, key=lambda model_id: model_id != self._default)
        return [{"info": s.spec.info, "loaded": s.backend is not None,
                 "size_bytes": s.spec.size_bytes, "source": s.spec.source,
                 "in_flight": s.in_flight, "default": model_id == self._default}
                for model_id, s in ((m, self._slots[m]) for m in order)]

    def loaded(self) -> list[str]:
        """The ids of the models in memory (upstreams once used count too)."""
        return [model_id for model_id, s in self._slots.items() if s.backend is not None]

    def loads(self, model_id: str) -> int:
        """How many times `model_id` was loaded (a second load follows an unload)."""
        return self._slots[model_id].loads

    def used_bytes(self) -> int:
        return sum(s.spec.size_bytes for s in self._slots.values() if s.backend is not None)

    async def load(self, model_id: str) -> Backend:
        """Load `model_id` (once, whoever asks concurrently) and reserve it.

        Raises:
            EngineOverloadedError: the budget is full of models with requests in flight.
        """
        slot = self._slots[model_id]
        with self._lock:
            if slot.backend is not None:
                return self._reserve(slot)
        async with self._load_lock:
            with self._lock:
                if slot.backend is not None:
                    return self._reserve(slot)
            victims = self._make_room(slot)
            for victim in victims:
                await victim.aclose()
            if self._closed:
                raise EngineDeadError("the engine was shut down")
            backend = await asyncio.to_thread(slot.spec.build)
            with self._lock:
                slot.backend = backend
                slot.loads += 1
                return self._reserve(slot)

    def _make_room(self, slot: _Slot) -> list[Backend]:
        """Take out of the set the LRU idle models that must go for `slot` to fit."""
        need = slot.spec.size_bytes
        victims: list[Backend] = []
        with self._lock:
            loaded = sorted((s for s in self._slots.values()
                             if s.backend is not None and s.spec.size_bytes > 0),
                            key=lambda s: s.last_used)
            used = sum(s.spec.size_bytes for s in loaded)
            for other in loaded:
                if used + need <= self.budget_bytes:
                    break
                if other.in_flight == 0 and other.spec.info.id != self._default:
                    assert other.backend is not None
                    victims.append(other.backend)
                    other.backend = None
                    used -= other.spec.size_bytes
                    self.unloads += 1
            busy = any(s.backend is not None for s in loaded)
            if used + need > self.budget_bytes and busy:
                raise EngineOverloadedError(
                    f"the model {slot.spec.info.id!r} does not fit in the memory budget "
                    "(model_memory_budget_mb) beside the models answering now; retry in a "
                    "few seconds", retry_after=2)
        return victims

    def load_default(self) -> None:
        """Load the default model now (blocking; at start, before serving). It stays
        loaded: the conversations and the tasks use it, and it is never unloaded."""
        slot = self._slots[self._default]
        if slot.backend is None:
            slot.backend = slot.spec.build()
            slot.loads += 1

    def _reserve(self, slot: _Slot) -> Backend:
        assert slot.backend is not None
        slot.in_flight += 1
        self._clock += 1
        slot.last_used = self._clock
        return slot.backend

    def _give_back(self, model_id: str) -> None:
        with self._lock:
            slot = self._slots[model_id]
            slot.in_flight = max(0, slot.in_flight - 1)

    def _backend(self, model_id: str) -> Backend:
        backend = self._slots[model_id].backend
        if backend is None:
            raise EngineOverloadedError(f"the model {model_id!r} is not loaded; retry",
                                        retry_after=1)
        return backend

    # ---- the Backend protocol (the default model) --------------------------------------
    @property
    def info(self) -> ModelInfo:
        return self._slots[self._default].spec.info

    def is_ready(self) -> bool:
        return not self._closed

    def stats(self) -> Mapping[str, float]:
        """The loaded models' counters, summed."""
        total: dict[str, float] = {}
        for slot in self._slots.values():
            stats = getattr(slot.backend, "stats", None)
            for key, value in (stats() if stats is not None else {}).items():
                total[key] = total.get(key, 0) + value
        return total

    def count_tokens(self, text: str) -> int:
        return self._backend(self._default).count_tokens(text)

    def count_chat_tokens(self, messages: Sequence[ChatMessage],
                          tools: Sequence[ToolSpec] = ()) -> int:
        return self._backend(self._default).count_chat_tokens(messages, tools)

    def generate(self, request: GenerationRequest) -> EventStream:
        return ModelView(self, self._default).generate(request)

    async def aclose(self) -> None:
        self._closed = True
        async with self._load_lock:
            for slot in self._slots.values():
                backend, slot.backend = slot.backend, None
                if backend is not None:
                    await backend.aclose()


class ModelView:
    """One model of a `ModelSet`, as a `Backend` (the guarded engine wraps it)."""

    def __init__(self, models: ModelSet, model_id: str):
        self._models = models
        self.model_id = model_id
        self._reserved = False

    @property
    def info(self) -> ModelInfo:
        return self._models._slots[self.model_id].spec.info

    def is_ready(self) -> bool:
        return self._models.is_ready()

    def stats(self) -> Mapping[str, float]:
        backend = self._models._slots[self.model_id].backend
        stats = getattr(backend, "stats", None)
        return dict(stats()) if stats is not None else {}

    async def load(self) -> None:
        """Load the model if needed and reserve it until `generate` or `release`."""
        if not self._reserved:
            await self._models.load(self.model_id)
            self._reserved = True

    def release(self) -> None:
        """Give back the reservation of `load` (nothing was admitted)."""
        if self._reserved:
            self._reserved = False
            self._models._give_back(self.model_id)

    def count_tokens(self, text: str) -> int:
        return self._models._backend(self.model_id).count_tokens(text)

    def count_chat_tokens(self, messages: Sequence[ChatMessage],
                          tools: Sequence[ToolSpec] = ()) -> int:
        return self._models._backend(self.model_id).count_chat_tokens(messages, tools)

    def generate(self, request: GenerationRequest) -> EventStream:
        """Admit on the loaded model; the stream holds it until it ends."""
        models = self._models
        with models._lock:
            slot = models._slots[self.model_id]
            if self._reserved:
                self._reserved = False  # the stream takes the reservation over
            elif slot.backend is not None:
                models._reserve(slot)
        backend = slot.backend
        if backend is None:
            raise EngineOverloadedError(f"the model {self.model_id!r} is not loaded; retry",
                                        retry_after=1)
        released = False

        def give_back() -> None:
            nonlocal released
            if not released:
                released = True
                models._give_back(self.model_id)

        try:
            inner = backend.generate(request)
        except BaseException:
            give_back()
            raise

        async def events() -> Any:
            try:
                async for event in inner:
                    yield event
            finally:
                await inner.aclose()
                give_back()

        return EventStream(events(), give_back)

    async def aclose(self) -> None:
        """Nothing: the set owns the model."""


def specs_from_settings(settings: Settings, *, redact: Callable[[str], str] | None = None
                        ) -> tuple[list[ModelSpec], str]:
    """The specs of `settings.models` (built with the backend factories) and the default
    model's id (the entry marked `default`, else the first)."""
    from veilleur.engine.factory import build_backend

    specs = [_spec(settings, entry, redact, build_backend) for entry in settings.models]
    default = next((e.id for e in settings.models if e.default), settings.models[0].id)
    return specs, default


def _spec(settings: Settings, entry: ModelEntry, redact: Callable[[str], str] | None,
          build_backend: Callable[..., Backend]) -> ModelSpec:
    n_ctx = entry.n_ctx or settings.n_ctx
    if entry.path is not None:
        path = entry.path.expanduser()
        one = settings.model_copy(update={"models": [], "backend": "llamacpp", "model": path,
                                          "model_name": entry.id, "n_ctx": n_ctx})
        return ModelSpec(ModelInfo(id=entry.id, context_length=n_ctx, created=int(time.time())),
                         lambda: build_backend(one), size_bytes=path.stat().st_size,
                         source=str(path))
    key = entry.api_key()
    one = settings.model_copy(update={
        "models": [], "backend": "openai", "upstream_url": entry.upstream_url,
        "upstream_urls": [], "model_name": entry.upstream_model, "n_ctx": n_ctx,
        "upstream_api_key": None if key is None else _secret(key)})
    owned_by = "upstream"
    return ModelSpec(ModelInfo(id=entry.id, context_length=n_ctx, owned_by=owned_by,
                               created=int(time.time())),
                     lambda: build_backend(one, redact=redact),
                     source=entry.upstream_url or "")


def _secret(value: str) -> Any:
    from pydantic import SecretStr

    return SecretStr(value)

