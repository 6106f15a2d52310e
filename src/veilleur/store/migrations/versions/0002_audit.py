"""The safety audit log (append-only).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "safety_audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("request_id", sa.String(64), nullable=False, server_default=""),
        sa.Column("user", sa.String(200), nullable=True),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("text", sa.Text, nullable=True),
        sa.Column("categories", sa.JSON, nullable=False),
        sa.Column("scores", sa.JSON, nullable=False),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("policy_version", sa.String(64), nullable=False),
        sa.Column("model", sa.String(200), nullable=True),
        sa.Column("language", sa.String(8), nullable=False, server_default=""),
        sa.Column("explanation", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_safety_audit_created_at", "safety_audit", ["created_at"])
    op.create_index("ix_safety_audit_action", "safety_audit", ["action"])
    op.create_index("ix_safety_audit_request", "safety_audit", ["request_id"])
    if op.get_bind().dialect.name == "sqlite":
        # Append-only in the database itself, not only in the ORM.
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER safety_audit_no_{verb.lower()} BEFORE {verb} ON safety_audit "
                "BEGIN SELECT RAISE(ABORT, 'safety_audit is append-only'); END"
            )


def downgrade() -> None:
    op.drop_table("safety_audit")
