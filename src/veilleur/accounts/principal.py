"""Who is asking: the principal a request acts as, whatever the way it authenticated."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["LOCAL", "OPERATOR", "Principal", "Role"]

Role = Literal["admin", "user"]
Method = Literal["local", "shared-key", "api-key", "session"]


@dataclass(frozen=True, slots=True)
class Principal:
    """The identity a request acts as.

    `user_id` is None only for the single local person (no account exists and the
    server listens on loopback) and for the operator's shared key (`VEILLEUR_API_KEY`);
    the records they write have no owner, and only they see them.
    """

    user_id: str | None
    username: str
    role: Role
    method: Method
    key_id: str | None = None
    session_id: str | None = None  # the hash of the session token, never the token

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def owner_id(self) -> str | None:
        """The value of `owner_id` on the records this principal writes and may read."""
        return self.user_id


# The one person of a server without accounts on loopback: sees everything unowned.
LOCAL = Principal(user_id=None, username="local", role="admin", method="local")
# Whoever holds the shared `api_key` of the settings: the operator, unowned records.
OPERATOR = Principal(user_id=None, username="operator", role="admin", method="shared-key")
