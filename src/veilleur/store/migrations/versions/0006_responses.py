"""Responses API: stored responses (issue #15).

Placeholder reserved by the lead so that the revision chain stays linear while several
people work at once; its owner fills it in (and may rename the file, not the revision).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
