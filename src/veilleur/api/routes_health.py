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
    """The model is loaded and the engine alive (503 otherwise, with the reason)."""
    app_state = state(request)
    backend = app_state.backend
    if backend is not None and backend.is_ready():
        return JSONResponse({"status": "ready", "model": backend.info.id})
    reason = app_state.load_error or ("loading" if backend is None else "engine stopped")
    return JSONResponse({"status": "not_ready", "reason": reason}, status_code=503)
