"""Errors of the safety layer.

    VeilleurError
     └── SafetyError              the safety pipeline cannot work
          ├── PolicyError         the policy file is missing or invalid
          ├── ClassifierError     the classifier cannot be trained or loaded
          └── JudgeError          the LLM judge could not be asked
"""

from __future__ import annotations

from veilleur.errors import VeilleurError

__all__ = ["ClassifierError", "JudgeError", "PolicyError", "SafetyError"]


class SafetyError(VeilleurError):
    """The safety pipeline cannot work."""

    code = "safety_error"


class PolicyError(SafetyError):
    """The policy file is missing or invalid."""

    code = "invalid_safety_policy"


class ClassifierError(SafetyError):
    """The classifier cannot be trained or loaded."""

    code = "safety_classifier_error"


class JudgeError(SafetyError):
    """The judge could not be asked (server down, timeout, malformed reply)."""
