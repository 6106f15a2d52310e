"""What the task routes answer with `stream: false` (and their `done`/`verdict` events)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from veilleur.api.openai.protocol import SafetySummary

__all__ = ["CodeRun", "CodeVerdict", "Presets", "TextResult"]


class _Out(BaseModel):
    model_config = ConfigDict(extra="allow")


class TaskUsage(_Out):
    prompt_tokens: int
    completion_tokens: int


class TextResult(_Out):
    """A text task's result; after a safety refusal `text` is the refusal."""

    text: str
    refused: bool
    model: str
    calls: int
    usage: TaskUsage
    warnings: list[dict[str, Any]]
    finish_reason: str | None = None
    safety: SafetySummary | None = None


class CodeVerdict(_Out):
    """A code task's verdict: `verified` only when the checks passed in the sandbox."""

    status: str
    verified: bool
    code: str | None = None
    refusal: str | None = None
    safety: SafetySummary | None = None
    events: list[dict[str, Any]] = []


class CodeRun(_Out):
    conversation_id: str
    message_id: str
    block: int
    language: str
    code: str
    result: dict[str, Any]


class PresetInfo(_Out):
    name: str
    description: str


class Presets(_Out):
    data: list[PresetInfo]
