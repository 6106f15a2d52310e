"""Retrieval: the passages of documents (issue #16).

One table, the same on SQLite and PostgreSQL (veilleur.retrieval.models says why
`document_id` has no foreign key). The search structures (sqlite-vec / pgvector vectors,
FTS5 / tsvector full text) depend on the embedder's width and on the extensions the
database has, so the index creates them idempotently when it starts, not this migration.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "passages",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("owner_id", sa.String(32), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("heading_path", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        sa.Column("embedding", sa.LargeBinary(), nullable=True),
        sa.UniqueConstraint("owner_id", "document_id", "ordinal", name="uq_passages_position"),
    )
    op.create_index("ix_passages_document", "passages", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_passages_document", table_name="passages")
    op.drop_table("passages")
