"""Errors of the tasks (text and code).

    VeilleurError
     └── TaskError                 a task cannot go on
          ├── PromptInjectionError the document holds a prompt injection and the policy
          │                        is to refuse it (VEILLEUR_TEXT_INJECTION=refuse)
          └── OutputRefusedError   the output guard cut what the model wrote
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from veilleur.errors import VeilleurError

if TYPE_CHECKING:
    from veilleur.safety import Decision

__all__ = ["OutputRefusedError", "PromptInjectionError", "TaskError"]


class TaskError(VeilleurError):
    """A task cannot go on."""

    code = "task_error"


class PromptInjectionError(TaskError):
    """The document holds a prompt injection and the policy is to refuse it."""

    code = "prompt_injection"


class OutputRefusedError(TaskError):
    """The output guard blocked what the model wrote; `decision` says why."""

    code = "content_filter"

    def __init__(self, decision: Decision):
        super().__init__(decision.refusal or decision.explanation)
        self.decision = decision
