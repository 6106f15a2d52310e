"""The sandbox package's imports say what depends on what: no loop hidden in a function."""

from __future__ import annotations

import ast
from pathlib import Path

import veilleur.sandbox

PACKAGE = Path(veilleur.sandbox.__file__).parent


def _imports(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
    return names


def test_no_function_level_import_of_veilleur() -> None:
    hidden = []
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                hidden += [f"{path.name}:{node.name} imports {name}"
                           for name in _imports(node) if name.startswith("veilleur")]
    assert not hidden, hidden


def test_bwrap_does_not_import_the_runner() -> None:
    tree = ast.parse((PACKAGE / "bwrap.py").read_text())
    assert "veilleur.sandbox.runner" not in _imports(tree)
