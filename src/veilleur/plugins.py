"""The extension points of Veilleur, and the built-ins registered through them.

Each entry is `"module:attribute"`. Built-in features register here exactly as a
third-party package would, so the app and the CLI have no list of features of their own:

* `ROUTERS`: FastAPI `APIRouter`s included in the app, in this order.
* `CLI`: functions `register(app: typer.Typer, eval_app: typer.Typer) -> None` that add
  commands to `veilleur` and to `veilleur eval`, in this order (the order of `--help`);
  every built-in command group, `serve` included, is one of them.

Third-party packages add theirs through the entry-point groups `veilleur.routers` and
`veilleur.cli` (same `module:attribute` values).
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import entry_points
from typing import Any

__all__ = ["CLI", "ROUTERS", "load"]

ROUTERS: list[str] = [
    "veilleur.api.health:router",
    "veilleur.api.metrics:router",
    "veilleur.api.docs:router",
    "veilleur.api.openai.router:router",
    "veilleur.api.openai.embeddings:router",
    "veilleur.api.openai.responses:router",
    "veilleur.api.openai.moderations:router",
    "veilleur.api.conversations.router:router",
    "veilleur.api.attachments.router:router",
    "veilleur.api.transfer.router:router",
    "veilleur.api.admin.router:router",
    "veilleur.api.accounts.router:router",
    "veilleur.api.auth.oidc:router",
    "veilleur.api.auth.router:router",
    "veilleur.web.routes:router",
    "veilleur.api.tasks.code:router",
    "veilleur.api.tasks.text:router",
]

CLI: list[str] = [
    "veilleur.cli.serve:register",
    "veilleur.cli.users:register",
    "veilleur.cli.keys:register",
    "veilleur.cli.transfer:register",
    "veilleur.cli.chat:register",
    "veilleur.cli.models:register",
    "veilleur.cli.pull:register",
    "veilleur.cli.evals:register",
    "veilleur.cli.safety:register",
    "veilleur.cli.code:register",
    "veilleur.cli.text:register",
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
