"""A Hugging Face Hub on loopback, for `veilleur pull`'s tests: it answers the calls
huggingface_hub and the puller make the way huggingface.co does, from files in memory.

    GET /api/models/{repo}[/revision/{rev}]?blobs=true   model_info(files_metadata=True):
        {"id", "sha", "gated", "siblings": [{"rfilename", "size", "blobId",
        "lfs": {"sha256", "size", "pointerSize"}}]}; 404 + X-Error-Code RepoNotFound or
        RevisionNotFound
    GET|HEAD /{repo}/resolve/{rev}/{path}   302 to the CDN with X-Repo-Commit,
        X-Linked-Etag (the LFS SHA-256), X-Linked-Size and ETag; 401 + X-Error-Code
        GatedRepo for a gated repo; 404 + EntryNotFound for a missing file
    GET /cdn/{sha256}, GET /files/{name}    the bytes, with ETag, Content-Length,
        Accept-Ranges and Range (206 + Content-Range, 416 past the end)

Faults, set per file name: `drops[name] = n` cuts the connection halfway through the
next n bodies of that file; `stalls[name]` holds it open halfway (to interrupt the
client there); `ignore_range` answers 200 with the whole file to a Range.
Every request is logged (`requests`) so that tests can see the ranges asked for.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit


def fake_gguf(size: int = 300_000, *, context_length: int = 32768, seed: int = 0) -> bytes:
    """A GGUF v3 header (architecture `qwen2`, a context length), padded to `size` bytes."""

    def string(text: str) -> bytes:
        data = text.encode()
        return struct.pack("<Q", len(data)) + data

    header = b"GGUF" + struct.pack("<IQQ", 3, 0, 3)
    header += string("general.architecture") + struct.pack("<I", 8) + string("qwen2")
    header += string("general.name") + struct.pack("<I", 8) + string(f"fake {seed}")
    header += string("qwen2.context_length") + struct.pack("<II", 4, context_length)
    filler = hashlib.sha256(str(seed).encode()).digest() * (size // 32 + 1)
    return (header + filler)[:size]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Repo:
    files: dict[str, bytes]
    commit: str = "0123456789abcdef0123456789abcdef01234567"
    gated: bool = False
    published_sha256: dict[str, str] = field(default_factory=dict)
    """Digests to publish instead of the real ones (to provoke a mismatch)."""

    def digest(self, name: str) -> str:
        return self.published_sha256.get(name) or sha256(self.files[name])


@dataclass
class FakeHub:
    repos: dict[str, Repo] = field(default_factory=dict)
    urls: dict[str, bytes] = field(default_factory=dict)
    """Files served at /files/{name}, as a plain web server would."""
    drops: dict[str, int] = field(default_factory=dict)
    stalls: dict[str, threading.Event] = field(default_factory=dict)
    """`stalls[name] = release`: send half of the next body of that file, set `stalled`,
    and hold the connection until `release` is set (an interruption to provoke)."""
    stalled: threading.Event = field(default_factory=threading.Event)
    ignore_range: bool = False
    requests: list[tuple[str, str, str | None]] = field(default_factory=list)
    base_url: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def blob(self, digest: str) -> tuple[str, bytes] | None:
        for repo in self.repos.values():
            for name, data in repo.files.items():
                if sha256(data) == digest or repo.digest(name) == digest:
                    return name, data
        return None

    def ranges(self, name_part: str) -> list[str | None]:
        """The Range headers of the GETs whose path contains `name_part`."""
        with self.lock:
            return [rng for method, path, rng in self.requests
                    if method == "GET" and name_part in path]


def _handler(hub: FakeHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            return

        def do_HEAD(self) -> None:
            self._route(body=False)

        def do_GET(self) -> None:
            self._route(body=True)

        def _route(self, *, body: bool) -> None:
            with hub.lock:
                hub.requests.append((self.command, self.path, self.headers.get("Range")))
            path = unquote(urlsplit(self.path).path)
            if match := re.fullmatch(r"/api/models/([^/]+/[^/]+)(?:/revision/([^/]+))?", path):
                self._model_info(match[1], match[2] or "main")
            elif match := re.fullmatch(r"/([^/]+/[^/]+)/resolve/([^/]+)/(.+)", path):
                self._resolve(match[1], match[2], match[3])
            elif match := re.fullmatch(r"/cdn/([0-9a-f]{64})", path):
                found = hub.blob(match[1])
                if found is None:
                    self._error(404, "EntryNotFound", "no such blob")
                else:
                    self._bytes(found[0], found[1], etag=match[1], body=body)
            elif (match := re.fullmatch(r"/files/(.+)", path)) and match[1] in hub.urls:
                data = hub.urls[match[1]]
                self._bytes(match[1], data, etag=sha256(data), body=body)
            else:
                self._error(404, None, "not found")

        def _model_info(self, repo_id: str, revision: str) -> None:
            repo = hub.repos.get(repo_id)
            if repo is None:
                return self._error(404, "RepoNotFound", "Repository not found")
            if revision not in ("main", repo.commit):
                return self._error(404, "RevisionNotFound", "Invalid rev id: " + revision)
            siblings = [
                {
                    "rfilename": name,
                    "size": len(data),
                    "blobId": hashlib.sha1(data).hexdigest(),
                    "lfs": {"sha256": repo.digest(name), "size": len(data), "pointerSize": 134},
                }
                for name, data in sorted(repo.files.items())
            ]
            payload = {
                "_id": "fake", "id": repo_id, "modelId": repo_id, "sha": repo.commit,
                "private": False, "gated": "manual" if repo.gated else False,
                "siblings": siblings,
            }
            self._json(200, payload)

        def _resolve(self, repo_id: str, revision: str, name: str) -> None:
            repo = hub.repos.get(repo_id)
            if repo is None:
                return self._error(404, "RepoNotFound", "Repository not found")
            if repo.gated:
                return self._error(
                    401, "GatedRepo",
                    f"Access to model {repo_id} is restricted. You must have access to it and "
                    "be authenticated to access it. Please log in.",
                )
            if revision not in ("main", repo.commit):
                return self._error(404, "RevisionNotFound", "Invalid rev id: " + revision)
            if name not in repo.files:
                return self._error(404, "EntryNotFound", f"{name} does not exist on {revision}")
            data = repo.files[name]
            self.send_response(302)
            self.send_header("Location", f"{hub.base_url}/cdn/{sha256(data)}")
            self.send_header("X-Repo-Commit", repo.commit)
            self.send_header("X-Linked-Etag", f'"{repo.digest(name)}"')
            self.send_header("X-Linked-Size", str(len(data)))
            self.send_header("ETag", f'"{hashlib.sha1(data).hexdigest()}"')
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _bytes(self, name: str, data: bytes, *, etag: str, body: bool) -> None:
            start = 0
            match = re.fullmatch(r"bytes=(\d+)-", self.headers.get("Range") or "")
            if match and not hub.ignore_range:
                start = int(match[1])
                if start >= len(data):
                    self.send_response(416)
                    self.send_header("Content-Range", f"bytes */{len(data)}")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            else:
                self.send_response(200)
            self.send_header("ETag", f'"{etag}"')
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(data) - start))
            self.end_headers()
            if not body:
                return
            with hub.lock:
                drop = hub.drops.get(name, 0) > 0
                if drop:
                    hub.drops[name] -= 1
                release = hub.stalls.pop(name, None)
            if release is not None:
                self.wfile.write(data[start:start + (len(data) - start) // 2])
                self.wfile.flush()
                hub.stalled.set()
                release.wait(timeout=120)
                self.close_connection = True
                return
            if drop:  # half of what is left, then the connection goes away
                self.wfile.write(data[start:start + (len(data) - start) // 2])
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(2)
                return
            self.wfile.write(data[start:])

        def _error(self, status: int, code: str | None, message: str) -> None:
            headers = {"X-Error-Message": message}
            if code:
                headers["X-Error-Code"] = code
            self._json(status, {"error": message}, headers)

        def _json(
            self, status: int, payload: object, headers: dict[str, str] | None = None
        ) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up mid-body (as the puller does on a full disk) is normal."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def serve(hub: FakeHub) -> Iterator[FakeHub]:
    """Run `hub` on a free loopback port for the `with` block."""
    server = _Server(("127.0.0.1", 0), _handler(hub))
    hub.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield hub
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
