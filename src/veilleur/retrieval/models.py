"""The passages table (revision 0009), on the store's declarative base.

`document_id` is the attachment's id (a string) with no foreign key: the attachments
table (revision 0008) was built at the same time, and the retrieval index is also fed
documents that are not attachments (the evaluation's, the benchmark's).
`owner_id` is "" for the local person / operator key (the conversations' None), so that
the search indexes can filter on it with a plain equality.

The search structures are not tables of this model: the vector table (its width is the
embedder's, known only when the index starts) and the full-text table (SQLite FTS5, or
a `tsvector` table on PostgreSQL) are created idempotently by the index when it starts
(veilleur.retrieval.index), so that migrations stay independent of the embedder.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from veilleur.store.models import Base

__all__ = ["PassageRow"]


class PassageRow(Base):
    __tablename__ = "passages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(String(64), nullable=False)
    owner_id: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    ordinal: Mapped[int] = mapped_column(Integer, nullable=False)
    page: Mapped[int | None] = mapped_column(Integer, nullable=True)
    heading_path: Mapped[str] = mapped_column(Text, nullable=False, default="")
    text: Mapped[str] = mapped_column(Text, nullable=False)
    language: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    char_start: Mapped[int] = mapped_column(Integer, nullable=False)
    char_end: Mapped[int] = mapped_column(Integer, nullable=False)
    # float32 little-endian, L2-normalised: the portable copy (the vector tables are
    # rebuilt from it; PostgreSQL without pgvector searches it directly).
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)

    __table_args__ = (
        UniqueConstraint("owner_id", "document_id", "ordinal", name="uq_passages_position"),
        Index("ix_passages_document", "document_id"),
    )
