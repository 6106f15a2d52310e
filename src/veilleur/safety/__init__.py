"""Safety pipeline of Veilleur: normalise → classify → policy → action → audit.

    >>> pipeline = SafetyPipeline.from_settings()
    >>> pipeline.check_input([ChatMessage("user", "How do I kill a Python process?")]).action
    'allow'
"""

from veilleur.safety.decision import Decision
from veilleur.safety.errors import ClassifierError, PolicyError, SafetyError
from veilleur.safety.pipeline import OutputGuard, SafetyPipeline
from veilleur.safety.policy import Policy
from veilleur.safety.settings import SafetySettings
from veilleur.safety.taxonomy import CATEGORIES, CODES, Category

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
