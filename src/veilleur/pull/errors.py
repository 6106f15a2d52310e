"""Errors of `veilleur pull`, each also a kind of the project's errors so that the CLI's
exit code table (walked by MRO) gives it the right code.

    PullError                    (VeilleurError)           exit 1
     ├── SourceNotFoundError     (NotFoundError)           exit 1  no such repo, revision, file
     ├── AmbiguousFileError      (InvalidRequestError)     exit 2  the glob names several models
     ├── SourceAccessError       (AuthenticationError)     exit 3  gated or private (401, 403)
     ├── SourceUnreachableError  (ServerUnavailableError)  exit 5  offline, refused, timed out
     ├── TransferError                                     exit 1  kept dropping; rerun resumes
     ├── ChecksumMismatchError                             exit 1  not the published bytes
     └── DiskSpaceError                                    exit 1  not enough free space
"""

from __future__ import annotations

from veilleur.errors import (
    AuthenticationError,
    InvalidRequestError,
    NotFoundError,
    ServerUnavailableError,
    VeilleurError,
)

__all__ = [
    "AmbiguousFileError",
    "ChecksumMismatchError",
    "DiskSpaceError",
    "PullError",
    "SourceAccessError",
    "SourceNotFoundError",
    "SourceUnreachableError",
    "TransferError",
]


class PullError(VeilleurError):
    """A model could not be pulled."""

    code = "pull_failed"


class SourceNotFoundError(PullError, NotFoundError):
    """The repository, revision, file or URL does not exist."""

    code = "source_not_found"


class AmbiguousFileError(PullError, InvalidRequestError):
    """The file pattern matches several models and `--all` was not given."""

    code = "ambiguous_file"


class SourceAccessError(PullError, AuthenticationError):
    """The source refuses access: a gated or private repository (HTTP 401 or 403)."""

    code = "source_access_denied"


class SourceUnreachableError(PullError, ServerUnavailableError):
    """The source cannot be reached: offline, connection refused, timed out."""

    code = "source_unreachable"


class TransferError(PullError):
    """The download stopped before its end; the partial file is kept for a resume."""

    code = "transfer_interrupted"


class ChecksumMismatchError(PullError):
    """The downloaded bytes do not have the published SHA-256."""

    code = "checksum_mismatch"


class DiskSpaceError(PullError):
    """Not enough free space for the download."""

    code = "disk_full"
