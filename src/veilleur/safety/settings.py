"""Settings of the safety pipeline (environment variables ``VEILLEUR_SAFETY_*``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, SecretStr

__all__ = ["SafetySettings"]


class SafetySettings(BaseModel):
    """How the safety pipeline checks, redacts and audits."""

    # A section of `veilleur.config.Settings`: read from `VEILLEUR_SAFETY_*` there, never here.
    model_config = ConfigDict(extra="forbid")

    enabled: bool = Field(
        default=True,
        description="Check inputs and outputs. When false every decision is `allow` "
        "(still audited); meant for offline experiments only.",
    )
    policy_file: Path | None = Field(
        default=None,
        description="Path of a policy TOML file (actions and thresholds per category). "
        "Empty: the packaged default policy.",
    )
    redact_audit: bool = Field(
        default=True,
        description="Replace personal data (names, e-mails, phone numbers, IBAN, NIR…) by "
        "<ENTITY> placeholders in the text stored in the audit log.",
    )
    audit_text: bool = Field(
        default=True,
        description="Store the checked text in the audit log at all (false: only scores, "
        "categories and action are stored).",
    )
    audit_text_chars: int = Field(
        default=2000,
        ge=0,
        le=10_000_000,
        description="Characters of a checked text kept in the audit log; a longer text (a "
        "document to translate) is stored as its start followed by its length and SHA-256, "
        "which bounds the PII redaction work per request. 0: no limit.",
    )
    redact_external: bool = Field(
        default=False,
        description="Redact personal data in prompts sent to an external (upstream) backend.",
    )
    output_check_every: int = Field(
        default=64,
        ge=1,
        le=4096,
        description="While an answer streams, check it every this many new characters; the "
        "unsafe text is cut at most this many characters (about a quarter as many tokens) "
        "after it appears.",
    )
    judge_url: str | None = Field(
        default=None,
        description="Base URL (ending in /v1) of an OpenAI-compatible server with a Llama "
        "Guard 3 model and the /v1/completions endpoint (vLLM, SGLang, llama-server), used "
        "as an LLM judge combined with the classifier by the policy's [judge] section. "
        "Empty: no judge, unless `judge_model` is a GGUF file.",
    )
    judge_model: str | None = Field(
        default=None,
        description="The judge's model: its name on the `judge_url` server, or, without a "
        "URL, the path of a Llama Guard 3 GGUF file loaded with llama-cpp-python.",
    )
    judge_api_key: SecretStr | None = Field(
        default=None, description="API key sent to the judge server (Bearer).",
    )
    judge_timeout_s: float = Field(
        default=10.0,
        gt=0,
        le=600,
        description="Seconds to wait for the judge; past that the classifier decides alone.",
    )
    context_turns: int = Field(
        default=4,
        ge=1,
        le=50,
        description="Number of most recent user turns the input check reads together, so "
        "that a request split over several turns is seen whole.",
    )
