"""Safety pipeline of Veilleur: normalise → classify → policy → action → audit.

    >>> pipeline = SafetyPipeline.from_settings()
    >>> pipeline.check_input([ChatMessage("user", "How do I kill a Python process?")]).action
    'allow'

The names below load on first use (PEP 562), so that importing a light submodule such
as `veilleur.safety.settings` (the settings tree does) does not load the classifier.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from veilleur.safety.decision import Decision
    from veilleur.safety.errors import ClassifierError, PolicyError, SafetyError
    from veilleur.safety.pipeline import OutputGuard, SafetyPipeline
    from veilleur.safety.policy import Policy
    from veilleur.safety.settings import SafetySettings
    from veilleur.safety.taxonomy import CATEGORIES, CODES, Category

_WHERE = {
    "CATEGORIES": "taxonomy",
    "CODES": "taxonomy",
    "Category": "taxonomy",
    "ClassifierError": "errors",
    "Decision": "decision",
    "OutputGuard": "pipeline",
    "Policy": "policy",
    "PolicyError": "errors",
    "SafetyError": "errors",
    "SafetyPipeline": "pipeline",
    "SafetySettings": "settings",
}

__all__ = [
    "CATEGORIES",
    "CODES",
    "Category",
    "ClassifierError",
    "Decision",
    "OutputGuard",
    "Policy",
    "PolicyError",
    "SafetyError",
    "SafetyPipeline",
    "SafetySettings",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'veilleur.safety' has no attribute {name!r}")
    return getattr(import_module(f"veilleur.safety.{module}"), name)
