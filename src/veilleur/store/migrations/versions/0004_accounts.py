"""Accounts: users, API keys, web sessions, login attempts, auth events, usage counters,
generation leases; owners on conversations and audit rows; leases on replies being written.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("role", sa.String(8), nullable=False, server_default="user"),
        sa.Column("password_hash", sa.Text, nullable=True),
        sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("oidc_issuer", sa.String(500), nullable=True),
        sa.Column("oidc_subject", sa.String(255), nullable=True),
        sa.Column("quotas", sa.JSON, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.UniqueConstraint("oidc_issuer", "oidc_subject", name="uq_users_oidc"),
    )
    op.create_table(
        "api_keys",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("user_id", sa.String(32), sa.ForeignKey("users.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("name", sa.String(200), nullable=False, server_default=""),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("expires_at", _TS, nullable=True),
        sa.Column("revoked_at", _TS, nullable=True),
        sa.Column("last_used_at", _TS, nullable=True),
    )
    op.create_index("ix_api_keys_user", "api_keys", ["user_id"])
    op.create_table(
        "web_sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.String(32), sa.ForeignKey("users.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("expires_at", _TS, nullable=False),
        sa.Column("last_seen_at", _TS, nullable=False),
        sa.Column("address", sa.String(64), nullable=False, server_default=""),
        sa.Column("user_agent", sa.String(300), nullable=False, server_default=""),
    )
    op.create_index("ix_web_sessions_user", "web_sessions", ["user_id"])
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("username", sa.String(64), nullable=False, server_default=""),
        sa.Column("address", sa.String(64), nullable=False, server_default=""),
        sa.Column("success", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_login_attempts_username", "login_attempts", ["username", "created_at"])
    op.create_index("ix_login_attempts_address", "login_attempts", ["address", "created_at"])
    op.create_table(
        "auth_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("event", sa.String(32), nullable=False),
        sa.Column("user_id", sa.String(32), nullable=True),
        sa.Column("username", sa.String(64), nullable=False, server_default=""),
        sa.Column("address", sa.String(64), nullable=False, server_default=""),
        sa.Column("actor_id", sa.String(32), nullable=True),
        sa.Column("detail", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_auth_events_created_at", "auth_events", ["created_at"])
    op.create_index("ix_auth_events_user", "auth_events", ["user_id", "created_at"])
    op.create_table(
        "usage_counters",
        sa.Column("owner_id", sa.String(32), primary_key=True),
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("window_start", _TS, primary_key=True),
        sa.Column("value", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "generation_leases",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("owner_id", sa.String(32), nullable=False),
        sa.Column("process", sa.String(64), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("expires_at", _TS, nullable=False),
    )
    op.create_index("ix_generation_leases_owner", "generation_leases",
                    ["owner_id", "expires_at"])

    # Owners. Nullable: the rows written before accounts existed belong to nobody (the
    # local person); no foreign key, users are disabled, never deleted.
    op.add_column("conversations", sa.Column("owner_id", sa.String(32), nullable=True))
    op.create_index("ix_conversations_owner", "conversations", ["owner_id", "updated_at"])
    # Adding a nullable column rewrites no row: the audit's append-only triggers hold.
    op.add_column("safety_audit", sa.Column("owner_id", sa.String(32), nullable=True))
    op.create_index("ix_safety_audit_owner", "safety_audit", ["owner_id", "created_at"])
    # Leases of replies being written (several processes on one database).
    op.add_column("messages", sa.Column("lease_owner", sa.String(64), nullable=True))
    op.add_column("messages", sa.Column("lease_expires_at", _TS, nullable=True))

    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER auth_events_no_{verb.lower()} BEFORE {verb} ON auth_events "
                "BEGIN SELECT RAISE(ABORT, 'auth_events is append-only'); END"
            )


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("lease_expires_at")
        batch.drop_column("lease_owner")
    op.drop_index("ix_safety_audit_owner", "safety_audit")
    with op.batch_alter_table("safety_audit") as batch:
        batch.drop_column("owner_id")
    op.drop_index("ix_conversations_owner", "conversations")
    with op.batch_alter_table("conversations") as batch:
        batch.drop_column("owner_id")
    for table in ("generation_leases", "usage_counters", "auth_events", "login_attempts",
                  "web_sessions", "api_keys", "users"):
        op.drop_table(table)
