"""Request dependencies: the API key check and access to the loaded services."""

from __future__ import annotations

import secrets

from fastapi import Request

from veilleur.api.state import AppState
from veilleur.errors import AuthenticationError

__all__ = ["require_api_key", "state"]


def state(request: Request) -> AppState:
    return request.app.state.veilleur


def require_api_key(request: Request) -> None:
    """Check `Authorization: Bearer <key>` when the server has an API key."""
    expected = state(request).settings.api_key
    if expected is None:
        return
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(
        token.strip().encode(), expected.get_secret_value().encode()
    ):
        raise AuthenticationError("missing or invalid API key (send Authorization: Bearer <key>)")
