"""Code tools that prove their answers: fix, optimise and generate code, checked by
running it in the sandbox (`veilleur.sandbox`). A result is `verified` only when its
checks passed there.
"""

from veilleur.tasks.code.fix import FixRequest, run_fix
from veilleur.tasks.code.generate import GenerateRequest, run_generate
from veilleur.tasks.code.optimize import OptimizeRequest, run_optimize

__all__ = [
    "FixRequest",
    "GenerateRequest",
    "OptimizeRequest",
    "run_fix",
    "run_generate",
    "run_optimize",
]
