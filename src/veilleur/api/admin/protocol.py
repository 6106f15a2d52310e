"""The administrators' API's wire models (what /openapi.json shows)."""

from __future__ import annotations

from pydantic import BaseModel, Field

__all__ = ["AuditPage", "AuditRow", "EventPage", "EventRow", "UsageReport", "UsageRow"]


class AuditRow(BaseModel):
    """One safety decision (`AuditRecord.to_dict()`), with its owner's username."""

    id: int
    created_at: str | None
    request_id: str
    user: str | None = Field(description="The `user` field the client sent, if any.")
    owner_id: str | None = Field(description="The account (users.id); null: unowned.")
    username: str | None = Field(description="The owner's username; null: unowned.")
    direction: str
    action: str
    categories: list[str]
    scores: dict[str, float]
    policy_version: str
    model: str | None
    language: str
    explanation: str
    judge: str | None
    text: str | None


class AuditPage(BaseModel):
    data: list[AuditRow]
    total: int = Field(description="Rows matching the filters, all pages together.")


class EventRow(BaseModel):
    """One auth event (login, logout, key created, CSRF rejected, …); never a secret."""

    id: int
    created_at: str | None
    event: str
    user_id: str | None
    username: str = Field(description="The username as typed (cut to 64), or the account's.")
    address: str
    actor_id: str | None = Field(description="Who did it, when not the user (an admin).")
    actor_username: str | None
    detail: str


class EventPage(BaseModel):
    data: list[EventRow]
    total: int


class UsageRow(BaseModel):
    """What one account consumed; the row with `owner_id` null is the unowned records'
    (the local person, the operator's shared key)."""

    owner_id: str | None
    username: str | None
    role: str | None
    disabled: bool
    requests_today: int = Field(description="Generating requests started today (UTC).")
    requests_month: int = Field(description="Generating requests started this month (UTC).")
    tokens_today: int = Field(description="Tokens generated today (UTC).")
    tokens_month: int = Field(description="Tokens generated this month (UTC).")
    generations_running: int = Field(description="Generations running now, all processes.")
    conversations: int
    messages: int


class UsageReport(BaseModel):
    data: list[UsageRow]
    day_start: str
    month_start: str
