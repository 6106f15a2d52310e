"""The bubblewrap command line that isolates one run.

Every namespace is new (user, mount, PID, network, IPC, UTS, cgroup): the program sees a
root filesystem with /usr (and the interpreter's prefix) read-only, a private /proc, a
read-only /dev, and three writable directories, its working directory, /tmp and
/dev/shm, all on the run's own bounded storage (`veilleur.sandbox.storage`). The network
namespace has only its own loopback: nothing leaves it, nothing on the host's loopback
can be reached. Nested user namespaces are disabled, and the program runs in a new
session (no TIOCSTI on the server's terminal) and dies with its supervisor.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence

from veilleur.sandbox.environment import BIN, HOME, SITE, Toolbox

__all__ = ["SANDBOX_UID", "bwrap_argv"]

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
    command: Sequence[str], *, run_dir: str, tools: Toolbox, passwd: str
) -> list[str]:
    """The full argv that runs `command` in a fresh sandbox over the run's storage.

    Args:
        command: The program and its arguments, as seen inside the sandbox.
        run_dir: The run's tmpfs (see `veilleur.sandbox.storage`): its ``home``, ``tmp``
            and ``shm`` become the working directory, ``/tmp`` and ``/dev/shm``.
        tools: Interpreter, packages and shims to expose.
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
        # bubblewrap's /dev is a tmpfs of its own, writable and unbounded: keep its device
        # nodes, put /dev/shm on the run's storage, and make the rest read-only.
        "--dev", "/dev",
        "--bind", f"{run_dir}/shm", "/dev/shm",
        "--remount-ro", "/dev",
        "--bind", f"{run_dir}/tmp", "/tmp",
        "--bind", f"{run_dir}/home", HOME,
        "--chdir", HOME,
        "--remount-ro", "/",
        "--",
        *command,
    ]  # fmt: skip
    return args
