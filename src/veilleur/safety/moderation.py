"""A decision in the shape of OpenAI's moderation result (API and CLI share it)."""

from __future__ import annotations

from typing import Any

from veilleur.safety.decision import Decision
from veilleur.safety.taxonomy import CATEGORIES, openai_scores

__all__ = ["moderation_result"]


def moderation_result(decision: Decision) -> dict[str, Any]:
    """One entry of ``results``: OpenAI's fields plus ``veilleur`` (S-codes, action…)."""
    flagged_codes = set(decision.categories)
    scores = openai_scores(decision.scores)
    categories = dict.fromkeys(scores, False)
    for code in flagged_codes:
        for name in CATEGORIES[code].openai:
            categories[name] = True
    return {
        "flagged": decision.flagged,
        "categories": categories,
        "category_scores": scores,
        "veilleur": {
            "s_codes": list(decision.categories),
            "action": decision.action,
            "scores": decision.scores,
            "explanation": decision.explanation,
            "policy_version": decision.policy_version,
            "language": decision.language,
        },
    }
