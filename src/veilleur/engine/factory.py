"""Building the configured backend: a registry of backend factories by name.

The built-in backends import their modules when built, not here: `llamacpp` loads the
compiled llama.cpp library and `openai` needs only httpx, so each pays for itself alone.
"""

from __future__ import annotations

from collections.abc import Callable

from veilleur.config import Settings
from veilleur.engine.base import Backend, Embedder
from veilleur.errors import ConfigError

__all__ = ["BACKENDS", "build_backend", "build_embedder", "register_backend"]

# A factory gets the settings and, for backends that send text off the machine, the
# function that redacts personal data (None: send it as it is).
Redact = Callable[[str], str]
BackendFactory = Callable[[Settings, Redact | None], Backend]
BACKENDS: dict[str, BackendFactory] = {}


def register_backend(name: str) -> Callable[[BackendFactory], BackendFactory]:
    """Register a factory under `name` (the value of the `backend` setting)."""

    def decorator(factory: BackendFactory) -> BackendFactory:
        BACKENDS[name] = factory
        return factory

    return decorator


def build_backend(settings: Settings, *, redact: Redact | None = None) -> Backend:
    """Build the backend that `settings.backend` names (blocking: loads the model).

    `redact` is applied to prompts sent to an external server when
    `safety.redact_external` is on. With `settings.models`, a `ModelSet` of them (each
    loaded on first use).
    """
    if settings.models:
        from veilleur.engine.models import ModelSet, specs_from_settings

        specs, default = specs_from_settings(
            settings, redact=redact if settings.safety.redact_external else None)
        models = ModelSet(specs, budget_bytes=settings.model_memory_budget_mb * 1024 * 1024,
                          default=default)
        models.load_default()
        return models
    factory = BACKENDS.get(settings.backend)
    if factory is None:
        raise ConfigError(f"unknown backend {settings.backend!r}; known: {sorted(BACKENDS)}")
    return factory(settings, redact if settings.safety.redact_external else None)


def build_embedder(settings: Settings, backend: Backend) -> Embedder | None:
    """What answers `/v1/embeddings` beside `backend` (built from `settings`): the backend
    itself when it embeds (upstream), a `LlamaEmbedder` on the same GGUF for the embedded
    backends (its context is loaded on first use), else None."""
    if isinstance(backend, Embedder):
        return backend
    if settings.backend != "llamacpp":
        return None
    from veilleur.engine.embeddings import LlamaEmbedder
    from veilleur.models import ensure_default_model

    path = settings.model or ensure_default_model(settings.model_cache_dir)
    return LlamaEmbedder(path, n_ctx=settings.n_ctx, n_threads=settings.n_threads,
                         max_queue=settings.max_queue)


@register_backend("llamacpp")
def _llamacpp(settings: Settings, _redact: Redact | None) -> Backend:
    from veilleur.engine.llamacpp import LlamaCppBackend
    from veilleur.models import ensure_default_model

    path = settings.model or ensure_default_model(settings.model_cache_dir)
    if settings.scheduler == "batched":
        from veilleur.engine.batched import BatchedLlamaCppBackend
        from veilleur.engine.scheduler import SchedulerConfig

        config = SchedulerConfig(
            n_slots=settings.n_slots,
            n_ctx_slot=settings.n_ctx,
            max_queue=settings.max_queue,
            prefill_chunk=settings.prefill_chunk,
            max_batch_tokens=settings.n_batch,
            prefill_seqs=settings.prefill_seqs,
            fair=settings.fair_scheduling,
        )
        return BatchedLlamaCppBackend(
            path,
            config=config,
            n_threads=settings.n_threads,
            chat_format=settings.chat_format,
            model_name=settings.model_name,
        )
    return LlamaCppBackend(
        path,
        n_ctx=settings.n_ctx,
        n_threads=settings.n_threads,
        n_batch=settings.n_batch,
        max_queue=settings.max_queue,
        chat_format=settings.chat_format,
        model_name=settings.model_name,
    )


@register_backend("openai")
def _openai_upstream(settings: Settings, redact: Redact | None) -> Backend:
    from veilleur.engine.pool import UpstreamPool

    urls = list(dict.fromkeys(
        u.rstrip("/") for u in (settings.upstream_url, *settings.upstream_urls) if u))
    if not urls:
        raise ConfigError(
            "backend 'openai' needs the upstream server's URL: set VEILLEUR_UPSTREAM_URL "
            "(e.g. http://gpu-host:8000/v1) or VEILLEUR_UPSTREAM_URLS (a JSON list)"
        )
    key = settings.upstream_api_key.get_secret_value() if settings.upstream_api_key else None
    return UpstreamPool.connect(
        urls,
        api_key=key,
        model_name=settings.model_name,
        context_length=settings.n_ctx,
        max_in_flight=settings.max_queue,
        timeout_s=settings.upstream_timeout_s,
        redact=redact,
        health_interval_s=settings.upstream_health_interval_s,
        health_timeout_s=settings.upstream_health_timeout_s,
        backoff_max_s=settings.upstream_backoff_max_s,
    )
