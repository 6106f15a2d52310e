"""Logging of a server: human-readable lines on a terminal, one JSON object per line else.

`configure_logging(level, fmt)` installs one handler on the root logger. In JSON every
line carries `ts` (UTC, ISO 8601), `level`, `logger`, `message`, the `request_id` of the
request being served when there is one, the fields a caller passed with `extra=`, and
`exc_type`/`exc` for an exception (the traceback only at debug level).
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any, Literal

from veilleur.context import REQUEST_ID

__all__ = ["JsonFormatter", "configure_logging"]

# Attributes every LogRecord has: what is left on a record is what `extra=` added.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}
_NOISY = ("alembic", "presidio-analyzer", "httpx", "httpcore")


class JsonFormatter(logging.Formatter):
    """One JSON object per record."""

    def __init__(self, *, tracebacks: bool = False):
        super().__init__()
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        rid = REQUEST_ID.get()
        if rid is not None:
            out["request_id"] = rid
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_") and key not in out:
                out[key] = value
        if record.exc_info and record.exc_info[0] is not None:
            out["exc_type"] = record.exc_info[0].__name__
            out["exc"] = str(record.exc_info[1])
            if self.tracebacks:
                out["traceback"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


class _TextFormatter(logging.Formatter):
    """`LEVEL logger: message [request_id]`, for a person at a terminal."""

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        rid = REQUEST_ID.get()
        return f"{line} [{rid}]" if rid is not None else line


def configure_logging(level: str = "info",
                      fmt: Literal["auto", "text", "json"] = "auto") -> logging.Handler:
    """Send every log record to stderr in `fmt` (auto: text on a terminal, else JSON)."""
    if fmt == "auto":
        fmt = "text" if sys.stderr.isatty() else "json"
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter(tracebacks=level.lower() == "debug"))
    else:
        handler.setFormatter(_TextFormatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    for noisy in _NOISY:
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
    return handler
