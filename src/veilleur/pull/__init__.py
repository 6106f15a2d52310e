"""`veilleur pull`: fetch a GGUF from the Hugging Face Hub or a URL, verified and resumable,
and record it in the model registry (`veilleur.model_registry`).

    hub.py       which files of a repository a pull means, and their published SHA-256
    transfer.py  one resumable (HTTP Range), verified download into a file
    service.py   a pull from start to end: disk check, downloads, registration
    errors.py    what can go wrong, each a kind of the project's errors (exit codes)
"""

from __future__ import annotations

from veilleur.pull.errors import (
    AmbiguousFileError,
    ChecksumMismatchError,
    DiskSpaceError,
    PullError,
    SourceAccessError,
    SourceNotFoundError,
    SourceUnreachableError,
    TransferError,
)
from veilleur.pull.service import PullOptions, pull_hub, pull_url
from veilleur.pull.transfer import Progress, format_size

__all__ = [
    "AmbiguousFileError",
    "ChecksumMismatchError",
    "DiskSpaceError",
    "Progress",
    "PullError",
    "PullOptions",
    "SourceAccessError",
    "SourceNotFoundError",
    "SourceUnreachableError",
    "TransferError",
    "format_size",
    "pull_hub",
    "pull_url",
]
