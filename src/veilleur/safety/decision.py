"""The one result type of every safety check."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from veilleur.safety.policy import Action

__all__ = ["Decision"]


@dataclass(frozen=True, slots=True)
class Decision:
    """What the pipeline decided about a text.

    Attributes:
        action: ``allow``, ``log``, ``warn`` or ``block``.
        categories: Codes (S1…S14, ``jailbreak``) over their threshold, worst first.
        scores: Every category code to its score in [0, 1].
        explanation: The decision in plain words, in the user's language.
        refusal: Text to show instead of an answer when blocked, else None.
        policy_version: Version of the policy that decided.
        language: Language of the user (ISO 639-1).
        judge: What the LLM judge said (``safe``, ``unsafe S1,S9``, ``unavailable``) when
            it was asked, else None.
    """

    action: Action
    categories: tuple[str, ...]
    scores: dict[str, float] = field(hash=False)
    explanation: str
    refusal: str | None
    policy_version: str
    language: str
    judge: str | None = None

    @property
    def blocked(self) -> bool:
        """Whether the answer must not be shown."""
        return self.action == "block"

    @property
    def flagged(self) -> bool:
        """Whether any category went over its threshold (whatever the action)."""
        return bool(self.categories)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the decision."""
        return {
            "action": self.action,
            "blocked": self.blocked,
            "flagged": self.flagged,
            "categories": list(self.categories),
            "scores": dict(self.scores),
            "explanation": self.explanation,
            "refusal": self.refusal,
            "policy_version": self.policy_version,
            "language": self.language,
            "judge": self.judge,
        }
