"""The policy: per category an action and a threshold, read from a versioned TOML file.

Thresholds may be overridden per language (``[languages.fr] default = 0.8, S11 = 0.5``):
the classifier's scores are not equally calibrated in every language, so each language's
thresholds are chosen on the dev split (see docs/safety.md).

Documents and assistant answers are scored per segment (see `scorer`), and their scores
are distributed differently from short requests', so they have thresholds of their own
(``[forms.document] en = 0.95, fr = 0.93, default = 0.97``; same for ``[forms.answer]``);
a form without a threshold for a language uses the request thresholds.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Literal

from veilleur.safety.errors import PolicyError
from veilleur.safety.taxonomy import CODES

__all__ = ["ACTIONS", "FORMS", "Action", "Form", "JudgePolicy", "Policy", "Rule"]

Action = Literal["allow", "log", "warn", "block"]
ACTIONS: tuple[Action, ...] = ("allow", "log", "warn", "block")  # by increasing severity
Form = Literal["request", "document", "answer"]
FORMS: tuple[Form, ...] = ("request", "document", "answer")


@dataclass(frozen=True, slots=True)
class Rule:
    """What to do with one category: `action` when its score is at least `threshold`."""

    action: Action
    threshold: float


@dataclass(frozen=True, slots=True)
class JudgePolicy:
    """How an LLM judge (when one is configured) is combined with the classifier.

    Attributes:
        consult_above: a request is sent to the judge when its highest category score is at
            least this (0: every request); answers only when the classifier flags them.
        clears: the judge's *safe* clears the classifier's S-code flags (rules and
            jailbreak still stand); false: the judge can only add flags.
    """

    consult_above: float = 0.3
    clears: bool = True


@dataclass(frozen=True, slots=True)
class Policy:
    """A versioned mapping from category codes to rules."""

    version: str
    rules: Mapping[str, Rule]
    languages: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    forms: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    judge: JudgePolicy = field(default_factory=JudgePolicy)

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
        languages = {
            str(lang): _language(raw, rules, source, str(lang))
            for lang, raw in data.get("languages", {}).items()
        }
        forms = {str(form): _form(raw, source, str(form))
                 for form, raw in data.get("forms", {}).items()}
        return cls(version=version, rules=rules, languages=languages, forms=forms,
                   judge=_judge(data.get("judge", {}), source))

    def threshold(self, code: str, language: str | None = None,
                  form: Form = "request") -> float:
        """The threshold of `code` in `language` for a text of `form`.

        Documents and answers use their form's threshold for the language (or the form's
        ``default``) when the policy sets one; otherwise, and for requests, the language's
        threshold, else the category's own.
        """
        own = self.forms.get(form, {})
        if form != "request" and (language in own or "default" in own):
            return own.get(language or "", own.get("default", 1.0))
        return self.languages.get(language or "", {}).get(code, self.rules[code].threshold)

    def decide(
        self, scores: Mapping[str, float], language: str | None = None,
        form: Form = "request",
    ) -> tuple[Action, tuple[str, ...]]:
        """The most severe action of the categories over their threshold, and those codes.

        Categories whose action is ``allow`` never trigger. `language` selects that
        language's thresholds where the policy overrides them; `form` those of documents
        or answers.
        """
        triggered = [
            code
            for code, rule in self.rules.items()
            if rule.action != "allow"
            and scores.get(code, 0.0) >= self.threshold(code, language, form)
        ]
        if not triggered:
            return "allow", ()
        triggered.sort(key=lambda c: (-ACTIONS.index(self.rules[c].action), -scores[c]))
        return self.rules[triggered[0]].action, tuple(triggered)


def _judge(raw: Mapping, source: str) -> JudgePolicy:
    unknown = set(raw) - {"consult_above", "clears"}
    if unknown:
        raise PolicyError(f"{source} [judge]: unknown keys {sorted(unknown)!r}")
    defaults = JudgePolicy()
    above = raw.get("consult_above", defaults.consult_above)
    clears = raw.get("clears", defaults.clears)
    if not isinstance(above, int | float) or isinstance(above, bool) or not 0.0 <= above <= 1.0:
        raise PolicyError(f"{source} [judge]: consult_above {above!r} must be in [0, 1]")
    if not isinstance(clears, bool):
        raise PolicyError(f"{source} [judge]: clears {clears!r} must be true or false")
    return JudgePolicy(consult_above=float(above), clears=clears)


def _rule(raw: Mapping, default: Rule, source: str, where: str) -> Rule:
    action = raw.get("action", default.action)
    threshold = raw.get("threshold", default.threshold)
    if action not in ACTIONS:
        raise PolicyError(f"{source} [{where}]: action {action!r} is not one of {ACTIONS}")
    if not isinstance(threshold, int | float) or not 0.0 <= threshold <= 1.0:
        raise PolicyError(f"{source} [{where}]: threshold {threshold!r} must be in [0, 1]")
    return Rule(action=action, threshold=float(threshold))


def _language(raw: Mapping, rules: Mapping[str, Rule], source: str,
              lang: str) -> dict[str, float]:
    """A language's thresholds: ``default`` applies to every code not named."""
    unknown = set(raw) - set(CODES) - {"default"}
    if unknown:
        raise PolicyError(f"{source} [languages.{lang}]: unknown keys {sorted(unknown)!r}")
    for key, value in raw.items():
        if not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
            raise PolicyError(
                f"{source} [languages.{lang}] {key}: threshold {value!r} must be in [0, 1]")
    default = raw.get("default")
    return {code: float(raw.get(code, default if default is not None else rule.threshold))
            for code, rule in rules.items()}


def _form(raw: Mapping, source: str, form: str) -> dict[str, float]:
    """A form's thresholds: per language code, and ``default`` for the others."""
    if form not in FORMS[1:]:
        raise PolicyError(f"{source} [forms.{form}]: unknown form; known: document, answer")
    for key, value in raw.items():
        if not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
            raise PolicyError(
                f"{source} [forms.{form}] {key}: threshold {value!r} must be in [0, 1]")
    return {str(k): float(v) for k, v in raw.items()}
