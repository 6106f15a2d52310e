"""Single sign-on with OpenID Connect: Veilleur as the relying party of one provider.

The authorization code flow, with every check the core specification asks of a
confidential client, and PKCE on top:

1. `OidcClient.begin` builds the provider's authorization URL with a `state`, a `nonce`
   and a PKCE challenge (S256), and a login cookie that binds them to the browser;
2. `OidcClient.finish`, on the callback, checks the cookie and the `state`, the
   provider's `error` and `iss` parameters, exchanges the code (with the PKCE verifier,
   authenticated by the client secret), then checks the ID token: its signature by a key
   of the provider's JWKS, its issuer, its audience (and `azp`), its expiry and its nonce;
3. `SingleSignOn.complete` finds or creates the user (role `user`) and writes the
   `oidc_ok` / `oidc_failed` auth events.

Why a signed cookie rather than state kept on the server: several server processes may
share one database behind a load balancer, and the callback may reach another process
than the login did; a cookie needs no shared store and no table. The cookie holds only
a timestamp, a random seed and an HMAC; the `state`, the `nonce` and the PKCE verifier
are HMACs of the seed under a key derived from the client secret (which every process
has), so the cookie alone gives away no verifier, and a cookie older than
`LOGIN_SECONDS` or signed with another key is refused. It is HttpOnly, SameSite=Lax
(the callback is a top-level navigation from the provider), limited to `/auth/oidc`,
and cleared by the callback whatever its outcome: a replayed callback finds no cookie,
and one replayed with a stolen cookie presents a code the provider already consumed.

Nothing here knows HTTP as a server: the routes are in `veilleur.api.auth.oidc`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import logging
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

import httpx
from authlib.common.urls import add_params_to_uri
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from authlib.oidc.core import CodeIDToken
from joserfc import jwt
from joserfc.errors import InvalidKeyIdError, JoseError
from joserfc.jwk import KeySet
from joserfc.jws import JWSRegistry

from veilleur.accounts.settings import AccountSettings
from veilleur.errors import (
    AuthenticationError,
    ConfigError,
    InvalidRequestError,
    PermissionDeniedError,
    ServerUnavailableError,
    VeilleurError,
)

if TYPE_CHECKING:
    from veilleur.accounts.models import User
    from veilleur.accounts.service import AccountService

__all__ = [
    "LOGIN_COOKIE",
    "LOGIN_SECONDS",
    "Identity",
    "LoginStart",
    "OidcClient",
    "OidcLoginFailed",
    "SingleSignOn",
]

log = logging.getLogger(__name__)

LOGIN_COOKIE = "veilleur_oidc"
LOGIN_SECONDS = 600  # a login must come back from the provider within ten minutes
CLOCK_LEEWAY_SECONDS = 60  # tolerated clock skew between us and the provider
JWKS_REFRESH_SECONDS = 60  # an unknown key id re-reads the JWKS at most this often
_PROFILE_CLAIMS = ("preferred_username", "email", "name")
_ASYMMETRIC = re.compile(r"^(RS|PS|ES)(256|384|512)$|^EdDSA$|^Ed25519$")

# What the browser is told. Deliberately vague: the reason goes to the auth events only.
_START_AGAIN = ("single sign-on failed: this login expired or was not started in this "
                "browser; start again from the login page")
_FAILED = "single sign-on failed; start again from the login page"
_DISABLED = "single sign-on failed: this account cannot log in; ask an administrator"
_UNREACHABLE = "single sign-on failed: the identity provider cannot be reached; try again later"


class OidcLoginFailed(Exception):
    """A login through the provider failed.

    `error` is what the client is told (a 4xx, or 502 when the provider cannot be
    reached); `reason` says why, for the auth events only (it never holds a secret).
    """

    def __init__(self, error: VeilleurError, reason: str):
        super().__init__(reason)
        self.error = error
        self.reason = reason


def _state_error(reason: str) -> OidcLoginFailed:
    return OidcLoginFailed(InvalidRequestError(_START_AGAIN, code="oidc_failed"), reason)


def _auth_error(reason: str) -> OidcLoginFailed:
    return OidcLoginFailed(AuthenticationError(_FAILED, code="oidc_failed"), reason)


def _unreachable(reason: str) -> OidcLoginFailed:
    return OidcLoginFailed(ServerUnavailableError(_UNREACHABLE, code="oidc_unavailable"), reason)


@dataclass(frozen=True)
class LoginStart:
    """Where to send the browser, and the login cookie to give it on the way."""

    url: str
    cookie: str


@dataclass(frozen=True)
class Identity:
    """Who the provider says logged in (from a validated ID token)."""

    issuer: str
    subject: str
    username_hint: str
    display_name: str


@dataclass(frozen=True)
class _Secrets:
    state: str
    nonce: str
    verifier: str


class OidcClient:
    """The relying party of one OpenID Connect provider (a confidential client).

    The discovery document is read on the first login and kept; the provider's JWKS
    is kept too, and read again when an ID token names a key id it does not hold (the
    provider rotated its keys).

    Raises:
        ConfigError: from the constructor, when the issuer is not an https URL (http
            only on loopback) or the client id or secret is missing.
    """

    def __init__(self, *, issuer: str, client_id: str, client_secret: str,
                 scopes: str = "openid profile email", timeout: float = 10.0,
                 transport: httpx.BaseTransport | None = None,
                 clock: Callable[[], float] = time.time):
        _check_issuer(issuer)
        if not client_id or not client_secret:
            raise ConfigError("single sign-on needs accounts.oidc_client_id and "
                              "accounts.oidc_client_secret (VEILLEUR_ACCOUNTS_OIDC_CLIENT_ID, "
                              "VEILLEUR_ACCOUNTS_OIDC_CLIENT_SECRET) besides the issuer")
        self.issuer = issuer
        self.client_id = client_id
        self._client_secret = client_secret
        self.scopes = " ".join(dict.fromkeys(["openid", *scopes.split()]))
        self._http = httpx.Client(timeout=timeout, transport=transport,
                                  follow_redirects=False)
        # The login cookie's key: derived from the client secret, so that every process
        # configured for this client shares it and nothing else has to be set.
        self._key = hmac.new(client_secret.encode(), b"veilleur oidc login cookie v1",
                             hashlib.sha256).digest()
        self._clock = clock  # wall-clock seconds: the login cookie's age
        self._lock = threading.Lock()
        self._metadata: dict[str, Any] | None = None
        self._jwks: dict[str, Any] | None = None
        self._jwks_read_at = 0.0

    @classmethod
    def from_settings(cls, settings: AccountSettings) -> OidcClient | None:
        """The client of `settings`' provider; None when single sign-on is off."""
        if not settings.oidc_issuer:
            return None
        secret = settings.oidc_client_secret
        return cls(issuer=settings.oidc_issuer, client_id=settings.oidc_client_id or "",
                   client_secret=secret.get_secret_value() if secret else "",
                   scopes=settings.oidc_scopes)

    def close(self) -> None:
        self._http.close()

    # --- the provider's documents ----------------------------------------------------
    def metadata(self) -> dict[str, Any]:
        """The provider's discovery document (read once, then kept).

        Raises:
            OidcLoginFailed: the provider cannot be reached, or its document is unusable
                (another issuer, an endpoint missing).
        """
        with self._lock:
            if self._metadata is None:
                url = self.issuer.rstrip("/") + "/.well-known/openid-configuration"
                document = self._get_json(url, "discovery")
                issuer = document.get("issuer")
                if not isinstance(issuer, str) or issuer.rstrip("/") != self.issuer.rstrip("/"):
                    raise _unreachable(f"discovery names another issuer: {str(issuer)[:200]!r}")
                for name in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
                    if not isinstance(document.get(name), str):
                        raise _unreachable(f"discovery document lacks {name}")
                self._metadata = document
            return self._metadata

    def _key_set(self, *, refresh: bool) -> KeySet:
        metadata = self.metadata()
        with self._lock:
            stale = time.monotonic() - self._jwks_read_at > JWKS_REFRESH_SECONDS
            if self._jwks is None or (refresh and stale):
                self._jwks = self._get_json(metadata["jwks_uri"], "jwks")
                self._jwks_read_at = time.monotonic()
            jwks = self._jwks
        try:
            return KeySet.import_key_set(jwks)  # type: ignore[arg-type]
        except (JoseError, ValueError, TypeError, KeyError) as exc:
            raise _unreachable(f"unusable JWKS: {exc.__class__.__name__}") from exc

    def _get_json(self, url: str, what: str) -> dict[str, Any]:
        try:
            response = self._http.get(url, headers={"accept": "application/json"})
            response.raise_for_status()
            document = response.json()
        except httpx.HTTPError as exc:
            raise _unreachable(f"{what}: {exc.__class__.__name__}") from exc
        except ValueError as exc:
            raise _unreachable(f"{what}: not JSON") from exc
        if not isinstance(document, dict):
            raise _unreachable(f"{what}: not a JSON object")
        return document

    # --- the login -------------------------------------------------------------------
    def begin(self, redirect_uri: str) -> LoginStart:
        """The authorization URL to send the browser to, and its login cookie.

        Raises:
            OidcLoginFailed: the provider's discovery document cannot be read.
        """
        metadata = self.metadata()
        issued = int(self._clock())
        seed = secrets.token_urlsafe(24)
        cookie = f"{issued}.{seed}.{self._mac('cookie', issued, seed)}"
        derived = self._secrets(issued, seed)
        url = add_params_to_uri(metadata["authorization_endpoint"], [
            ("response_type", "code"),
            ("client_id", self.client_id),
            ("redirect_uri", redirect_uri),
            ("scope", self.scopes),
            ("state", derived.state),
            ("nonce", derived.nonce),
            ("code_challenge", create_s256_code_challenge(derived.verifier)),
            ("code_challenge_method", "S256"),
        ])
        return LoginStart(url=url, cookie=cookie)

    def finish(self, query: Iterable[tuple[str, str]], cookie: str | None,
               redirect_uri: str) -> Identity:
        """Check the callback's query parameters against the login cookie, exchange the
        code, and validate the ID token.

        Raises:
            OidcLoginFailed: any check failed (its `reason` says which).
        """
        derived = self._check_cookie(cookie)
        params: dict[str, str] = {}
        for key, value in query:
            if key in params:  # which state, which code? Ambiguous: refused.
                raise _state_error(f"callback repeats {_printable(key)}")
            params[key] = value
        state = params.get("state")
        if not state:
            raise _state_error("callback without state")
        if not secrets.compare_digest(state.encode(), derived.state.encode()):
            raise _state_error("state does not match this browser's login")
        if "error" in params:
            raise OidcLoginFailed(InvalidRequestError(_FAILED, code="oidc_failed"),
                                  f"provider answered error={_printable(params['error'])}")
        metadata = self.metadata()
        # RFC 9207: the provider names itself in the callback, against mix-up attacks.
        if "iss" in params and params["iss"] != metadata["issuer"]:
            raise _auth_error(f"callback from another issuer: {_printable(params['iss'])}")
        code = params.get("code")
        if not code:
            raise _auth_error("callback without code")
        tokens = self._exchange(metadata["token_endpoint"], code, redirect_uri, derived.verifier)
        claims = self._validate_id_token(tokens, derived.nonce)
        subject = str(claims["sub"])
        if not all(claims.get(name) for name in _PROFILE_CLAIMS):
            claims = {**self._userinfo(metadata, tokens, subject), **claims}
        hint = claims.get("preferred_username") or claims.get("email") or subject
        return Identity(issuer=metadata["issuer"], subject=subject,
                        username_hint=str(hint), display_name=str(claims.get("name") or ""))

    def _exchange(self, endpoint: str, code: str, redirect_uri: str,
                  verifier: str) -> dict[str, Any]:
        # client_secret_basic, with both parts form-encoded first (RFC 6749 2.3.1).
        basic = f"{quote(self.client_id, safe='')}:{quote(self._client_secret, safe='')}"
        try:
            response = self._http.post(
                endpoint,
                data={"grant_type": "authorization_code", "code": code,
                      "redirect_uri": redirect_uri, "code_verifier": verifier},
                headers={"accept": "application/json", "authorization":
                         "Basic " + base64.b64encode(basic.encode()).decode()},
            )
        except httpx.HTTPError as exc:
            raise _unreachable(f"token endpoint: {exc.__class__.__name__}") from exc
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise _auth_error(f"token endpoint answered {response.status_code} without JSON")
        if response.status_code != 200 or "error" in body:
            raise _auth_error(f"token endpoint answered {response.status_code} "
                              f"error={_printable(body.get('error', ''))}")
        if not isinstance(body.get("id_token"), str):
            raise _auth_error("token endpoint answered no id_token")
        return body

    def _userinfo(self, metadata: dict[str, Any], tokens: dict[str, Any],
                  subject: str) -> dict[str, Any]:
        """The profile claims of the UserInfo endpoint, for providers that keep them out
        of the ID token (as the core specification says to when an access token is
        issued). Only a name is at stake: when it cannot be read, the login goes on."""
        endpoint = metadata.get("userinfo_endpoint")
        access_token = tokens.get("access_token")
        if not isinstance(endpoint, str) or not isinstance(access_token, str):
            return {}
        try:
            response = self._http.get(endpoint, headers={
                "accept": "application/json", "authorization": f"Bearer {access_token}"})
            response.raise_for_status()
            info = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            log.warning("single sign-on: the UserInfo endpoint failed (%s); the user's "
                        "name is taken from the ID token only", exc.__class__.__name__)
            return {}
        if not isinstance(info, dict):
            return {}
        if info.get("sub") != subject:  # the specification's one check of UserInfo
            raise _auth_error("userinfo is about another subject")
        return {name: info[name] for name in _PROFILE_CLAIMS if isinstance(info.get(name), str)}

    def _validate_id_token(self, tokens: dict[str, Any], nonce: str) -> dict[str, Any]:
        metadata = self.metadata()
        algorithms = [a for a in metadata.get("id_token_signing_alg_values_supported",
                                              ["RS256"]) if _ASYMMETRIC.match(str(a))]
        registry = JWSRegistry(algorithms=algorithms or ["RS256"])
        try:
            try:
                token = jwt.decode(tokens["id_token"], self._key_set(refresh=False),
                                   registry=registry)
            except InvalidKeyIdError:
                token = jwt.decode(tokens["id_token"], self._key_set(refresh=True),
                                   registry=registry)
        except JoseError as exc:
            raise _auth_error(f"id token rejected: {exc.error}") from exc
        except ValueError as exc:  # not a JWS at all
            raise _auth_error("id token rejected: malformed") from exc
        claims = CodeIDToken(
            token.claims, token.header,
            {"iss": {"essential": True, "value": metadata["issuer"]},
             "aud": {"essential": True, "value": self.client_id},
             "sub": {"essential": True},
             "exp": {"essential": True},
             "nonce": {"essential": True, "value": nonce}},
            {"nonce": nonce, "client_id": self.client_id,
             "access_token": tokens.get("access_token")},
        )
        try:
            claims.validate(leeway=CLOCK_LEEWAY_SECONDS)
        except JoseError as exc:
            raise _auth_error(f"id token rejected: {exc.error} {exc.description or ''}"
                              .strip()) from exc
        return dict(claims)

    # --- the login cookie ------------------------------------------------------------
    def _mac(self, label: str, issued: int, seed: str) -> str:
        digest = hmac.new(self._key, f"{label}|{issued}|{seed}".encode(), hashlib.sha256)
        return base64.urlsafe_b64encode(digest.digest()).rstrip(b"=").decode()

    def _secrets(self, issued: int, seed: str) -> _Secrets:
        return _Secrets(state=self._mac("state", issued, seed),
                        nonce=self._mac("nonce", issued, seed),
                        verifier=self._mac("pkce", issued, seed))  # 43 characters

    def _check_cookie(self, cookie: str | None) -> _Secrets:
        if not cookie:
            raise _state_error("callback without login cookie (none started here, or replayed)")
        issued_text, _, rest = cookie.partition(".")
        seed, _, mac = rest.partition(".")
        if not issued_text.isdigit() or not seed or len(issued_text) > 12:
            raise _state_error("malformed login cookie")
        issued = int(issued_text)
        if not secrets.compare_digest(mac.encode(), self._mac("cookie", issued, seed).encode()):
            raise _state_error("login cookie not signed by this server")
        age = self._clock() - issued
        if not -CLOCK_LEEWAY_SECONDS <= age <= LOGIN_SECONDS:
            raise _state_error(f"login cookie expired ({age:.0f} s old)")
        return self._secrets(issued, seed)


class SingleSignOn:
    """A login through the provider, from the callback to the user: what the routes call.

    Every outcome writes an auth event: `oidc_ok` with the user, or `oidc_failed` with
    the reason (never a token, a code or a secret).
    """

    def __init__(self, client: OidcClient, accounts: AccountService):
        self.client = client
        self.accounts = accounts

    def begin(self, redirect_uri: str, *, address: str) -> LoginStart:
        try:
            return self.client.begin(redirect_uri)
        except OidcLoginFailed as failure:
            self._failed(failure, address=address)
            raise

    def complete(self, query: Iterable[tuple[str, str]], cookie: str | None,
                 redirect_uri: str, *, address: str) -> User:
        """The user the callback logs in (created with the `user` role on first login).

        Raises:
            OidcLoginFailed: a check failed, or the user is disabled.
        """
        try:
            identity = self.client.finish(query, cookie, redirect_uri)
        except OidcLoginFailed as failure:
            self._failed(failure, address=address)
            raise
        user = self.accounts.find_or_create_oidc_user(
            identity.issuer, identity.subject, username_hint=identity.username_hint,
            display_name=identity.display_name)
        if user.disabled:
            failure = OidcLoginFailed(PermissionDeniedError(_DISABLED, code="oidc_failed"),
                                      "user is disabled")
            self._failed(failure, address=address, user_id=user.id, username=user.username)
            raise failure
        self.accounts.record_event("oidc_ok", user_id=user.id, username=user.username,
                                   address=address, detail=f"issuer={identity.issuer}")
        return user

    def _failed(self, failure: OidcLoginFailed, *, address: str, user_id: str | None = None,
                username: str = "") -> None:
        log.warning("single sign-on failed: %s", failure.reason)
        self.accounts.record_event("oidc_failed", user_id=user_id, username=username,
                                   address=address, detail=failure.reason[:500])


def _printable(value: object) -> str:
    """`value` cut to 64 printable ASCII characters (it came from the network)."""
    return re.sub(r"[^\x20-\x7e]", "?", str(value))[:64]


def _check_issuer(issuer: str) -> None:
    parts = urlsplit(issuer)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname and _is_loopback(parts.hostname):
        return
    raise ConfigError(f"accounts.oidc_issuer must be an https URL (http only on loopback), "
                      f"got {issuer!r}", param="accounts.oidc_issuer")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
