"""Responses API: stored responses (issue #15).

One row per response created with `store: true` (OpenAI's default): its owner, the
request as it was understood (input items, instructions, tools, sampling, metadata), the
output items, the usage, and the response it continues (`previous_response_id`; no
foreign key: deleting a response must not delete the ones that followed it, and a
continuation of a deleted one is refused by the API instead).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "responses",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("owner_id", sa.String(32), nullable=True),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("request", sa.JSON, nullable=False),
        sa.Column("output", sa.JSON, nullable=False),
        sa.Column("previous_response_id", sa.String(64), nullable=True),
        sa.Column("usage", sa.JSON, nullable=True),
    )
    op.create_index("ix_responses_owner", "responses", ["owner_id", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_responses_owner", "responses")
    op.drop_table("responses")
