"""What the administrators' API reads: the safety audit, the auth events, the usage.

Read-only and for administrators only (the router requires the role): unlike every other
route, these see the rows of every owner. A `user` filter is a user's id or username;
the usernames are joined in so that a page can show who did what.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from veilleur.accounts.models import AuthEvent, GenerationLease, UsageCounter, User
from veilleur.errors import InvalidRequestError
from veilleur.safety import CODES
from veilleur.safety.audit import AuditLog
from veilleur.store.db import store_session
from veilleur.store.models import Conversation, Message, utcnow

__all__ = ["AdminReports", "Window"]


@dataclass(frozen=True, slots=True)
class Window:
    """Filters common to the audit and the events: who, when, which page."""

    user: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 100
    offset: int = 0

    def bounds(self) -> tuple[datetime | None, datetime | None]:
        """`since` and `until` in UTC (a time without an offset is read as UTC)."""
        return _utc(self.since), _utc(self.until)


class AdminReports:
    """Reads for `/api/admin/*` through the store's sessions."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._audit = AuditLog(sessions)

    def _session(self) -> AbstractContextManager[Session]:
        return store_session(self._sessions)

    # ---- the safety audit ------------------------------------------------------------------

    def audit(self, window: Window, *, category: str | None = None, action: str | None = None,
              direction: str | None = None) -> dict[str, Any]:
        """A page of audit rows of everyone (or of `window.user`), newest first."""
        if category is not None and category not in CODES:
            raise InvalidRequestError(
                f"unknown category {category!r}; known: {', '.join(CODES)}", param="category")
        owner_id: str | None = None
        if window.user is not None:
            owner_id = self._user_id(window.user)
            if owner_id is None:  # nobody of that name: nothing is theirs
                return {"data": [], "total": 0}
        since, until = window.bounds()
        rows, total = self._audit.page(
            owner_id=owner_id, category=category, action=action, direction=direction,
            since=since, until=until, limit=window.limit, offset=window.offset)
        names = self._usernames({r.owner_id for r in rows})
        data = [{**r.to_dict(), "owner_id": r.owner_id, "username": names.get(r.owner_id)}
                for r in rows]
        return {"data": data, "total": total}

    # ---- the auth events ---------------------------------------------------------------------

    def events(self, window: Window, *, event: str | None = None) -> dict[str, Any]:
        """A page of auth events, newest first; `window.user` matches the account's id and
        the username as typed (failed logins of a name that is no account)."""
        conditions = []
        if window.user is not None:
            user_id = self._user_id(window.user)
            typed = AuthEvent.username == window.user.strip().lower()[:64]
            conditions.append(typed if user_id is None
                              else or_(AuthEvent.user_id == user_id, typed))
        if event:
            conditions.append(AuthEvent.event == event)
        since, until = window.bounds()
        if since is not None:
            conditions.append(AuthEvent.created_at >= since)
        if until is not None:
            conditions.append(AuthEvent.created_at < until)
        with self._session() as session:
            total = session.scalar(
                select(func.count()).select_from(AuthEvent).where(*conditions)) or 0
            rows = session.scalars(
                select(AuthEvent).where(*conditions).order_by(AuthEvent.id.desc())
                .limit(window.limit).offset(window.offset)).all()
        names = self._usernames({r.user_id for r in rows} | {r.actor_id for r in rows})
        return {"data": [_event_view(r, names) for r in rows], "total": total}

    # ---- usage -------------------------------------------------------------------------------

    def usage(self) -> dict[str, Any]:
        """Per user (and the unowned records, when there are any): requests and generated
        tokens today and this month (UTC), generations running now, conversations and
        messages stored."""
        now = utcnow()
        today = now.replace(hour=0, minute=0, second=0, microsecond=0)
        month = today.replace(day=1)
        with self._session() as session:
            users = session.execute(
                select(User.id, User.username, User.role, User.disabled).order_by(User.username)
            ).all()
            counters = session.execute(
                select(UsageCounter.owner_id, UsageCounter.kind,
                       func.sum(UsageCounter.value).filter(
                           UsageCounter.window_start >= today),
                       func.sum(UsageCounter.value))
                .where(UsageCounter.window_start >= month)
                .group_by(UsageCounter.owner_id, UsageCounter.kind)
            ).all()
            running = dict(session.execute(
                select(GenerationLease.owner_id, func.count())
                .where(GenerationLease.expires_at > now)
                .group_by(GenerationLease.owner_id)
            ).all())
            conversations = dict(session.execute(
                select(Conversation.owner_id, func.count()).group_by(Conversation.owner_id)
            ).all())
            messages = dict(session.execute(
                select(Conversation.owner_id, func.count(Message.id))
                .join(Message, Message.conversation_id == Conversation.id)
                .group_by(Conversation.owner_id)
            ).all())
        # The counters and the leases write "" for the records without an owner.
        used: dict[str | None, dict[str, int]] = {}
        for owner, kind, in_day, in_month in counters:
            row = used.setdefault(owner or None, {})
            row[f"{kind}_today"] = int(in_day or 0)
            row[f"{kind}_month"] = int(in_month or 0)
        people: list[tuple[str | None, str | None, str | None, bool]] = [
            (u.id, u.username, u.role, bool(u.disabled)) for u in users]
        unowned = (None in used or running.get("") or conversations.get(None))
        if unowned:
            people.append((None, None, None, False))
        data = []
        for owner_id, username, role, disabled in people:
            counted = used.get(owner_id, {})
            data.append({
                "owner_id": owner_id, "username": username, "role": role,
                "disabled": disabled,
                "requests_today": counted.get("requests_today", 0),
                "requests_month": counted.get("requests_month", 0),
                "tokens_today": counted.get("tokens_today", 0),
                "tokens_month": counted.get("tokens_month", 0),
                "generations_running": int(running.get(owner_id or "", 0)),
                "conversations": int(conversations.get(owner_id, 0)),
                "messages": int(messages.get(owner_id, 0)),
            })
        return {"data": data, "day_start": today.isoformat(), "month_start": month.isoformat()}

    # ---- internals ---------------------------------------------------------------------------

    def _user_id(self, user: str) -> str | None:
        """The id of the user whose id or username is `user`; None when nobody's."""
        user = user.strip()
        with self._session() as session:
            return session.scalar(
                select(User.id).where(or_(User.id == user, User.username == user.lower())))

    def _usernames(self, ids: set[str | None]) -> dict[str | None, str]:
        wanted = {i for i in ids if i}
        if not wanted:
            return {}
        with self._session() as session:
            return dict(session.execute(
                select(User.id, User.username).where(User.id.in_(wanted))).all())


def _event_view(row: AuthEvent, names: dict[str | None, str]) -> dict[str, Any]:
    return {
        "id": row.id,
        "created_at": row.created_at.isoformat() if row.created_at else None,
        "event": row.event,
        "user_id": row.user_id,
        "username": row.username or names.get(row.user_id) or "",
        "address": row.address,
        "actor_id": row.actor_id,
        "actor_username": names.get(row.actor_id),
        "detail": row.detail,
    }


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
