"""The passage index on SQLite (sqlite-vec + FTS5) and PostgreSQL (pgvector, or the exact
fallback without it, + tsvector): one suite, the same answers on every database.

The pgvector runs use a second PostgreSQL built with the `vector` extension, the one the
PyPI package pgserver ships (Debian bookworm has no pgvector package), started by
tests/postgres.sh with VEILLEUR_PG_BINDIR for the session.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import secrets
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

import veilleur.retrieval.models  # noqa: F401  (the passages table on the store's base)
from veilleur.errors import InvalidRequestError
from veilleur.retrieval.hashing import HashingEmbedder
from veilleur.retrieval.index import (
    PassageIndex,
    PostgresPassageIndex,
    SqlitePassageIndex,
    open_index,
    reciprocal_rank_fusion,
)
from veilleur.retrieval.passages import split_passages
from veilleur.store.db import open_database

POSTGRES_SH = Path(__file__).parents[1] / "postgres.sh"

DOCUMENTS = {
    "fr-budget": ("fr", "# Budget\n\nLe budget annuel de la mairie est de deux millions "
                        "d'euros.\n\n# Risques\n\nLes inondations menacent les quartiers bas "
                        "de la ville chaque hiver."),
    "en-garden": ("en", "# Garden\n\nTomatoes need sun and water every day.\n\n# Bees\n\n"
                        "Bees pollinate the apple trees in spring."),
    "en-space": ("en", "# Orbit\n\nThe satellite circles the earth every ninety minutes."),
}


def _pgserver_bindir() -> Path | None:
    """pgserver's PostgreSQL binaries, found without importing the package (its import
    sets up directories we do not use)."""
    spec = importlib.util.find_spec("pgserver")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def _pgvector_reason() -> str | None:
    bindir = _pgserver_bindir()
    if bindir is None:
        return "pgvector: the PyPI package pgserver (a PostgreSQL with pgvector) is not installed"
    if not (bindir / "pg_ctl").exists():
        return f"pgvector: pgserver has no PostgreSQL binaries at {bindir}"
    return None


@pytest.fixture(scope="session")
def pgvector_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A PostgreSQL with the `vector` extension for the session (pgserver's build)."""
    reason = _pgvector_reason()
    if reason:
        pytest.skip(reason)
    directory = Path(f"/tmp/veilleur-pgvector-{secrets.token_hex(4)}")
    env = {**os.environ, "VEILLEUR_PG_BINDIR": str(_pgserver_bindir())}
    url = subprocess.run([str(POSTGRES_SH), "start", str(directory)], env=env, check=True,
                         capture_output=True, text=True, timeout=120).stdout.strip()
    try:
        yield url
    finally:
        subprocess.run([str(POSTGRES_SH), "stop", str(directory)], env=env, check=False,
                       capture_output=True, timeout=120)
        subprocess.run(["rm", "-rf", str(directory)], check=False)


def _fresh_database(server: str) -> Iterator[str]:
    from sqlalchemy.engine import make_url

    name = f"veilleur_test_{secrets.token_hex(6)}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql-exact", "postgresql-pgvector"])
def index(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[PassageIndex]:
    """An empty index: SQLite; PostgreSQL with the exact fallback; PostgreSQL + pgvector."""
    if request.param == "sqlite":
        engine, _ = open_database(f"sqlite:///{tmp_path / 'veilleur.db'}")
        yield open_index(engine)
        engine.dispose()
        return
    if request.param == "postgresql-exact":
        url = str(request.getfixturevalue("postgres_url"))
        engine, _ = open_database(url)
        built = PostgresPassageIndex(engine, use_pgvector=False)
        assert not built.pgvector
        yield built
        engine.dispose()
        return
    server = str(request.getfixturevalue("pgvector_server"))
    for url in _fresh_database(server):
        engine, _ = open_database(url)
        built = PostgresPassageIndex(engine)
        assert built.pgvector, "pgserver's PostgreSQL has the vector extension"
        yield built
        engine.dispose()


EMBEDDER = HashingEmbedder(64)


def _vectors(texts: list[str]) -> list[list[float]]:
    return asyncio.run(EMBEDDER.embed(texts)).vectors


def _fill(index: PassageIndex, owner: str = "alice") -> None:
    for document_id, (language, body) in DOCUMENTS.items():
        passages = split_passages(body)
        index.add(document_id, owner, passages, _vectors([p.indexed_text for p in passages]),
                  language=language)


@pytest.mark.parametrize("mode", ["hybrid", "vector", "text"])
def test_the_passage_that_answers_comes_first(index: PassageIndex, mode: str) -> None:
    _fill(index)
    for question, expected in [
        ("Quel est le budget annuel de la mairie ?", ("fr-budget", "Budget")),
        ("Which insects pollinate the apple trees?", ("en-garden", "Bees")),
        ("inondations quartiers bas", ("fr-budget", "Risques")),
    ]:
        [vector] = _vectors([question])
        hits = index.search("alice", question, vector, 3, mode=mode)
        assert (hits[0].document_id, hits[0].heading_path) == expected, (question, hits)
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_hits_carry_their_position_and_both_ranks(index: PassageIndex) -> None:
    _fill(index)
    question = "When do bees pollinate apple trees?"
    [hit] = index.search("alice", question, _vectors([question])[0], 1)
    body = DOCUMENTS["en-garden"][1]
    assert hit.text == body[hit.char_start:hit.char_end]
    assert hit.text == "Bees pollinate the apple trees in spring."
    assert (hit.ordinal, hit.page, hit.language) == (1, None, "en")
    assert hit.vector_rank == 1 and hit.text_rank == 1
    assert hit.score == pytest.approx(2 / 61)


def test_french_words_match_with_their_accents_and_plurals(index: PassageIndex) -> None:
    _fill(index)
    hits = index.search("alice", "inondation quartier", None, 2, mode="text")
    assert hits and hits[0].heading_path == "Risques"


def test_owners_and_selected_documents_are_kept_apart(index: PassageIndex) -> None:
    _fill(index, owner="alice")
    passages = split_passages("# Secret\n\nBob's budget is three euros.")
    index.add("bob-doc", "bob", passages, _vectors([p.indexed_text for p in passages]))
    question = "budget"
    vector = _vectors([question])[0]
    assert {h.document_id for h in index.search("alice", question, vector, 10)} <= set(DOCUMENTS)
    assert {h.document_id for h in index.search("bob", question, vector, 10)} == {"bob-doc"}
    assert index.search("mallory", question, vector, 10) == []
    only = index.search("alice", question, vector, 10, document_ids=["en-space"])
    assert {h.document_id for h in only} == {"en-space"}
    assert index.search("alice", question, vector, 10, document_ids=[]) == []
    index.add("local", None, passages, _vectors([p.indexed_text for p in passages]))
    assert {h.document_id for h in index.search(None, question, vector, 10)} == {"local"}


def test_adding_again_replaces_and_delete_removes_everything(index: PassageIndex) -> None:
    _fill(index)
    before = index.count("alice")
    _fill(index)
    assert index.count("alice") == before
    assert index.delete("fr-budget") == 2
    question = "budget annuel mairie"
    hits = index.search("alice", question, _vectors([question])[0], 10)
    assert "fr-budget" not in {h.document_id for h in hits}
    assert index.count("alice") == before - 2
    assert index.delete("fr-budget") == 0


def test_a_search_sees_what_was_added_and_deleted_since_the_last(index: PassageIndex) -> None:
    _fill(index)
    question = "The comet's tail points away from the sun"
    vector = _vectors([question])[0]
    assert "comet" not in {h.document_id for h in index.search("alice", question, vector, 3,
                                                                 mode="vector")}
    passages = split_passages(question + ".")
    index.add("comet", "alice", passages, _vectors([p.indexed_text for p in passages]))
    assert index.search("alice", question, vector, 1, mode="vector")[0].document_id == "comet"
    index.delete("comet")
    assert "comet" not in {h.document_id for h in index.search("alice", question, vector, 3,
                                                                 mode="vector")}


def test_bad_calls_are_refused(index: PassageIndex) -> None:
    passages = split_passages("One.\n\nTwo.", target_chars=4, max_chars=4)
    with pytest.raises(InvalidRequestError, match="2 passages but 1 embeddings"):
        index.add("d", "alice", passages, _vectors(["x"]))
    with pytest.raises(InvalidRequestError, match="k must be at least 1"):
        index.search("alice", "x", None, 0)
    assert index.search("alice", "the of and", None, 5) == []  # stop words only


def test_the_pgvector_path_uses_a_vector_column(pgvector_server: str) -> None:
    for url in _fresh_database(pgvector_server):
        engine, _ = open_database(url)
        built = PostgresPassageIndex(engine)
        passages = split_passages("Alpha.\n\nBeta.", target_chars=6, max_chars=6)
        built.add("d", "alice", passages, _vectors([p.text for p in passages]))
        with engine.connect() as connection:
            kind = connection.execute(text(
                "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = "
                "'passage_vectors_64'::regclass AND attname = 'embedding'")).scalar()
        assert kind == "vector(64)"
        engine.dispose()


def test_sqlite_has_vec0_and_fts5(tmp_path: Path) -> None:
    engine, _ = open_database(f"sqlite:///{tmp_path / 'v.db'}")
    SqlitePassageIndex(engine).add("d", "a", split_passages("Alpha."), _vectors(["Alpha."]))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT vec_version()")).scalar().startswith("v0.1.")
        sql = connection.execute(text(
            "SELECT sql FROM sqlite_master WHERE name = 'passages_vec_64'")).scalar()
    assert "vec0" in sql and "distance_metric=cosine" in sql
    engine.dispose()


def test_reciprocal_rank_fusion_with_k_60() -> None:
    scores = reciprocal_rank_fusion([1, 2, 3], [3, 1])
    assert scores[1] == pytest.approx(1 / 61 + 1 / 62)
    assert scores[3] == pytest.approx(1 / 63 + 1 / 61)
    assert scores[2] == pytest.approx(1 / 62)


def test_sqlite_rebuilds_a_full_text_table_of_the_first_shape(tmp_path: Path) -> None:
    engine, _ = open_database(f"sqlite:///{tmp_path / 'old.db'}")
    index = SqlitePassageIndex(engine)
    _fill(index)
    with engine.begin() as connection:  # the table as the first version made it
        connection.execute(text("DROP TABLE passages_fts"))
        connection.execute(text("CREATE VIRTUAL TABLE passages_fts USING fts5(indexed_text, "
                                "tokenize = 'porter unicode61 remove_diacritics 2')"))
    rebuilt = SqlitePassageIndex(engine)
    [hit] = rebuilt.search("alice", "pollinate apple trees", None, 1, mode="text")
    assert hit.heading_path == "Bees"
    engine.dispose()
