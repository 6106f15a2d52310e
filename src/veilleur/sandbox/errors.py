"""Errors of the sandbox.

    VeilleurError
     └── SandboxError            500  the sandbox itself could not run (not the code in it)
          └── SandboxInputError  400  the files or command given to the sandbox are invalid
"""

from __future__ import annotations

from veilleur.errors import InvalidRequestError, VeilleurError

__all__ = ["SandboxError", "SandboxInputError"]


class SandboxError(VeilleurError):
    """The sandbox could not start or supervise a run."""

    code = "sandbox_error"


class SandboxInputError(SandboxError, InvalidRequestError):
    """A file name, file content or command given to the sandbox is invalid."""

    status_code = 400
    error_type = "invalid_request_error"
    code = "invalid_sandbox_input"
