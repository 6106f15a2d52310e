"""Export and import of the caller's conversations (docs/export.md).

* `GET /api/export?format=json|markdown`: the caller's own conversations, streamed one
  conversation at a time (memory bounded whatever the store holds), as a download.
* `POST /api/import`: a `veilleur-export/1` document, as the JSON body or as the file of
  a `multipart/form-data` form (field `file`), into the caller's account; all or nothing.
* `GET /api/admin/users/{user_id}/export`: an administrator's export of a user's data
  (a GDPR request), recorded as the auth event `data_exported`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse
from starlette.datastructures import UploadFile

from veilleur.accounts import Principal
from veilleur.api.auth.cookies import client_address
from veilleur.api.deps import current_principal, require_admin, require_api_key, state
from veilleur.api.errors import ERROR_RESPONSES
from veilleur.api.middleware import parse_json
from veilleur.api.transfer.protocol import ImportResult
from veilleur.chat.transfer import (
    ExportDocument,
    Importer,
    iter_json,
    iter_markdown,
    parse_document,
    user_record,
)
from veilleur.errors import InvalidRequestError
from veilleur.store.models import utcnow

__all__ = ["router"]

router = APIRouter(dependencies=[Depends(require_api_key)], tags=["export"],
                   responses=ERROR_RESPONSES)

Caller = Annotated[Principal, Depends(current_principal)]
Format = Literal["json", "markdown"]
_FORMAT = Query("json", alias="format", description="`json` (veilleur-export/1, can be "
                "imported) or `markdown` (to read).")
_MEDIA = {"json": "application/json", "markdown": "text/markdown; charset=utf-8"}
_EXPORT = {200: {"model": ExportDocument, "description": "The export, as a download "
                 "(Content-Disposition: attachment).",
                 "content": {"text/markdown": {"schema": {"type": "string"}}}}}
_IMPORT_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"$ref": "#/components/schemas/ExportDocument"}},
    "multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": {
        "file": {"type": "string", "format": "binary"}}}},
}}}


@router.get("/api/export", response_class=StreamingResponse, responses=_EXPORT)
def export(request: Request, principal: Caller, export_format: Format = _FORMAT
           ) -> StreamingResponse:
    """The caller's conversations, every branch of each."""
    app = state(request)
    if principal.user_id is None:
        user = user_record(None, principal.username)
    else:
        account = app.accounts.get_user(principal.user_id)
        user = user_record(account.id, account.username, account.display_name)
    return _download(app.transfer, principal.owner_id, user, export_format)


@router.post("/api/import", response_model=ImportResult, openapi_extra=_IMPORT_BODY)
async def import_conversations(request: Request, principal: Caller) -> dict[str, Any]:
    """A `veilleur-export/1` document into the caller's account; conversations already
    here are skipped and counted."""
    raw = await _document(request)
    document = await asyncio.to_thread(parse_document, raw)
    importer = Importer(state(request).transfer)
    report = await asyncio.to_thread(importer.run, document, owner_id=principal.owner_id)
    return report.as_dict()


@router.get("/api/admin/users/{user_id}/export", response_class=StreamingResponse,
            responses=_EXPORT)
def export_user(user_id: str, request: Request,
                admin: Annotated[Principal, Depends(require_admin)],
                export_format: Format = _FORMAT) -> StreamingResponse:
    """A user's conversations, for an administrator (the data a person may ask for);
    recorded as the auth event `data_exported`."""
    app = state(request)
    account = app.accounts.get_user(user_id)
    app.accounts.record_event("data_exported", user_id=account.id,
                              username=account.username, address=client_address(request),
                              actor_id=admin.user_id,
                              detail=f"format={export_format} by {admin.username}")
    user = user_record(account.id, account.username, account.display_name)
    return _download(app.transfer, account.id, user, export_format)


def _download(transfer: Any, owner_id: str | None, user: dict[str, Any], export_format: Format
              ) -> StreamingResponse:
    now = utcnow()
    writer = iter_json if export_format == "json" else iter_markdown
    pieces: Iterator[str] = writer(transfer, owner_id=owner_id, user=user, now=now)
    extension = "json" if export_format == "json" else "md"
    name = f"veilleur-export-{user['username']}-{now:%Y%m%d-%H%M%S}.{extension}"
    # A sync iterator: Starlette runs each step (one conversation read) in a thread.
    return StreamingResponse(pieces, media_type=_MEDIA[export_format], headers={
        "Content-Disposition": f'attachment; filename="{name}"',
        "Cache-Control": "no-store"})


async def _document(request: Request) -> Any:
    """The parsed JSON of the document: the body, or the `file` of a form."""
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media == "multipart/form-data":
        form = await request.form(max_files=1, max_fields=8)
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise InvalidRequestError("send the export as the form's file field 'file'",
                                      param="file", code="missing_required_parameter")
        data = await upload.read()
        if not data:
            raise InvalidRequestError("the file is empty: send a file written by "
                                      "veilleur export", param="file")
        return parse_json(data, param="file")
    body = await request.body()
    if not body:
        raise InvalidRequestError(
            "the request body is missing: send the export as JSON (Content-Type: "
            "application/json), or as the file field 'file' of a multipart/form-data form",
            code="missing_required_parameter")
    return parse_json(body)
