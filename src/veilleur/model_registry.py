"""The models `veilleur pull` brought onto this machine, recorded in one JSON file.

The registry is `registry.json` in the model cache directory (`model_cache_dir`), beside
the files it describes. Each entry has a public id (`owner/repo/file-stem` for a Hub
file, the file stem for a URL, or the `--name` given), the files on disk with their size
and SHA-256, where they came from and when. `--model ID` (and `VEILLEUR_MODEL=ID`) takes
such an id as well as a path: `veilleur.config` resolves it here.

The file is rewritten whole, atomically (a temporary file in the same directory, then a
rename), under an advisory lock, so that two pulls at once or a crash mid-write never
leave it half written. This module depends on the standard library and the errors only:
the settings read it.
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from veilleur.errors import NotFoundError, VeilleurError

__all__ = [
    "REGISTRY_FILE",
    "ModelRegistry",
    "RegisteredFile",
    "RegisteredModel",
    "RegistryError",
]

REGISTRY_FILE = "registry.json"
_VERSION = 1


class RegistryError(VeilleurError):
    """The registry file cannot be read or written."""

    code = "registry_error"


@dataclass(frozen=True)
class RegisteredFile:
    """One file of a pulled model (a GGUF split in parts has several)."""

    path: Path
    size: int
    sha256: str
    verified: bool
    """Whether `sha256` was checked against a published digest (else only computed)."""


@dataclass(frozen=True)
class RegisteredModel:
    """A pulled model: its id, its files (the first is the one to load), its origin."""

    id: str
    files: tuple[RegisteredFile, ...]
    source: str
    """`hf://owner/repo` for the Hugging Face Hub, else the URL it was downloaded from."""
    revision: str | None
    """The commit the Hub files were taken at; None for a URL."""
    pulled_at: str
    """ISO 8601 UTC time of the pull."""
    context_length: int | None = None
    """Context the model was trained for, from its GGUF header, when it says."""
    architecture: str | None = None
    urls: tuple[str, ...] = field(default=())
    """The URL each file was downloaded from."""

    @property
    def path(self) -> Path:
        """The file to load (the first part of a split GGUF)."""
        return self.files[0].path

    @property
    def size(self) -> int:
        """Bytes on disk, all parts together."""
        return sum(file.size for file in self.files)

    @property
    def verified(self) -> bool:
        """Whether every file's digest matched a published one."""
        return all(file.verified for file in self.files)


class ModelRegistry:
    """The registry file of one cache directory."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / REGISTRY_FILE

    def list(self) -> list[RegisteredModel]:
        """Every registered model, sorted by id."""
        return sorted(self._read().values(), key=lambda model: model.id)

    def get(self, model_id: str) -> RegisteredModel | None:
        """The model registered under `model_id`, if any."""
        return self._read().get(model_id)

    def resolve(self, model_id: str) -> Path | None:
        """The file to load for `model_id`, when it is registered and its file is there."""
        model = self.get(model_id)
        if model is None or not model.path.is_file():
            return None
        return model.path

    def add(self, model: RegisteredModel) -> None:
        """Record `model`, replacing an entry of the same id."""
        with self._locked():
            models = self._read()
            models[model.id] = model
            self._write(models)

    def remove(self, model_id: str) -> RegisteredModel:
        """Delete the files of `model_id` and its entry; return what was removed.

        Raises:
            NotFoundError: no model is registered under that id.
        """
        with self._locked():
            models = self._read()
            model = models.pop(model_id, None)
            if model is None:
                known = ", ".join(sorted(models)) or "none"
                raise NotFoundError(
                    f"no pulled model has the id {model_id!r} (registered: {known})",
                    param="id",
                )
            for file in model.files:
                for path in (file.path, file.path.with_name(file.path.name + ".part")):
                    try:
                        path.unlink(missing_ok=True)
                    except OSError as exc:
                        raise RegistryError(f"cannot remove {str(path)!r}: {exc}") from exc
            self._write(models)
        return model

    def _read(self) -> dict[str, RegisteredModel]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise RegistryError(
                f"cannot read the model registry {str(self.path)!r}: {exc}"
            ) from exc
        try:
            data = json.loads(text)
            return {entry["id"]: _decode(entry) for entry in data["models"]}
        except (ValueError, KeyError, TypeError) as exc:
            raise RegistryError(
                f"the model registry {str(self.path)!r} is not valid ({exc!r}); "
                "fix or delete it (the model files stay where they are)"
            ) from exc

    def _write(self, models: dict[str, RegisteredModel]) -> None:
        payload = {
            "version": _VERSION,
            "models": [_encode(model) for model in sorted(models.values(), key=lambda m: m.id)],
        }
        try:
            handle, temporary = tempfile.mkstemp(
                dir=self.directory, prefix=".registry-", suffix=".json"
            )
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    json.dump(payload, out, indent=2)
                    out.write("\n")
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(temporary, self.path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise RegistryError(
                f"cannot write the model registry {str(self.path)!r}: {exc}"
            ) from exc

    @contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            lock = (self.directory / ".registry.lock").open("a")
        except OSError as exc:
            raise RegistryError(
                f"cannot lock the model registry in {str(self.directory)!r}: {exc}"
            ) from exc
        with lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)


def _encode(model: RegisteredModel) -> dict[str, Any]:
    entry = asdict(model)
    entry["path"] = str(model.path)
    entry["size"] = model.size
    entry["files"] = [{**asdict(file), "path": str(file.path)} for file in model.files]
    entry["urls"] = list(model.urls)
    return entry


def _decode(entry: dict[str, Any]) -> RegisteredModel:
    files = tuple(
        RegisteredFile(
            path=Path(file["path"]),
            size=int(file["size"]),
            sha256=str(file["sha256"]),
            verified=bool(file["verified"]),
        )
        for file in entry["files"]
    )
    if not files:
        raise ValueError(f"model {entry['id']!r} has no files")
    return RegisteredModel(
        id=str(entry["id"]),
        files=files,
        source=str(entry["source"]),
        revision=entry.get("revision"),
        pulled_at=str(entry["pulled_at"]),
        context_length=entry.get("context_length"),
        architecture=entry.get("architecture"),
        urls=tuple(entry.get("urls", ())),
    )
