"""What a conversation may store in its `settings`, validated before it is written.

`settings` is free-form for the clients (the web page keeps its own keys there), except
`sampling`, which every later turn of the conversation uses: it is checked with the same
bounds as the OpenAI API's parameters, so that a stored value can never make a turn fail.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from veilleur.errors import InvalidRequestError
from veilleur.types import SamplingParams

__all__ = ["SamplingOverrides", "sampling_from_settings", "validate_settings"]


class SamplingOverrides(BaseModel):
    """The sampling a conversation asks for (any subset; unset fields keep defaults)."""

    model_config = ConfigDict(extra="forbid", strict=False)

    temperature: float | None = Field(None, ge=0.0, le=2.0)
    top_p: float | None = Field(None, gt=0.0, le=1.0)
    top_k: int | None = Field(None, ge=0, le=1000)
    min_p: float | None = Field(None, ge=0.0, le=1.0)
    max_tokens: int | None = Field(None, ge=1, le=1_000_000)
    stop: list[Annotated[str, Field(min_length=1)]] | None = Field(None, max_length=16)
    seed: int | None = Field(None, ge=0, le=2**31 - 1)
    presence_penalty: float | None = Field(None, ge=-2.0, le=2.0)
    frequency_penalty: float | None = Field(None, ge=-2.0, le=2.0)
    repeat_penalty: float | None = Field(None, gt=0.0, le=10.0)


def validate_settings(settings: Any, *, param: str = "settings") -> dict[str, Any]:
    """`settings` if it can be stored, else `InvalidRequestError` naming the bad field."""
    if not isinstance(settings, dict):
        raise InvalidRequestError(f"{param} must be a JSON object", param=param)
    sampling = settings.get("sampling")
    if sampling is not None:
        _overrides(sampling, param=f"{param}.sampling", hint="")
    return settings


def sampling_from_settings(settings: dict[str, Any] | None, base: SamplingParams
                           ) -> SamplingParams:
    """`base` with the conversation's stored sampling applied (validated again: a row
    written before validation existed gives a 400 that says what to fix, not a 500)."""
    stored = (settings or {}).get("sampling")
    if not stored:
        return base
    overrides = _overrides(stored, param="settings.sampling",
                           hint=" (fix it with PATCH /api/conversations/ID)"
                           ).model_dump(exclude_none=True)
    if "stop" in overrides:
        overrides["stop"] = tuple(overrides["stop"])
    return SamplingParams(**{**_fields(base), **overrides})


def _fields(params: SamplingParams) -> dict[str, Any]:
    return {name: getattr(params, name) for name in SamplingParams.__slots__}


def _overrides(value: Any, *, param: str, hint: str) -> SamplingOverrides:
    if not isinstance(value, dict):
        raise InvalidRequestError(f"{param} must be a JSON object of sampling parameters, "
                                  f"got {type(value).__name__}{hint}", param=param)
    try:
        return SamplingOverrides.model_validate(value)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"])
        raise InvalidRequestError(
            f"invalid value for {param}.{where}: {error['msg']}{hint}",
            param=f"{param}.{where}") from None
