"""`/api/admin/audit`, `/api/admin/events`, `/api/admin/usage`: administrators only.

Every route needs the admin role (403 otherwise); the reads live in `serving`.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request

from veilleur.api.admin.protocol import AuditPage, EventPage, UsageReport
from veilleur.api.admin.serving import Window
from veilleur.api.deps import require_admin, state
from veilleur.api.errors import ERROR_RESPONSES

__all__ = ["router"]

router = APIRouter(prefix="/api/admin", dependencies=[Depends(require_admin)],
                   tags=["admin"], responses=ERROR_RESPONSES)

MAX_PAGE = 500

_USER = Query(None, max_length=64, description="A user's id or username.")
_SINCE = Query(None, description="From this moment (ISO 8601; UTC without an offset).")
_UNTIL = Query(None, description="Before this moment (ISO 8601; UTC without an offset).")
_LIMIT = Query(100, ge=1, le=MAX_PAGE)
_OFFSET = Query(0, ge=0)


@router.get("/audit", response_model=AuditPage)
async def audit(
    request: Request,
    user: str | None = _USER,
    category: str | None = Query(None, max_length=16, description="S1…S14 or jailbreak."),
    action: Literal["allow", "log", "warn", "block"] | None = None,
    direction: Literal["input", "output"] | None = None,
    since: datetime | None = _SINCE,
    until: datetime | None = _UNTIL,
    limit: int = _LIMIT,
    offset: int = _OFFSET,
) -> dict[str, Any]:
    """Everyone's safety decisions, newest first."""
    window = Window(user, since, until, limit, offset)
    return await asyncio.to_thread(state(request).admin.audit, window, category=category,
                                   action=action, direction=direction)


@router.get("/events", response_model=EventPage)
async def events(
    request: Request,
    user: str | None = _USER,
    event: str | None = Query(None, max_length=32, description="login_failed, key_created, …"),
    since: datetime | None = _SINCE,
    until: datetime | None = _UNTIL,
    limit: int = _LIMIT,
    offset: int = _OFFSET,
) -> dict[str, Any]:
    """Everyone's auth events (logins, keys, sessions, CSRF rejections), newest first."""
    window = Window(user, since, until, limit, offset)
    return await asyncio.to_thread(state(request).admin.events, window, event=event)


@router.get("/usage", response_model=UsageReport)
async def usage(request: Request) -> dict[str, Any]:
    """What each user consumed today and this month, and what they store."""
    return await asyncio.to_thread(state(request).admin.usage)
