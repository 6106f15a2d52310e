"""What the user reads instead of an answer: refusals and warnings in the user's language."""

from __future__ import annotations

from collections.abc import Sequence

from veilleur.safety.taxonomy import category

__all__ = ["explanation", "refusal"]

_SELF_HARM = {
    "fr": (
        "Je suis désolé que tu traverses un moment aussi difficile. Je ne peux pas t'aider "
        "à te faire du mal, mais tu n'as pas à rester seul avec ça. En France, tu peux "
        "appeler le 3114 (numéro national de prévention du suicide, gratuit, 24 h/24). "
        "Aux États-Unis, appelle ou écris au 988. Ailleurs, l'annuaire international "
        "https://findahelpline.com donne une ligne d'écoute près de chez toi. En cas de "
        "danger immédiat, appelle le 112. Si tu veux, on peut aussi simplement parler de "
        "ce que tu ressens."
    ),
    "en": (
        "I'm really sorry you're going through this. I can't help with hurting yourself, "
        "but you don't have to face it alone. In the US you can call or text 988 (Suicide "
        "& Crisis Lifeline); in France, call 3114. Elsewhere, https://findahelpline.com "
        "lists a free, confidential helpline near you. If you are in immediate danger, call "
        "your local emergency number. If you'd like, we can also just talk about how "
        "you're feeling."
    ),
}
_REFUSAL = {
    "fr": (
        "Je ne peux pas répondre à cette demande : elle touche à {topic}. Tu peux "
        "reformuler ta question sans cet aspect, demander des informations générales, "
        "historiques ou de prévention sur le sujet, ou t'adresser à un professionnel "
        "qualifié."
    ),
    "en": (
        "I can't help with this request because it involves {topic}. You can rephrase it "
        "without that part, ask for general, historical or prevention-oriented information "
        "on the subject, or turn to a qualified professional."
    ),
}
_OUTPUT = {
    "fr": " (La réponse a été interrompue par le contrôle de sécurité.)",
    "en": " (The answer was stopped by the safety check.)",
}
_EXPLAIN = {
    "fr": {
        "allow": "Aucun risque détecté.",
        "log": "Contenu enregistré pour revue : {topic}.",
        "warn": "Attention, sujet sensible : {topic}. Vérifie auprès d'un professionnel.",
        "block": "Bloqué : {topic}.",
    },
    "en": {
        "allow": "No risk found.",
        "log": "Logged for review: {topic}.",
        "warn": "Caution, sensitive topic: {topic}. Check with a professional.",
        "block": "Blocked: {topic}.",
    },
}


def _lang(language: str) -> str:
    return language if language in _REFUSAL else "en"


def _topics(codes: Sequence[str], language: str) -> str:
    names = [category(code).plain_name(language) for code in codes]
    joiner = " et " if language == "fr" else " and "
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + joiner + names[-1]


def explanation(action: str, codes: Sequence[str], language: str) -> str:
    """A one-line explanation of a decision, in plain words."""
    lang = _lang(language)
    return _EXPLAIN[lang][action].format(topic=_topics(codes, lang) if codes else "")


def refusal(codes: Sequence[str], language: str, *, output: bool = False) -> str:
    """The text shown instead of an answer; supportive with help lines for self-harm."""
    lang = _lang(language)
    if "S11" in codes:
        return _SELF_HARM[lang]
    text = _REFUSAL[lang].format(topic=_topics(codes, lang))
    return text + _OUTPUT[lang] if output else text
