"""Request dependencies: who is asking (the principal), and the loaded services.

Credentials, in this order (docs/accounts.md):

1. accounts off (no user in the database) and no shared `api_key`: the local person
   (`LOCAL`), whatever the request carries: a single-person server on loopback;
2. `Authorization: Bearer <key>`: the operator's shared `api_key` (`OPERATOR`) or a
   user's API key (`vk-…`);
3. the session cookie of the web page; a request that changes something (any method but
   GET, HEAD and OPTIONS) must then carry the session's CSRF token in `X-CSRF-Token`;
4. otherwise: 401.
"""

from __future__ import annotations

import secrets

from fastapi import Depends, Request

from veilleur.accounts import LOCAL, OPERATOR, Principal
from veilleur.api.auth.cookies import SESSION_COOKIE, client_address
from veilleur.api.state import AppState
from veilleur.errors import AuthenticationError, CSRFError, PermissionDeniedError

__all__ = ["CSRF_HEADER", "current_principal", "require_admin", "require_api_key", "state"]

CSRF_HEADER = "X-CSRF-Token"
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def state(request: Request) -> AppState:
    return request.app.state.veilleur


def current_principal(request: Request) -> Principal:
    """The principal the request acts as (cached on `request.state.principal`).

    Raises:
        AuthenticationError: no valid credentials (401).
        CSRFError: a cookie-authenticated request that changes something without the
            session's CSRF token (403).
    """
    cached = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    principal = _authenticate(request)
    request.state.principal = principal
    return principal


def _authenticate(request: Request) -> Principal:
    app_state = state(request)
    accounts = app_state.accounts
    shared = app_state.settings.api_key
    if shared is None and not accounts.accounts_enabled():
        return LOCAL
    address = client_address(request)
    header = request.headers.get("authorization")
    if header is not None:
        scheme, _, token = header.partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise AuthenticationError(
                "missing or invalid API key (send Authorization: Bearer <key>)")
        if shared is not None and secrets.compare_digest(
                token.encode(), shared.get_secret_value().encode()):
            return OPERATOR
        return accounts.principal_for_key(token, address=address)
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        principal, session = accounts.principal_for_session(cookie, address=address)
        if request.method not in _SAFE_METHODS:
            sent = request.headers.get(CSRF_HEADER, "")
            if not secrets.compare_digest(sent.encode(), session.csrf_token.encode()):
                accounts.record_event(
                    "csrf_rejected", user_id=principal.user_id, username=principal.username,
                    address=address,
                    detail=f"{request.method} {request.url.path}"[:200]
                    + ("" if sent else " (no token)"))
                raise CSRFError(
                    f"this request needs the session's CSRF token in the {CSRF_HEADER} "
                    "header (reload the page)")
        return principal
    raise AuthenticationError(
        "authentication required: log in, or send Authorization: Bearer <API key>")


def require_api_key(request: Request) -> None:
    """Router-level dependency: the request must carry valid credentials."""
    current_principal(request)


def require_admin(principal: Principal = Depends(current_principal)) -> Principal:
    if not principal.is_admin:
        raise PermissionDeniedError("this needs an administrator account")
    return principal
