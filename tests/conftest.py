"""Shared fixtures: the real default model, loaded once; a real server on loopback."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from helpers import ServerProcess
from veilleur.config import default_cache_dir
from veilleur.models import ensure_default_model


@pytest.fixture(scope="session")
def model_path() -> Path:
    """The default GGUF, materialised from the PyPI package (no download)."""
    return ensure_default_model(default_cache_dir())


@pytest.fixture(scope="session")
def backend(model_path: Path) -> Iterator[object]:
    """One embedded backend for the whole session (in this process)."""
    from veilleur.engine.llamacpp import LlamaCppBackend

    engine = LlamaCppBackend(model_path, n_ctx=2048, max_queue=4)
    yield engine


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory, model_path: Path) -> Iterator[ServerProcess]:
    """A live `veilleur serve` on a free loopback port, shared by the integration tests."""
    data_dir = tmp_path_factory.mktemp("server-data")
    with ServerProcess(data_dir, env={"VEILLEUR_MAX_BODY_BYTES": str(2 * 1024 * 1024)}) as proc:
        yield proc


@pytest.fixture(scope="session")
def model_id(server: ServerProcess) -> str:
    import httpx

    return str(httpx.get(f"{server.base_url}/v1/models").json()["data"][0]["id"])
