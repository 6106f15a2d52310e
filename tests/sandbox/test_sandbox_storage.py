"""What a sandboxed program can write: a bounded number of bytes and files, all of them
out of the host's sight, in places no other local user can reach.

The storage cases need bubblewrap (the run's tmpfs lives in the run's own mount
namespace); the host-directory cases run in both modes. They use the default `Limits`
(only time is shortened), so that what is checked is what the code tasks get.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import stat
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from veilleur.sandbox import Limits, RunResult, Sandbox
from veilleur.sandbox.runner import bwrap_problem

MiB = 1024 * 1024
DEFAULTS = Limits()
QUICK = Limits(cpu_seconds=10, wall_seconds=30)

needs_bwrap = pytest.mark.skipif(
    bwrap_problem() is not None, reason=f"bubblewrap unusable here: {bwrap_problem()}"
)
MODES = [pytest.param("bwrap", marks=needs_bwrap), "rlimit-only"]
needs_root = pytest.mark.skipif(
    os.geteuid() != 0, reason="switching to another local user (setpriv) needs root"
)


@pytest.fixture
def bwrap_sandbox() -> Sandbox:
    if bwrap_problem() is not None:
        pytest.skip(f"bubblewrap unusable here: {bwrap_problem()}")
    return Sandbox(QUICK, isolation="bwrap")


def _fill(place: str, *, block: int, count: int) -> str:
    """A program that writes `count` files of `block` bytes under `place` until an error,
    then prints how many it wrote and the errno that stopped it."""
    return (
        "import os\n"
        f"os.makedirs({place!r} + '/fill', exist_ok=True)\n"
        f"data = b'x' * {block}\n"
        "written, error = 0, None\n"
        f"for i in range({count}):\n"
        "    try:\n"
        f"        with open(f'{place}/fill/f{{i}}', 'wb') as out:\n"
        "            out.write(data)\n"
        "    except OSError as exc:\n"
        "        error = exc.errno\n"
        "        break\n"
        "    written += 1\n"
        "print('written', written, 'errno', error)\n"
    )


def _report(result: RunResult) -> tuple[int, int | None]:
    match = re.search(r"written (\d+) errno (\w+)", result.stdout)
    assert match, result
    errno = None if match[2] == "None" else int(match[2])
    return int(match[1]), errno


PLACES = ["/home/sandbox", "/tmp", "/dev/shm"]


@needs_bwrap
@pytest.mark.parametrize("place", PLACES)
def test_bytes_written_are_capped(bwrap_sandbox: Sandbox, place: str) -> None:
    # Twice the whole budget, in files well under the per-file limit.
    count = 2 * DEFAULTS.disk_bytes // MiB
    written, errno = _report(bwrap_sandbox.run_python(_fill(place, block=MiB, count=count)))
    assert errno == 28, f"{place}: {written} MiB written without ENOSPC"  # ENOSPC
    assert written * MiB <= DEFAULTS.disk_bytes


@needs_bwrap
@pytest.mark.parametrize("place", PLACES)
def test_files_created_are_capped(bwrap_sandbox: Sandbox, place: str) -> None:
    count = 2 * DEFAULTS.max_files
    written, errno = _report(bwrap_sandbox.run_python(_fill(place, block=0, count=count)))
    assert errno == 28, f"{place}: {written} empty files created without ENOSPC"
    assert written <= DEFAULTS.max_files


@needs_bwrap
def test_one_budget_for_every_writable_place(bwrap_sandbox: Sandbox) -> None:
    """Filling /tmp leaves no room in the working directory: one budget, not three."""
    source = _fill("/tmp", block=MiB, count=2 * DEFAULTS.disk_bytes // MiB) + (
        "try:\n"
        "    open('after.bin', 'wb').write(b'y' * (4 << 20))\n"
        "    print('home still writable')\n"
        "except OSError as exc:\n"
        "    print('home full', exc.errno)\n"
    )
    result = bwrap_sandbox.run_python(source)
    assert "home full 28" in result.stdout, result


@needs_bwrap
def test_dev_is_read_only(bwrap_sandbox: Sandbox) -> None:
    result = bwrap_sandbox.run_python(
        "for path in ('/dev/pwned', '/dev/pts/pwned'):\n"
        "    try:\n"
        "        open(path, 'wb').write(b'x' * 1024)\n"
        "        print('wrote', path)\n"
        "    except OSError as exc:\n"
        "        print('refused', path, exc.errno)\n"
        "open('/dev/null', 'w').write('fine')\n"
        "print('null ok')\n"
    )
    assert "wrote" not in result.stdout, result
    assert "null ok" in result.stdout, result


@needs_bwrap
def test_the_run_storage_is_nosuid_and_nodev(bwrap_sandbox: Sandbox) -> None:
    result = bwrap_sandbox.run_python(
        "for line in open('/proc/self/mountinfo'):\n"
        "    fields = line.split()\n"
        "    if fields[4] in ('/home/sandbox', '/tmp', '/dev/shm'):\n"
        "        print(fields[4], fields[5])\n"
    )
    lines = result.stdout.splitlines()
    assert len(lines) == 3, result
    for line in lines:
        assert {"nosuid", "nodev"} <= set(line.split()[1].split(",")), line


@needs_bwrap
def test_given_files_larger_than_the_disk_are_refused(bwrap_sandbox: Sandbox) -> None:
    from veilleur.sandbox import SandboxInputError

    small = QUICK.with_(disk_bytes=4 * MiB)
    with pytest.raises(SandboxInputError, match="disk"):
        bwrap_sandbox.run(["true"], files={"big.bin": b"x" * (5 * MiB)}, limits=small)
    many = {f"f{i}.txt": "" for i in range(QUICK.max_files + 1)}
    with pytest.raises(SandboxInputError, match="files"):
        bwrap_sandbox.run(["true"], files=many)


@pytest.mark.parametrize("files", [
    {"a": "file", "a/b": "under a file"},
    {"a/b": "x", "a": "a directory already"},
    {"x.txt": "one", "./x.txt": "the same name"},
])
def test_clashing_file_names_are_refused(files: dict[str, str]) -> None:
    from veilleur.sandbox import SandboxInputError

    with pytest.raises(SandboxInputError, match="clashes") as caught:
        Sandbox(QUICK, isolation="rlimit-only").run(["true"], files=files)
    assert caught.value.param == "files"


def test_a_storage_that_cannot_be_prepared_is_a_sandbox_error(
        bwrap_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files that do not fit, past the up-front check: the copy fails, and that is the
    sandbox's error, not a failure of the program."""
    from veilleur.sandbox import SandboxError, SandboxInputError, runner

    monkeypatch.setattr(runner, "_check_room", lambda files, limits: None)
    with pytest.raises(SandboxError, match="cannot prepare the run's storage") as caught:
        bwrap_sandbox.run(["true"], files={"big.bin": b"x" * (5 * MiB)},
                          limits=QUICK.with_(disk_bytes=4 * MiB))
    assert not isinstance(caught.value, SandboxInputError)
    assert "No space left" in str(caught.value)


def test_given_files_reach_the_program(bwrap_sandbox: Sandbox) -> None:
    result = bwrap_sandbox.run(
        ["python3", "-c", "print(open('pkg/data.txt').read(), open('main.py').read())"],
        files={"pkg/data.txt": "hello", "main.py": "# main"},
    )
    assert result.ok, result
    assert result.stdout.split() == ["hello", "#", "main"]


# ---- the host side of a run: nothing for other local users ------------------------------


def _wait_for_process(marker: str, deadline_s: float = 60.0) -> int:
    """The pid of the `sleep <marker>` the program execs (waits for that event)."""
    give_up = time.monotonic() + deadline_s
    while time.monotonic() < give_up:
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                argv = Path(f"/proc/{entry.name}/cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if argv[:2] == [b"sleep", marker.encode()]:
                return int(entry.name)
        time.sleep(0.05)
    raise AssertionError(f"the sandboxed program never reached `sleep {marker}`")


def _holder_of(pid: int) -> Path:
    """The host directory of the run `pid` belongs to (from its ancestors' cwd and argv)."""
    current: int | None = pid
    while current and current > 1:
        clues: list[str] = []
        with contextlib.suppress(OSError):
            clues.append(os.readlink(f"/proc/{current}/cwd"))
        with contextlib.suppress(OSError):
            clues += Path(f"/proc/{current}/cmdline").read_bytes().decode().split("\0")
        for clue in clues:
            match = re.search(r"^(/\S*?/veilleur-run-[^/]+)", clue)
            if match:
                return Path(match[1])
        status = Path(f"/proc/{current}/status").read_text()
        current = int(re.search(r"^PPid:\s+(\d+)", status, re.M)[1])  # type: ignore[index]
    raise AssertionError(f"no veilleur-run-* directory among the ancestors of {pid}")


@pytest.fixture
def paused_run(request: pytest.FixtureRequest) -> Iterator[tuple[str, Path, int]]:
    """A run (in the mode given by the test's parameter) whose program has written a
    world-readable secret, a set-id file and an open directory, and now sleeps."""
    mode: str = request.param
    marker = f"{30 + uuid.uuid4().int % 10**6 / 10**6:.6f}"
    program = (
        "import os\n"
        "open('secret.txt', 'w').write('run-secret-42')\n"
        "os.chmod('secret.txt', 0o644)\n"
        "open('setid', 'w').write('#!/bin/sh\\nid\\n')\n"
        "os.chmod('setid', 0o6755)\n"
        "os.mkdir('open')\n"
        "os.chmod('open', 0o777)\n"
        f"os.execv('/bin/sleep', ['sleep', {marker!r}])\n"
    )
    results: list[RunResult] = []
    runner = threading.Thread(
        target=lambda: results.append(Sandbox(QUICK, isolation=mode).run_python(program)))  # type: ignore[arg-type]
    runner.start()
    pid = _wait_for_process(marker)
    try:
        yield mode, _holder_of(pid), pid
    finally:
        os.kill(pid, signal.SIGKILL)
        runner.join()
    assert results and results[0].killed_by_signal == "SIGKILL", results


@pytest.mark.parametrize("paused_run", MODES, indirect=True)
def test_the_host_directory_is_private_during_a_run(paused_run: tuple[str, Path, int]) -> None:
    mode, holder, _ = paused_run
    assert stat.S_IMODE(holder.lstat().st_mode) == 0o700, f"{holder} is {holder.lstat().st_mode:o}"
    for root, dirs, files in os.walk(holder):
        for name in dirs + files:
            info = (Path(root) / name).lstat()
            if mode == "bwrap":  # the program's own files never reach the host's disk
                assert not info.st_mode & (stat.S_ISUID | stat.S_ISGID), f"{root}/{name}"
                assert not info.st_mode & 0o077, f"{root}/{name} is {info.st_mode:o}"
    if mode == "bwrap":
        names = {p.name for p in holder.rglob("*")}
        assert not names & {"secret.txt", "setid", "open"}, names


@needs_root
@pytest.mark.parametrize("paused_run", MODES, indirect=True)
def test_another_local_user_reads_nothing_of_a_run(paused_run: tuple[str, Path, int]) -> None:
    _, holder, _ = paused_run
    probe = (
        "import glob, os, sys\n"
        "holder = sys.argv[1]\n"
        "for path in [holder, holder + '/work'] + glob.glob(holder + '/*'):\n"
        "    try:\n"
        "        print('listed', path, os.listdir(path))\n"
        "    except OSError as exc:\n"
        "        print('refused', path, exc.errno)\n"
        "for path in (holder + '/work/secret.txt', holder + '/work/setid'):\n"
        "    try:\n"
        "        print('read', path, open(path).read())\n"
        "    except OSError as exc:\n"
        "        print('refused', path, exc.errno)\n"
    )
    seen = subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--",
         "/usr/bin/python3", "-c", probe, str(holder)],
        capture_output=True, text=True, timeout=30, check=False,
    )
    assert seen.returncode == 0, seen.stderr
    assert "listed" not in seen.stdout and "read" not in seen.stdout, seen.stdout
    assert "run-secret-42" not in seen.stdout


def test_the_probe_names_a_missing_tool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without `unshare` the run's storage cannot be made: `auto` must not pick bwrap."""
    import shutil

    for tool in ("bwrap", "prlimit", "mount"):
        found = shutil.which(tool)
        if found is None:
            pytest.skip(f"{tool} is not installed")
        (tmp_path / tool).symlink_to(found)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert bwrap_problem.__wrapped__() == "unshare is not installed (apt-get install util-linux)"
