"""Request dependencies: who is asking (the principal), and the loaded services."""

from __future__ import annotations

import secrets

from fastapi import Depends, Request

from veilleur.accounts import LOCAL, OPERATOR, Principal
from veilleur.api.state import AppState
from veilleur.errors import AuthenticationError, PermissionDeniedError

__all__ = ["current_principal", "require_admin", "require_api_key", "state"]


def state(request: Request) -> AppState:
    return request.app.state.veilleur


def current_principal(request: Request) -> Principal:
    """The principal the request acts as (cached on `request.state.principal`).

    Interim version (accounts helper replaces the body): the shared key acts as the
    operator; without a shared key, everybody is the local person.
    """
    cached = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    expected = state(request).settings.api_key
    if expected is None:
        principal = LOCAL
    else:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(
            token.strip().encode(), expected.get_secret_value().encode()
        ):
            raise AuthenticationError(
                "missing or invalid API key (send Authorization: Bearer <key>)"
            )
        principal = OPERATOR
    request.state.principal = principal
    return principal


def require_api_key(request: Request) -> None:
    """Router-level dependency: the request must carry valid credentials."""
    current_principal(request)


def require_admin(principal: Principal = Depends(current_principal)) -> Principal:
    if not principal.is_admin:
        raise PermissionDeniedError("this needs an administrator account")
    return principal
