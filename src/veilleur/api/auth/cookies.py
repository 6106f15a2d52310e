"""The session cookie: its name, its flags, and the client address a request came from."""

from __future__ import annotations

from fastapi import Request, Response

from veilleur.accounts.settings import AccountSettings

__all__ = ["SESSION_COOKIE", "clear_session_cookie", "client_address", "set_session_cookie"]

SESSION_COOKIE = "veilleur_session"


def client_address(request: Request) -> str:
    """The client's address as the server sees it (behind a proxy: as uvicorn's
    `--forwarded-allow-ips` lets it read `X-Forwarded-For`), cut to 64 characters."""
    return (request.client.host if request.client is not None else "")[:64]


def is_https(request: Request) -> bool:
    """Whether the request came over HTTPS, directly or as a proxy says it did."""
    forwarded = request.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
    return request.url.scheme == "https" or forwarded == "https"


def set_session_cookie(response: Response, request: Request, token: str,
                       settings: AccountSettings) -> None:
    """Put the session's token in the cookie: HttpOnly, SameSite=Lax, Path=/, Secure as
    `settings.cookie_secure` says; it lasts as long as a session may (`session_hours`)."""
    secure = settings.cookie_secure == "always" or (
        settings.cookie_secure == "auto" and is_https(request))
    response.set_cookie(SESSION_COOKIE, token, max_age=int(settings.session_hours * 3600),
                        path="/", httponly=True, samesite="lax", secure=secure)


def clear_session_cookie(response: Response) -> None:
    """Tell the browser to forget the session cookie."""
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax")
