"""The safety audit log records what the LLM judge said, when one was asked.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Adding a nullable column rewrites no row: the append-only triggers stay in force.
    op.add_column("safety_audit", sa.Column("judge", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("safety_audit") as batch:
        batch.drop_column("judge")
