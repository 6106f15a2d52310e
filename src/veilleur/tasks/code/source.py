"""Code as text: validation of what users send, extraction from what models write, diffs."""

from __future__ import annotations

import ast
import difflib
import re

from veilleur.errors import InvalidRequestError, PayloadTooLargeError

__all__ = [
    "MAX_SOURCE_BYTES",
    "check_filename",
    "check_text",
    "code_blocks",
    "diff",
    "syntax_error",
]

MAX_SOURCE_BYTES = 256 * 1024  # larger sources do not fit any model context anyway
_FENCE = re.compile(r"```[ \t]*([\w+.#-]*)[^\n]*\n(.*?)(?:```|\Z)", re.DOTALL)
_FILENAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\.py$")


def check_text(value: str, *, param: str, limit: int = MAX_SOURCE_BYTES) -> str:
    """`value` if it is text a program can be made of, else a precise 400/413.

    Raises:
        PayloadTooLargeError: over `limit` bytes.
        InvalidRequestError: NUL bytes or other binary control characters.
    """
    size = len(value.encode("utf-8", errors="surrogatepass"))
    if size > limit:
        raise PayloadTooLargeError(
            f"{param} is {size} bytes; the limit is {limit} bytes", param=param
        )
    if "\0" in value:
        raise InvalidRequestError(
            f"{param} contains NUL bytes: it looks like binary data, not source code",
            param=param,
        )
    controls = sum(1 for ch in value if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > max(8, len(value) // 100) or "\ufffd" in value[:4096]:
        raise InvalidRequestError(
            f"{param} contains {controls} control characters or undecodable bytes: it "
            "looks like binary data, not source code",
            param=param,
        )
    return value


def check_filename(name: str, *, param: str = "filename") -> str:
    """A plain module file name (`solution.py`): importable, no directory."""
    if not _FILENAME.match(name):
        raise InvalidRequestError(
            f"{param} {name!r} must be a Python module name such as 'solution.py'", param=param
        )
    return name


def syntax_error(source: str, filename: str = "<code>") -> str | None:
    """Python's own message for why `source` does not parse, or None when it does."""
    try:
        ast.parse(source, filename=filename)
    except SyntaxError as exc:
        where = f"{filename}, line {exc.lineno}" + (f", column {exc.offset}" if exc.offset else "")
        return f"SyntaxError: {exc.msg} ({where})"
    except (ValueError, RecursionError, MemoryError) as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def code_blocks(text: str) -> list[tuple[str, str]]:
    """Fenced code blocks of a Markdown text, as (language, code), in order.

    An unclosed last fence counts (a model stopped at its stop sequence, or was cut).
    """
    return [(m.group(1).lower(), m.group(2)) for m in _FENCE.finditer(text)]


def diff(before: str, after: str, filename: str) -> str:
    """A unified diff from `before` to `after`."""
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"a/{filename}",
            tofile=f"b/{filename}",
        )
    )
