"""Isolated execution of untrusted code (see docs/code.md for what is and is not contained).

    >>> from veilleur.sandbox import Sandbox, Limits
    >>> result = Sandbox().run_python("print(6 * 7)", limits=Limits(wall_seconds=5))
    >>> result.stdout, result.isolation
    ('42\\n', 'bwrap')
"""

from veilleur.sandbox.errors import SandboxError, SandboxInputError
from veilleur.sandbox.limits import Limits
from veilleur.sandbox.result import Isolation, RunResult
from veilleur.sandbox.runner import IsolationMode, Sandbox, default_sandbox

__all__ = [
    "Isolation",
    "IsolationMode",
    "Limits",
    "RunResult",
    "Sandbox",
    "SandboxError",
    "SandboxInputError",
    "default_sandbox",
]
