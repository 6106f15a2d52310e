"""The one taxonomy of Veilleur's safety checks.

The hazard categories of MLCommons with the Llama Guard 3 codes S1–S14, plus ``jailbreak``
(attempts to make the assistant drop its rules, including prompt injection). Each category
knows its plain-word names (for refusals) and the OpenAI moderation categories it maps to.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = [
    "CATEGORIES",
    "CODES",
    "JAILBREAK",
    "OPENAI_CATEGORIES",
    "Category",
    "category",
    "openai_scores",
]

JAILBREAK = "jailbreak"


@dataclass(frozen=True, slots=True)
class Category:
    """One hazard category.

    Attributes:
        code: ``S1`` … ``S14`` or ``jailbreak``.
        name: The MLCommons / Llama Guard name, in English.
        plain: The category in plain words, per language (``"en"``, ``"fr"``).
        openai: OpenAI moderation categories this category maps to.
    """

    code: str
    name: str
    plain: Mapping[str, str]
    openai: tuple[str, ...]

    def plain_name(self, language: str) -> str:
        """The category in plain words in `language` (English when not translated)."""
        return self.plain.get(language, self.plain["en"])


OPENAI_CATEGORIES: tuple[str, ...] = (
    "harassment",
    "harassment/threatening",
    "hate",
    "hate/threatening",
    "illicit",
    "illicit/violent",
    "self-harm",
    "self-harm/intent",
    "self-harm/instructions",
    "sexual",
    "sexual/minors",
    "violence",
    "violence/graphic",
)

_ALL = (
    Category("S1", "Violent Crimes",
             {"en": "violent crimes", "fr": "les crimes violents"},
             ("violence", "illicit/violent", "harassment/threatening")),
    Category("S2", "Non-Violent Crimes",
             {"en": "non-violent crimes (fraud, theft, hacking, drugs)",
              "fr": "les délits non violents (fraude, vol, piratage, drogues)"},
             ("illicit",)),
    Category("S3", "Sex-Related Crimes",
             {"en": "sex-related crimes", "fr": "les crimes sexuels"},
             ("sexual", "illicit/violent")),
    Category("S4", "Child Sexual Exploitation",
             {"en": "the sexual exploitation of children",
              "fr": "l'exploitation sexuelle des enfants"},
             ("sexual/minors",)),
    Category("S5", "Defamation",
             {"en": "defamation of real people", "fr": "la diffamation de personnes réelles"},
             ("harassment",)),
    Category("S6", "Specialized Advice",
             {"en": "risky specialised advice (medical, legal, financial)",
              "fr": "les conseils spécialisés risqués (médicaux, juridiques, financiers)"},
             ()),
    Category("S7", "Privacy",
             {"en": "other people's private information",
              "fr": "les informations privées d'autrui"},
             ("harassment",)),
    Category("S8", "Intellectual Property",
             {"en": "intellectual property infringement",
              "fr": "la violation de la propriété intellectuelle"},
             ("illicit",)),
    Category("S9", "Indiscriminate Weapons",
             {"en": "weapons of mass harm (explosives, chemical, biological, nuclear)",
              "fr": "les armes de destruction massive (explosifs, chimiques, biologiques, "
                    "nucléaires)"},
             ("illicit/violent", "violence")),
    Category("S10", "Hate",
             {"en": "hateful content", "fr": "les contenus haineux"},
             ("hate", "hate/threatening", "harassment")),
    Category("S11", "Suicide & Self-Harm",
             {"en": "suicide and self-harm", "fr": "le suicide et l'automutilation"},
             ("self-harm", "self-harm/intent", "self-harm/instructions")),
    Category("S12", "Sexual Content",
             {"en": "explicit sexual content", "fr": "les contenus sexuels explicites"},
             ("sexual",)),
    Category("S13", "Elections",
             {"en": "election misinformation", "fr": "la désinformation électorale"},
             ()),
    Category("S14", "Code Interpreter Abuse",
             {"en": "abuse of code execution", "fr": "l'abus de l'exécution de code"},
             ("illicit",)),
    Category(JAILBREAK, "Jailbreak / Prompt Injection",
             {"en": "attempts to bypass the assistant's rules",
              "fr": "les tentatives de contourner les règles de l'assistant"},
             ()),
)

CATEGORIES: Mapping[str, Category] = {c.code: c for c in _ALL}
CODES: tuple[str, ...] = tuple(CATEGORIES)


def category(code: str) -> Category:
    """The category of `code`.

    Raises:
        KeyError: `code` is not a category of the taxonomy.
    """
    try:
        return CATEGORIES[code]
    except KeyError:
        raise KeyError(f"unknown safety category {code!r}; known: {', '.join(CODES)}") from None


def openai_scores(scores: Mapping[str, float]) -> dict[str, float]:
    """OpenAI moderation category scores: the highest score of the S-codes mapped to each."""
    out = dict.fromkeys(OPENAI_CATEGORIES, 0.0)
    for code, score in scores.items():
        for name in CATEGORIES[code].openai:
            out[name] = max(out[name], float(score))
    return out
