"""Shared fixtures: the real default model, loaded once; a real server on loopback; the
store's databases (SQLite, and a real PostgreSQL when `make test` started one)."""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from helpers import ServerProcess
from veilleur.config import default_cache_dir
from veilleur.models import ensure_default_model

# Set by `make test` (tests/postgres.sh): the URL of a live PostgreSQL server for the tests.
POSTGRES_ENV = "VEILLEUR_TEST_POSTGRES_URL"


@pytest.fixture(scope="session")
def model_path() -> Path:
    """The default GGUF, materialised from the PyPI package (no download)."""
    return ensure_default_model(default_cache_dir())


@pytest.fixture(scope="session")
def backend(model_path: Path) -> Iterator[object]:
    """One embedded backend for the whole session (in this process)."""
    from veilleur.engine.llamacpp import LlamaCppBackend

    engine = LlamaCppBackend(model_path, n_ctx=2048, max_queue=4)
    yield engine


@pytest.fixture(scope="session")
def embedder(model_path: Path) -> Iterator[object]:
    """The default GGUF's embedding context (`LlamaEmbedder`), one for the session."""
    import asyncio

    from veilleur.engine.embeddings import LlamaEmbedder

    embedding = LlamaEmbedder(model_path, n_ctx=2048, n_threads=2)
    yield embedding
    asyncio.run(embedding.aclose())


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory, model_path: Path) -> Iterator[ServerProcess]:
    """A live `veilleur serve` on a free loopback port, shared by the integration tests."""
    data_dir = tmp_path_factory.mktemp("server-data")
    with ServerProcess(data_dir, env={"VEILLEUR_MAX_BODY_BYTES": str(2 * 1024 * 1024)}) as proc:
        yield proc


@pytest.fixture(scope="session")
def model_id(server: ServerProcess) -> str:
    import httpx

    return str(httpx.get(f"{server.base_url}/v1/models").json()["data"][0]["id"])


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The URL of the test PostgreSQL server (`make test` starts one: tests/postgres.sh).

    Without `VEILLEUR_TEST_POSTGRES_URL` (pytest run by hand), the tests that need it are
    skipped; with it, a server that does not answer fails them: it was meant to be there.
    """
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL: {POSTGRES_ENV} is not set (make test starts a server; "
                    f"by hand: export {POSTGRES_ENV}=$(tests/postgres.sh start /tmp/veilleur-pg))")
    from sqlalchemy import create_engine, text

    engine = create_engine(url, connect_args={"connect_timeout": 10})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        pytest.fail(f"{POSTGRES_ENV}={url} says a PostgreSQL server is there, but it does not "
                    f"answer: {exc}", pytrace=False)
    finally:
        engine.dispose()
    return url


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database on the test PostgreSQL server, dropped after the test."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"veilleur_test_{secrets.token_hex(6)}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(postgres_server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store, once on SQLite (a file under tmp_path) and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'veilleur.db'}"
    return str(request.getfixturevalue("postgres_url"))
