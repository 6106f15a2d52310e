"""Opening the store: engine, SQLite pragmas (WAL, foreign keys), migrations to head.

SQLite (the default, one file under the data directory) and PostgreSQL
(`postgresql+psycopg://…`, several server processes on one database) run the same
migrations. On PostgreSQL an advisory lock makes the upgrade safe when several processes
start at once: the first migrates, the others wait and find the schema at head.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from veilleur.errors import StoreError

__all__ = ["head_revision", "migrate", "open_database", "store_session"]

_MIGRATIONS = Path(__file__).parent / "migrations"
# Key of the PostgreSQL advisory lock held while migrating (any constant: "veilleur" in ASCII).
_MIGRATION_LOCK = 0x7665696C6C657572


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def open_database(url: str) -> tuple[Engine, sessionmaker[Session]]:
    """Connect to `url`, create the SQLite directory if needed and migrate to head.

    Raises:
        StoreError: the directory is not writable or the database cannot be opened.
    """
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            probe = path.parent / ".veilleur-write-test"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise StoreError(
                f"data directory {str(path.parent)!r} is not writable ({exc.strerror}); "
                "set VEILLEUR_DATA_DIR to a directory you can write to"
            ) from exc
    try:
        engine = create_engine(url, pool_pre_ping=True)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        migrate(engine)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open the database {_safe_url(url)!r}: {exc}") from exc
    except CommandError as exc:
        raise StoreError(
            f"the database {_safe_url(url)!r} has a schema this version of Veilleur does not "
            f"know ({exc}); it was probably written by a newer Veilleur: upgrade, or point "
            "VEILLEUR_DATA_DIR (or VEILLEUR_DATABASE_URL) elsewhere"
        ) from exc
    return engine, sessionmaker(engine, expire_on_commit=False)


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the schema of `engine` to `revision` (append-only Alembic migrations).

    On PostgreSQL the upgrade runs in one transaction holding an advisory lock, so that
    processes migrating at once take turns (the lock ends with the transaction).
    """
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                               {"key": _MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def head_revision() -> str:
    """The revision the migrations end at (what `migrate` upgrades to)."""
    from alembic.script import ScriptDirectory

    return str(ScriptDirectory(str(_MIGRATIONS)).get_current_head())


def _safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


@contextmanager
def store_session(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A session in one transaction (committed at the end, rolled back on an error); a
    database error becomes `StoreError`, which the API answers without a traceback."""
    try:
        with sessions.begin() as session:
            yield session
    except SQLAlchemyError as exc:
        raise StoreError(f"database error: {exc.__class__.__name__}: {exc}") from exc
