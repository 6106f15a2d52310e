"""Documentation is tested: every setting, CLI command and endpoint is documented."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel
from typer.main import get_command

from helpers import app_routes
from veilleur.cli import app
from veilleur.config import EXTRA_ENVIRONMENT, Settings

DOCS = Path(__file__).parents[2] / "docs"


def all_docs() -> str:
    return "\n".join(p.read_text() for p in DOCS.glob("*.md"))


def _sections() -> dict[str, type]:
    """The settings tree's sections (`safety`, `sandbox`, `text`) and their models."""
    return {name: field.annotation for name, field in Settings.model_fields.items()
            if isinstance(field.annotation, type) and issubclass(field.annotation, BaseModel)}


def test_every_setting_is_documented() -> None:
    text = (DOCS / "configuration.md").read_text()
    sections = _sections()
    missing = [
        f"VEILLEUR_{name.upper()}"
        for name in Settings.model_fields
        if name not in sections and f"`VEILLEUR_{name.upper()}`" not in text
    ]
    missing += [name for name in EXTRA_ENVIRONMENT if f"`{name}`" not in text]
    assert not missing, f"undocumented settings in docs/configuration.md: {missing}"


def test_every_section_setting_is_documented() -> None:
    """The sections of the one settings tree (VEILLEUR_SAFETY_*, VEILLEUR_SANDBOX_*,
    VEILLEUR_TEXT_*), each field with its environment name and a description."""
    text = all_docs()
    missing = []
    sections = _sections()
    for section, cls in sections.items():
        prefix = f"VEILLEUR_{section.upper()}_"
        missing += [f"{prefix}{name.upper()}" for name in cls.model_fields
                    if f"{prefix}{name.upper()}" not in text]
        missing += [f"{cls.__name__}.{name}" for name, field in cls.model_fields.items()
                    if not field.description]
    assert sections.keys() == {"accounts", "attachments", "retrieval", "safety", "sandbox",
                               "text"}
    assert not missing, f"undocumented settings in docs/: {missing}"


def test_every_setting_has_a_description() -> None:
    assert all(field.description for field in Settings.model_fields.values())


def test_every_cli_command_is_documented() -> None:
    text = (DOCS / "cli.md").read_text()
    root = get_command(app)
    missing = []
    for name, command in root.commands.items():  # type: ignore[attr-defined]
        subcommands = getattr(command, "commands", None)
        if subcommands:
            missing += [
                f"veilleur {name} {sub}"
                for sub in subcommands
                if f"veilleur {name} {sub}" not in text
            ]
        elif f"veilleur {name}" not in text:
            missing.append(f"veilleur {name}")
    assert not missing, f"undocumented commands in docs/cli.md: {missing}"


def test_every_endpoint_is_documented(tmp_path: Path) -> None:
    from veilleur.assembly import build_app

    settings = Settings(data_dir=tmp_path)
    routes = list(app_routes(build_app(settings, load=False)))
    assert len(routes) > 20, routes  # the walk sees inside the included routers
    text = (DOCS / "api.md").read_text()
    missing = []
    for path, methods in routes:
        path = re.sub(r":\w+}", "}", path)  # `{path:path}` is documented as `{path}`
        for method in sorted(methods - {"HEAD", "OPTIONS"}):
            if not re.search(rf"`{method} {re.escape(path)}[`?]", text):
                missing.append(f"{method} {path}")
    assert not missing, f"undocumented endpoints in docs/api.md: {missing}"
