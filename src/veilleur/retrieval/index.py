"""The passage index: passages stored with their embeddings, searched by meaning and by words.

One small interface, `PassageIndex`, and two implementations on the store's database:

- SQLite: a sqlite-vec ``vec0`` table (cosine distance, the owner as its partition key)
  and an FTS5 table (``porter unicode61 remove_diacritics 2``: accents folded, English
  stemming, which also merges French plurals).
- PostgreSQL: a pgvector ``vector(d)`` table searched with ``<=>`` (cosine distance)
  when the server has the `vector` extension, and a ``tsvector`` table (GIN index) built
  with the passage's language (``french``, ``english``, else ``simple``); the question is
  parsed with both the French and the English configurations, joined by OR.
  Without pgvector (`CREATE EXTENSION vector` unavailable: the Debian server of the
  tests has no package for it) the vectors are the passages' own ``embedding`` column
  (float32 bytes) and the similarity is exact cosine computed here over the owner's
  passages (the selected documents' when given): linear in the owner's passages, fine
  for a team's documents (docs/benchmarks.md measures it).

Both vector searches are exact (no approximate index): the owner filter comes first,
and an approximate index filtered after the fact can return fewer hits than asked. A
search limited to a few documents (a conversation's attachments) computes the cosine
over those documents' stored embeddings on SQLite and on PostgreSQL without pgvector
(vec0 would scan the owner's whole partition to filter on its metadata). On SQLite the
owner and the documents are also tokens of their own FTS5 columns, so that a full-text
search intersects posting lists rather than ranking every match and filtering after.

Hybrid search ranks the owner's passages twice, by vector similarity and by full-text
relevance (top `candidates` of each), and fuses the two lists by Reciprocal Rank Fusion:
``score = Σ 1 / (60 + rank)`` over the lists a passage is in (rank from 1; k = 60 as in
Cormack, Clarke & Büttcher, SIGIR 2009). Ranks, not scores, are fused: a cosine and a
BM25 score are not on one scale.

The vector and full-text tables are created idempotently when the index starts (the
vector table when the first embedding's width is known), not by a migration: their
shape depends on the embedder and on the database's extensions. Vectors of different
widths live in different tables; vectors of two models of one width are not comparable,
so changing the embedding model needs the documents ingested again.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

import numpy as np
from sqlalchemy import Connection, Engine, bindparam, text
from sqlalchemy.exc import SQLAlchemyError

from veilleur.errors import InvalidRequestError, StoreError
from veilleur.retrieval.passages import Passage

__all__ = [
    "RRF_K",
    "PassageHit",
    "PassageIndex",
    "PostgresPassageIndex",
    "SearchMode",
    "SqlitePassageIndex",
    "open_index",
    "reciprocal_rank_fusion",
]

RRF_K = 60
SearchMode = Literal["hybrid", "vector", "text"]
_WORD = re.compile(r"\w+", re.UNICODE)
# Words that carry no subject in a question (FTS5 keeps every word; tsvector drops its
# own stop words). Matching on them would rank passages by their number of "the".
_STOP = frozenset(str.split("""
a an and are as at be by do does did for from has have how in is it its of on or that the
this to was were what when where which who whom why will with according under about
au aux avec ce ces dans de des du elle en est et il ils la le les leur lui mais ne ni nous
ou où par pas pour qu que quel quelle quels quelles qui sa se selon ses son sont sur un une
vous y quoi comment quand combien doit peut
"""))


@dataclass(frozen=True)
class PassageHit:
    """One passage found, best first.

    Attributes:
        passage_id: the row's id (stable while the document is indexed).
        score: the fused RRF score (hybrid), the cosine similarity (vector) or the
            full-text relevance (text); higher is better.
        vector_rank, text_rank: its rank (from 1) in each list, None when absent.
    """

    passage_id: int
    document_id: str
    ordinal: int
    page: int | None
    heading_path: str
    text: str
    language: str
    char_start: int
    char_end: int
    score: float
    vector_rank: int | None = None
    text_rank: int | None = None


class PassageIndex(Protocol):
    """Passages of an owner's documents, searched by meaning and by words."""

    def add(self, document_id: str, owner_id: str | None, passages: Sequence[Passage],
            embeddings: Sequence[Sequence[float]], *, language: str = "") -> None:
        """Store the passages of a document with their embeddings (in order), replacing
        what the document had. Raises `InvalidRequestError` when the counts differ."""
        ...

    def delete(self, document_id: str) -> int:
        """Remove every passage of the document; the number removed."""
        ...

    def search(self, owner_id: str | None, query_text: str,
               query_embedding: Sequence[float] | None, k: int,
               document_ids: Sequence[str] | None = None, *, mode: SearchMode = "hybrid",
               ) -> list[PassageHit]:
        """The `k` best passages of the owner's documents (of `document_ids` when given)."""
        ...

    def count(self, owner_id: str | None = None) -> int:
        """Passages stored (of one owner when given)."""
        ...


def reciprocal_rank_fusion(*rankings: Sequence[int], k: int = RRF_K) -> dict[int, float]:
    """``Σ 1/(k + rank)`` for each id over the rankings it appears in (rank from 1)."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return scores


def open_index(engine: Engine) -> PassageIndex:
    """The index for the store's database (SQLite or PostgreSQL)."""
    if engine.dialect.name == "sqlite":
        return SqlitePassageIndex(engine)
    if engine.dialect.name == "postgresql":
        return PostgresPassageIndex(engine)
    raise StoreError(f"no passage index for the {engine.dialect.name} database")


def _owner(owner_id: str | None) -> str:
    return owner_id or ""


def _normalised(vectors: Iterable[Sequence[float]]) -> np.ndarray:
    array = np.asarray(list(vectors), dtype=np.float32)
    if array.ndim != 2 or array.shape[1] == 0:
        raise InvalidRequestError("embeddings must be a non-empty list of equal-width vectors",
                                  param="embeddings")
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    return array / np.where(norms == 0, 1.0, norms)


def query_words(query: str) -> list[str]:
    """The question's words that may match (lower case, no stop words, no duplicates)."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(query.lower()):
        if word not in _STOP and (len(word) > 1 or word.isdigit()):
            seen.setdefault(word, None)
    return list(seen)


class _SqlIndex:
    """What both implementations share: the passages table, deletes, fusion."""

    candidates = 50

    def __init__(self, engine: Engine):
        self._engine = engine
        self._dimensions: set[int] = set()
        try:
            with self._engine.begin() as connection:
                self._start(connection)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot start the passage index: {exc}") from exc

    # --- hooks ------------------------------------------------------------------------
    def _start(self, connection: Connection) -> None:
        raise NotImplementedError

    def _ensure_vectors(self, connection: Connection, dimensions: int) -> None:
        raise NotImplementedError

    def _index_rows(self, connection: Connection, rows: list[dict[str, object]],
                    vectors: np.ndarray) -> None:
        raise NotImplementedError

    def _unindex(self, connection: Connection, ids: list[int]) -> None:
        raise NotImplementedError

    def _vector_ranking(self, connection: Connection, owner: str, vector: np.ndarray,
                        document_ids: Sequence[str] | None, n: int) -> list[tuple[int, float]]:
        raise NotImplementedError

    def _text_ranking(self, connection: Connection, owner: str, words: list[str],
                      document_ids: Sequence[str] | None, n: int) -> list[tuple[int, float]]:
        raise NotImplementedError

    # --- the interface ----------------------------------------------------------------
    def add(self, document_id: str, owner_id: str | None, passages: Sequence[Passage],
            embeddings: Sequence[Sequence[float]], *, language: str = "") -> None:
        if len(passages) != len(embeddings):
            raise InvalidRequestError(
                f"{len(passages)} passages but {len(embeddings)} embeddings", param="embeddings")
        if not passages:
            self.delete(document_id)
            return
        vectors = _normalised(embeddings)
        owner = _owner(owner_id)
        try:
            with self._engine.begin() as connection:
                self._delete(connection, document_id)
                self._ensure_vectors(connection, vectors.shape[1])
                rows: list[dict[str, object]] = []
                for passage, vector in zip(passages, vectors, strict=True):
                    row: dict[str, object] = {
                        "document_id": document_id, "owner_id": owner,
                        "ordinal": passage.ordinal, "page": passage.page,
                        "heading_path": passage.heading_path, "text": passage.text,
                        "language": language, "char_start": passage.char_start,
                        "char_end": passage.char_end, "embedding": vector.astype("<f4").tobytes(),
                    }
                    row["id"] = connection.execute(text(
                        "INSERT INTO passages (document_id, owner_id, ordinal, page, "
                        "heading_path, text, language, char_start, char_end, embedding) "
                        "VALUES (:document_id, :owner_id, :ordinal, :page, :heading_path, :text, "
                        ":language, :char_start, :char_end, :embedding) RETURNING id"),
                        row).scalar_one()
                    row["indexed_text"] = passage.indexed_text
                    rows.append(row)
                self._index_rows(connection, rows, vectors)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store the passages of {document_id!r}: {exc}") from exc

    def delete(self, document_id: str) -> int:
        try:
            with self._engine.begin() as connection:
                return self._delete(connection, document_id)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot delete the passages of {document_id!r}: {exc}") from exc

    def _delete(self, connection: Connection, document_id: str) -> int:
        ids = list(connection.execute(
            text("SELECT id FROM passages WHERE document_id = :d"), {"d": document_id}).scalars())
        if ids:
            self._unindex(connection, ids)
            connection.execute(text("DELETE FROM passages WHERE document_id = :d"),
                               {"d": document_id})
        return len(ids)

    def count(self, owner_id: str | None = None) -> int:
        with self._engine.connect() as connection:
            if owner_id is None:
                return int(connection.execute(text("SELECT count(*) FROM passages")).scalar_one())
            return int(connection.execute(text(
                "SELECT count(*) FROM passages WHERE owner_id = :o"), {"o": owner_id}).scalar_one())

    def search(self, owner_id: str | None, query_text: str,
               query_embedding: Sequence[float] | None, k: int,
               document_ids: Sequence[str] | None = None, *, mode: SearchMode = "hybrid",
               ) -> list[PassageHit]:
        if k < 1:
            raise InvalidRequestError(f"k must be at least 1, got {k}", param="k")
        if document_ids is not None and not document_ids:
            return []
        owner = _owner(owner_id)
        n = max(self.candidates, k)
        try:
            with self._engine.connect() as connection:
                by_vector: list[tuple[int, float]] = []
                by_text: list[tuple[int, float]] = []
                if mode in ("hybrid", "vector") and query_embedding is not None:
                    vector = _normalised([query_embedding])[0]
                    if vector.shape[0] in self._dimensions or self._has_vectors(
                            connection, vector.shape[0]):
                        by_vector = self._vector_ranking(connection, owner, vector,
                                                         document_ids, n)
                if mode in ("hybrid", "text"):
                    words = query_words(query_text)
                    if words:
                        by_text = self._text_ranking(connection, owner, words, document_ids, n)
                if mode == "vector":
                    scored = dict(by_vector)
                elif mode == "text":
                    scored = dict(by_text)
                else:
                    scored = reciprocal_rank_fusion([i for i, _ in by_vector],
                                                    [i for i, _ in by_text])
                best = sorted(scored, key=lambda i: -scored[i])[:k]
                return self._hits(connection, best, scored,
                                  {i: r for r, (i, _) in enumerate(by_vector, 1)},
                                  {i: r for r, (i, _) in enumerate(by_text, 1)})
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot search the passages: {exc}") from exc

    def _has_vectors(self, connection: Connection, dimensions: int) -> bool:
        raise NotImplementedError

    def _hits(self, connection: Connection, ids: list[int], scores: dict[int, float],
              vector_ranks: dict[int, int], text_ranks: dict[int, int]) -> list[PassageHit]:
        if not ids:
            return []
        rows = {row.id: row for row in connection.execute(text(
            "SELECT id, document_id, ordinal, page, heading_path, text, language, char_start, "
            "char_end FROM passages WHERE id IN :ids").bindparams(
                bindparam("ids", expanding=True)), {"ids": ids})}
        return [PassageHit(
            passage_id=i, document_id=rows[i].document_id, ordinal=rows[i].ordinal,
            page=rows[i].page, heading_path=rows[i].heading_path, text=rows[i].text,
            language=rows[i].language, char_start=rows[i].char_start,
            char_end=rows[i].char_end, score=float(scores[i]), vector_rank=vector_ranks.get(i),
            text_rank=text_ranks.get(i)) for i in ids if i in rows]


def _documents_clause(column: str, document_ids: Sequence[str] | None) -> str:
    return f" AND {column} IN :document_ids" if document_ids is not None else ""


def _bind(statement: str, document_ids: Sequence[str] | None):  # type: ignore[no-untyped-def]
    clause = text(statement)
    if document_ids is not None:
        clause = clause.bindparams(bindparam("document_ids", expanding=True))
    return clause


class SqlitePassageIndex(_SqlIndex):
    """sqlite-vec (``vec0``, cosine) and FTS5 tables beside the passages table."""

    def __init__(self, engine: Engine):
        from veilleur.retrieval import sqlite_vec

        sqlite_vec.enable(engine)
        super().__init__(engine)

    def _start(self, connection: Connection) -> None:
        columns = {row[1] for row in connection.execute(text(
            "PRAGMA table_info(passages_fts)"))}
        if columns and "owner_key" not in columns:
            # The first shape of the table (text only, before 2026-12-01's owner and
            # document columns): rebuilt from the passages.
            connection.execute(text("DROP TABLE passages_fts"))
        connection.execute(text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(indexed_text, "
            "owner_key, document_key, tokenize = 'porter unicode61 remove_diacritics 2')"))
        rows = connection.execute(text(
            "SELECT id, owner_id, document_id, heading_path, text FROM passages")).all() \
            if columns and "owner_key" not in columns else []
        if rows:
            connection.execute(text(
                "INSERT INTO passages_fts (rowid, indexed_text, owner_key, document_key) "
                "VALUES (:id, :indexed_text, :owner_key, :document_key)"),
                [{"id": r.id, "owner_key": _key(r.owner_id), "document_key": _key(r.document_id),
                  "indexed_text": f"{r.heading_path}\n\n{r.text}" if r.heading_path else r.text}
                 for r in rows])

    @staticmethod
    def _vec_table(dimensions: int) -> str:
        return f"passages_vec_{int(dimensions)}"

    def _has_vectors(self, connection: Connection, dimensions: int) -> bool:
        found = connection.execute(text(
            "SELECT 1 FROM sqlite_master WHERE name = :n"),
            {"n": self._vec_table(dimensions)}).first() is not None
        if found:
            self._dimensions.add(dimensions)
        return found

    def _ensure_vectors(self, connection: Connection, dimensions: int) -> None:
        if dimensions in self._dimensions:
            return
        connection.execute(text(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {self._vec_table(dimensions)} USING vec0("
            f"owner_id text partition key, document_id text, "
            f"embedding float[{int(dimensions)}] distance_metric=cosine)"))
        self._dimensions.add(dimensions)

    def _index_rows(self, connection: Connection, rows: list[dict[str, object]],
                    vectors: np.ndarray) -> None:
        table = self._vec_table(vectors.shape[1])
        connection.execute(text(
            f"INSERT INTO {table} (rowid, owner_id, document_id, embedding) "
            "VALUES (:id, :owner_id, :document_id, :embedding)"), rows)
        connection.execute(text(
            "INSERT INTO passages_fts (rowid, indexed_text, owner_key, document_key) VALUES "
            "(:id, :indexed_text, :owner_key, :document_key)"),
            [{**row, "owner_key": _key(str(row["owner_id"])),
              "document_key": _key(str(row["document_id"]))} for row in rows])

    def _unindex(self, connection: Connection, ids: list[int]) -> None:
        tables = connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB "
            "'passages_vec_[0-9]*' AND sql LIKE 'CREATE VIRTUAL TABLE%'")).scalars().all()
        for table in tables:
            connection.execute(text(f"DELETE FROM {table} WHERE rowid IN :ids").bindparams(
                bindparam("ids", expanding=True)), {"ids": ids})
        connection.execute(text("DELETE FROM passages_fts WHERE rowid IN :ids").bindparams(
            bindparam("ids", expanding=True)), {"ids": ids})

    def _vector_ranking(self, connection: Connection, owner: str, vector: np.ndarray,
                        document_ids: Sequence[str] | None, n: int) -> list[tuple[int, float]]:
        if document_ids is not None:
            # A few documents (a conversation's attachments): their stored vectors, exact;
            # vec0 would scan the owner's whole partition to filter on the metadata.
            return _scoped_cosine_ranking(connection, owner, vector, document_ids, n)
        rows = connection.execute(text(
            f"SELECT rowid, distance FROM {self._vec_table(vector.shape[0])} "
            "WHERE embedding MATCH :q AND k = :n AND owner_id = :o ORDER BY distance"),
            {"q": vector.astype("<f4").tobytes(), "n": n, "o": owner})
        return [(int(row[0]), 1.0 - float(row[1])) for row in rows]

    def _text_ranking(self, connection: Connection, owner: str, words: list[str],
                      document_ids: Sequence[str] | None, n: int) -> list[tuple[int, float]]:
        # The owner and the documents are tokens of their own columns, so that FTS5
        # intersects posting lists instead of ranking every match and joining after.
        match = "indexed_text : (" + " OR ".join(f'"{word}"' for word in words) + ")"
        match += f' AND owner_key : "{_key(owner)}"'
        if document_ids is not None:
            match += " AND document_key : (" + " OR ".join(
                f'"{_key(d)}"' for d in document_ids) + ")"
        rows = connection.execute(text(
            "SELECT rowid, bm25(passages_fts, 1.0, 0.0, 0.0) AS rank FROM passages_fts "
            "WHERE passages_fts MATCH :m ORDER BY rank LIMIT :n"), {"m": match, "n": n})
        return [(int(row[0]), -float(row[1])) for row in rows]


def _key(value: str) -> str:
    """A token standing for an owner or a document id in the FTS5 table."""
    return "k" + hashlib.blake2b(value.encode("utf-8"), digest_size=10).hexdigest()


def _scoped_cosine_ranking(connection: Connection, owner: str, vector: np.ndarray,
                           document_ids: Sequence[str], n: int) -> list[tuple[int, float]]:
    rows = connection.execute(_bind(
        "SELECT id, embedding FROM passages WHERE owner_id = :o AND embedding IS NOT NULL"
        f"{_documents_clause('document_id', document_ids)}", document_ids),
        {"o": owner, "document_ids": list(document_ids)}).all()
    return exact_cosine_ranking(rows, vector, n)


_TS_CONFIGS = {"fr": "french", "en": "english"}


class PostgresPassageIndex(_SqlIndex):
    """pgvector (``vector(d)``, ``<=>``) when the server has it, else exact cosine over
    the passages' stored embeddings; full text in a ``tsvector`` table (GIN).

    Without pgvector, the vectors of an owner searched whole are kept in memory as one
    matrix (least recently used first out past `cache_bytes`, 256 MiB: some 100,000
    passages of 640 dimensions), checked against the database at each search."""

    cache_bytes = 256 * 1024 * 1024

    def __init__(self, engine: Engine, *, use_pgvector: bool = True):
        """`use_pgvector=False` keeps to the exact fallback even where pgvector exists
        (the tests run both paths on one server)."""
        self._use_pgvector = use_pgvector
        self.pgvector = False
        self._cache: OrderedDict[tuple[str, int], _Matrix] = OrderedDict()
        self._cache_lock = threading.Lock()
        super().__init__(engine)

    def _start(self, connection: Connection) -> None:
        available = connection.execute(text(
            "SELECT 1 FROM pg_available_extensions WHERE name = 'vector'")).first()
        if available is not None and self._use_pgvector:
            # Creating an extension may need rights the database's user lacks: a savepoint
            # keeps the transaction usable, and the exact fallback serves.
            try:
                with connection.begin_nested():
                    connection.execute(text("CREATE EXTENSION IF NOT EXISTS vector"))
                self.pgvector = True
            except SQLAlchemyError:
                self.pgvector = connection.execute(text(
                    "SELECT 1 FROM pg_extension WHERE extname = 'vector'")).first() is not None
        connection.execute(text(
            "CREATE TABLE IF NOT EXISTS passage_tsv (passage_id integer PRIMARY KEY "
            "REFERENCES passages(id) ON DELETE CASCADE, owner_id varchar(32) NOT NULL, "
            "document_id varchar(64) NOT NULL, tsv tsvector NOT NULL)"))
        connection.execute(text(
            "CREATE INDEX IF NOT EXISTS ix_passage_tsv ON passage_tsv USING gin (tsv)"))
        connection.execute(text(
            "CREATE INDEX IF NOT EXISTS ix_passage_tsv_owner ON passage_tsv (owner_id)"))
        connection.execute(text(
            "CREATE INDEX IF NOT EXISTS ix_passage_tsv_document ON passage_tsv (document_id)"))

    @staticmethod
    def _vec_table(dimensions: int) -> str:
        return f"passage_vectors_{int(dimensions)}"

    def _has_vectors(self, connection: Connection, dimensions: int) -> bool:
        if not self.pgvector:
            return True  # the passages' own column
        found = connection.execute(text("SELECT to_regclass(:n)"),
                                   {"n": self._vec_table(dimensions)}).scalar() is not None
        if found:
            self._dimensions.add(dimensions)
        return found

    def _ensure_vectors(self, connection: Connection, dimensions: int) -> None:
        if not self.pgvector or dimensions in self._dimensions:
            return
        table = self._vec_table(dimensions)
        connection.execute(text(
            f"CREATE TABLE IF NOT EXISTS {table} (passage_id integer PRIMARY KEY "
            "REFERENCES passages(id) ON DELETE CASCADE, owner_id varchar(32) NOT NULL, "
            f"document_id varchar(64) NOT NULL, embedding vector({int(dimensions)}) NOT NULL)"))
        connection.execute(text(
            f"CREATE INDEX IF NOT EXISTS ix_{table}_owner ON {table} (owner_id, document_id)"))
        self._dimensions.add(dimensions)

    def _index_rows(self, connection: Connection, rows: list[dict[str, object]],
                    vectors: np.ndarray) -> None:
        for row in rows:
            row["config"] = _TS_CONFIGS.get(str(row["language"])[:2], "simple")
        connection.execute(text(
            "INSERT INTO passage_tsv (passage_id, owner_id, document_id, tsv) VALUES "
            "(:id, :owner_id, :document_id, to_tsvector(CAST(:config AS regconfig), "
            ":indexed_text))"), rows)
        if self.pgvector:
            for row, vector in zip(rows, vectors, strict=True):
                row["vector"] = _pg_vector(vector)
            connection.execute(text(
                f"INSERT INTO {self._vec_table(vectors.shape[1])} (passage_id, owner_id, "
                "document_id, embedding) VALUES (:id, :owner_id, :document_id, "
                "CAST(:vector AS vector))"), rows)

    def _unindex(self, connection: Connection, ids: list[int]) -> None:
        pass  # ON DELETE CASCADE

    def _vector_ranking(self, connection: Connection, owner: str, vector: np.ndarray,
                        document_ids: Sequence[str] | None, n: int) -> list[tuple[int, float]]:
        params = {"o": owner, "n": n, "document_ids": list(document_ids or []),
                  "q": _pg_vector(vector)}
        if self.pgvector:
            rows = connection.execute(_bind(
                f"SELECT passage_id, embedding <=> CAST(:q AS vector) AS distance "
                f"FROM {self._vec_table(vector.shape[0])} WHERE owner_id = :o"
                f"{_documents_clause('document_id', document_ids)} "
                "ORDER BY distance LIMIT :n", document_ids), params)
            return [(int(row[0]), 1.0 - float(row[1])) for row in rows]
        if document_ids is None:
            return self._owner_matrix(connection, owner, vector.shape[0]).ranking(vector, n)
        return _scoped_cosine_ranking(connection, owner, vector, document_ids, n)

    def _owner_matrix(self, connection: Connection, owner: str, dimensions: int) -> _Matrix:
        """The owner's vectors as one matrix, kept while the owner's passages are the same
        ones (their count, max and sum of ids: ids are never reused), so that a search of
        all the owner's documents does not read every embedding again."""
        fingerprint = tuple(connection.execute(text(
            "SELECT count(*), max(id), sum(id) FROM passages WHERE owner_id = :o "
            "AND embedding IS NOT NULL"), {"o": owner}).one())
        key = (owner, dimensions)
        with self._cache_lock:
            cached = self._cache.get(key)
            if cached is not None and cached.fingerprint == fingerprint:
                self._cache.move_to_end(key)
                return cached
        rows = connection.execute(text(
            "SELECT id, embedding FROM passages WHERE owner_id = :o AND embedding IS NOT NULL"),
            {"o": owner}).all()
        matrix = _Matrix.of(rows, dimensions, fingerprint)
        with self._cache_lock:
            self._cache[key] = matrix
            while len(self._cache) > 1 and sum(
                    m.vectors.nbytes for m in self._cache.values()) > self.cache_bytes:
                self._cache.popitem(last=False)
        return matrix

    def _text_ranking(self, connection: Connection, owner: str, words: list[str],
                      document_ids: Sequence[str] | None, n: int) -> list[tuple[int, float]]:
        query = " | ".join(words)
        rows = connection.execute(_bind(
            "SELECT passage_id, ts_rank_cd(tsv, q) AS rank FROM passage_tsv, "
            "(SELECT to_tsquery('french', :q) || to_tsquery('english', :q) AS q) AS query "
            "WHERE owner_id = :o AND tsv @@ q"
            f"{_documents_clause('document_id', document_ids)} ORDER BY rank DESC LIMIT :n",
            document_ids), {"q": query, "o": owner, "n": n,
                            "document_ids": list(document_ids or [])})
        return [(int(row[0]), float(row[1])) for row in rows]


@dataclass(frozen=True)
class _Matrix:
    fingerprint: tuple[object, ...]
    ids: np.ndarray
    vectors: np.ndarray

    @classmethod
    def of(cls, rows: Sequence[tuple[int, bytes]], dimensions: int,
           fingerprint: tuple[object, ...]) -> _Matrix:
        width = dimensions * 4
        usable = [(i, blob) for i, blob in rows if blob is not None and len(blob) == width]
        vectors = np.frombuffer(b"".join(blob for _, blob in usable), dtype="<f4").reshape(
            len(usable), dimensions)
        return cls(fingerprint, np.asarray([i for i, _ in usable], dtype=np.int64), vectors)

    def ranking(self, vector: np.ndarray, n: int) -> list[tuple[int, float]]:
        if not len(self.ids):
            return []
        similarities = self.vectors @ vector
        order = np.argsort(-similarities, kind="stable")[:n]
        return [(int(self.ids[j]), float(similarities[j])) for j in order]


def exact_cosine_ranking(rows: Sequence[tuple[int, bytes]], vector: np.ndarray, n: int
                         ) -> list[tuple[int, float]]:
    """The `n` rows (id, float32 bytes of a unit vector) most similar to `vector`."""
    width = vector.shape[0] * 4
    usable = [(i, blob) for i, blob in rows if blob is not None and len(blob) == width]
    if not usable:
        return []
    matrix = np.frombuffer(b"".join(blob for _, blob in usable), dtype="<f4").reshape(
        len(usable), vector.shape[0])
    similarities = matrix @ vector
    order = np.argsort(-similarities, kind="stable")[:n]
    return [(int(usable[j][0]), float(similarities[j])) for j in order]


def _pg_vector(vector: np.ndarray) -> str:
    return "[" + ",".join(f"{x:.7g}" for x in vector.tolist()) + "]"
