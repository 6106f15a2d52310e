"""Settings of accounts, sessions, single sign-on and quotas (``VEILLEUR_ACCOUNTS_*``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr

__all__ = ["AccountSettings"]


class AccountSettings(BaseModel):
    """Who may use the server, how they log in, and how much each may consume.

    Accounts are on as soon as one user exists in the database (`veilleur users add`):
    from then on every route but the health checks, the login flow and the page's
    assets needs a session cookie or an API key.
    """

    # A section of `veilleur.config.Settings`: read from `VEILLEUR_ACCOUNTS_*` there.
    model_config = ConfigDict(extra="forbid")

    # --- web sessions ----------------------------------------------------------------
    session_hours: float = Field(
        12.0, gt=0, le=24 * 90,
        description="A web session ends this many hours after login, whatever happens.",
    )
    session_idle_minutes: float = Field(
        120.0, gt=0, le=60 * 24 * 30,
        description="A web session unused for this many minutes ends.",
    )
    cookie_secure: Literal["auto", "always", "never"] = Field(
        "auto",
        description="The `Secure` flag of the session cookie: `auto` sets it when the "
        "request came over HTTPS (directly or as said by `X-Forwarded-Proto` from a "
        "proxy), `always` whatever the scheme, `never` not at all (not recommended).",
    )
    # --- login rate limits (counted in the database: they hold across processes) ----
    login_window_minutes: float = Field(
        15.0, gt=0, le=24 * 60,
        description="The window over which failed logins are counted.",
    )
    login_max_failures_per_account: int = Field(
        5, ge=1, le=10_000,
        description="Failed logins for one username within the window before its logins "
        "are refused (HTTP 429) until the window has passed.",
    )
    login_max_failures_per_address: int = Field(
        20, ge=1, le=100_000,
        description="Failed logins from one client address within the window before logins "
        "from it are refused (HTTP 429).",
    )
    # --- API keys --------------------------------------------------------------------
    key_max_days: int | None = Field(
        None, ge=1, le=3650,
        description="When set, no API key may be created for longer than this many days "
        "(keys without an expiry are refused).",
    )
    # --- single sign-on (OpenID Connect) ---------------------------------------------
    oidc_issuer: str | None = Field(
        None,
        description="Issuer URL of an OpenID Connect provider (its discovery document is "
        "read from `<issuer>/.well-known/openid-configuration`). Off when unset.",
    )
    oidc_client_id: str | None = Field(
        None, description="The client id registered at the provider."
    )
    oidc_client_secret: SecretStr | None = Field(
        None, description="The client secret registered at the provider."
    )
    oidc_redirect_url: str | None = Field(
        None,
        description="The callback URL registered at the provider "
        "(`https://<host>/auth/oidc/callback`); derived from the request when unset.",
    )
    oidc_scopes: str = Field("openid profile email", description="Scopes asked at login.")
    oidc_label: str = Field("SSO", description="Name of the provider on the login page's button.")
    # --- quotas (defaults; an admin overrides them per user) -----------------------
    requests_per_minute: int | None = Field(
        60, ge=1,
        description="Requests that generate (chat, completions, tasks) one user may start "
        "per minute; `None`: no limit.",
    )
    tokens_per_day: int | None = Field(
        200_000, ge=1,
        description="Tokens one user may have generated per UTC day; `None`: no limit.",
    )
    concurrent_generations: int | None = Field(
        4, ge=1,
        description="Generations one user may have running at once, across every server "
        "process; `None`: no limit.",
    )
