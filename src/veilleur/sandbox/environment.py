"""What a sandboxed program sees: an interpreter, a few packages, a scrubbed environment.

The sandbox runs a Python that every user can reach (the sandboxed user owns nothing
on the host), with only the pure-Python packages the code tasks need (pytest,
hypothesis and their dependencies) on its `PYTHONPATH`, never the server's whole
virtual environment.
"""

from __future__ import annotations

import atexit
import functools
import logging
import os
import shutil
import stat
import sys
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

__all__ = ["SANDBOX_PACKAGES", "Toolbox", "scrubbed_env", "toolbox"]

log = logging.getLogger(__name__)

# Pure-Python distributions made importable in the sandbox (when installed here).
SANDBOX_PACKAGES = (
    "pytest",
    "pluggy",
    "iniconfig",
    "packaging",
    "hypothesis",
    "attrs",
    "sortedcontainers",
)

HOME = "/home/sandbox"  # the working directory, inside the bubblewrap sandbox
SITE = "/opt/veilleur/site"
BIN = "/opt/veilleur/bin"


@dataclass(frozen=True, slots=True)
class Toolbox:
    """Host paths the sandbox is built from.

    Attributes:
        python: An interpreter every user can execute.
        python_prefix: Directory to bind read-only when the interpreter is not under /usr.
        packages: Host path of each top-level module or package to expose, by name.
        site_dir: Host directory of symlinks to `packages` (used without bubblewrap).
        bin_dir: Host directory of `python`, `python3` and `pytest` shims.
    """

    python: str
    python_prefix: str | None
    packages: dict[str, str]
    site_dir: str
    bin_dir: str


def _world_reachable(path: str) -> bool:
    """Whether a user with no rights of its own can reach (and execute) `path`."""
    current = Path(path)
    try:
        if not current.stat().st_mode & stat.S_IXOTH:
            return False
        return all(parent.stat().st_mode & stat.S_IXOTH for parent in current.parents)
    except OSError:
        return False


def _find_python() -> tuple[str, str | None]:
    own = os.path.realpath(sys.executable)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (own, f"/usr/bin/{version}", f"/usr/local/bin/{version}", "/usr/bin/python3"):
        real = os.path.realpath(candidate)
        if os.path.exists(real) and _world_reachable(real):
            prefix = None if real.startswith("/usr/") else str(Path(real).parents[1])
            return real, prefix
    raise FileNotFoundError(
        f"no Python interpreter reachable by an unprivileged user (tried {own} and "
        f"/usr/bin/{version}); install python3 from the system packages"
    )


def _top_level_entries(distribution: str) -> dict[str, str]:
    try:
        dist = metadata.distribution(distribution)
    except metadata.PackageNotFoundError:
        return {}
    entries: dict[str, str] = {}
    for file in dist.files or ():
        top = file.parts[0]
        if top == ".." or top.endswith((".dist-info", ".egg-info", ".pth")) or top == "__pycache__":
            continue
        path = Path(str(dist.locate_file(top)))
        if path.exists() and (path.is_dir() or path.suffix == ".py"):
            entries[top] = str(path)
    return entries


def _shim(path: Path, body: str) -> None:
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)


@functools.cache
def toolbox() -> Toolbox:
    """The host side of the sandbox, built once per process."""
    python, prefix = _find_python()
    packages: dict[str, str] = {}
    for name in SANDBOX_PACKAGES:
        packages.update(_top_level_entries(name))
    missing = [name for name in ("pytest", "hypothesis") if name not in packages]
    if missing:
        log.warning("sandbox: %s not installed; tests needing them will fail", missing)
    root = Path(tempfile.mkdtemp(prefix="veilleur-sandbox-tools-"))
    root.chmod(0o755)
    site = root / "site"
    site.mkdir(mode=0o755)
    for name, target in packages.items():
        (site / name).symlink_to(target)
    bin_dir = root / "bin"
    bin_dir.mkdir(mode=0o755)
    _shim(bin_dir / "python", f'exec {python} "$@"')
    _shim(bin_dir / "python3", f'exec {python} "$@"')
    _shim(bin_dir / "pytest", f'exec {python} -m pytest "$@"')
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    return Toolbox(python, prefix, packages, str(site), str(bin_dir))


def scrubbed_env(*, home: str, site: str, bin_dir: str) -> dict[str, str]:
    """The whole environment of a sandboxed program: nothing of the server's is passed on."""
    return {
        "PATH": f"{bin_dir}:/usr/local/bin:/usr/bin:/bin",
        "HOME": home,
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TMPDIR": "/tmp",
        "PYTHONPATH": site,
        "PYTHONNOUSERSITE": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONUNBUFFERED": "1",
        "PYTHONHASHSEED": "0",
    }
