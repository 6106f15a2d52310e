"""Errors of the sandbox.

    VeilleurError
     └── SandboxError            the sandbox itself could not run (not the code in it)
          └── SandboxInputError  the files or command given to the sandbox are invalid

The API answers `SandboxInputError` with 400 like any invalid parameter
(`veilleur.api.errors`).
"""

from __future__ import annotations

from veilleur.errors import VeilleurError

__all__ = ["SandboxError", "SandboxInputError"]


class SandboxError(VeilleurError):
    """The sandbox could not start or supervise a run."""

    code = "sandbox_error"


class SandboxInputError(SandboxError):
    """A file name, file content or command given to the sandbox is invalid."""

    code = "invalid_sandbox_input"
