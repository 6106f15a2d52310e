"""Routes of accounts: `/api/me`, the caller's API keys, and the users for administrators.

The handlers are plain functions (FastAPI runs them on its thread pool): the accounts
service is synchronous, and hashing a password takes a few tens of milliseconds.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from veilleur.accounts import Principal
from veilleur.accounts.models import User
from veilleur.accounts.passwords import check_password_rules
from veilleur.api.accounts.protocol import (
    KeyCreate,
    KeyCreated,
    KeyList,
    KeyView,
    MeView,
    UserCreate,
    UserList,
    UserUpdate,
    UserView,
)
from veilleur.api.deps import current_principal, require_admin, require_api_key, state
from veilleur.api.errors import ERROR_RESPONSES
from veilleur.errors import InvalidRequestError
from veilleur.store.models import utcnow

__all__ = ["router"]

router = APIRouter(dependencies=[Depends(require_api_key)], tags=["accounts"],
                   responses=ERROR_RESPONSES)

Caller = Annotated[Principal, Depends(current_principal)]
Admin = Annotated[Principal, Depends(require_admin)]


def _own_user(principal: Principal) -> str:
    if principal.user_id is None:
        raise InvalidRequestError(
            "API keys belong to a user, and this request acts as "
            f"{principal.username!r}, who is none: create a user (veilleur users add) "
            "and log in as them")
    return principal.user_id


@router.get("/api/me", response_model=MeView)
def me(request: Request, principal: Caller) -> MeView:
    """Who the request acts as."""
    user: User | None = None
    if principal.user_id is not None:
        user = state(request).accounts.get_user(principal.user_id)
    return MeView.of(principal, user)


@router.get("/api/keys", response_model=KeyList)
def list_keys(request: Request, principal: Caller) -> KeyList:
    """The caller's API keys (their prefix only; revoked and expired ones included)."""
    if principal.user_id is None:
        return KeyList(data=[])
    now = utcnow()
    keys = state(request).accounts.list_keys(principal.user_id)
    return KeyList(data=[KeyView.of(key, now) for key in keys])


@router.post("/api/keys", status_code=201, response_model=KeyCreated)
def create_key(body: KeyCreate, request: Request, principal: Caller) -> KeyCreated:
    """A new API key for the caller: the answer holds its secret, shown this once."""
    now = utcnow()
    key, secret = state(request).accounts.create_key(
        _own_user(principal), name=body.name, expires_at=body.expiry(now))
    return KeyCreated(**KeyView.of(key, now).model_dump(), secret=secret)


@router.delete("/api/keys/{key_id}", status_code=204, response_class=Response)
def revoke_key(key_id: str, request: Request, principal: Caller) -> Response:
    """Revoke one of the caller's keys (another user's key: 404, as an unknown one)."""
    state(request).accounts.revoke_key(_own_user(principal), key_id,
                                       actor_id=principal.user_id)
    return Response(status_code=204)


@router.get("/api/admin/users", response_model=UserList)
def list_users(request: Request, admin: Admin) -> UserList:
    """Every user of the server (administrators only)."""
    return UserList(data=[UserView.of(user) for user in state(request).accounts.list_users()])


@router.post("/api/admin/users", status_code=201, response_model=UserView)
def create_user(body: UserCreate, request: Request, admin: Admin) -> UserView:
    """A new user (administrators only); without a password, one who logs in with SSO."""
    user = state(request).accounts.create_user(
        body.username, password=body.password, role=body.role,
        display_name=body.display_name, actor_id=admin.user_id)
    return UserView.of(user)


@router.patch("/api/admin/users/{user_id}", response_model=UserView)
def update_user(user_id: str, body: UserUpdate, request: Request, admin: Admin) -> UserView:
    """Change a user's role, disable or enable them, set their quotas or their password
    (administrators only). An administrator cannot disable or demote themself: that could
    leave the server without one."""
    accounts = state(request).accounts
    if user_id == admin.user_id and (body.disabled or body.role == "user"):
        raise InvalidRequestError("you cannot disable or demote yourself: ask another "
                                  "administrator", param="user_id")
    user = accounts.get_user(user_id)
    if body.password is not None:  # checked first: a bad password changes nothing
        check_password_rules(body.password)
    if body.quotas is not None:
        user = accounts.set_quotas(user.id, dict(body.quotas), actor_id=admin.user_id)
    if body.role is not None:
        user = accounts.set_role(user.id, body.role, actor_id=admin.user_id)
    if body.disabled is not None:
        user = accounts.set_disabled(user.id, body.disabled, actor_id=admin.user_id)
    if body.password is not None:
        accounts.set_password(user.id, body.password, actor_id=admin.user_id)
    return UserView.of(accounts.get_user(user.id))
