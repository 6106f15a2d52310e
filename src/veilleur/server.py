"""Running the HTTP server: in the foreground (`veilleur serve`) or on a background thread
(the CLI when no server is running, the Python API, tests)."""

from __future__ import annotations

import errno
import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType

import uvicorn

from veilleur.assembly import build_app
from veilleur.config import Settings
from veilleur.errors import ConfigError

__all__ = ["BackgroundServer", "check_port_free", "free_port", "serve"]


def check_port_free(host: str, port: int) -> None:
    """Raise `ConfigError` when `host:port` cannot be bound (busy, or not an address here)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ConfigError(
                    f"port {port} on {host} is already in use; stop the other server or "
                    "choose another port with --port"
                ) from exc
            raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror}") from exc


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def serve(settings: Settings, *, announce: Callable[[], None] | None = None) -> None:
    """Serve in the foreground until interrupted; `announce` runs once the model is loaded."""
    check_port_free(settings.host, settings.port)
    app = build_app(settings, preload=True)
    if announce is not None:
        announce()
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level,
        # Veilleur logs each request itself (veilleur.access, with its id and user), in
        # the format of the settings: uvicorn's own access lines would only repeat it.
        access_log=False,
        log_config=None,
        timeout_graceful_shutdown=5,
    )


class BackgroundServer:
    """A real server on a loopback port, on a daemon thread, for the life of a `with` block."""

    def __init__(self, settings: Settings, *, port: int | None = None):
        self.settings = settings
        self.port = port or free_port(settings.host)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.settings.host}:{self.port}"

    def start(self) -> BackgroundServer:
        app = build_app(self.settings, preload=True)
        config = uvicorn.Config(
            app, host=self.settings.host, port=self.port, log_level="warning", lifespan="on"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, name="veilleur-server", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise ConfigError(f"the local server did not start on port {self.port}")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
