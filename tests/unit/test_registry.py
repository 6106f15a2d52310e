"""The registry of pulled models, the GGUF header reader, and `--model ID` resolution."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from fakehub import fake_gguf, sha256
from veilleur.config import load_settings
from veilleur.errors import ConfigError, NotFoundError
from veilleur.gguf_info import read_gguf_info
from veilleur.model_registry import (
    ModelRegistry,
    RegisteredFile,
    RegisteredModel,
    RegistryError,
)


def _model(directory: Path, model_id: str, *names: str) -> RegisteredModel:
    files = []
    for name in names or ("model.gguf",):
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = fake_gguf(2_000, seed=len(files))
        path.write_bytes(data)
        files.append(RegisteredFile(path, len(data), sha256(data), verified=True))
    return RegisteredModel(
        id=model_id, files=tuple(files), source="hf://acme/tiny", revision="c0ffee",
        pulled_at="2026-12-01T12:00:00+00:00", context_length=32768, architecture="qwen2",
        urls=("http://hub/acme/tiny/resolve/c0ffee/model.gguf",),
    )


def test_add_list_get_and_resolve(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    assert registry.list() == []
    model = _model(tmp_path, "acme/tiny/model")
    registry.add(model)
    assert registry.list() == [model]
    assert ModelRegistry(tmp_path).get("acme/tiny/model") == model  # read back from disk
    assert registry.resolve("acme/tiny/model") == model.path
    assert registry.resolve("acme/other") is None
    model.path.unlink()
    assert registry.resolve("acme/tiny/model") is None  # registered, but its file is gone


def test_the_file_is_plain_json_written_atomically(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    registry.add(_model(tmp_path, "b"))
    registry.add(_model(tmp_path / "other", "a"))
    data = json.loads((tmp_path / "registry.json").read_text())
    assert data["version"] == 1
    assert [entry["id"] for entry in data["models"]] == ["a", "b"]
    entry = data["models"][1]
    assert entry["path"] == str(tmp_path / "model.gguf") and entry["size"] == 2_000
    assert entry["files"][0]["sha256"] == sha256(fake_gguf(2_000)) and entry["source"]
    assert {"revision", "pulled_at", "context_length", "urls"} <= set(entry)
    assert not list(tmp_path.glob(".registry-*"))  # no temporary file left behind


def test_concurrent_additions_are_all_kept(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    models = [_model(tmp_path / str(i), f"m{i}") for i in range(8)]
    threads = [threading.Thread(target=registry.add, args=(m,)) for m in models]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [m.id for m in registry.list()] == sorted(m.id for m in models)


def test_remove_deletes_every_part_and_the_entry(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    model = _model(tmp_path, "split", "s-00001-of-00002.gguf", "s-00002-of-00002.gguf")
    registry.add(model)
    registry.add(_model(tmp_path / "keep", "keep"))
    assert model.size == 4_000
    removed = registry.remove("split")
    assert removed == model
    assert not any(file.path.exists() for file in model.files)
    assert [m.id for m in registry.list()] == ["keep"]
    with pytest.raises(NotFoundError, match=r"'split'.*registered: keep"):
        registry.remove("split")


def test_a_corrupt_registry_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "registry.json").write_text("{not json")
    with pytest.raises(RegistryError, match=r"not valid.*fix or delete it"):
        ModelRegistry(tmp_path).list()


def test_gguf_header_gives_architecture_and_context(tmp_path: Path) -> None:
    path = tmp_path / "m.gguf"
    path.write_bytes(fake_gguf(10_000, context_length=8192))
    info = read_gguf_info(path)
    assert info is not None
    assert (info.version, info.architecture, info.context_length) == (3, "qwen2", 8192)
    path.write_bytes(b"not a gguf")
    assert read_gguf_info(path) is None
    path.write_bytes(fake_gguf(40))  # cut inside the metadata
    assert read_gguf_info(path) is None
    assert read_gguf_info(tmp_path / "missing.gguf") is None


def test_model_setting_accepts_a_registered_id(tmp_path: Path) -> None:
    model = _model(tmp_path / "acme" / "tiny", "acme/tiny/model")
    ModelRegistry(tmp_path).add(model)
    settings = load_settings(model=Path("acme/tiny/model"), model_cache_dir=tmp_path)
    assert settings.model == model.path
    direct = load_settings(model=model.path, model_cache_dir=tmp_path)
    assert direct.model == model.path  # a path still works as before


def test_model_setting_env_accepts_a_registered_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = _model(tmp_path, "tiny")
    ModelRegistry(tmp_path).add(model)
    monkeypatch.setenv("VEILLEUR_MODEL", "tiny")
    monkeypatch.setenv("VEILLEUR_MODEL_CACHE_DIR", str(tmp_path))
    assert load_settings().model == model.path


def test_unknown_model_is_neither_file_nor_id(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist, nor is it the id of a pulled model"):
        load_settings(model=Path("acme/nope"), model_cache_dir=tmp_path)
