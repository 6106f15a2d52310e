"""The attachments API: files in a conversation.

* `POST /api/conversations/{conversation_id}/attachments`: multipart/form-data, one or
  several files (field `files`, repeated, or `file`); all are stored or none (201).
* `GET /api/conversations/{conversation_id}/attachments`: the list, without the texts.
* `GET /api/attachments/{attachment_id}`: one, with its extracted text (`?text=false`
  leaves it out).
* `DELETE /api/attachments/{attachment_id}` (204).

Every route acts for the request's principal: another user's conversation or attachment
is a 404 word for word like an unknown id. The upload checks the conversation before it
reads a byte of the body, and reads the body with every bound enforced as it streams
(`veilleur.api.attachments.upload`).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from starlette.datastructures import UploadFile

from veilleur.accounts import Principal
from veilleur.api.attachments.protocol import (
    UPLOAD_BODY,
    AttachmentList,
    AttachmentUploadList,
    AttachmentView,
)
from veilleur.api.attachments.upload import parse_upload
from veilleur.api.deps import current_principal, require_api_key, state
from veilleur.api.errors import ERROR_RESPONSES
from veilleur.api.middleware import check_text
from veilleur.chat.attachments.service import AttachmentService, Upload
from veilleur.documents import UnsupportedDocumentError
from veilleur.errors import InvalidRequestError

__all__ = ["router"]

router = APIRouter(dependencies=[Depends(require_api_key)], tags=["attachments"],
                   responses=ERROR_RESPONSES)

Caller = Annotated[Principal, Depends(current_principal)]
_FIELDS = ("files", "file")


def _service(request: Request) -> AttachmentService:
    return state(request).attachments


@router.post("/api/conversations/{conversation_id}/attachments", status_code=201,
             response_model=AttachmentUploadList, openapi_extra=UPLOAD_BODY)
async def upload_attachments(conversation_id: str, request: Request, principal: Caller
                             ) -> dict[str, Any]:
    service = _service(request)
    owner_id = principal.owner_id
    await service.precheck(conversation_id, owner_id=owner_id)  # 404 / 429 before reading
    if request.headers.get("content-length", "").strip() in ("", "0") and (
            "transfer-encoding" not in request.headers):
        raise InvalidRequestError(
            "the request body is missing: send the files as multipart/form-data in the "
            "field 'files'", param="files", code="missing_required_parameter")
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media != "multipart/form-data":
        raise UnsupportedDocumentError(
            f"unsupported Content-Type {media or 'none'!r}: send the files as "
            "multipart/form-data (field 'files')", param="Content-Type",
            code="unsupported_media_type")
    limits = service.settings
    form = await parse_upload(request.headers, request.stream(),
                              max_files=limits.max_files_per_request, max_fields=8,
                              max_file_bytes=limits.max_file_bytes)
    try:
        uploads: list[Upload] = []
        for key, value in form.multi_items():
            check_text(key, param=key)
            if not isinstance(value, UploadFile):
                raise InvalidRequestError(f"unexpected form field {key!r}: send only files, "
                                          "in the field 'files'", param=key)
            if key not in _FIELDS:
                raise InvalidRequestError(f"unexpected file field {key!r}; send the files "
                                          "as 'files'", param=key)
            uploads.append(Upload(value.filename, value.content_type, value.file))
        if not uploads:
            raise InvalidRequestError("no file in the upload: send one or several files "
                                      "in the field 'files'", param="files",
                                      code="missing_required_parameter")
        stored = await service.add(conversation_id, uploads, owner_id=owner_id)
    finally:
        await form.close()  # the spooled temporary files, whatever happened
    return {"data": stored}


@router.get("/api/conversations/{conversation_id}/attachments",
            response_model=AttachmentList)
async def list_attachments(conversation_id: str, request: Request, principal: Caller
                           ) -> dict[str, Any]:
    service = _service(request)
    limits = service.settings
    return {"data": await service.list(conversation_id, owner_id=principal.owner_id),
            "limits": {"max_file_bytes": limits.max_file_bytes,
                       "max_files_per_request": limits.max_files_per_request,
                       "max_per_conversation": limits.max_per_conversation}}


@router.get("/api/attachments/{attachment_id}", response_model=AttachmentView,
            response_model_exclude_none=False)
async def get_attachment(
    attachment_id: str, request: Request, principal: Caller,
    text: bool = Query(True, description="Include the extracted text (default true)."),
) -> dict[str, Any]:
    return await _service(request).get(attachment_id, owner_id=principal.owner_id,
                                       text=text)


@router.delete("/api/attachments/{attachment_id}", status_code=204)
async def delete_attachment(attachment_id: str, request: Request, principal: Caller
                            ) -> Response:
    await _service(request).delete(attachment_id, owner_id=principal.owner_id)
    return Response(status_code=204)

