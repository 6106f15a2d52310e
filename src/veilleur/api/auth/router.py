"""The web page's login flow: `POST /auth/login`, `POST /auth/logout`, `GET /auth/session`.

The page is JavaScript: it posts JSON to log in, then reads `GET /auth/session` for who is
logged in and the CSRF token it must send (`X-CSRF-Token`) with every request that is not
a GET. The session itself is an HttpOnly cookie the page never sees.

`/auth/login` and `/auth/session` answer without credentials (a 401 of the session is how
the page learns it must show its login screen, and that answer also says whether single
sign-on is offered). Without accounts (no user exists) the session answers the local
person, or the operator of the shared key, so that the page works as it always did.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from veilleur.accounts import Principal
from veilleur.api.auth.cookies import (
    SESSION_COOKIE,
    clear_session_cookie,
    client_address,
    set_session_cookie,
)
from veilleur.api.deps import current_principal, state
from veilleur.api.errors import ERROR_RESPONSES, error_payload
from veilleur.errors import AuthenticationError

__all__ = ["router"]

router = APIRouter(prefix="/auth", tags=["auth"], responses=ERROR_RESPONSES)


class LoginRequest(BaseModel):
    """A login with a username and a password.

    No length limit here on purpose: an absurd username is just a wrong login (401, the
    same message as any other), never an answer that tells it apart; the body limit of the
    server still applies.
    """

    username: str
    password: str


class SessionUser(BaseModel):
    id: str | None = Field(description="None for the local person and the operator's key.")
    username: str
    display_name: str = ""
    role: str = Field(description="`admin` or `user`.")


class OIDCInfo(BaseModel):
    enabled: bool = Field(description="Whether the login screen offers single sign-on.")
    label: str = Field(description="The name of the provider on the login button.")


class SessionInfo(BaseModel):
    """Who the request acts as, and what the page needs to act for them."""

    user: SessionUser
    csrf_token: str | None = Field(
        description="Send it as `X-CSRF-Token` with every non-GET request made with the "
        "session cookie; None when the request did not use the cookie."
    )
    accounts: bool = Field(description="Whether this server has accounts (users exist).")
    oidc: OIDCInfo


_SESSION_401 = {
    401: {
        "description": "Not logged in: the usual error body, plus `accounts` and `oidc` "
        "so that the page can draw its login screen.",
    }
}


@router.post("/login", response_model=SessionInfo)
def login(body: LoginRequest, request: Request, response: Response) -> SessionInfo:
    """Check a username and password, open a web session and set its cookie.

    Raises 401 `invalid username or password` (the same for an unknown user and a wrong
    password) and 429 with `Retry-After` when too many logins failed for the account or
    the address.
    """
    app_state = state(request)
    accounts = app_state.accounts
    address = client_address(request)
    user = accounts.authenticate_password(body.username, body.password, address=address)
    session, token = accounts.create_session(
        user.id, address=address, user_agent=request.headers.get("user-agent", "")[:300]
    )
    set_session_cookie(response, request, token, app_state.settings.accounts)
    return SessionInfo(
        user=SessionUser(
            id=user.id, username=user.username, display_name=user.display_name or "",
            role=user.role,
        ),
        csrf_token=session.csrf_token,
        accounts=True,
        oidc=_oidc(request),
    )


@router.post("/logout", status_code=204)
def logout(request: Request) -> Response:
    """End the web session of the cookie and clear the cookie.

    The credential check refuses it without the session's `X-CSRF-Token` (403), so that
    another site cannot log people out. With an API key instead of the cookie there is no
    session to end: 204 all the same.
    """
    principal = current_principal(request)
    token = request.cookies.get(SESSION_COOKIE)
    response = Response(status_code=204)
    if principal.method == "session" and token:
        state(request).accounts.end_session(token)
        clear_session_cookie(response)
    return response


@router.get("/session", response_model=SessionInfo, responses=_SESSION_401)
def session(request: Request) -> Any:
    """Who is logged in, the CSRF token of the session, and what the login screen offers.

    401 when accounts are on and the request has no valid session or key; the body then
    also carries `accounts` and `oidc`.
    """
    app_state = state(request)
    accounts = app_state.accounts
    enabled = accounts.accounts_enabled()
    try:
        principal = current_principal(request)
    except AuthenticationError as exc:
        body = {**error_payload(exc), "accounts": enabled,
                "oidc": _oidc(request).model_dump()}
        response = JSONResponse(body, status_code=401)
        if request.cookies.get(SESSION_COOKIE):
            clear_session_cookie(response)  # an expired or ended session: forget it
        return response
    csrf_token = None
    token = request.cookies.get(SESSION_COOKIE)
    if principal.method == "session" and token:
        _, web_session = accounts.principal_for_session(token, address=client_address(request))
        csrf_token = web_session.csrf_token
    return SessionInfo(
        user=_user_of(request, principal),
        csrf_token=csrf_token,
        accounts=enabled,
        oidc=_oidc(request),
    )


def _user_of(request: Request, principal: Principal) -> SessionUser:
    display_name = ""
    if principal.user_id is not None:
        display_name = state(request).accounts.get_user(principal.user_id).display_name or ""
    return SessionUser(
        id=principal.user_id, username=principal.username, display_name=display_name,
        role=principal.role,
    )


def _oidc(request: Request) -> OIDCInfo:
    settings = state(request).settings.accounts
    return OIDCInfo(
        enabled=bool(settings.oidc_issuer and settings.oidc_client_id),
        label=settings.oidc_label,
    )
