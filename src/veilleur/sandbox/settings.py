"""Settings of the sandbox (environment variables ``VEILLEUR_SANDBOX_*``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["SandboxSettings"]


class SandboxSettings(BaseModel):
    """How untrusted code is run."""

    # A section of `veilleur.config.Settings`: read from `VEILLEUR_SANDBOX_*` there, never here.
    model_config = ConfigDict(extra="forbid")

    isolation: Literal["auto", "bwrap", "rlimit-only"] = Field(
        default="auto",
        description="`auto`: bubblewrap when it works on this machine, else rlimit-only "
        "(logged as a warning and flagged in every result); `bwrap`: refuse to run without "
        "it; `rlimit-only`: never isolate (not recommended).",
    )
    max_concurrent: int = Field(
        default=2, ge=1, le=64, description="Sandboxed runs at once; others wait for a slot."
    )
