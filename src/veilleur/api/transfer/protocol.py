"""Wire models of export and import: the document itself is `ExportDocument`
(veilleur.chat.transfer.format), shown in /openapi.json as the export's answer."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

__all__ = ["ImportResult", "ImportedConversation"]


class ImportedConversation(BaseModel):
    source_id: str = Field(description="The conversation's id in the file.")
    id: str | None = Field(description="Its id here (the same when it was free); null "
                           "when skipped.")
    status: Literal["imported", "skipped"]


class ImportResult(BaseModel):
    """What an import did (all of it was written, or nothing and an error)."""

    imported: int = Field(description="Conversations written.")
    skipped: int = Field(description="Conversations already here (imported before, or "
                         "the account's own, unchanged): not written again.")
    messages: int = Field(description="Messages written.")
    conversations: list[ImportedConversation]
