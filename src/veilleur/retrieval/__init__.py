"""Retrieval: documents cut into passages, embedded, stored and searched (issue #16).

    split_passages(text) -> [Passage]                      passages.py
    open_index(engine) -> PassageIndex                     index.py (SQLite | PostgreSQL)
    RetrievalService(index, embedder)                      service.py
        await ingest(...) / submit(...) -> IngestionJob
        await retrieve(owner_id, question, document_ids, budget_tokens) -> [RetrievedPassage]

docs/retrieval.md describes the parts and their measurements.
"""

from veilleur.retrieval.index import PassageHit, PassageIndex, SearchMode, open_index
from veilleur.retrieval.models import PassageRow
from veilleur.retrieval.passages import Passage, estimate_tokens, split_passages
from veilleur.retrieval.service import (
    IngestionJob,
    RetrievalService,
    RetrievedPassage,
    cited_numbers,
)

__all__ = [
    "IngestionJob",
    "Passage",
    "PassageHit",
    "PassageIndex",
    "PassageRow",
    "RetrievalService",
    "RetrievedPassage",
    "SearchMode",
    "cited_numbers",
    "estimate_tokens",
    "open_index",
    "split_passages",
]
