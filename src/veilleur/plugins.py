"""The extension points of Veilleur, and the built-ins registered through them.

Each entry is `"module:attribute"`. Built-in features register here exactly as a
third-party package would, so the app and the CLI have no list of features of their own:

* `ROUTERS`: FastAPI `APIRouter`s included in the app, in this order.
* `CLI`: functions `register(app: typer.Typer, eval_app: typer.Typer) -> None` that add
  commands to `veilleur` and to `veilleur eval`.

Third-party packages add theirs through the entry-point groups `veilleur.routers` and
`veilleur.cli` (same `module:attribute` values).
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import entry_points
from typing import Any

__all__ = ["CLI", "ROUTERS", "load"]

ROUTERS: list[str] = [
    "veilleur.api.routes_health:router",
    "veilleur.api.routes_openai:router",
    "veilleur.api.routes_conversations:router",
    "veilleur.api.moderations:router",
    "veilleur.web.routes:router",
    "veilleur.api.routes_code:router",
    "veilleur.api.routes_text:router",
]

CLI: list[str] = [
    "veilleur.safety.cli:register",
    "veilleur.tasks.code.cli:register",
    "veilleur.tasks.text.cli:register",
]


def load(kind: str) -> list[Any]:
    """The objects of extension point `kind` (`routers` or `cli`): built-ins, then plugins."""
    builtin = {"routers": ROUTERS, "cli": CLI}[kind]
    objects = [_resolve(spec) for spec in builtin]
    objects += [entry.load() for entry in entry_points(group=f"veilleur.{kind}")]
    return objects


def _resolve(spec: str) -> Any:
    module, _, attribute = spec.partition(":")
    return getattr(import_module(module), attribute)
