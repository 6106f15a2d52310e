"""Tool calls and tool results in conversations (issue #15).

Placeholder reserved by the lead so that the revision chain stays linear while several
people work at once; its owner fills it in (and may rename the file, not the revision).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
