"""What a GGUF file's header says about its model, read without loading the model.

Only the metadata section is read (key/value pairs up to `<architecture>.context_length`),
so asking costs a few kilobytes of I/O, not a model load; `veilleur models` and
`veilleur pull` use it to show the context a model was trained for.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

__all__ = ["GGUF_MAGIC", "GgufInfo", "read_gguf_info"]

GGUF_MAGIC = b"GGUF"

# Sizes of the GGUF metadata value types that have one (the spec's gguf_metadata_value_type).
_FIXED = {0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8}
_STRING, _ARRAY = 8, 9
_INTEGERS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 10: "<Q", 11: "<q"}
# A header with more pairs or longer strings than these is not a model we can describe.
_MAX_PAIRS = 1 << 16
_MAX_STRING = 1 << 20


@dataclass(frozen=True)
class GgufInfo:
    """The facts of a GGUF header that Veilleur shows."""

    version: int
    architecture: str | None
    context_length: int | None


class _Truncated(Exception):
    """The header ended early or holds an impossible value."""


def read_gguf_info(path: Path) -> GgufInfo | None:
    """The header facts of the GGUF file at `path`; None when it is not a readable GGUF."""
    try:
        with path.open("rb") as handle:
            return _read(handle)
    except (OSError, _Truncated, UnicodeDecodeError, struct.error):
        return None


def _read(handle: BinaryIO) -> GgufInfo | None:
    if handle.read(4) != GGUF_MAGIC:
        return None
    (version,) = struct.unpack("<I", _exact(handle, 4))
    if version < 2:  # version 1 used 32-bit counts; nothing current writes it
        return GgufInfo(version, None, None)
    _tensors, pairs = struct.unpack("<QQ", _exact(handle, 16))
    architecture: str | None = None
    for _ in range(min(pairs, _MAX_PAIRS)):
        key = _string(handle)
        (kind,) = struct.unpack("<I", _exact(handle, 4))
        if key == "general.architecture" and kind == _STRING:
            architecture = _string(handle)
        elif architecture and key == f"{architecture}.context_length" and kind in _INTEGERS:
            (value,) = struct.unpack(_INTEGERS[kind], _exact(handle, _FIXED[kind]))
            return GgufInfo(version, architecture, int(value))
        else:
            _skip(handle, kind)
    return GgufInfo(version, architecture, None)


def _exact(handle: BinaryIO, size: int) -> bytes:
    data = handle.read(size)
    if len(data) != size:
        raise _Truncated
    return data


def _string(handle: BinaryIO) -> str:
    (length,) = struct.unpack("<Q", _exact(handle, 8))
    if length > _MAX_STRING:
        raise _Truncated
    return _exact(handle, length).decode("utf-8")


def _skip(handle: BinaryIO, kind: int) -> None:
    if kind in _FIXED:
        _exact(handle, _FIXED[kind])
    elif kind == _STRING:
        (length,) = struct.unpack("<Q", _exact(handle, 8))
        handle.seek(length, 1)
    elif kind == _ARRAY:
        item, count = struct.unpack("<IQ", _exact(handle, 12))
        if item in _FIXED:
            handle.seek(_FIXED[item] * count, 1)
        else:
            for _ in range(count):
                _skip(handle, item)
    else:
        raise _Truncated
