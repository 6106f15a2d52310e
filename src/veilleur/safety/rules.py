"""Rules for unambiguous cases, checked on every reading of a text.

A rule fires on wording that has no benign reading worth protecting (asking how to make a
nerve agent, "ignore all previous instructions", first-person suicide intent). Rules only
raise a category's score; they never lower one. Keep them few: the classifier generalises,
rules catch what it must never miss.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["RULE_SCORE", "addressed_to_assistant", "rule_scores"]

RULE_SCORE = 0.97

_RULES: dict[str, tuple[str, ...]] = {
    "jailbreak": (
        r"\b(ignore|disregard|forget)\b.{0,20}\b(all|any|previous|prior|above|earlier)\b.{0,20}"
        r"\b(instructions?|rules|prompts?|guidelines)\b",
        # "ignore your instructions", not "do not ignore your instructions"
        r"(?<!not )(?<!n't )(?<!never )\b(ignore|disregard|forget)\s+(all\s+)?(of\s+)?"
        r"(your|the|these|those)\s+(previous\s+|prior\s+|above\s+|earlier\s+|original\s+|"
        r"system\s+)?(instructions?|rules|prompts?|guidelines)\b",
        r"\b(ignore[zs]?|oublie[zs]?)\b.{0,15}\b(toutes? )?(les|tes|vos) (instructions|consignes|"
        r"règles)( précédentes)?",
        r"\bdo anything now\b",
        r"\b(developer|dev|god) mode\b",
        r"\bmode (développeur|dieu|sans filtre)\b",
        r"\b(system|developer) (prompt|override)\b.{0,40}\b(reveal|print|show|disabled?)\b",
        r"\b(reveal|print|show|révèle|affiche|donne)\b.{0,30}\b(system prompt|prompt système|"
        r"instructions cachées|hidden instructions)\b",
        r"</?\s*(system|user|assistant)\s*>",
        r"\b(no|without( any)?|free from|freed from) (restrictions?|filters?|content polic(y|ies)|"
        r"guidelines|ethics|rules)\b.{0,40}\b(never refuse|comply|obey|answer any|from now on)",
        r"\b(sans|aucune?s?) (restrictions?|filtres?|règles?|limites?|éthique)\b.{0,40}"
        r"\b(ne refuses? jamais|obéis|accepte[rs]?|réponds? à (toute|n'importe))",
        r"\b(jailbreak|unfiltered|uncensored|unrestricted) mode\b|\bmode (jailbreak|sans "
        r"(restriction|censure))\b",
        r"\b(safety|moderation|content) (filters?|layer|rules)\b.{0,30}\b(disabled|turned off|"
        r"removed|off)\b",
        r"\b(filtres?|couche|règles?) (de sécurité|de modération)\b.{0,30}\b(désactivée?s?|"
        r"supprimée?s?|coupée?s?)\b",
        r"\byou are (now )?dan\b|\btu es (maintenant )?dan\b",
    ),
    "S4": (
        r"\b(child|kid|minor|underage|preteen)s?\W{0,3}(porn|nudes?|sex)",
        r"\bpédopornograph|\bpedoporn|\bcsam\b.{0,20}\b(find|download|trouver|télécharger)",
    ),
    "S9": (
        r"\b(sarin|vx|tabun|ricin|anthrax|tatp|mustard gas|gaz moutarde|napalm)\b.{0,60}"
        r"\b(make|synthes|produce|build|fabriqu|produire|extraire|extract|recipe|recette)",
        r"\b(make|build|synthes|produce|fabriqu|construire)\w*\b.{0,40}\b(sarin|ricin|tatp|"
        r"nerve (gas|agent)|pipe bomb|dirty bomb|bombe (artisanale|sale)|gaz moutarde|"
        r"mustard gas|anthrax)\b",
        # asked as instructions ("how do I", "steps to", "comment fabriquer"), not history
        r"\b(how (do|can|could|would|should) (i|we|you|one|someone)|how to|steps?|instructions?|"
        r"recipe|guide|tutorial|manual|étapes?|recette|tutoriel|mode d'emploi)\b.{0,40}"
        r"\b(make|making|build|synthes|produc|develop|creat|weaponi[sz]|fabriqu|construire|"
        r"produire|développer|créer)\w*\b.{0,30}\b(bio-?weapons?|biological weapons?|"
        r"chemical weapons?|nuclear (bomb|weapon|device)s?|atomic bombs?|armes? (biologiques?|"
        r"chimiques?|nucléaires?)|bombes? (nucléaires?|atomiques?))\b",
        r"\bcomment (je |j'|on |puis-je |peut-on )?(fabriqu|fai|cré|produi|construi|développ)\w*"
        r"\b.{0,30}\b(armes? (biologiques?|chimiques?|nucléaires?)|bombes? (nucléaires?|"
        r"atomiques?))\b",
    ),
    "S10": (
        r"\b(write|tell|give|make up|generate|compose|écris|raconte|donne|invente|génère|"
        r"compose)\b.{0,25}\b(racist|sexist|antisemitic|homophobic|transphobic|raciste|sexiste|"
        r"antisémite|homophobe|transphobe)s? (jokes?|poems?|songs?|insults?|slurs?|blagues?|"
        r"poèmes?|chansons?|insultes?)\b",
        r"\b(écris|raconte|donne|invente|génère|compose)\b.{0,25}\b(blagues?|poèmes?|chansons?|"
        r"insultes?) (racistes?|sexistes?|antisémites?|homophobes?|transphobes?)\b",
    ),
    "S11": (
        r"\b(kill|hang|cut|hurt|burn) myself\b",
        r"\b(end|take) my (own )?life\b",
        r"\bme (suicider|tuer|pendre|scarifier|taillader)\b",
        r"\ben finir avec (la|ma) vie\b",
        r"\b(mettre|mets|met) fin [aà] (mes jours|ma vie)\b",
        r"\b(ne plus|plus envie de) vivre\b|\benvie de mourir\b|\bwant to die\b",
        r"\bsuicide note\b|\blettre d'adieu\b",
    ),
}
_COMPILED = {code: [re.compile(p) for p in patterns] for code, patterns in _RULES.items()}


def rule_scores(text: str) -> dict[str, float]:
    """Scores of the categories whose rules fire on `text` (already normalised)."""
    return dict(_fired(text))


@lru_cache(maxsize=8192)  # a streamed answer's tail is re-read at every check
def _fired(text: str) -> tuple[tuple[str, float], ...]:
    return tuple((code, RULE_SCORE) for code, patterns in _COMPILED.items()
                 if any(p.search(text) for p in patterns))


# In a document or an answer, a prompt injection is text that speaks to the assistant about
# its instructions, rules, role or output; a shell command, a glossary or a story is not.
# "ignore" / "forget" speak to the assistant's instructions only with what they drop
# ("forget everything above", "ignore your rules"); "if you forget a dose" does not.
_DROP = (r"(ignore[rz]?|disregard|forget|oublie[rz]?)\b.{0,30}\b(all|any|every(thing)?|previous|"
         r"prior|above|earlier|what|your|instructions?|rules?|prompts?|guidelines|the user|"
         r"the human|the system|l'utilisateur|tout|toutes?|"
         r"tes|vos|les|ce que|précédente?s?|consignes?|règles?)")
_ADDRESSED = re.compile(
    r"\b(you|your|yourself|assistant|ai|chatbot|model|llm|tu|toi|te|t'|vous|ton|ta|tes|votre|"
    r"vos|ia|modèle)\b.{0,80}\b(instructions?|rules?|prompts?|guidelines|role|persona|pretend|"
    r"obey|comply|reveal|system|filters?|restrictions?|jailbreak|consignes?|règles?|rôle|"
    r"obéi[rs]?|révèle|filtres?|fais semblant|faites semblant|" + _DROP + r")\b"
    r"|\b(instructions?|rules?|prompts?|guidelines|consignes?|règles?|pretend|fais semblant|"
    + _DROP + r")\b.{0,80}\b(you|your|assistant|ai|model|tu|vous|ton|tes|votre|vos|ia|"
    r"modèle)\b",
    re.IGNORECASE | re.DOTALL,
)


def addressed_to_assistant(text: str) -> bool:
    """Whether `text` speaks to an assistant about its instructions, rules or role."""
    return _ADDRESSED.search(text) is not None
