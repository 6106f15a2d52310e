"""The application factory: routers, error handlers, and the model loaded in background.

The server answers `/healthz` at once; the model loads on a worker thread and `/readyz`
turns ready when it is in memory. Replies left `streaming` by a previous process that died
are marked `interrupted` at start-up.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from veilleur import __version__
from veilleur.api.errors import install_error_handlers
from veilleur.api.middleware import BodyLimitMiddleware
from veilleur.api.state import AppState
from veilleur.chat.guarding import SafetyGate
from veilleur.chat.service import ConversationService
from veilleur.config import Settings
from veilleur.engine.base import Backend
from veilleur.engine.factory import build_backend
from veilleur.errors import VeilleurError
from veilleur.store.db import open_database
from veilleur.store.repository import ConversationRepository

__all__ = ["create_app"]

log = logging.getLogger(__name__)


def create_app(settings: Settings, *, backend: Backend | None = None, load: bool = True) -> FastAPI:
    """Build the ASGI app. With `backend`, use it instead of building one from settings;
    with `load=False`, load nothing (the caller attaches a backend to the state).

    Raises:
        StoreError: the database cannot be opened (checked here, before serving).
    """
    engine, sessions = open_database(settings.resolved_database_url)
    repository = ConversationRepository(sessions)
    interrupted = repository.mark_stale_streaming()
    if interrupted:
        log.warning(
            "marked %d reply(ies) left unfinished by a previous run as interrupted", interrupted
        )
    app_state = AppState(
        settings=settings,
        repository=repository,
        sessions=sessions,
        conversations=ConversationService(
            None,
            repository,
            default_system_prompt=settings.system_prompt,
            default_max_tokens=settings.default_max_tokens,
        ),
    )

    # Every generating path is checked by the safety pipeline (built on first use).
    app_state.conversations.gate = SafetyGate(lambda: app_state.safety)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        loader = asyncio.create_task(_load(app_state, backend)) if load else None
        warmup = asyncio.create_task(_warm_up_safety(app_state))
        try:
            yield
        finally:
            if loader is not None:
                loader.cancel()
            warmup.cancel()
            if app_state.backend is not None:
                await app_state.backend.aclose()
            engine.dispose()

    app = FastAPI(
        title="Veilleur",
        version=__version__,
        description="A self-hosted, safety-first assistant with an OpenAI-compatible API.",
        lifespan=lifespan,
    )
    app.state.veilleur = app_state
    install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)

    from veilleur.plugins import load as load_plugins

    for router in load_plugins("routers"):
        app.include_router(router)
    return app


async def _load(app_state: AppState, backend: Backend | None) -> None:
    try:
        if backend is None:
            backend = await asyncio.to_thread(build_backend, app_state.settings)
        app_state.attach(backend)
        log.info("model %s ready", backend.info.id)
    except VeilleurError as exc:
        app_state.load_error = exc.message
        log.error("cannot load the model: %s", exc.message)
    except Exception as exc:  # keep serving /healthz and say why in /readyz
        app_state.load_error = f"{exc.__class__.__name__}: {exc}"
        log.exception("cannot load the model")


async def _warm_up_safety(app_state: AppState) -> None:
    """Load everything the safety checks use now rather than on the first requests.

    The classifier, the language detector's models and, when redaction is on, the spaCy
    models take a few seconds in all; loaded lazily they would land on the first requests
    and stall the streams already running (they hold the GIL). /readyz waits for this.
    """
    try:
        pipeline = await asyncio.to_thread(lambda: app_state.safety)
        await asyncio.to_thread(pipeline.warm_up)
    except Exception:  # the first request will report the problem properly
        log.exception("the safety pipeline could not be prepared")
    finally:
        app_state.safety_warm = True
