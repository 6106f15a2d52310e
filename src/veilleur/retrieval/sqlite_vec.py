"""sqlite-vec on the store's SQLite connections.

`enable(engine)` adds a connect event that loads the extension on each new connection
(`sqlite_vec.load`). Some Python builds (pyenv's default among them) have no
`enable_load_extension`: there the extension's entry point is registered once for the
process with SQLite's `sqlite3_auto_extension` (through ctypes, on the very SQLite
library the `sqlite3` module uses), which SQLite calls on every connection it opens.
"""

from __future__ import annotations

import ctypes
import sqlite3
import threading
from typing import Any

from sqlalchemy import Engine, event

from veilleur.errors import StoreError

__all__ = ["enable"]

_auto_lock = threading.Lock()
_auto_registered = False


def enable(engine: Engine) -> None:
    """Make every connection of `engine` (SQLite) have sqlite-vec; idempotent.

    Connections the pool opened before are closed (`Engine.dispose`), so that none is
    handed out without the extension.

    Raises:
        StoreError: the extension cannot be loaded.
    """
    if event.contains(engine, "connect", _load):
        return
    if not hasattr(sqlite3.Connection, "enable_load_extension"):
        _register_auto_extension()
    event.listen(engine, "connect", _load)
    engine.dispose()


def _load(dbapi_connection: Any, _record: Any) -> None:
    if hasattr(dbapi_connection, "enable_load_extension"):
        import sqlite_vec

        dbapi_connection.enable_load_extension(True)
        try:
            sqlite_vec.load(dbapi_connection)
        finally:
            dbapi_connection.enable_load_extension(False)


def _register_auto_extension() -> None:
    global _auto_registered
    with _auto_lock:
        if _auto_registered:
            return
        import _sqlite3

        import sqlite_vec

        try:
            # dlsym on the module's handle finds SQLite whether the module links it as a
            # shared library or carries it inside.
            library = ctypes.CDLL(_sqlite3.__file__)
            extension = ctypes.CDLL(sqlite_vec.loadable_path() + ".so")
            library.sqlite3_auto_extension.argtypes = [ctypes.c_void_p]
            library.sqlite3_auto_extension.restype = ctypes.c_int
            entry = ctypes.cast(extension.sqlite3_vec_init, ctypes.c_void_p)
            status = library.sqlite3_auto_extension(entry)
        except (OSError, AttributeError) as exc:
            raise StoreError(f"cannot load sqlite-vec into SQLite: {exc}") from exc
        if status != 0:
            raise StoreError(f"cannot load sqlite-vec into SQLite (sqlite3_auto_extension "
                             f"returned {status})")
        _auto_registered = True
