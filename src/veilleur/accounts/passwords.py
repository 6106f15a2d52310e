"""Password hashes: Argon2id with OWASP's minimum parameters, and the rules of a password.

Parameters: 2 passes over 19 MiB, one lane (OWASP's "m=19456, t=2, p=1"): about 30 ms
on one core, so a login costs little on a small server but a stolen hash costs an
attacker as much per guess. A hash made with other parameters still verifies; it is
re-hashed with these at the next successful login (`needs_rehash`).
"""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from veilleur.errors import InvalidRequestError

__all__ = [
    "MAX_PASSWORD",
    "MIN_PASSWORD",
    "check_password_rules",
    "hash_password",
    "needs_rehash",
    "verify_dummy",
    "verify_password",
]

MIN_PASSWORD = 8
MAX_PASSWORD = 1024  # Argon2 takes any length; this bounds the work one request can ask

_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1,
                         hash_len=32, salt_len=16, type=Type.ID)


def check_password_rules(password: str) -> None:
    """Raise `InvalidRequestError` when `password` is too short or too long."""
    if len(password) < MIN_PASSWORD:
        raise InvalidRequestError(
            f"the password is too short: at least {MIN_PASSWORD} characters", param="password"
        )
    if len(password) > MAX_PASSWORD:
        raise InvalidRequestError(
            f"the password is too long: at most {MAX_PASSWORD} characters", param="password"
        )


def hash_password(password: str) -> str:
    """The Argon2id hash of `password` (a PHC string with its salt and parameters)."""
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Whether `password` matches `password_hash` (False for a malformed hash too)."""
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """Whether `password_hash` was made with other parameters than today's."""
    return _HASHER.check_needs_rehash(password_hash)


@cache
def _dummy_hash() -> str:
    return _HASHER.hash("a password nobody has")


def verify_dummy(password: str) -> None:
    """Spend the time of one verification, for a user that does not exist.

    Without it an unknown username would answer faster than a wrong password, which
    would tell an attacker which usernames exist.
    """
    verify_password(_dummy_hash(), password[:MAX_PASSWORD])
