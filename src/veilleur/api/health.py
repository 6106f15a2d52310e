"""Liveness and readiness probes."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from veilleur.api.deps import state

__all__ = ["router"]

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process answers."""
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(request: Request) -> JSONResponse:
    """The model is loaded, the engine alive and the safety checks loaded (503 otherwise,
    with the reason)."""
    app_state = state(request)
    engine = app_state.engine.engine
    if engine is not None and engine.is_ready() and app_state.safety_warm:
        return JSONResponse({"status": "ready", "model": engine.info.id})
    if app_state.engine.load_error or engine is None:
        reason = app_state.engine.load_error or "loading"
    elif not engine.is_ready():
        reason = "engine stopped"
    else:
        reason = "preparing the safety checks"

    return JSONResponse({"status": "not_ready", "reason": reason}, status_code=503)
