"""The bubblewrap command line that isolates one run.

Every namespace is new (user, mount, PID, network, IPC, UTS, cgroup): the program sees a
root filesystem with /usr (and the interpreter's prefix) read-only, a private /proc,
/dev and /tmp, and one writable directory, its working directory. The network
namespace has only its own loopback: nothing leaves it, nothing on the host's loopback
can be reached. Nested user namespaces are disabled, and the program runs in a new
session (no TIOCSTI on the server's terminal) and dies with its supervisor.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess
from collections.abc import Sequence

from veilleur.sandbox.environment import BIN, HOME, SITE, Toolbox

__all__ = ["bwrap_argv", "bwrap_problem"]

log = logging.getLogger(__name__)

SANDBOX_UID = 1000  # the user the program sees itself as (mapped to a pool uid outside)
_ETC = ("/etc/alternatives", "/etc/ld.so.cache", "/etc/localtime", "/etc/mime.types")


def _root_entries() -> list[str]:
    """/bin, /lib… as symlinks where the host merged them into /usr, else read-only."""
    args: list[str] = []
    for name in ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"):
        if os.path.islink(name):
            args += ["--symlink", os.readlink(name), name]
        elif os.path.isdir(name):
            args += ["--ro-bind", name, name]
    return args


def bwrap_argv(
    command: Sequence[str], *, workdir: str, tools: Toolbox, tmp_bytes: int, passwd: str
) -> list[str]:
    """The full argv that runs `command` in a fresh sandbox over `workdir`.

    Args:
        command: The program and its arguments, as seen inside the sandbox.
        workdir: Host directory mounted read-write as the program's home and cwd.
        tools: Interpreter, packages and shims to expose.
        tmp_bytes: Size of the private /tmp.
        passwd: Host path of a one-line passwd file naming the sandbox user.
    """
    args = [
        shutil.which("bwrap") or "bwrap",
        "--unshare-user", "--unshare-ipc", "--unshare-pid", "--unshare-net",
        "--unshare-uts", "--unshare-cgroup-try",
        "--uid", str(SANDBOX_UID), "--gid", str(SANDBOX_UID),
        "--disable-userns",
        "--die-with-parent", "--new-session",
        "--hostname", "sandbox",
        "--ro-bind", "/usr", "/usr",
        *_root_entries(),
    ]  # fmt: skip
    for path in _ETC:
        args += ["--ro-bind-try", path, path]
    args += ["--ro-bind", passwd, "/etc/passwd"]
    if tools.python_prefix:
        args += ["--ro-bind", tools.python_prefix, tools.python_prefix]
    for name, path in sorted(tools.packages.items()):
        args += ["--ro-bind", path, f"{SITE}/{name}"]
    args += ["--ro-bind", tools.bin_dir, BIN]
    args += [
        "--proc", "/proc",
        "--dev", "/dev",
        "--size", str(tmp_bytes), "--tmpfs", "/tmp",
        "--bind", workdir, HOME,
        "--chdir", HOME,
        "--remount-ro", "/",
        "--",
        *command,
    ]  # fmt: skip
    return args


@functools.cache
def bwrap_problem() -> str | None:
    """Why bubblewrap cannot isolate a run here, or None when it can (checked once)."""
    if shutil.which("bwrap") is None:
        return "bubblewrap is not installed (apt-get install bubblewrap)"
    from veilleur.sandbox.runner import Sandbox

    try:
        result = Sandbox(isolation="bwrap").run(["/bin/true"])
    except Exception as exc:  # the probe must never take the server down
        return f"bubblewrap failed to start: {exc}"
    if result.exit_code != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        return f"bubblewrap cannot create namespaces here: {detail[-1] if detail else '?'}"
    return None


def probe_version() -> str:
    """`bwrap --version`, for the docs and logs."""
    try:
        return subprocess.run(
            ["bwrap", "--version"], capture_output=True, text=True, timeout=5, check=False
        ).stdout.strip()
    except OSError:
        return "not installed"
