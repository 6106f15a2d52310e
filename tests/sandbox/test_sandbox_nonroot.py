"""The sandbox run by a server that is not root (how most would deploy it).

This test process is root here, so each case starts a Python of its own as a fresh
unprivileged uid (`setpriv`), with this checkout's source and packages on its path, and
runs the sandbox, or its cleanup, in there. The victim of each attack is a file of that
same uid outside the sandbox: the one thing a careless cleanup running as that uid could
change.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import veilleur
from veilleur.sandbox.environment import toolbox
from veilleur.sandbox.runner import bwrap_problem

SRC = str(Path(veilleur.__file__).resolve().parents[1])
PACKAGES = sysconfig.get_paths()["purelib"]
UID = 1_400_000 + os.getpid() % 90_000  # outside the sandbox's own pool of uids


@dataclass(frozen=True)
class Unprivileged:
    """A local user with no rights of its own, and a directory it owns."""

    uid: int
    home: Path

    def python(self, source: str, *args: str) -> subprocess.CompletedProcess[str]:
        """Run `source` as this user, with Veilleur importable; stdout is JSON."""
        env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": str(self.home),
            "TMPDIR": str(self.home / "tmp"),
            "PYTHONPATH": f"{SRC}:{PACKAGES}",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        return subprocess.run(
            ["setpriv", f"--reuid={self.uid}", f"--regid={self.uid}", "--clear-groups",
             "--", toolbox().python, "-c", source, *args],
            capture_output=True, text=True, env=env, cwd=self.home, timeout=120, check=False,
        )


@pytest.fixture
def unprivileged() -> Iterator[Unprivileged]:
    if os.geteuid() != 0:
        pytest.skip("becoming another, unprivileged user (setpriv) needs root")
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is not installed")
    python = toolbox().python
    version = subprocess.run([python, "-c", "import sys; print(sys.version_info[:2])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    if version != str(sys.version_info[:2]):
        pytest.skip(f"the interpreter every user can run ({python}) is Python {version}, "
                    f"not this one's {sys.version_info[:2]}: it cannot load our packages")
    home = Path(tempfile.mkdtemp(prefix="veilleur-nonroot-"))
    (home / "tmp").mkdir()
    for path in (home, home / "tmp"):
        os.chown(path, UID, UID)
    home.chmod(0o755)  # the victim's directory: reachable, like any home
    user = Unprivileged(UID, home)
    probe = user.python("import veilleur.sandbox; print('{}')")
    assert probe.returncode == 0, f"uid {UID} cannot import veilleur: {probe.stderr}"
    try:
        yield user
    finally:
        shutil.rmtree(home)


def _victims(user: Unprivileged) -> dict[str, Path]:
    """A file and a directory of the user's own, outside any sandbox, mode 0644 / 0755."""
    victim_file = user.home / "victim.txt"
    victim_file.write_text("keep me")
    victim_dir = user.home / "victim-dir"
    victim_dir.mkdir()
    (victim_dir / "inside.txt").write_text("keep me too")
    for path in (victim_file, victim_dir, victim_dir / "inside.txt"):
        os.chown(path, user.uid, user.uid)
    victim_file.chmod(0o644)
    victim_dir.chmod(0o755)
    (victim_dir / "inside.txt").chmod(0o644)
    return {"file": victim_file, "dir": victim_dir}


def _assert_unharmed(victims: dict[str, Path]) -> None:
    assert stat.S_IMODE(victims["file"].stat().st_mode) == 0o644
    assert victims["file"].read_text() == "keep me"
    assert stat.S_IMODE(victims["dir"].stat().st_mode) == 0o755
    assert (victims["dir"] / "inside.txt").read_text() == "keep me too"
    assert stat.S_IMODE((victims["dir"] / "inside.txt").stat().st_mode) == 0o644


# Each link sits alone in a directory without write rights, so that removing it fails
# and the cleanup's error path runs for each one.
ATTACK = """
import os
for name, target in (('d0', {file!r}), ('d1', {dir!r})):
    os.mkdir(name)
    os.symlink(target, name + '/l')
    os.chmod(name, 0o555)
os.makedirs('d2/locked')
os.symlink({file!r}, 'd2/locked/l')
os.chmod('d2/locked', 0o555)
os.chmod('d2', 0o555)
os.symlink({dir!r}, 'top')
print('planted')
"""


RUN = """
import json, os, sys, tempfile
from veilleur.sandbox import Limits, Sandbox
sandbox = Sandbox(Limits(cpu_seconds=10, wall_seconds=30), isolation=sys.argv[1])
result = sandbox.run_python(sys.argv[2])
left = [n for n in os.listdir(tempfile.gettempdir()) if n.startswith('veilleur-run-')]
print(json.dumps({"result": result.to_dict(), "left": left}))
"""


@pytest.mark.parametrize("mode", [
    pytest.param("bwrap", marks=pytest.mark.skipif(
        bwrap_problem() is not None, reason=f"bubblewrap unusable here: {bwrap_problem()}")),
    "rlimit-only",
])
def test_cleanup_after_a_non_root_run_follows_no_link(unprivileged: Unprivileged,
                                                     mode: str) -> None:
    victims = _victims(unprivileged)
    attack = ATTACK.format(file=str(victims["file"]), dir=str(victims["dir"]))
    done = unprivileged.python(RUN, mode, attack)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["result"]["isolation"] == mode
    assert "planted" in report["result"]["stdout"], report
    _assert_unharmed(victims)
    assert report["left"] == [], "the run's directory was not removed"


REMOVE = """
import json, os, sys
from veilleur.sandbox.cleanup import remove_tree
remove_tree(sys.argv[1])
print(json.dumps({"exists": os.path.lexists(sys.argv[1])}))
"""


def test_remove_tree_as_non_root(unprivileged: Unprivileged) -> None:
    """The cleanup itself, on the worst tree a program can leave as the server's user:
    links to a file and a directory outside, inside directories without rights."""
    victims = _victims(unprivileged)
    tree = unprivileged.home / "tmp" / "veilleur-run-test"
    plant = (
        f"import os\nos.makedirs({str(tree)!r})\nos.chdir({str(tree)!r})\n"
        + ATTACK.format(file=str(victims["file"]), dir=str(victims["dir"]))
        + "os.mkfifo('fifo')\nos.mkdir('empty-locked')\nos.chmod('empty-locked', 0)\n"
        "os.chmod('.', 0o500)\n"
    )
    planted = unprivileged.python(plant)
    assert planted.returncode == 0, planted.stderr
    done = unprivileged.python(REMOVE, str(tree))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"exists": False}
    _assert_unharmed(victims)


def test_remove_tree_of_a_link_removes_the_link_only(tmp_path: Path) -> None:
    from veilleur.sandbox.cleanup import remove_tree

    target = tmp_path / "target"
    target.mkdir()
    (target / "keep.txt").write_text("x")
    link = tmp_path / "link"
    link.symlink_to(target)
    remove_tree(str(link))
    assert not os.path.lexists(link)
    assert (target / "keep.txt").read_text() == "x"
