"""Tool calls and tool results in conversations (issue #15).

An assistant message may carry `tool_calls`, OpenAI's list
``[{"id", "type": "function", "function": {"name", "arguments"}}]`` (JSON; null for a
message without calls), and a message of role ``tool`` the `tool_call_id` of the call it
answers. `messages.role` is a plain string column (no check constraint), so ``tool`` needs
no change there. Adding nullable columns works unchanged on SQLite and PostgreSQL; the
downgrade goes through a batch (SQLite rebuilds the table to drop a column).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("tool_calls", sa.JSON, nullable=True))
    op.add_column("messages", sa.Column("tool_call_id", sa.String(256), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("tool_call_id")
        batch.drop_column("tool_calls")
