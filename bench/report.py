"""Writing a benchmark's results into docs/benchmarks.md without touching the rest.

Each benchmark owns sections between markers::

    <!-- bench:NAME:start -->
    ...written by the benchmark...
    <!-- bench:NAME:end -->

and rewrites only those; everything outside the markers (hand-written sections, notes,
results of other benchmarks) is kept as it is. A section not in the file yet is appended.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

__all__ = ["end_marker", "merge_section", "merge_sections", "start_marker", "write_sections"]


def start_marker(name: str) -> str:
    return f"<!-- bench:{name}:start -->"


def end_marker(name: str) -> str:
    return f"<!-- bench:{name}:end -->"


def merge_section(document: str, name: str, body: str) -> str:
    """`document` with the section `name` replaced by `body` (appended when absent).

    Raises ValueError when the markers of `name` are unbalanced (a start without its
    end, or the other way round), rather than guessing what to overwrite.
    """
    if not re.fullmatch(r"[a-z0-9_-]+", name):
        raise ValueError(f"section names are lower-case words: {name!r}")
    start, end = start_marker(name), end_marker(name)
    block = f"{start}\n{body.strip(chr(10))}\n{end}"
    starts, ends = document.count(start), document.count(end)
    if starts == ends == 0:
        return document.rstrip("\n") + "\n\n" + block + "\n"
    if starts != 1 or ends != 1 or document.index(start) > document.index(end):
        raise ValueError(f"docs markers of section {name!r} are unbalanced "
                         f"({starts} start, {ends} end)")
    head, rest = document.split(start, 1)
    _, tail = rest.split(end, 1)
    return head + block + tail


def merge_sections(document: str, sections: Mapping[str, str]) -> str:
    for name, body in sections.items():
        document = merge_section(document, name, body)
    return document


def write_sections(path: Path, sections: Mapping[str, str]) -> None:
    """Merge `sections` into the file at `path` (created with a title when missing)."""
    document = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    path.write_text(merge_sections(document, sections), encoding="utf-8")
