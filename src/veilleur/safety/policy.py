"""The policy: per category an action and a threshold, read from a versioned TOML file."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from veilleur.safety.errors import PolicyError
from veilleur.safety.taxonomy import CODES

__all__ = ["ACTIONS", "Action", "Policy", "Rule"]

Action = Literal["allow", "log", "warn", "block"]
ACTIONS: tuple[Action, ...] = ("allow", "log", "warn", "block")  # by increasing severity


@dataclass(frozen=True, slots=True)
class Rule:
    """What to do with one category: `action` when its score is at least `threshold`."""

    action: Action
    threshold: float


@dataclass(frozen=True, slots=True)
class Policy:
    """A versioned mapping from category codes to rules."""

    version: str
    rules: Mapping[str, Rule]

    @classmethod
    def load(cls, path: Path | None = None) -> Policy:
        """Read a policy file; the packaged default policy when `path` is None.

        Raises:
            PolicyError: the file cannot be read, or a value is invalid.
        """
        try:
            if path is None:
                raw = resources.files("veilleur.safety").joinpath("policy.toml").read_text(
                    encoding="utf-8"
                )
            else:
                raw = Path(path).read_text(encoding="utf-8")
            data = tomllib.loads(raw)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise PolicyError(f"cannot read the safety policy {str(path)!r}: {exc}") from exc
        return cls.from_dict(data, source=str(path or "packaged policy.toml"))

    @classmethod
    def from_dict(cls, data: Mapping, *, source: str = "policy") -> Policy:
        """Build a policy from parsed TOML.

        Raises:
            PolicyError: the version is missing, or a code, action or threshold is invalid.
        """
        version = data.get("version")
        if not isinstance(version, str) or not version:
            raise PolicyError(f"{source}: `version` must be a non-empty string, got {version!r}")
        default = _rule(data.get("default", {}), Rule("block", 0.5), source, "default")
        categories = data.get("categories", {})
        unknown = set(categories) - set(CODES)
        if unknown:
            raise PolicyError(
                f"{source}: unknown categories {sorted(unknown)!r}; known: {', '.join(CODES)}"
            )
        rules = {code: _rule(categories.get(code, {}), default, source, code) for code in CODES}
        return cls(version=version, rules=rules)

    def decide(self, scores: Mapping[str, float]) -> tuple[Action, tuple[str, ...]]:
        """The most severe action of the categories over their threshold, and those codes.

        Categories whose action is ``allow`` never trigger.
        """
        triggered = [
            code
            for code, rule in self.rules.items()
            if rule.action != "allow" and scores.get(code, 0.0) >= rule.threshold
        ]
        if not triggered:
            return "allow", ()
        triggered.sort(key=lambda c: (-ACTIONS.index(self.rules[c].action), -scores[c]))
        return self.rules[triggered[0]].action, tuple(triggered)


def _rule(raw: Mapping, default: Rule, source: str, where: str) -> Rule:
    action = raw.get("action", default.action)
    threshold = raw.get("threshold", default.threshold)
    if action not in ACTIONS:
        raise PolicyError(f"{source} [{where}]: action {action!r} is not one of {ACTIONS}")
    if not isinstance(threshold, int | float) or not 0.0 <= threshold <= 1.0:
        raise PolicyError(f"{source} [{where}]: threshold {threshold!r} must be in [0, 1]")
    return Rule(action=action, threshold=float(threshold))
