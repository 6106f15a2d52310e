"""A pull from start to end: pick the files, check the disk, fetch, verify, register.

A model is registered only once every one of its files is on disk with the right size
and SHA-256; a failure leaves the registry as it was (and, for a dropped connection, the
`.part` files that the next run resumes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import httpx

from veilleur.errors import InvalidRequestError
from veilleur.gguf_info import read_gguf_info
from veilleur.model_registry import ModelRegistry, RegisteredFile, RegisteredModel
from veilleur.models import sha256_file
from veilleur.pull.hub import HubModel, hub_headers, resolve_files
from veilleur.pull.transfer import Download, Progress, ensure_space, fetch, part_path

__all__ = ["PullOptions", "pull_hub", "pull_url"]

_TIMEOUT = httpx.Timeout(30.0, read=60.0)


@dataclass(frozen=True)
class PullOptions:
    """How to pull, whatever the source."""

    registry: ModelRegistry
    directory: Path | None = None
    """Where the files go; default: a folder per source under the registry's directory."""
    name: str | None = None
    """The id to register under; default `owner/repo/file-stem` or the URL's file stem."""
    progress: Progress | None = None
    retries: int = 3
    retry_delay: float = 1.0


def pull_hub(
    repo_id: str,
    pattern: str | None,
    options: PullOptions,
    *,
    revision: str | None = None,
    select_all: bool = False,
    endpoint: str | None = None,
    token: str | None = None,
) -> list[RegisteredModel]:
    """Pull the GGUF files of `repo_id` that match `pattern`; return what was registered.

    Raises:
        PullError: see `veilleur.pull.errors` (nothing is registered then).
        InvalidRequestError: `options.name` given for several models.
    """
    commit, models = resolve_files(
        repo_id, pattern, revision=revision, select_all=select_all, endpoint=endpoint,
        token=token,
    )
    if options.name is not None and len(models) > 1:
        raise InvalidRequestError(
            f"--name gives one id, but {len(models)} models match; pull them one at a time",
            param="name",
        )
    base = options.directory or options.registry.directory.joinpath(*repo_id.split("/"))
    plans = [(model, _downloads(model, base)) for model in models]
    missing = sum(
        _remaining(download) for _, downloads in plans for download in downloads
    )
    ensure_space(base, missing)
    headers = hub_headers(token)
    registered = []
    with _client() as client:
        for model, downloads in plans:
            files = [_obtain(download, client, headers, options) for download in downloads]
            entry = _entry(
                options.name or model.id, files, f"hf://{repo_id}", commit,
                [file.url for file in model.files],
            )
            options.registry.add(entry)
            registered.append(entry)
    return registered


def pull_url(url: str, options: PullOptions, *, sha256: str | None = None) -> RegisteredModel:
    """Pull the file at `url` (checked against `sha256` when given); return its entry.

    Raises:
        PullError: see `veilleur.pull.errors` (nothing is registered then).
    """
    parts = urlsplit(url)
    filename = PurePosixPath(unquote(parts.path)).name
    if not filename:
        raise InvalidRequestError(f"{url!r} names no file to download", param="source")
    base = options.directory or options.registry.directory / (parts.hostname or "url")
    download = Download(
        url=url, dest=base / filename, label=filename,
        sha256=sha256.lower() if sha256 else None,
    )
    with _client() as client:
        file = _obtain(download, client, {}, options)
    entry = _entry(
        options.name or PurePosixPath(filename).stem, [file], url, None, [url]
    )
    options.registry.add(entry)
    return entry


def _downloads(model: HubModel, base: Path) -> list[Download]:
    return [
        Download(
            url=file.url, dest=base.joinpath(*file.name.split("/")), label=file.name,
            size=file.size, sha256=file.sha256,
        )
        for file in model.files
    ]


def _remaining(download: Download) -> int:
    """Bytes still to download for `download` (none when the file is already there)."""
    if download.size is None or download.dest.is_file():
        return 0
    part = part_path(download.dest)
    return max(download.size - (part.stat().st_size if part.is_file() else 0), 0)


def _obtain(
    download: Download, client: httpx.Client, headers: dict[str, str], options: PullOptions
) -> RegisteredFile:
    """The file of `download`, fetched unless a verified copy is already in place."""
    if _already_there(download, options.registry):
        size = download.dest.stat().st_size
        return RegisteredFile(download.dest, size, str(download.sha256), verified=True)
    digest = fetch(
        download, client, headers=headers, progress=options.progress, retries=options.retries,
        retry_delay=options.retry_delay,
    )
    size = download.dest.stat().st_size
    return RegisteredFile(download.dest, size, digest, verified=download.sha256 is not None)


def _already_there(download: Download, registry: ModelRegistry) -> bool:
    """Whether `download.dest` holds the expected bytes: recorded so in the registry
    (same path, size and digest), or hashed now."""
    if download.sha256 is None or not download.dest.is_file():
        return False
    size = download.dest.stat().st_size
    recorded = any(
        file.path == download.dest and file.sha256 == download.sha256 and file.size == size
        for model in registry.list()
        for file in model.files
    )
    return recorded or sha256_file(download.dest) == download.sha256


def _entry(
    model_id: str,
    files: Sequence[RegisteredFile],
    source: str,
    revision: str | None,
    urls: Sequence[str],
) -> RegisteredModel:
    info = read_gguf_info(files[0].path)
    return RegisteredModel(
        id=model_id,
        files=tuple(files),
        source=source,
        revision=revision,
        pulled_at=datetime.now(UTC).isoformat(timespec="seconds"),
        context_length=info.context_length if info else None,
        architecture=info.architecture if info else None,
        urls=tuple(urls),
    )


def _client() -> httpx.Client:
    return httpx.Client(follow_redirects=True, timeout=_TIMEOUT, trust_env=True)
