"""Removing what a run left behind, without ever following a link.

A sandboxed program shapes the tree it leaves: directories without rights, links to
files and directories anywhere on the host. The cleanup runs with the server's rights,
so it walks by file descriptor (``O_NOFOLLOW``), gives rights back only to directories it
has opened as directories, and unlinks every link as a name: a link's target is never
changed, entered or removed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat

__all__ = ["remove_tree"]

log = logging.getLogger(__name__)

_NOFOLLOW_PATH = os.O_PATH | os.O_NOFOLLOW | os.O_CLOEXEC


def remove_tree(path: str) -> None:
    """Remove `path` and everything under it; a link is removed, never its target.

    Errors are logged, not raised: the cleanup of one run must not fail the run.
    """
    parent, name = os.path.split(os.path.abspath(path))
    try:
        parent_fd = os.open(parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError as exc:
        log.error("sandbox: cannot clean %s: %s", path, exc)
        return
    try:
        _remove(parent_fd, name)
    except (OSError, RecursionError) as exc:  # a tree deeper than our stack or our fds
        log.error("sandbox: cannot clean %s completely: %s", path, exc)
    finally:
        os.close(parent_fd)


def _remove(dir_fd: int, name: str) -> None:
    """Remove the entry `name` of the directory open as `dir_fd`."""
    try:
        handle = os.open(name, _NOFOLLOW_PATH, dir_fd=dir_fd)
    except FileNotFoundError:
        return
    try:
        info = os.fstat(handle)
        if not stat.S_ISDIR(info.st_mode):  # a file, a link (never resolved), a fifo...
            os.unlink(name, dir_fd=dir_fd)
            return
        # This is the directory itself (O_PATH, no link followed): restore our rights on
        # it through its descriptor, then open it for reading the same way.
        if info.st_mode & 0o700 != 0o700:
            os.chmod(f"/proc/self/fd/{handle}", 0o700)
        directory = os.open(f"/proc/self/fd/{handle}",
                            os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    finally:
        os.close(handle)
    try:
        with os.scandir(directory) as entries:
            names = [entry.name for entry in entries]
        for child in names:
            _remove(directory, child)
    finally:
        os.close(directory)
    with contextlib.suppress(FileNotFoundError):
        os.rmdir(name, dir_fd=dir_fd)
