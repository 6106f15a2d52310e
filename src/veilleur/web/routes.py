"""The web chat: the page at `/` and its assets under `/static/`, with strict headers.

The page is plain HTML, CSS and ES modules (no build step, nothing loaded from another
origin). Every response of this router carries a Content-Security-Policy that allows
scripts, styles and connections to this origin only, with no inline script or style, so
that text a model or a user wrote can never run as code even if it slipped past the
page's sanitiser.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

from veilleur.errors import NotFoundError

__all__ = ["SECURITY_HEADERS", "router"]

STATIC_DIR = Path(__file__).parent / "static"

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    # Revalidate every time (the ETag makes it cheap): an upgrade is seen at once.
    "Cache-Control": "no-cache",
}

# Explicit, because the platform's MIME table varies and module scripts need a JS type.
_MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".json": "application/json",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/plain; charset=utf-8",
}

router = APIRouter(tags=["web"], include_in_schema=False)


@router.get("/")
async def index() -> FileResponse:
    """The chat page."""
    return _file(STATIC_DIR / "index.html")


@router.get("/static/{path:path}")
async def static(path: str) -> FileResponse:
    """An asset of the page (scripts, styles, images, vendored libraries)."""
    root = STATIC_DIR.resolve()
    try:
        target = (root / path).resolve()
        found = target.is_relative_to(root) and target.is_file()
    except (OSError, ValueError):  # a name too long, a NUL byte: no such file either
        found = False
    if not found or target.suffix not in _MEDIA_TYPES:
        raise NotFoundError(f"no such file: /static/{path[:200]}", param="path")
    return _file(target)


def _file(path: Path) -> FileResponse:
    return FileResponse(path, media_type=_MEDIA_TYPES[path.suffix], headers=SECURITY_HEADERS)
