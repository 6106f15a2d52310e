"""Hostile programs against the sandbox: each is contained and reported, and this process
(the stand-in for the server) is unharmed.

Every case runs with small limits so that the suite stays fast. The network and
filesystem cases need bubblewrap; the resource cases run in both modes.
"""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from veilleur.sandbox import Limits, Sandbox
from veilleur.sandbox.runner import bwrap_problem

MiB = 1024 * 1024
SMALL = Limits(
    cpu_seconds=2,
    wall_seconds=4,
    memory_bytes=256 * MiB,
    max_processes=32,
    max_output_bytes=4096,
    kill_output_bytes=2 * MiB,
)
needs_bwrap = pytest.mark.skipif(
    bwrap_problem() is not None, reason=f"bubblewrap unusable here: {bwrap_problem()}"
)
MODES = [pytest.param("bwrap", marks=needs_bwrap), "rlimit-only"]


@pytest.fixture(params=MODES)
def sandbox(request: pytest.FixtureRequest) -> Sandbox:
    return Sandbox(SMALL, isolation=request.param)


@pytest.fixture
def bwrap_sandbox() -> Sandbox:
    if bwrap_problem() is not None:
        pytest.skip(f"bubblewrap unusable here: {bwrap_problem()}")
    return Sandbox(SMALL, isolation="bwrap")


@pytest.fixture(autouse=True)
def _server_unharmed() -> Iterator[None]:
    """A sentinel child of this process must survive each case, and we can still fork."""
    sentinel = subprocess.Popen(["sleep", "60"])
    yield
    assert sentinel.poll() is None, "the sandboxed program killed a process of the server"
    sentinel.kill()
    sentinel.wait()
    assert subprocess.run(["true"], check=False).returncode == 0


def test_fork_bomb_is_contained(sandbox: Sandbox) -> None:
    result = sandbox.run_python(
        "import os\n"
        "while True:\n"
        "    try:\n"
        "        os.fork()\n"
        "    except OSError:\n"
        "        pass\n"
    )
    assert not result.ok
    assert result.timed_out or "cpu_time" in result.limits_hit
    assert result.duration_s < SMALL.wall_seconds + 3


def test_shell_fork_bomb_is_contained(sandbox: Sandbox) -> None:
    result = sandbox.run(":(){ :|:& };:; sleep 10")
    assert not result.ok
    assert result.duration_s < SMALL.wall_seconds + 3


def test_memory_bomb_is_contained(sandbox: Sandbox) -> None:
    result = sandbox.run_python(
        "blocks = []\nwhile True:\n    blocks.append(bytearray(16 << 20))\n"
    )
    assert result.exit_code == 1
    assert "memory" in result.limits_hit
    assert "MemoryError" in result.stderr


def test_infinite_loop_hits_the_cpu_limit(sandbox: Sandbox) -> None:
    # A generous wall clock: on a loaded machine one CPU second can take several.
    result = sandbox.run_python("while True:\n    pass\n",
                                limits=SMALL.with_(cpu_seconds=1, wall_seconds=15))
    assert result.killed_by_signal in ("SIGXCPU", "SIGKILL")
    assert "cpu_time" in result.limits_hit
    assert result.exit_code is None


def test_sleeping_forever_hits_the_wall_clock(sandbox: Sandbox) -> None:
    limits = SMALL.with_(wall_seconds=1.5)
    result = sandbox.run_python("import time\ntime.sleep(3600)\n", limits=limits)
    assert result.timed_out
    assert result.limits_hit == ("wall_time",)
    # Killed at its limit, not run to the end (generous: a loaded machine starts slowly).
    assert result.duration_s < 120, result.duration_s


def test_gigabytes_of_output_are_capped(sandbox: Sandbox) -> None:
    result = sandbox.run_python(
        "import sys\nblock = 'x' * 65536\nwhile True:\n    sys.stdout.write(block)\n"
    )
    assert result.stdout_truncated
    assert len(result.stdout) == SMALL.max_output_bytes
    assert "output" in result.limits_hit
    # The output cap stopped it, not the wall clock (an event, not a duration).
    assert "wall_time" not in result.limits_hit, result.limits_hit


def test_a_daemon_left_behind_is_killed(sandbox: Sandbox, tmp_path: Path) -> None:
    marker = tmp_path / "still-alive"
    marker.touch(mode=0o666)
    tmp_path.chmod(0o777)
    result = sandbox.run_python(
        "import os, time\n"
        "if os.fork() == 0:\n"
        "    os.setsid()\n"
        "    time.sleep(1.5)\n"
        f"    open({str(marker)!r}, 'w').write('escaped')\n"
        "    os._exit(0)\n"
        "print('parent done')\n"
    )
    assert result.ok, result
    time.sleep(2.0)
    assert marker.read_text() == ""


def test_signalling_the_parent_reaches_nothing(sandbox: Sandbox) -> None:
    result = sandbox.run_python(
        "import os, signal\n"
        "for target in (os.getppid(), 1, -1):\n"
        "    try:\n"
        "        os.kill(target, signal.SIGKILL)\n"
        "    except OSError as exc:\n"
        "        print('refused', target, exc.errno)\n"
        "print('alive')\n",
        limits=SMALL.with_(wall_seconds=3),
    )
    # kill(-1) may take the program itself down with its own sandbox; never the server.
    assert os.getpid() > 0
    assert result.duration_s < 4


def test_server_secrets_are_not_visible(sandbox: Sandbox, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLEUR_API_KEY", "sk-server-secret-123")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "aws-secret-456")
    secret = tmp_path / "secret.txt"
    secret.write_text("file-secret-789")
    secret.chmod(0o600)
    result = sandbox.run_python(
        "import os, glob\n"
        "print(dict(os.environ))\n"
        "for path in [" + repr(str(secret)) + ", '/proc/1/environ',"
        " f'/proc/{os.getppid()}/environ', '/root/.bash_history']"
        " + glob.glob('/proc/*/environ'):\n"
        "    try:\n"
        "        print(path, open(path, 'rb').read()[:200])\n"
        "    except OSError as exc:\n"
        "        print(path, 'refused', exc.errno)\n"
    )
    for leaked in ("sk-server-secret-123", "aws-secret-456", "file-secret-789"):
        assert leaked not in result.stdout
    assert "VEILLEUR" not in result.stdout


@needs_bwrap
def test_loopback_listener_receives_nothing(bwrap_sandbox: Sandbox) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.2)
    port = listener.getsockname()[1]
    received: list[object] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                received.append(listener.accept())
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept)
    thread.start()
    try:
        result = bwrap_sandbox.run_python(
            "import socket\n"
            f"for host in ('127.0.0.1', 'localhost', '::1'):\n"
            "    try:\n"
            f"        socket.create_connection((host, {port}), timeout=1).sendall(b'hi')\n"
            "        print('connected', host)\n"
            "    except OSError as exc:\n"
            "        print('blocked', host, type(exc).__name__)\n"
        )
    finally:
        stop.set()
        thread.join()
        listener.close()
    assert received == []
    assert "connected" not in result.stdout
    assert result.stdout.count("blocked") == 3


@needs_bwrap
def test_outside_network_is_unreachable(bwrap_sandbox: Sandbox) -> None:
    result = bwrap_sandbox.run_python(
        "import socket\n"
        "for address in (('1.1.1.1', 53), ('8.8.8.8', 443), ('pypi.org', 443)):\n"
        "    try:\n"
        "        socket.create_connection(address, timeout=1)\n"
        "        print('connected', address)\n"
        "    except OSError as exc:\n"
        "        print('blocked', address[0], type(exc).__name__)\n"
        "import os\nprint(sorted(os.listdir('/sys/class/net')) if os.path.exists('/sys/class/net')"
        " else 'no /sys')\n"
    )
    assert "connected" not in result.stdout
    assert result.stdout.count("blocked") == 3


@needs_bwrap
def test_writes_outside_the_workdir_fail(bwrap_sandbox: Sandbox, tmp_path: Path) -> None:
    outside = tmp_path / "pwned"
    result = bwrap_sandbox.run_python(
        "import os\n"
        f"for path in ({str(outside)!r}, '/usr/pwned', '/etc/pwned', '/pwned', "
        "'/opt/veilleur/site/pwned.py'):\n"
        "    try:\n"
        "        open(path, 'w').write('x')\n"
        "        print('wrote', path)\n"
        "    except OSError as exc:\n"
        "        print('refused', path, exc.errno)\n"
        "open('inside.txt', 'w').write('fine')\n"
        "print('inside ok')\n"
    )
    assert not outside.exists()
    assert not Path("/usr/pwned").exists() and not Path("/etc/pwned").exists()
    assert "inside ok" in result.stdout
    assert "wrote" not in result.stdout


@needs_bwrap
def test_the_host_filesystem_is_not_visible(bwrap_sandbox: Sandbox, tmp_path: Path) -> None:
    (tmp_path / "readable.txt").write_text("world-readable-secret")
    (tmp_path / "readable.txt").chmod(0o644)
    result = bwrap_sandbox.run_python(
        "import os\n"
        f"print(os.path.exists({str(tmp_path)!r}), os.path.exists('/work'), "
        "os.path.exists('/root'))\n"
        f"print(open({str(tmp_path / 'readable.txt')!r}).read())\n"
    )
    assert result.stdout.startswith("False False False")
    assert "world-readable-secret" not in result.stdout
