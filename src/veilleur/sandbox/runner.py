"""Run untrusted programs: bubblewrap namespaces + rlimits, or rlimits alone (loudly).

One run: a fresh private (0700) host directory gets the given files; the command runs
as a user of its own (when the server is root: a random unprivileged uid, so that the
process limit counts this run alone and the program can signal nothing of the server's),
with umask 077, under rlimits set by `prlimit`, in its own process group. With
bubblewrap, it writes only to the run's own bounded tmpfs (`veilleur.sandbox.storage`);
without, to the host directory. Its output is read with a bound while the wall clock
runs; at the end, or at the first limit, every process of the run is killed and the
directory removed without following any link (`veilleur.sandbox.cleanup`).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
import secrets
import selectors
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Literal

from veilleur.sandbox.bwrap import SANDBOX_UID, bwrap_argv
from veilleur.sandbox.cleanup import remove_tree
from veilleur.sandbox.environment import BIN, HOME, SITE, scrubbed_env, toolbox
from veilleur.sandbox.errors import SandboxError, SandboxInputError
from veilleur.sandbox.limits import Limits
from veilleur.sandbox.result import Isolation, RunResult
from veilleur.sandbox.settings import SandboxSettings
from veilleur.sandbox.storage import SETUP_FAILED_STATUS, room_needed, setup_argv

__all__ = ["IsolationMode", "Sandbox", "bwrap_problem", "default_sandbox"]

log = logging.getLogger(__name__)

IsolationMode = Literal["auto", "bwrap", "rlimit-only"]

RLIMIT_ONLY_WARNING = (
    "rlimit-only sandbox: bubblewrap is unavailable, so this run had NO network or "
    "filesystem isolation (only CPU, memory, process, file-size and time limits)"
)
_UID_BASE, _UID_SPAN = 1_500_000, 500_000
_MAX_FILES_BYTES = 32 * 1024 * 1024
_DRAIN_AFTER_KILL_S = 1.0
_uids_in_use: set[int] = set()
_uids_lock = threading.Lock()
_warned_fallback = False

_MEMORY_MARKERS = ("MemoryError", "Cannot allocate memory", "std::bad_alloc", "out of memory")
_PROCESS_MARKERS = ("Resource temporarily unavailable", "Cannot fork", "fork: retry",
                    "BlockingIOError", "can't start new thread")


class Sandbox:
    """Runs commands in isolation, at most `max_concurrent` at a time.

    Args:
        limits: Default limits of each run.
        isolation: ``bwrap`` (fail when unavailable), ``rlimit-only``, or ``auto``
            (bubblewrap when it works here, else rlimit-only with a loud warning).
        max_concurrent: Runs allowed at once; others wait for a slot.
        on_run: Called with every finished run's result (the server's metrics count
            runs by outcome through it).
    """

    def __init__(
        self,
        limits: Limits | None = None,
        *,
        isolation: IsolationMode = "auto",
        max_concurrent: int = 2,
        on_run: Callable[[RunResult], None] | None = None,
    ) -> None:
        self.limits = limits or Limits()
        self._isolation = isolation
        self._slots = threading.BoundedSemaphore(max_concurrent)
        self._on_run = on_run

    @property
    def isolation(self) -> Isolation:
        """The mode runs actually use."""
        if self._isolation != "auto":
            return self._isolation
        problem = bwrap_problem()
        if problem is None:
            return "bwrap"
        global _warned_fallback
        if not _warned_fallback:
            _warned_fallback = True
            log.warning("SANDBOX DEGRADED: %s. %s.", problem, RLIMIT_ONLY_WARNING)
        return "rlimit-only"

    # ---- public API ---------------------------------------------------------------------

    def run(
        self,
        command: Sequence[str] | str,
        *,
        files: Mapping[str, str | bytes] | None = None,
        limits: Limits | None = None,
    ) -> RunResult:
        """Run `command` (an argv, or a shell command line) over a fresh directory.

        Args:
            command: Program and arguments; a string runs under ``/bin/sh -c``.
            files: Files to create in the working directory, by relative path.
            limits: Limits of this run (default: the sandbox's).

        Raises:
            SandboxInputError: a file path is absolute, escapes the directory, or the files
                are larger than 32 MiB together.
            SandboxError: the sandbox itself could not be started.
        """
        argv = ["/bin/sh", "-c", command] if isinstance(command, str) else list(command)
        if not argv or any("\0" in part for part in argv):
            raise SandboxInputError("the command is empty or contains a NUL byte",
                                    param="command")
        checked = _check_files(files or {})
        limits = limits or self.limits
        if self.isolation == "bwrap":
            _check_room(checked, limits)
        with self._slots:
            result = self._run(argv, checked, limits)
        if self._on_run is not None:
            self._on_run(result)
        return result

    def run_python(
        self, source: str, *, files: Mapping[str, str | bytes] | None = None,
        limits: Limits | None = None,
    ) -> RunResult:
        """Run Python `source` as ``main.py`` (next to `files`)."""
        return self.run(["python3", "main.py"], files={**(files or {}), "main.py": source},
                        limits=limits)

    async def arun(
        self,
        command: Sequence[str] | str,
        *,
        files: Mapping[str, str | bytes] | None = None,
        limits: Limits | None = None,
    ) -> RunResult:
        """`run` on a worker thread, for async callers."""
        return await asyncio.to_thread(self.run, command, files=files, limits=limits)

    # ---- one run ------------------------------------------------------------------------

    def _run(self, argv: list[str], files: dict[str, bytes], limits: Limits) -> RunResult:
        mode = self.isolation
        tools = toolbox()
        uid = _take_uid() if os.geteuid() == 0 else None
        holder = Path(tempfile.mkdtemp(prefix="veilleur-run-"))  # 0700: the run's alone
        try:
            workdir = holder / "work"
            workdir.mkdir(mode=0o700)
            # With bubblewrap the files are staged here and copied into the run's tmpfs,
            # which is then mounted over `workdir` where only the run can see it.
            stage = workdir if mode == "rlimit-only" else holder / "stage"
            stage.mkdir(mode=0o700, exist_ok=True)
            _write_files(stage, files)
            marker = f"veilleur-sandbox-setup-failed-{secrets.token_hex(8)}"
            if mode == "bwrap":
                passwd = holder / "passwd"
                user = f"{SANDBOX_UID}:{SANDBOX_UID}"
                passwd.write_text(f"sandbox:x:{user}:sandbox:{HOME}:/bin/sh\n")
                passwd.chmod(0o600)
                storage = setup_argv(mount_point=str(workdir), stage=str(stage),
                                     disk_bytes=limits.disk_bytes, max_files=limits.max_files,
                                     marker=marker)
                command = [*storage, *_prlimit_argv(limits, uid),
                           *bwrap_argv(argv, run_dir=str(workdir), tools=tools,
                                       passwd=str(passwd))]
                env = scrubbed_env(home=HOME, site=SITE, bin_dir=BIN)
            else:
                command = [*_prlimit_argv(limits, uid), *argv]
                env = scrubbed_env(home=str(workdir), site=tools.site_dir, bin_dir=tools.bin_dir)
                env["TMPDIR"] = str(workdir)
            if uid is not None:  # the run's user owns its directory, and nobody else can enter
                for path in (holder, *holder.rglob("*")):
                    os.chown(path, uid, uid, follow_symlinks=False)
            result = self._supervise(command, env, str(holder if mode == "bwrap" else workdir),
                                     uid, limits, mode)
            if (mode == "bwrap" and result.exit_code == SETUP_FAILED_STATUS
                    and marker in result.stderr):
                raise SandboxError(f"cannot prepare the run's storage: {result.stderr.strip()}")
            return result
        finally:
            if uid is not None:
                _kill_uid(uid)
                _give_back_uid(uid)
            remove_tree(str(holder))

    def _supervise(
        self,
        argv: list[str],
        env: dict[str, str],
        cwd: str,
        uid: int | None,
        limits: Limits,
        mode: Isolation,
    ) -> RunResult:
        started = time.monotonic()
        try:
            proc = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                cwd=cwd,
                env=env,
                start_new_session=True,
                user=uid,
                group=uid,
                extra_groups=[] if uid is not None else None,
                umask=0o077,
            )
        except OSError as exc:
            raise SandboxError(f"cannot start the sandbox: {exc}") from exc
        reader = _BoundedReader(proc, limits)
        timed_out, output_killed = reader.read_until(started + limits.wall_seconds,
                                                     lambda: _kill(proc, uid))
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            _kill(proc, uid)
            proc.wait()
        duration = time.monotonic() - started
        return _result(proc.returncode, reader, timed_out, output_killed, duration, limits,
                       mode)


def _prlimit_argv(limits: Limits, uid: int | None) -> list[str]:
    """`prlimit` with the run's rlimits, up to and including its ``--``."""
    prlimit = shutil.which("prlimit")
    if prlimit is None:
        raise SandboxError("prlimit (util-linux) is not installed; the sandbox needs it")
    nproc = limits.max_processes
    if uid is None:  # the limit counts every process of our own user: add ours
        nproc += _processes_of(os.getuid())
    return [
        prlimit,
        f"--cpu={limits.cpu_seconds}:{limits.cpu_seconds + 1}",
        f"--as={limits.memory_bytes}",
        f"--nproc={nproc}",
        f"--fsize={limits.max_file_bytes}",
        f"--nofile={limits.max_open_files}",
        "--core=0",
        "--",
    ]


class _BoundedReader:
    """Reads stdout and stderr together, keeping at most `max_output_bytes` of each."""

    def __init__(self, proc: subprocess.Popen[bytes], limits: Limits) -> None:
        self.proc = proc
        self.limits = limits
        self.kept = {"stdout": bytearray(), "stderr": bytearray()}
        self.total = {"stdout": 0, "stderr": 0}

    def read_until(self, deadline: float, kill: object) -> tuple[bool, bool]:
        """Read until both streams close; kill at `deadline` or past the output ceiling.

        Returns:
            (timed_out, killed for output)
        """
        assert callable(kill)
        selector = selectors.DefaultSelector()
        assert self.proc.stdout is not None and self.proc.stderr is not None
        selector.register(self.proc.stdout, selectors.EVENT_READ, "stdout")
        selector.register(self.proc.stderr, selectors.EVENT_READ, "stderr")
        timed_out = output_killed = False
        killed_at: float | None = None
        try:
            while selector.get_map():
                now = time.monotonic()
                if killed_at is None and now >= deadline:
                    timed_out = True
                    kill()
                    killed_at = now
                if killed_at is not None and now - killed_at > _DRAIN_AFTER_KILL_S:
                    break  # something that escaped the kill still holds a pipe: stop here
                wait = (killed_at + _DRAIN_AFTER_KILL_S if killed_at else deadline) - now
                for key, _ in selector.select(timeout=max(0.01, wait)):
                    chunk = os.read(key.fd, 65536)
                    if not chunk:
                        selector.unregister(key.fileobj)
                        continue
                    name = key.data
                    self.total[name] += len(chunk)
                    room = self.limits.max_output_bytes - len(self.kept[name])
                    if room > 0:
                        self.kept[name] += chunk[:room]
                if (killed_at is None
                        and sum(self.total.values()) > self.limits.kill_output_bytes):
                    output_killed = True
                    kill()
                    killed_at = time.monotonic()
        finally:
            selector.close()
            self.proc.stdout.close()
            self.proc.stderr.close()
        return timed_out, output_killed

    def text(self, name: str) -> str:
        return bytes(self.kept[name]).decode("utf-8", errors="replace")

    def truncated(self, name: str) -> bool:
        return self.total[name] > len(self.kept[name])


def _result(
    returncode: int,
    reader: _BoundedReader,
    timed_out: bool,
    output_killed: bool,
    duration: float,
    limits: Limits,
    mode: Isolation,
) -> RunResult:
    signum: int | None = None
    if returncode < 0:
        signum = -returncode
    elif mode == "bwrap" and 128 < returncode <= 128 + 64:
        signum = returncode - 128  # bubblewrap reports a signalled child as 128 + signal
    stderr = reader.text("stderr")
    hit: list[str] = []
    if timed_out:
        hit.append("wall_time")
    if signum == signal.SIGXCPU or (signum == signal.SIGKILL and not timed_out
                                    and not output_killed and duration >= limits.cpu_seconds):
        hit.append("cpu_time")
    if any(marker in stderr for marker in _MEMORY_MARKERS):
        hit.append("memory")
    if any(marker in stderr for marker in _PROCESS_MARKERS):
        hit.append("processes")
    if signum == signal.SIGXFSZ or "File too large" in stderr:
        hit.append("file_size")
    if output_killed or reader.truncated("stdout") or reader.truncated("stderr"):
        hit.append("output")
    return RunResult(
        exit_code=None if signum is not None else returncode,
        stdout=reader.text("stdout"),
        stderr=stderr,
        stdout_truncated=reader.truncated("stdout"),
        stderr_truncated=reader.truncated("stderr"),
        timed_out=timed_out,
        killed_by_signal=_signal_name(signum),
        limits_hit=tuple(hit),
        duration_s=duration,
        isolation=mode,
        warnings=(RLIMIT_ONLY_WARNING,) if mode == "rlimit-only" else (),
    )


def _signal_name(signum: int | None) -> str | None:
    if signum is None:
        return None
    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"


def _check_files(files: Mapping[str, str | bytes]) -> dict[str, bytes]:
    checked: dict[str, bytes] = {}
    total = 0
    for name, content in files.items():
        path = PurePosixPath(name)
        if (not name or "\0" in name or path.is_absolute() or ".." in path.parts
                or name.startswith("~")):
            raise SandboxInputError(
                f"file name {name!r} must be a relative path inside the working directory",
                param="files",
            )
        if str(path) in checked:
            raise SandboxInputError(f"file name {name!r} clashes with another file given "
                                    f"({str(path)!r})", param="files")
        data = content.encode() if isinstance(content, str) else bytes(content)
        total += len(data)
        checked[str(path)] = data
    if total > _MAX_FILES_BYTES:
        raise SandboxInputError(
            f"the files given to the sandbox total {total} bytes; the limit is "
            f"{_MAX_FILES_BYTES}", param="files")
    return checked


def _check_room(files: Mapping[str, bytes], limits: Limits) -> None:
    size, inodes = room_needed(files)
    if size > limits.disk_bytes:
        raise SandboxInputError(
            f"the files given to the sandbox need {size} bytes of the run's disk; it has "
            f"{limits.disk_bytes} (disk_bytes)", param="files")
    if inodes > limits.max_files:
        raise SandboxInputError(
            f"the files given to the sandbox need {inodes} inodes (files and directories); "
            f"the run's disk has {limits.max_files} (max_files)", param="files")


def _write_files(root: Path, files: Mapping[str, bytes]) -> None:
    """Create `files` under `root`: directories 0700, files 0600, nothing followed."""
    for name, content in files.items():
        path = root
        try:
            for part in PurePosixPath(name).parts[:-1]:
                path = path / part
                with contextlib.suppress(FileExistsError):
                    path.mkdir(mode=0o700)
            fd = os.open(root / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW,
                         0o600)
        except (FileExistsError, NotADirectoryError, IsADirectoryError) as exc:
            raise SandboxInputError(
                f"file name {name!r} clashes with another file given ({exc.strerror})",
                param="files") from exc
        with os.fdopen(fd, "wb") as out:
            out.write(content)


def _take_uid() -> int:
    with _uids_lock:
        while True:
            uid = _UID_BASE + secrets.randbelow(_UID_SPAN)
            if uid not in _uids_in_use:
                _uids_in_use.add(uid)
                return uid


def _give_back_uid(uid: int) -> None:
    with _uids_lock:
        _uids_in_use.discard(uid)


def _kill(proc: subprocess.Popen[bytes], uid: int | None) -> None:
    """Kill the run's process group, then (as root) every process of its own uid."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    if uid is not None:
        _kill_uid(uid)


def _kill_uid(uid: int) -> None:
    """Kill every process of `uid`: `kill -KILL -1` run as that uid reaches all of them
    (and nothing else), even those that left the process group or the session."""
    try:
        subprocess.run(["kill", "-KILL", "-1"], user=uid, group=uid, extra_groups=[],
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.error("sandbox: could not sweep the processes of uid %d: %s", uid, exc)


def _processes_of(uid: int) -> int:
    """Tasks (processes and threads) the user `uid` runs now; RLIMIT_NPROC counts them."""
    count = 0
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == uid:
                    count += len(os.listdir(f"/proc/{entry.name}/task"))
            except OSError:
                continue
    return count


@functools.cache
def bwrap_problem() -> str | None:
    """Why bubblewrap cannot isolate a run here, or None when it can (checked once)."""
    for tool, package in (("bwrap", "bubblewrap"), ("unshare", "util-linux"),
                          ("mount", "mount")):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install {package})"
    try:  # the whole chain of a run: storage namespace, prlimit, bubblewrap
        result = Sandbox(isolation="bwrap").run(["/bin/true"])
    except Exception as exc:  # the probe must never take the server down
        return f"the bubblewrap sandbox failed to start: {exc}"
    if result.exit_code != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        return f"bubblewrap cannot create namespaces here: {detail[-1] if detail else '?'}"
    return None


_default: Sandbox | None = None
_default_lock = threading.Lock()


def default_sandbox() -> Sandbox:
    """The process-wide sandbox configured by `SandboxSettings` (shared run slots)."""
    global _default
    with _default_lock:
        if _default is None:
            settings = SandboxSettings()
            _default = Sandbox(isolation=settings.isolation,
                               max_concurrent=settings.max_concurrent)
        return _default
