"""The audit log: one append-only row per safety decision.

Each row carries the account it was made for (`owner_id`; None for the local person and
the operator's key), so that an administrator can read one person's decisions.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Index,
    Integer,
    Select,
    String,
    Text,
    cast,
    event,
    func,
    select,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from veilleur.errors import StoreError
from veilleur.safety.decision import Decision
from veilleur.store.models import Base, utcnow

__all__ = ["AuditLog", "AuditRecord"]


class AuditRecord(Base):
    """One safety decision. Rows are never updated nor deleted."""

    __tablename__ = "safety_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    request_id: Mapped[str] = mapped_column(String(64), default="")
    user: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # The account the decision was made for (`users.id`); None for unowned requests.
    owner_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    direction: Mapped[str] = mapped_column(String(8))
    text: Mapped[str | None] = mapped_column(Text, nullable=True)
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    scores: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)
    action: Mapped[str] = mapped_column(String(8))
    policy_version: Mapped[str] = mapped_column(String(64))
    model: Mapped[str | None] = mapped_column(String(200), nullable=True)
    language: Mapped[str] = mapped_column(String(8), default="")
    explanation: Mapped[str] = mapped_column(Text, default="")
    judge: Mapped[str | None] = mapped_column(String(64), nullable=True)

    __table_args__ = (
        Index("ix_safety_audit_created_at", "created_at"),
        Index("ix_safety_audit_action", "action"),
        Index("ix_safety_audit_request", "request_id"),
        Index("ix_safety_audit_owner", "owner_id", "created_at"),
    )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the row."""
        return {
            "id": self.id,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "request_id": self.request_id,
            "user": self.user,
            "owner_id": self.owner_id,
            "direction": self.direction,
            "action": self.action,
            "categories": list(self.categories or []),
            "scores": dict(self.scores or {}),
            "policy_version": self.policy_version,
            "model": self.model,
            "language": self.language,
            "explanation": self.explanation,
            "judge": self.judge,
            "text": self.text,
        }


@event.listens_for(AuditRecord, "before_update")
@event.listens_for(AuditRecord, "before_delete")
def _append_only(_mapper, _connection, target) -> None:  # type: ignore[no-untyped-def]
    raise StoreError(f"the safety audit log is append-only (row {target.id!r})")


class AuditLog:
    """Writes and reads audit rows through the store's sessions."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def record(
        self,
        decision: Decision,
        *,
        direction: str,
        text: str | None,
        request_id: str = "",
        user: str | None = None,
        owner_id: str | None = None,
        model: str | None = None,
    ) -> None:
        """Append one decision (`owner_id`: the account it was made for).

        Raises:
            StoreError: the database refused the row.
        """
        row = AuditRecord(
            request_id=request_id, user=user, owner_id=owner_id, direction=direction, text=text,
            categories=list(decision.categories), scores=dict(decision.scores),
            action=decision.action, policy_version=decision.policy_version, model=model,
            language=decision.language, explanation=decision.explanation,
            judge=decision.judge,
        )
        try:
            with self._sessions.begin() as session:
                session.add(row)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write the safety audit log: {exc}") from exc

    def query(
        self,
        *,
        owner_id: str | None = None,
        category: str | None = None,
        action: str | None = None,
        direction: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[AuditRecord]:
        """Rows matching every given filter, oldest first (`owner_id`: that account's)."""
        stmt = _filtered(select(AuditRecord).order_by(AuditRecord.id), owner_id=owner_id,
                         category=category, action=action, direction=direction, since=since,
                         until=until)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._sessions() as session:
            yield from session.scalars(stmt)

    def page(
        self,
        *,
        owner_id: str | None = None,
        category: str | None = None,
        action: str | None = None,
        direction: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> tuple[list[AuditRecord], int]:
        """One page of the matching rows, newest first, and how many match in all."""
        filters: dict[str, Any] = {
            "owner_id": owner_id, "category": category, "action": action,
            "direction": direction, "since": since, "until": until,
        }
        rows = _filtered(select(AuditRecord), **filters).order_by(AuditRecord.id.desc())
        count = _filtered(select(func.count()).select_from(AuditRecord), **filters)
        try:
            with self._sessions() as session:
                total = session.scalar(count) or 0
                found = list(session.scalars(rows.limit(limit).offset(offset)))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read the safety audit log: {exc}") from exc
        return found, total


def _filtered(stmt: Select[Any], *, owner_id: str | None, category: str | None,
              action: str | None, direction: str | None, since: datetime | None,
              until: datetime | None) -> Select[Any]:
    """`stmt` restricted to the rows matching every filter given."""
    if owner_id:
        stmt = stmt.where(AuditRecord.owner_id == owner_id)
    if category:
        # The JSON list read as text, the same on SQLite and PostgreSQL: a code is a
        # quoted item (`"S1"` does not match `"S10"`); LIKE's wildcards are escaped.
        escaped = category.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(cast(AuditRecord.categories, Text).like(f'%"{escaped}"%',
                                                                  escape="\\"))
    if action:
        stmt = stmt.where(AuditRecord.action == action)
    if direction:
        stmt = stmt.where(AuditRecord.direction == direction)
    if since:
        stmt = stmt.where(AuditRecord.created_at >= since)
    if until:
        stmt = stmt.where(AuditRecord.created_at < until)
    return stmt
