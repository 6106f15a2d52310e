"""Reading a multipart upload of files with every bound enforced while it streams.

Starlette's parser spools each file to a temporary file (1 MB in memory, then on disk)
and counts files and fields; it does not bound a file's size. `BoundedMultiPartParser`
counts each file's bytes as they arrive and stops at `max_file_bytes` (413, the rest of
the body is never read), refuses the file after the `max_files`-th (413
`too_many_files`, before the next one is read) and answers malformed multipart as 400
`invalid_multipart`. The request's whole body is bounded by `BodyLimitMiddleware`
(`attachments.max_request_bytes`), so the disk an upload takes is bounded too.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator

from starlette.datastructures import FormData, Headers
from starlette.formparsers import MultiPartException, MultiPartParser

from veilleur.documents import DocumentTooLargeError
from veilleur.errors import InvalidRequestError, PayloadTooLargeError

__all__ = ["BoundedMultiPartParser", "parse_upload"]


class BoundedMultiPartParser(MultiPartParser):
    """Starlette's multipart parser with a size limit on each file (see the module)."""

    def __init__(self, headers: Headers, stream: AsyncGenerator[bytes, None], *,
                 max_files: int, max_fields: int, max_file_bytes: int):
        super().__init__(headers, stream, max_files=max_files, max_fields=max_fields,
                         max_part_size=64 * 1024)
        self.max_file_bytes = max_file_bytes
        self._file_bytes = 0

    def on_part_begin(self) -> None:
        super().on_part_begin()
        self._file_bytes = 0

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self._current_part.file is not None:
            self._file_bytes += end - start
            if self._file_bytes > self.max_file_bytes:
                name = self._current_part.file.filename or "a file"
                raise DocumentTooLargeError(
                    f"{name!r} is larger than {self.max_file_bytes} bytes, the largest "
                    "attachment (setting VEILLEUR_ATTACHMENTS_MAX_FILE_BYTES); the rest of "
                    "the upload was not read", param="files")
        super().on_part_data(data, start, end)


async def parse_upload(headers: Headers, stream: AsyncGenerator[bytes, None], *,
                       max_files: int, max_fields: int, max_file_bytes: int) -> FormData:
    """The form of a multipart upload, or the error of the first bound it passes.

    Raises:
        DocumentTooLargeError: a file over `max_file_bytes` (413).
        PayloadTooLargeError: more than `max_files` files (413 `too_many_files`).
        InvalidRequestError: not multipart, no boundary, malformed, too many fields (400).
    """
    parser = BoundedMultiPartParser(headers, stream, max_files=max_files,
                                    max_fields=max_fields, max_file_bytes=max_file_bytes)
    try:
        return await parser.parse()
    except MultiPartException as exc:
        if exc.message.startswith("Too many files"):
            raise PayloadTooLargeError(
                f"too many files in one upload: at most {max_files} (setting "
                "VEILLEUR_ATTACHMENTS_MAX_FILES_PER_REQUEST); the others were not read",
                param="files", code="too_many_files") from None
        raise InvalidRequestError(f"invalid multipart/form-data body: {exc.message}",
                                  param="files", code="invalid_multipart") from None
