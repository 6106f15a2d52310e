"""`veilleur pull` against a Hugging Face Hub and a web server on loopback (tests/fakehub.py):
nothing is downloaded from outside. The command runs in-process (Typer's runner) so that
`shutil.disk_usage` can be replaced for the full-disk case, and once as a subprocess to
show the real entry point honours `HF_ENDPOINT`."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fakehub import FakeHub, Repo, fake_gguf, serve, sha256
from veilleur.cli import app
from veilleur.config import load_settings
from veilleur.model_registry import ModelRegistry
from veilleur.pull import PullOptions, SourceUnreachableError, TransferError, pull_hub, pull_url

REPO = "acme/tiny-GGUF"
Q4 = fake_gguf(300_000, seed=4)
Q8_PARTS = [fake_gguf(200_000, seed=8), fake_gguf(100_000, seed=9)]
Q4_ID = f"{REPO}/tiny-Q4_K_M"


@pytest.fixture
def hub() -> Iterator[FakeHub]:
    files = {
        "tiny-Q4_K_M.gguf": Q4,
        "tiny-Q8_0-00001-of-00002.gguf": Q8_PARTS[0],
        "tiny-Q8_0-00002-of-00002.gguf": Q8_PARTS[1],
        "README.md": b"# tiny\n",
    }
    with serve(FakeHub(repos={
        REPO: Repo(files=files),
        "acme/gated-GGUF": Repo(files={"g.gguf": fake_gguf(1_000)}, gated=True),
        "acme/liar-GGUF": Repo(
            files={"liar.gguf": Q4}, published_sha256={"liar.gguf": "0" * 64}
        ),
    })) as running:
        yield running


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("VEILLEUR_MODEL_CACHE_DIR", str(directory))
    monkeypatch.delenv("VEILLEUR_MODEL", raising=False)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    return directory


def veilleur(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "250"})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def pull(hub: FakeHub, *args: str) -> tuple[int, str, str]:
    return veilleur("pull", *args, "--endpoint", hub.base_url)


def unused_url() -> str:
    """A loopback URL on which nothing listens (its port was bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def cdn_ranges(hub: FakeHub, data: bytes) -> list[str | None]:
    return hub.ranges(f"/cdn/{sha256(data)}")


def test_pull_with_a_glob_downloads_verifies_and_registers(hub: FakeHub, cache: Path) -> None:
    code, out, err = pull(hub, REPO, "--file", "*Q4_K_M.gguf")
    assert code == 0, err
    target = cache / "acme" / "tiny-GGUF" / "tiny-Q4_K_M.gguf"
    assert target.read_bytes() == Q4
    assert not list(cache.rglob("*.part"))
    assert Q4_ID in out and "verified against the Hub" in out and sha256(Q4) in out
    entry = ModelRegistry(cache).get(Q4_ID)
    assert entry is not None and entry.path == target and entry.verified
    assert (entry.size, entry.context_length) == (300_000, 32768)
    assert entry.revision == hub.repos[REPO].commit
    # only the metadata call and that file were fetched: the model_info call, resolve, CDN
    assert [path.split("?")[0] for _, path, _ in hub.requests] == [
        f"/api/models/{REPO}/revision/main",
        f"/{REPO}/resolve/{hub.repos[REPO].commit}/tiny-Q4_K_M.gguf",
        f"/cdn/{sha256(Q4)}",
    ]

    code, out, _ = veilleur("models", "--url", "http://127.0.0.1:9")  # nothing listens there
    assert code == 5  # --url given and no server: an error, as before

    code, out, err = veilleur("models")
    assert code == 0, err
    assert Q4_ID in out and "300.0 KB" in out and "32768" in out
    assert f"hf://{REPO}@{hub.repos[REPO].commit[:12]}" in out

    assert load_settings(model=Path(Q4_ID)).model == target

    code, out, _ = pull(hub, REPO, "--file", "*Q4_K_M.gguf")  # again: already there
    assert code == 0 and len([r for r in hub.requests if "/cdn/" in r[1]]) == 1


def test_a_split_gguf_pulls_every_part(hub: FakeHub, cache: Path) -> None:
    code, _, err = pull(hub, REPO, "--file", "*Q8_0.gguf", "--name", "tiny-q8")
    assert code == 0, err
    entry = ModelRegistry(cache).get("tiny-q8")
    assert entry is not None
    assert [file.path.name for file in entry.files] == [
        "tiny-Q8_0-00001-of-00002.gguf", "tiny-Q8_0-00002-of-00002.gguf"
    ]
    assert [file.path.read_bytes() for file in entry.files] == Q8_PARTS
    assert entry.size == 300_000 and entry.path.name.endswith("00001-of-00002.gguf")
    assert load_settings(model=Path("tiny-q8")).model == entry.path


def test_several_matches_are_listed_unless_all(hub: FakeHub, cache: Path) -> None:
    code, _, err = pull(hub, REPO)
    assert code == 2
    assert "matches 2 models" in err and "tiny-Q4_K_M.gguf" in err and "--all" in err
    assert "Traceback" not in err and not cache.exists()

    code, _, err = pull(hub, REPO, "--all")
    assert code == 0, err
    assert [m.id for m in ModelRegistry(cache).list()] == [Q4_ID, f"{REPO}/tiny-Q8_0"]


def test_a_dropped_connection_is_resumed_in_the_same_run(hub: FakeHub, cache: Path) -> None:
    hub.drops["tiny-Q4_K_M.gguf"] = 1
    options = PullOptions(registry=ModelRegistry(cache), retry_delay=0)
    [entry] = pull_hub(REPO, "*Q4_K_M.gguf", options, endpoint=hub.base_url)
    assert entry.path.read_bytes() == Q4 and entry.verified
    assert cdn_ranges(hub, Q4) == [None, "bytes=150000-"]


def test_an_interrupted_pull_resumes_on_the_next_run(hub: FakeHub, cache: Path) -> None:
    hub.drops["tiny-Q4_K_M.gguf"] = 1
    registry = ModelRegistry(cache)
    with pytest.raises(TransferError, match=r"150000 of 300000 bytes.*run the same command"):
        pull_hub(REPO, "*Q4_K_M.gguf", PullOptions(registry=registry, retries=0),
                 endpoint=hub.base_url)
    part = cache / "acme" / "tiny-GGUF" / "tiny-Q4_K_M.gguf.part"
    assert part.stat().st_size == 150_000 and registry.list() == []

    code, _, err = pull(hub, REPO, "--file", "*Q4_K_M.gguf")
    assert code == 0, err
    assert cdn_ranges(hub, Q4) == [None, "bytes=150000-"]
    assert (cache / "acme" / "tiny-GGUF" / "tiny-Q4_K_M.gguf").read_bytes() == Q4
    assert not part.exists() and registry.get(Q4_ID) is not None


def test_ctrl_c_keeps_the_part_and_the_same_command_resumes(hub: FakeHub, cache: Path) -> None:
    release = threading.Event()
    hub.stalls["tiny-Q4_K_M.gguf"] = release
    part = cache / "acme" / "tiny-GGUF" / "tiny-Q4_K_M.gguf.part"
    env = {**os.environ, "HF_ENDPOINT": hub.base_url, "COLUMNS": "200"}
    command = [sys.executable, "-m", "veilleur.cli", "pull", REPO, "-f", "*Q4_K_M.gguf"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, preexec_fn=_as_in_a_terminal)
    try:
        assert hub.stalled.wait(120), "the pull never reached the middle of the file"
        wait_for(lambda: part.is_file() and part.stat().st_size == 150_000)
        process.send_signal(signal.SIGINT)
        try:
            _, err = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            status = Path(f"/proc/{process.pid}/status").read_text()
            masks = [line for line in status.splitlines() if line.startswith("Sig")]
            pytest.fail(f"the interrupted pull did not exit within 60 s; its signals: {masks}")
    finally:
        release.set()
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, err
    assert "run the same command again to resume" in err and "Traceback" not in err
    assert part.stat().st_size == 150_000 and ModelRegistry(cache).list() == []

    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert cdn_ranges(hub, Q4) == [None, "bytes=150000-"]
    assert (cache / "acme" / "tiny-GGUF" / "tiny-Q4_K_M.gguf").read_bytes() == Q4


def _as_in_a_terminal() -> None:
    """The child gets Ctrl-C as a person's terminal delivers it: SIGINT neither ignored nor
    blocked. Both are inherited across exec, and the whole suite (not this test alone) ran
    the child with SIGINT without effect: it downloaded on and the test timed out."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def wait_for(condition: Callable[[], bool], timeout: float = 60) -> None:
    """Until `condition()` holds (the client writes what the server sent at its own pace)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)


def test_a_checksum_mismatch_keeps_nothing(hub: FakeHub, cache: Path) -> None:
    code, _, err = pull(hub, "acme/liar-GGUF")
    assert code == 1
    assert "SHA-256 mismatch" in err and "0" * 64 in err and sha256(Q4) in err
    assert "Traceback" not in err
    assert not [p for p in cache.rglob("*") if p.is_file() and p.suffix in (".gguf", ".part")]
    assert ModelRegistry(cache).list() == []


def test_missing_repo_revision_and_file(hub: FakeHub, cache: Path) -> None:
    code, _, err = pull(hub, "acme/nope")
    assert code == 1 and "repository 'acme/nope' not found" in err and "HTTP 404" in err
    code, _, err = pull(hub, REPO, "--revision", "v9")
    assert code == 1 and "revision 'v9' not found" in err
    code, _, err = pull(hub, "not/a/repo")
    assert code == 2 and "not a Hub repository id" in err
    code, _, err = pull(hub, REPO, "--file", "*Q2_K.gguf")
    assert code == 1 and "no .gguf file" in err and "tiny-Q4_K_M.gguf" in err
    assert "Traceback" not in err and ModelRegistry(cache).list() == []


def test_a_gated_repo_says_how_to_get_access(hub: FakeHub, cache: Path) -> None:
    code, _, err = pull(hub, "acme/gated-GGUF")
    assert code == 3
    assert "HTTP 401" in err and "accept the model's terms" in err and "HF_TOKEN" in err
    assert "Traceback" not in err and ModelRegistry(cache).list() == []


def test_offline_is_a_clear_error(cache: Path) -> None:
    code, _, err = veilleur("pull", REPO, "--endpoint", unused_url())
    assert code == 5 and "cannot reach" in err and "Connection refused" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_full_disk_is_refused_before_downloading(
    hub: FakeHub, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = shutil.disk_usage
    # A real full disk cannot be made here: the disk reports 100 kB free.
    monkeypatch.setattr(shutil, "disk_usage", lambda path: real(path)._replace(free=100_000))
    code, _, err = pull(hub, REPO, "--file", "*Q4_K_M.gguf")
    assert code == 1
    assert "not enough disk space" in err and "300.0 KB" in err and "100.0 KB is free" in err
    assert cdn_ranges(hub, Q4) == []  # checked before any byte was asked for
    hub.urls["u.gguf"] = Q4  # a URL: checked once the server has announced the size
    code, _, err = veilleur("pull", f"{hub.base_url}/files/u.gguf")
    assert code == 1 and "not enough disk space" in err and "Traceback" not in err
    assert not list(cache.rglob("u.gguf*"))


def test_url_pull_resumes_with_range_and_checks_sha256(hub: FakeHub, cache: Path) -> None:
    data = fake_gguf(250_000, seed=7)
    hub.urls["tiny.gguf"] = data
    url = f"{hub.base_url}/files/tiny.gguf"
    hub.drops["tiny.gguf"] = 1
    with pytest.raises(TransferError):
        pull_url(url, PullOptions(registry=ModelRegistry(cache), retries=0))
    code, out, err = veilleur("pull", url, "--sha256", sha256(data))
    assert code == 0, err
    assert hub.ranges("/files/tiny.gguf") == [None, "bytes=125000-"]
    assert (cache / "127.0.0.1" / "tiny.gguf").read_bytes() == data
    assert "tiny" in out and "verified against --sha256" in out
    entry = ModelRegistry(cache).get("tiny")
    assert entry is not None and entry.verified and entry.source == url

    code, _, err = veilleur("pull", url, "--sha256", "f" * 64, "--name", "wrong")
    assert code == 1 and "SHA-256 mismatch" in err
    assert ModelRegistry(cache).get("wrong") is None

    code, out, err = veilleur("pull", url, "--name", "plain")
    assert code == 0 and "unverified" in out and sha256(data) in out
    code, out, _ = veilleur("models")
    assert "plain" in out and "(sha256 unverified)" in out


def test_a_server_that_ignores_range_restarts_from_zero(hub: FakeHub, cache: Path) -> None:
    data = fake_gguf(120_000, seed=3)
    hub.urls["r.gguf"] = data
    url = f"{hub.base_url}/files/r.gguf"
    hub.drops["r.gguf"] = 1
    options = PullOptions(registry=ModelRegistry(cache), retries=0)
    with pytest.raises(TransferError):
        pull_url(url, options)
    hub.ignore_range = True
    entry = pull_url(url, options, sha256=sha256(data))
    assert entry.path.read_bytes() == data  # not the first half twice
    assert hub.ranges("/files/r.gguf") == [None, "bytes=60000-"]


def test_models_rm_deletes_files_and_entry(hub: FakeHub, cache: Path) -> None:
    assert pull(hub, REPO, "--file", "*Q8_0*")[0] == 0
    entry = ModelRegistry(cache).get(f"{REPO}/tiny-Q8_0")
    assert entry is not None
    code, out, err = veilleur("models", "rm", entry.id)
    assert code == 0, err
    assert "removed" in out and not any(file.path.exists() for file in entry.files)
    code, _, err = veilleur("models", "rm", entry.id)
    assert code == 1 and "no pulled model has the id" in err


def test_the_installed_command_reads_hf_endpoint(hub: FakeHub, cache: Path) -> None:
    env = {**os.environ, "HF_ENDPOINT": hub.base_url, "COLUMNS": "200"}
    command = [sys.executable, "-m", "veilleur.cli", "pull", REPO, "-f", "*Q4_K_M.gguf"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert ModelRegistry(cache).get(Q4_ID) is not None
    env["HF_ENDPOINT"] = unused_url()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 5
    assert result.stderr.startswith("error: cannot reach") and "Traceback" not in result.stderr


def test_unreachable_url_mid_resume_keeps_the_part(cache: Path) -> None:
    target = cache / "127.0.0.1" / "x.gguf.part"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"GGUF" + b"\0" * 100)
    with pytest.raises(SourceUnreachableError, match="104 bytes are kept"):
        options = PullOptions(registry=ModelRegistry(cache), retries=0)
        pull_url(f"{unused_url()}/files/x.gguf", options)
    assert target.stat().st_size == 104
