"""The application factory: routers, error handlers, middleware, around assembled services.

`create_app` receives an `AppState` that the composition root (`veilleur.assembly`) built;
it builds nothing itself. The server answers `/healthz` at once; `/readyz` turns ready
when the model and the safety checks are loaded (the lifecycle's start does that in the
background).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from veilleur import __version__
from veilleur.api.errors import install_error_handlers
from veilleur.api.metrics import MetricsMiddleware
from veilleur.api.middleware import ATTACHMENT_UPLOAD, BodyLimitMiddleware, RequestCheckMiddleware
from veilleur.api.request_log import RequestContextMiddleware
from veilleur.api.state import AppState
from veilleur.plugins import load as load_plugins

__all__ = ["create_app"]


def create_app(app_state: AppState) -> FastAPI:
    """The ASGI app serving `app_state`'s services."""
    settings = app_state.settings

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await app_state.lifecycle.start()
        try:
            yield
        finally:
            await app_state.lifecycle.stop()

    app = FastAPI(
        title="Veilleur",
        version=__version__,
        description="A self-hosted, safety-first assistant with an OpenAI-compatible API.",
        lifespan=lifespan,
        # /openapi.json and the optional docs UI are served by `veilleur.api.docs`,
        # behind the API key and the `docs_ui` setting.
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.state.veilleur = app_state
    install_error_handlers(app)
    # Outermost first: the size cap, then the checks of host, origin and body.
    app.add_middleware(RequestCheckMiddleware, settings=settings)
    # The attachments' upload has a body limit of its own (several files of a few MB).
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes, routes=[
        (ATTACHMENT_UPLOAD, settings.attachments.max_request_bytes,
         "attachments.max_request_bytes")])
    # The request's id and its access log line: refusals by the checks get them too.
    app.add_middleware(RequestContextMiddleware)
    # Outermost of all: every request is counted, those the checks refuse included.
    if settings.metrics:
        app.add_middleware(MetricsMiddleware, metrics=app_state.metrics)
    for router in load_plugins("routers"):
        app.include_router(router)
    return app
