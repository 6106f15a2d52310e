"""The request being served, as far down as the audit log: its id, in a context variable.

The HTTP layer sets it for each request (from a valid `X-Request-ID` header, else a new
one); the services and the audit read it with `request_id()`, so that one id joins the
access log line, the error a client saw and the safety audit rows of that request. Work
started outside a request (the CLI, a background task) gets a fresh id.
"""

from __future__ import annotations

import re
import uuid
from contextvars import ContextVar

__all__ = ["REQUEST_ID", "new_request_id", "request_id", "valid_request_id"]

REQUEST_ID: ContextVar[str | None] = ContextVar("veilleur_request_id", default=None)

# What a proxy or a client may send as X-Request-ID: a UUID, a hex or base64url token, a
# trace id with dots or colons; never spaces, quotes or control characters (log-safe).
_VALID = re.compile(r"[A-Za-z0-9._:\-]{1,128}")


def new_request_id() -> str:
    return uuid.uuid4().hex


def valid_request_id(value: str | None) -> str | None:
    """`value` when it may be used as a request id as it is, else None."""
    if value and _VALID.fullmatch(value):
        return value
    return None


def request_id() -> str:
    """The id of the request being served, or a fresh one outside a request."""
    return REQUEST_ID.get() or new_request_id()
