"""Which files of a Hugging Face Hub repository a pull means, and what the Hub says of them.

One `model_info(..., files_metadata=True)` call (`GET /api/models/{repo}/revision/{rev}
?blobs=true`) gives the commit the revision points to and, for every file, its size and,
for LFS files (every GGUF), the SHA-256 the Hub publishes. The glob is matched against
that file list; a GGUF split in parts (`name-00001-of-00003.gguf`) is one model of all
its parts. Files are then fetched from `resolve/<commit>/<file>`, the commit pinned so
that every part comes from the same one. `huggingface_hub`'s errors are translated here.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from pathlib import PurePosixPath

import httpx2
from huggingface_hub import HfApi, ModelInfo, hf_hub_url
from huggingface_hub import constants as hf_constants
from huggingface_hub import errors as hf_errors
from huggingface_hub.utils import build_hf_headers

from veilleur import __version__
from veilleur.errors import InvalidRequestError
from veilleur.pull.errors import (
    AmbiguousFileError,
    PullError,
    SourceAccessError,
    SourceNotFoundError,
    SourceUnreachableError,
)

__all__ = ["HubFile", "HubModel", "default_endpoint", "hub_headers", "resolve_files"]

_SPLIT = re.compile(r"^(?P<stem>.+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$")
_METADATA_TIMEOUT = 30.0


@dataclass(frozen=True)
class HubFile:
    """One file of a repository at a commit."""

    name: str
    """Path in the repository."""
    url: str
    size: int | None
    sha256: str | None
    """The LFS SHA-256 the Hub publishes; None for a file outside LFS."""


@dataclass(frozen=True)
class HubModel:
    """One model a pull selected: a GGUF, or all the parts of a split one."""

    id: str
    """`owner/repo/file-stem` (the stem of a split without its `-0000k-of-0000n`)."""
    files: tuple[HubFile, ...]


def default_endpoint() -> str:
    """The Hub's address: `HF_ENDPOINT` when set (huggingface_hub reads it), else the Hub."""
    return hf_constants.ENDPOINT


def hub_headers(token: str | None) -> dict[str, str]:
    """The Hub's request headers: user agent, and the token (given, `HF_TOKEN`, or stored)."""
    return build_hf_headers(token=token, library_name="veilleur", library_version=__version__)


def resolve_files(
    repo_id: str,
    pattern: str | None,
    *,
    revision: str | None = None,
    select_all: bool = False,
    endpoint: str | None = None,
    token: str | None = None,
) -> tuple[str, list[HubModel]]:
    """The commit of `revision` and the models whose files match `pattern`.

    Args:
        repo_id: `owner/name` of a model repository.
        pattern: A glob over the repository's paths (`*Q4_K_M.gguf`); a split GGUF matches
            by any part's name or by its name without the part suffix. None: every GGUF.
        revision: Branch, tag or commit; default `main`.
        select_all: Return every matching model instead of refusing several.
        endpoint: The Hub's address; default `default_endpoint()`.
        token: A Hub token; default the one huggingface_hub finds.

    Raises:
        SourceNotFoundError: no such repository, revision, or matching file.
        AmbiguousFileError: several models match and `select_all` is false.
        InvalidRequestError: `repo_id` is not a repository id.
        SourceAccessError, SourceUnreachableError, PullError: see `veilleur.pull.errors`.
    """
    endpoint = (endpoint or default_endpoint()).rstrip("/")
    revision = revision or "main"
    info = _model_info(repo_id, revision, endpoint, token)
    commit = info.sha or revision
    siblings = {s.rfilename: s for s in info.siblings or []}
    ggufs = sorted(name for name in siblings if name.endswith(".gguf"))
    groups = _group(ggufs, pattern or "*.gguf", repo_id)
    if not groups:
        listed = ", ".join(ggufs[:20]) + (" …" if len(ggufs) > 20 else "") or "none"
        raise SourceNotFoundError(
            f"no .gguf file of {repo_id}@{revision} matches {pattern or '*.gguf'!r} "
            f"(GGUF files there: {listed})",
            param="file",
        )
    if len(groups) > 1 and not select_all:
        names = ", ".join(parts[0] for parts in groups.values())
        raise AmbiguousFileError(
            f"{pattern or '*.gguf'!r} matches {len(groups)} models in {repo_id}: {names}; "
            "narrow --file, or pass --all to pull every one",
            param="file",
        )
    models = []
    for model_id, names in groups.items():
        files = []
        for name in names:
            sibling = siblings[name]
            lfs = sibling.lfs
            files.append(
                HubFile(
                    name=name,
                    url=hf_hub_url(repo_id, name, revision=commit, endpoint=endpoint),
                    size=lfs.size if lfs is not None else sibling.size,
                    sha256=lfs.sha256.lower() if lfs is not None else None,
                )
            )
        models.append(HubModel(id=model_id, files=tuple(files)))
    return commit, models


def _group(names: list[str], pattern: str, repo_id: str) -> dict[str, list[str]]:
    """The matching names, as `{model id: [file, …]}` (the parts of a split together)."""
    splits: dict[str, list[str]] = {}
    for name in names:
        if match := _SPLIT.match(name):
            splits.setdefault(match["stem"], []).append(name)
    groups: dict[str, list[str]] = {}
    for name in names:
        match = _SPLIT.match(name)
        joined = f"{match['stem']}.gguf" if match else name
        if not (_matches(name, pattern) or _matches(joined, pattern)):
            continue
        stem = match["stem"] if match else name.removesuffix(".gguf")
        model_id = f"{repo_id}/{PurePosixPath(stem).name}"
        if match:
            groups[model_id] = _all_parts(match["stem"], int(match["count"]), splits, repo_id)
        else:
            groups[model_id] = [name]
    return groups


def _matches(name: str, pattern: str) -> bool:
    return fnmatch.fnmatchcase(name, pattern) or fnmatch.fnmatchcase(
        PurePosixPath(name).name, pattern
    )


def _all_parts(stem: str, count: int, splits: dict[str, list[str]], repo_id: str) -> list[str]:
    expected = [f"{stem}-{index:05d}-of-{count:05d}.gguf" for index in range(1, count + 1)]
    missing = sorted(set(expected) - set(splits.get(stem, [])))
    if missing:
        raise SourceNotFoundError(
            f"{repo_id}: the split GGUF {stem} lacks {len(missing)} of its {count} parts "
            f"({', '.join(missing[:3])})",
            param="file",
        )
    return expected


def _model_info(repo_id: str, revision: str, endpoint: str, token: str | None) -> ModelInfo:
    where = f"{repo_id}@{revision}"
    api = HfApi(endpoint=endpoint, library_name="veilleur", library_version=__version__)
    try:
        return api.model_info(
            repo_id, revision=revision, files_metadata=True, token=token, timeout=_METADATA_TIMEOUT
        )
    except hf_errors.GatedRepoError as exc:
        raise SourceAccessError(
            f"{repo_id} is gated: accept its terms on {endpoint}/{repo_id}, then set HF_TOKEN "
            "(or `hf auth login`)"
        ) from exc
    except hf_errors.RepositoryNotFoundError as exc:
        status = exc.response.status_code if exc.response is not None else 404
        raise SourceNotFoundError(
            f"repository {repo_id!r} not found on {endpoint} (HTTP {status}); check the name, "
            "or, for a private repository, set HF_TOKEN (or `hf auth login`)",
            param="repo",
        ) from exc
    except hf_errors.RevisionNotFoundError as exc:
        raise SourceNotFoundError(
            f"revision {revision!r} not found in {repo_id}", param="revision"
        ) from exc
    except hf_errors.HFValidationError as exc:
        raise InvalidRequestError(
            f"{repo_id!r} is not a Hub repository id (owner/name) nor an http(s) URL: {exc}",
            param="repo",
        ) from exc
    except hf_errors.OfflineModeIsEnabled as exc:
        raise SourceUnreachableError(
            f"cannot pull {where}: HF_HUB_OFFLINE is set (unset it to download)"
        ) from exc
    except hf_errors.HfHubHTTPError as exc:
        status = exc.response.status_code if exc.response is not None else None
        if status in (401, 403):
            raise SourceAccessError(
                f"{endpoint} refused access to {repo_id} (HTTP {status}); set HF_TOKEN "
                "(or `hf auth login`) with a token that may read it"
            ) from exc
        if status is not None and status >= 500:
            raise SourceUnreachableError(
                f"{endpoint} failed (HTTP {status}) for {where}; try again later"
            ) from exc
        raise PullError(f"{endpoint} answered HTTP {status} for {where}") from exc
    except httpx2.TransportError as exc:
        raise SourceUnreachableError(
            f"cannot reach {endpoint} ({exc or type(exc).__name__}); check the network "
            "connection (or HF_ENDPOINT / --endpoint)"
        ) from exc
