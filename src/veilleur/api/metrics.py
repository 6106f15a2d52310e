"""`GET /metrics` (Prometheus text format) and the middleware that counts HTTP requests.

`MetricsMiddleware` is the outermost layer: it sees every request, refusals by the other
middleware included, and labels it by the route's template (`/api/conversations/{cid}`,
never the concrete path, so the label set stays bounded; `unmatched` when no route
matched), the method and the status. A streamed response is timed to its last byte.
"""

from __future__ import annotations

import time

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from veilleur.api.deps import require_api_key, state
from veilleur.api.errors import ERROR_RESPONSES
from veilleur.errors import NotFoundError
from veilleur.metrics import CONTENT_TYPE, Metrics

__all__ = ["MetricsMiddleware", "router"]

router = APIRouter(tags=["metrics"], responses=ERROR_RESPONSES)

_EXPOSITION = {200: {"description": "Every metric, in the Prometheus text format.",
                     "content": {CONTENT_TYPE.split(";")[0]: {"schema": {"type": "string"}}}}}


@router.get("/metrics", dependencies=[Depends(require_api_key)],
            response_class=Response, responses=_EXPOSITION)
async def metrics(request: Request) -> Response:
    """Prometheus metrics of this server (text exposition format); 404 when
    `VEILLEUR_METRICS=false`."""
    if not state(request).settings.metrics:
        raise NotFoundError("metrics are off on this server (VEILLEUR_METRICS=false)")
    return Response(state(request).metrics.render(), media_type=CONTENT_TYPE)


class MetricsMiddleware:
    """Count and time every HTTP request in `metrics`."""

    def __init__(self, app: ASGIApp, metrics: Metrics):
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        began = time.perf_counter()
        status = 500  # when the app fails before it starts a response

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            self.metrics.http_request(route, scope["method"], status,
                                      time.perf_counter() - began)
