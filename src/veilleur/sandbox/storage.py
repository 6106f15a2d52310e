"""The run's storage: one tmpfs of bounded bytes and files that only the run can see.

Before bubblewrap starts, `unshare` gives the run a user and mount namespace of its own,
in which a tmpfs (``size=disk_bytes``, ``nr_inodes=max_files``, ``nosuid``, ``nodev``,
mode 0700) is mounted over the host's empty ``work`` directory, the given files are
copied into it, and bubblewrap is exec'd. Its ``home``, ``tmp`` and ``shm`` directories
become the program's working directory, ``/tmp`` and ``/dev/shm``: one budget for
everything the program can write. The mount exists only in that namespace, so the host
never sees what the program writes, and the kernel frees it when the run's last process
is gone, even when the server is killed mid-run.

A tmpfs rather than a loop-mounted filesystem image: mounting one needs no privilege in
a user namespace, nothing is left on the host's disk, and the inode cap is a mount
option. Its pages are memory (at most ``disk_bytes`` per run).
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping

__all__ = ["PAGE_BYTES", "RESERVED_INODES", "SETUP_FAILED_STATUS", "room_needed", "setup_argv"]

PAGE_BYTES = 4096  # tmpfs gives every non-empty file whole pages
RESERVED_INODES = 4  # the tmpfs root and its home, tmp and shm directories
SETUP_FAILED_STATUS = 125

# $1 size, $2 inodes, $3 mount point, $4 staged files, $5 failure marker; then the command.
_SETUP = (
    '{ mount -n -t tmpfs -o "size=$1,nr_inodes=$2,mode=0700,nosuid,nodev" veilleur-run "$3"'
    ' && mkdir -m 0700 "$3/home" "$3/tmp" "$3/shm" && cp -a "$4/." "$3/home/"; }'
    ' || { echo "$5" >&2; exit ' + str(SETUP_FAILED_STATUS) + '; }; shift 5; exec "$@"'
)


def setup_argv(*, mount_point: str, stage: str, disk_bytes: int, max_files: int,
               marker: str) -> list[str]:
    """The argv prefix that prepares the run's tmpfs, then execs what follows it.

    Args:
        mount_point: Empty host directory the tmpfs is mounted over (in the new
            namespace only).
        stage: Host directory whose contents are copied into the tmpfs's ``home``.
        disk_bytes: Size of the tmpfs.
        max_files: Inodes of the tmpfs (files, directories and links together).
        marker: Line printed on stderr when the preparation fails (then the status is
            `SETUP_FAILED_STATUS`), so that a program's own failure is never taken for it.
    """
    return [
        shutil.which("unshare") or "unshare", "--user", "--map-root-user", "--mount", "--",
        "/bin/sh", "-c", _SETUP, "veilleur-setup",
        str(disk_bytes), str(max_files), mount_point, stage, marker,
    ]


def room_needed(files: Mapping[str, bytes]) -> tuple[int, int]:
    """Bytes and inodes that `files` take in the tmpfs (directories included)."""
    size = sum(-(-len(data) // PAGE_BYTES) * PAGE_BYTES for data in files.values())
    dirs = {"/".join(name.split("/")[:i]) for name in files for i in range(1, name.count("/") + 1)}
    return size, len(files) + len(dirs) + RESERVED_INODES
