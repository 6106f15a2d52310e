"""Accounts: users and roles, API keys, web sessions, single sign-on, quotas.

The tables are in `accounts.models`, the settings in `accounts.settings`, the identity a
request acts as in `accounts.principal`. Nothing here knows HTTP: the routes and the
request dependencies that use it are in `veilleur.api`.
"""

from veilleur.accounts.principal import LOCAL, OPERATOR, Principal, Role

__all__ = ["LOCAL", "OPERATOR", "Principal", "Role"]
