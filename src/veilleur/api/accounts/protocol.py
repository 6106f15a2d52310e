"""The accounts API's wire models: request bodies and the responses /openapi.json shows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from veilleur.accounts import Principal
from veilleur.accounts.models import ApiKey, User
from veilleur.accounts.principal import Method, Role

__all__ = [
    "KeyCreate",
    "KeyCreated",
    "KeyList",
    "KeyView",
    "MeView",
    "UserCreate",
    "UserList",
    "UserUpdate",
    "UserView",
]

Quotas = dict[Literal["requests_per_minute", "tokens_per_day", "concurrent_generations"],
              int | None]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


class UserView(BaseModel):
    id: str
    username: str
    display_name: str
    role: Role
    disabled: bool
    has_password: bool = Field(description="False for a user who only logs in with SSO.")
    sso: bool = Field(description="Whether the user logs in through single sign-on.")
    quotas: dict[str, int | None] = Field(
        description="Overrides of the default quotas (absent: the default; null: no limit).")
    created_at: datetime

    @classmethod
    def of(cls, user: User) -> UserView:
        return cls(id=user.id, username=user.username, display_name=user.display_name,
                   role="admin" if user.role == "admin" else "user", disabled=user.disabled,
                   has_password=user.password_hash is not None,
                   sso=user.oidc_issuer is not None, quotas=dict(user.quotas or {}),
                   created_at=_utc(user.created_at))


class UserList(BaseModel):
    data: list[UserView]


class MeView(BaseModel):
    """Who the request acts as. `id` is null for the local person and the operator's key."""

    id: str | None
    username: str
    display_name: str = ""
    role: Role
    method: Method = Field(description="How the request authenticated.")
    key_id: str | None = Field(None, description="The API key used, if any.")

    @classmethod
    def of(cls, principal: Principal, user: User | None) -> MeView:
        return cls(id=principal.user_id, username=principal.username,
                   display_name=user.display_name if user is not None else "",
                   role=principal.role, method=principal.method, key_id=principal.key_id)


class KeyCreate(_Strict):
    name: str = Field("", max_length=200, description="What the key is for.")
    expires_in_days: int | None = Field(None, ge=1, le=3650,
                                        description="The key expires this many days from now.")
    expires_at: datetime | None = Field(None, description="The key expires at this time.")

    @model_validator(mode="after")
    def _one_expiry(self) -> KeyCreate:
        if self.expires_in_days is not None and self.expires_at is not None:
            raise ValueError("give expires_in_days or expires_at, not both")
        return self

    def expiry(self, now: datetime) -> datetime | None:
        if self.expires_in_days is not None:
            return now + timedelta(days=self.expires_in_days)
        if self.expires_at is not None:
            return _utc(self.expires_at)
        return None


class KeyView(BaseModel):
    id: str
    name: str
    prefix: str = Field(description="The first characters of the key, to tell keys apart.")
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None = Field(description="Updated at most once a minute.")
    status: Literal["active", "expired", "revoked"]

    @classmethod
    def of(cls, key: ApiKey, now: datetime) -> KeyView:
        expires_at = _utc(key.expires_at)
        status: Literal["active", "expired", "revoked"] = "active"
        if key.revoked_at is not None:
            status = "revoked"
        elif expires_at is not None and expires_at <= now:
            status = "expired"
        return cls(id=key.id, name=key.name, prefix=key.prefix,
                   created_at=_utc(key.created_at), expires_at=expires_at,
                   revoked_at=_utc(key.revoked_at), last_used_at=_utc(key.last_used_at),
                   status=status)


class KeyCreated(KeyView):
    secret: str = Field(description="The key itself: shown this once, never again.")


class KeyList(BaseModel):
    data: list[KeyView]


class UserCreate(_Strict):
    username: str = Field(max_length=64, description="1-64 of [a-z0-9._@-], lower-cased.")
    password: str | None = Field(
        None, max_length=1024, description="8 to 1024 characters; null: single sign-on only.")
    role: Role = "user"
    display_name: str = Field("", max_length=200)


class UserUpdate(_Strict):
    role: Role | None = None
    disabled: bool | None = Field(None, description="A disabled user's sessions end at once "
                                  "and their keys stop working.")
    quotas: Quotas | None = Field(
        None, description="Replaces the user's overrides (absent: the default; null: no limit).")
    password: str | None = Field(None, max_length=1024,
                                 description="A new password; the user's sessions end.")
