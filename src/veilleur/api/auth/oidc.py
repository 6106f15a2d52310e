"""Single sign-on routes: `GET /auth/oidc/login` and `GET /auth/oidc/callback`.

Thin: the flow and its checks are in `veilleur.accounts.oidc`; this module moves the
login cookie and the session cookie, and turns a failed login into the API's error body.
Both routes answer 404 when single sign-on is not configured (`accounts.oidc_issuer`).
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import RedirectResponse

from veilleur.accounts.oidc import LOGIN_COOKIE, LOGIN_SECONDS, OidcLoginFailed, SingleSignOn
from veilleur.api.auth.cookies import client_address, is_https, set_session_cookie
from veilleur.api.deps import state
from veilleur.api.errors import ERROR_RESPONSES, error_response
from veilleur.errors import NotFoundError

__all__ = ["router"]

router = APIRouter(tags=["auth"])

_LOGIN_PATH = "/auth/oidc"  # the login cookie goes back only to these routes
_ERRORS = {status: ERROR_RESPONSES[status] for status in (400, 401, 403, 404)}


def _single_sign_on(request: Request) -> SingleSignOn:
    app_state = state(request)
    if app_state.oidc is None:
        raise NotFoundError("single sign-on is not configured on this server "
                            "(accounts.oidc_issuer)", code="oidc_not_configured")
    return SingleSignOn(app_state.oidc, app_state.accounts)


def _redirect_uri(request: Request) -> str:
    configured = state(request).settings.accounts.oidc_redirect_url
    return configured or str(request.url_for("oidc_callback"))


@router.get("/auth/oidc/login", name="oidc_login", status_code=302,
            response_class=RedirectResponse, responses={**_ERRORS, 502: {
                "description": "The identity provider cannot be reached."}})
def oidc_login(request: Request) -> Response:
    """Start a login at the identity provider: 302 to its authorization page, with a
    short-lived signed cookie that binds the login to this browser."""
    single_sign_on = _single_sign_on(request)
    try:
        start = single_sign_on.begin(_redirect_uri(request), address=client_address(request))
    except OidcLoginFailed as failure:
        return error_response(failure.error)
    response = RedirectResponse(start.url, status_code=302)
    settings = state(request).settings.accounts
    secure = settings.cookie_secure == "always" or (
        settings.cookie_secure == "auto" and is_https(request))
    response.set_cookie(LOGIN_COOKIE, start.cookie, max_age=LOGIN_SECONDS, path=_LOGIN_PATH,
                        httponly=True, samesite="lax", secure=secure)
    return response


@router.get("/auth/oidc/callback", name="oidc_callback", status_code=302,
            response_class=RedirectResponse, responses={**_ERRORS, 502: {
                "description": "The identity provider cannot be reached."}})
def oidc_callback(request: Request) -> Response:
    """Where the identity provider sends the browser back: checks the login (state,
    nonce, the ID token), creates the user on first login, opens a web session and
    redirects to the page. A failed login answers 4xx and writes an `oidc_failed`
    auth event."""
    single_sign_on = _single_sign_on(request)
    address = client_address(request)
    try:
        user = single_sign_on.complete(request.query_params.multi_items(),
                                       request.cookies.get(LOGIN_COOKIE),
                                       _redirect_uri(request), address=address)
    except OidcLoginFailed as failure:
        response: Response = error_response(failure.error)
    else:
        _, token = state(request).accounts.create_session(
            user.id, address=address, user_agent=request.headers.get("user-agent", ""))
        response = RedirectResponse("/", status_code=302)
        set_session_cookie(response, request, token, state(request).settings.accounts)
    # Single use: whatever happened, this login is over in this browser.
    response.delete_cookie(LOGIN_COOKIE, path=_LOGIN_PATH, httponly=True, samesite="lax")
    return response
