"""The OpenAPI document, behind the API key, and the optional interactive docs.

`/openapi.json` describes every route, its typed responses and its errors. Swagger UI
(`/docs`) and ReDoc (`/redoc`) load their scripts from a third-party CDN, so they are off
unless `docs_ui` is set; when they are on they do not carry the web page's CSP.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse

from veilleur.api.deps import require_api_key, state
from veilleur.errors import NotFoundError

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


@router.get("/openapi.json", dependencies=[Depends(require_api_key)])
async def openapi(request: Request) -> JSONResponse:
    return JSONResponse(request.app.openapi())


def _docs_enabled(request: Request) -> None:
    if not state(request).settings.docs_ui:
        raise NotFoundError("the interactive API docs are off (setting docs_ui); the "
                            "OpenAPI document is at /openapi.json")


@router.get("/docs", dependencies=[Depends(_docs_enabled), Depends(require_api_key)])
async def swagger_ui() -> HTMLResponse:
    return get_swagger_ui_html(openapi_url="/openapi.json", title="Veilleur API")


@router.get("/redoc", dependencies=[Depends(_docs_enabled), Depends(require_api_key)])
async def redoc() -> HTMLResponse:
    return get_redoc_html(openapi_url="/openapi.json", title="Veilleur API")
