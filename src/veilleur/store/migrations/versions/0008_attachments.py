"""Attachments in conversations (issue #16): `attachment_blobs` (what was read from a
file, once per owner and SHA-256) and `attachments` (a blob in a conversation, under its
name, with the input guard's decision).

A conversation's attachments go with it (`ON DELETE CASCADE`); a trigger deletes a blob
when the last attachment that refers to it is deleted, on SQLite and on PostgreSQL.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)
_RELEASE = ("DELETE FROM attachment_blobs WHERE id = OLD.blob_id AND NOT EXISTS "
            "(SELECT 1 FROM attachments WHERE blob_id = OLD.blob_id)")


def upgrade() -> None:
    op.create_table(
        "attachment_blobs",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("owner_key", sa.String(32), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("page_count", sa.Integer, nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.UniqueConstraint("owner_key", "sha256", name="uq_attachment_blobs_owner_sha256"),
    )
    op.create_table(
        "attachments",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("owner_id", sa.String(32), nullable=True),
        sa.Column("conversation_id", sa.String(32),
                  sa.ForeignKey("conversations.id", ondelete="CASCADE"), nullable=False),
        sa.Column("blob_id", sa.String(32), sa.ForeignKey("attachment_blobs.id"),
                  nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("safety_action", sa.String(8), nullable=True),
        sa.Column("safety_categories", sa.JSON, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.UniqueConstraint("conversation_id", "blob_id",
                            name="uq_attachments_conversation_blob"),
    )
    op.create_index("ix_attachments_conversation", "attachments",
                    ["conversation_id", "created_at"])
    op.create_index("ix_attachments_owner", "attachments", ["owner_id", "created_at"])
    op.create_index("ix_attachments_blob", "attachments", ["blob_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION veilleur_release_attachment_blob() RETURNS trigger "
            f"LANGUAGE plpgsql AS $$ BEGIN {_RELEASE}; RETURN NULL; END $$"
        )
        op.execute(
            "CREATE TRIGGER attachments_release_blob AFTER DELETE ON attachments "
            "FOR EACH ROW EXECUTE FUNCTION veilleur_release_attachment_blob()"
        )
    else:
        op.execute("CREATE TRIGGER attachments_release_blob AFTER DELETE ON attachments "
                   f"BEGIN {_RELEASE}; END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS attachments_release_blob ON attachments")
        op.execute("DROP FUNCTION IF EXISTS veilleur_release_attachment_blob()")
    else:
        op.execute("DROP TRIGGER IF EXISTS attachments_release_blob")
    op.drop_table("attachments")
    op.drop_table("attachment_blobs")
