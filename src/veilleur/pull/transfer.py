"""One resumable, verified HTTP download into a file.

Bytes go to `<file>.part` beside the destination, and the part is renamed into place only
once its size and SHA-256 are right. A part left by an interrupted run (Ctrl-C, a killed
process, a dropped connection) is resumed with an HTTP `Range` request, its prefix
re-hashed from disk so the final digest covers every byte; a server that ignores the
range (200 instead of 206) or answers another range restarts the download from zero. A
connection that drops mid-way is resumed in the same run a few times before giving up.

This is also how Hub files are fetched: `huggingface_hub` 2.x downloads to a temporary
file unique to each process and deletes it on failure (huggingface/huggingface_hub#4228,
#4196), so an interrupted `hf_hub_download` starts again from zero on the next run.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import httpx

from veilleur.pull.errors import (
    ChecksumMismatchError,
    DiskSpaceError,
    PullError,
    SourceAccessError,
    SourceNotFoundError,
    SourceUnreachableError,
    TransferError,
)

__all__ = [
    "Download",
    "Progress",
    "ensure_space",
    "fetch",
    "format_size",
    "part_path",
]

_CHUNK = 1 << 20
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")
_MARGIN_BYTES = 64 << 20


@dataclass(frozen=True)
class Download:
    """What to fetch and where to put it."""

    url: str
    dest: Path
    label: str
    """Name shown on the progress bar and in messages."""
    size: int | None = None
    """Announced size in bytes, when the source publishes it."""
    sha256: str | None = None
    """Expected digest (published by the source, or given by the user)."""


class Progress(Protocol):
    """Where a download reports its progress (a Rich bar in the CLI)."""

    def start(self, label: str, total: int | None, done: int) -> None:
        """A request began: `done` bytes are already on disk, of `total`."""

    def advance(self, size: int) -> None:
        """`size` more bytes were written."""

    def restart(self) -> None:
        """The bytes reported so far were discarded (the server ignored the range)."""


class NoProgress:
    """A `Progress` that shows nothing."""

    def start(self, label: str, total: int | None, done: int) -> None:
        """Nothing to show."""

    def advance(self, size: int) -> None:
        """Nothing to show."""

    def restart(self) -> None:
        """Nothing to show."""


def part_path(dest: Path) -> Path:
    """Where the bytes of `dest` accumulate until they are verified."""
    return dest.with_name(dest.name + ".part")


def format_size(size: float) -> str:
    """`1.5 GB`-style size (powers of 1000, as the Hub shows them)."""
    for unit in ("B", "KB", "MB", "GB"):
        if abs(size) < 1000:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{size:.1f} TB"


def ensure_space(directory: Path, needed: int) -> None:
    """Check that `directory` has room for `needed` more bytes and a margin.

    Raises:
        DiskSpaceError: it has not.
    """
    probe = directory
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    margin = max(_MARGIN_BYTES, needed // 100)
    if free < needed + margin:
        raise DiskSpaceError(
            f"not enough disk space in {str(directory)!r}: the download needs "
            f"{format_size(needed)} (+{format_size(margin)} margin) and "
            f"{format_size(free)} is free; free some space or pull into another "
            "directory with --dir"
        )


def fetch(
    download: Download,
    client: httpx.Client,
    *,
    headers: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    retries: int = 3,
    retry_delay: float = 1.0,
) -> str:
    """Download `download.url` to `download.dest`, resuming a `.part` left before.

    Args:
        download: The URL, destination, and what the source announced.
        client: The HTTP client (redirects followed).
        headers: Extra request headers (the Hub's authorization and user agent).
        progress: Where to report bytes; default: nowhere.
        retries: Resumes attempted in this run after connections that brought no byte.
        retry_delay: Seconds before the first resume (doubled at each next one).

    Returns:
        The SHA-256 (hex) of the file now at `download.dest`.

    Raises:
        SourceNotFoundError, SourceAccessError, SourceUnreachableError, TransferError,
        ChecksumMismatchError, DiskSpaceError: see `veilleur.pull.errors`.
    """
    shown = progress or NoProgress()
    part = part_path(download.dest)
    download.dest.parent.mkdir(parents=True, exist_ok=True)
    state = _resume_point(part, download.size)
    attempt = 0
    while True:
        start = state.offset
        try:
            if _one_request(download, client, dict(headers or {}), part, state, shown):
                break
        except httpx.TransportError as exc:
            if state.offset > start:
                attempt = 0  # bytes came: only connections that bring nothing count
            if attempt >= retries:
                raise _stopped(download, part, exc) from exc
            time.sleep(retry_delay * (2**attempt))
            attempt += 1
            state = _resume_point(part, download.size)
    offset = state.offset
    if download.size is not None and offset != download.size:
        part.unlink(missing_ok=True)
        raise TransferError(
            f"{download.label}: received {offset} bytes where {download.size} were announced; "
            "the partial file was deleted, run the same command again"
        )
    hexdigest = state.digest.hexdigest()
    if download.sha256 is not None and hexdigest != download.sha256.lower():
        part.unlink(missing_ok=True)
        raise ChecksumMismatchError(
            f"{download.label}: SHA-256 mismatch: expected {download.sha256}, got {hexdigest}; "
            "the file was deleted and nothing was registered"
        )
    os.replace(part, download.dest)
    return hexdigest


class _Partial:
    """The bytes of a `.part` file so far: how many, and their running digest."""

    def __init__(self) -> None:
        self.offset = 0
        self.digest = hashlib.sha256()

    def reset(self) -> None:
        self.offset = 0
        self.digest = hashlib.sha256()

    def add(self, chunk: bytes) -> None:
        self.offset += len(chunk)
        self.digest.update(chunk)


def _resume_point(part: Path, size: int | None) -> _Partial:
    """The bytes already in `part`, re-hashed (a fresh start when there are too many)."""
    state = _Partial()
    if part.is_file() and size is not None and part.stat().st_size > size:
        part.unlink()
    if part.is_file():
        with part.open("rb") as handle:
            while block := handle.read(_CHUNK):
                state.add(block)
    return state


def _one_request(
    download: Download,
    client: httpx.Client,
    headers: dict[str, str],
    part: Path,
    state: _Partial,
    progress: Progress,
) -> bool:
    """One GET from `state.offset`, appending to `part`; whether the file is now whole."""
    headers["Accept-Encoding"] = "identity"  # a range of compressed bytes would be useless
    if state.offset:
        headers["Range"] = f"bytes={state.offset}-"
    with client.stream("GET", download.url, headers=headers) as response:
        if response.status_code == 416 and state.offset:
            if state.offset in (_total_of_416(response), download.size):
                return True  # the part was already whole
            part.unlink(missing_ok=True)
            state.reset()
            return False
        _raise_for_status(response, download)
        start = 0
        if response.status_code == 206:
            match = _CONTENT_RANGE.fullmatch(response.headers.get("Content-Range", ""))
            start = int(match.group(1)) if match else -1
        if start != state.offset:  # the server ignored the range, or sent another one
            if state.offset:
                progress.restart()
            state.reset()
            part.unlink(missing_ok=True)
        total = download.size or _announced_total(response, state.offset)
        if total is not None:
            ensure_space(part.parent, total - state.offset)
        progress.start(download.label, total, state.offset)
        with part.open("ab") as out:
            for chunk in response.iter_bytes():  # as received: a drop loses nothing
                out.write(chunk)
                state.add(chunk)
                progress.advance(len(chunk))
    return True


def _announced_total(response: httpx.Response, offset: int) -> int | None:
    match = _CONTENT_RANGE.fullmatch(response.headers.get("Content-Range", ""))
    if match and match.group(3) != "*":
        return int(match.group(3))
    length = response.headers.get("Content-Length")
    return offset + int(length) if length and length.isdigit() else None


def _total_of_416(response: httpx.Response) -> int | None:
    value = response.headers.get("Content-Range", "")
    return int(value.rsplit("/", 1)[1]) if re.fullmatch(r"bytes \*/\d+", value) else None


def _raise_for_status(response: httpx.Response, download: Download) -> None:
    status = response.status_code
    if status < 400:
        return
    # The Hub explains its refusals in these headers (huggingface_hub reads the same).
    detail = response.headers.get("X-Error-Message") or response.reason_phrase
    if status in (401, 403):
        gated = response.headers.get("X-Error-Code") == "GatedRepo"
        hint = (
            "accept the model's terms on its Hub page, then set HF_TOKEN (or `hf auth login`)"
            if gated
            else "set HF_TOKEN (or `hf auth login`) with a token that may read it"
        )
        raise SourceAccessError(
            f"{download.label}: access refused (HTTP {status}: {detail}); {hint}"
        )
    if status == 404:
        raise SourceNotFoundError(f"{download.label}: not found at {download.url} (HTTP 404)")
    if status >= 500:
        raise SourceUnreachableError(
            f"{download.label}: the server failed (HTTP {status}: {detail}); try again later"
        )
    raise PullError(f"{download.label}: HTTP {status} from {download.url}: {detail}")


def _stopped(download: Download, part: Path, exc: httpx.TransportError) -> PullError:
    reason = str(exc) or type(exc).__name__
    kept = part.stat().st_size if part.is_file() else 0
    resume = (
        f"; {kept} bytes are kept in {str(part)!r}: run the same command again to resume"
        if kept
        else ""
    )
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
        host = httpx.URL(download.url).host
        return SourceUnreachableError(
            f"cannot reach {host} to download {download.label} ({reason}); check the network "
            f"connection{resume}"
        )
    of = f" of {download.size}" if download.size else ""
    return TransferError(
        f"{download.label}: the download stopped at {kept}{of} bytes ({reason}){resume}"
    )
