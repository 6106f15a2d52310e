"""The safety pipeline: every entry point checks inputs and streamed outputs through it."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from veilleur.safety.audit import AuditLog
from veilleur.safety.decision import Decision
from veilleur.safety.judge import LlamaGuardJudge, build_judge
from veilleur.safety.language import detect_language
from veilleur.safety.model import default_classifier
from veilleur.safety.policy import ACTIONS, Form, Policy
from veilleur.safety.refusals import explanation, refusal
from veilleur.safety.scorer import Scorer, is_document
from veilleur.safety.settings import SafetySettings
from veilleur.safety.taxonomy import CODES, JAILBREAK
from veilleur.types import ChatMessage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

__all__ = ["OutputGuard", "SafetyPipeline"]

_WINDOW = 1200  # characters of the answer's tail re-read at each streaming check
_BOUNDARY = re.compile(r"[.!?;]\s+|\n")
JUDGE_SCORE = 0.99  # score of a category the judge names as unsafe
_JUDGE_EVERY = 512  # characters of answer after which a cleared answer is judged again


class SafetyPipeline:
    """Normalise → classify → policy → action, with an optional audit log."""

    def __init__(
        self,
        settings: SafetySettings,
        policy: Policy,
        scorer: Scorer,
        audit: AuditLog | None = None,
        judge: LlamaGuardJudge | None = None,
    ) -> None:
        self.settings = settings
        self.policy = policy
        self.scorer = scorer
        self.audit = audit
        self.judge = judge
        self._redactor = None

    @classmethod
    def from_settings(
        cls,
        settings: SafetySettings | None = None,
        *,
        session_factory: sessionmaker[Session] | None = None,
    ) -> SafetyPipeline:
        """Build the pipeline: load the policy, train the classifier (once per process).

        Args:
            settings: Safety settings; read from the environment when None.
            session_factory: Sessions of the store for the audit log; None: no audit.

        Raises:
            PolicyError: the policy file is invalid.
        """
        settings = settings or SafetySettings()
        audit = None
        if session_factory is not None:
            audit = AuditLog(session_factory)
        key = settings.judge_api_key.get_secret_value() if settings.judge_api_key else None
        judge = build_judge(settings.judge_url, settings.judge_model, api_key=key,
                            timeout=settings.judge_timeout_s)
        return cls(settings, Policy.load(settings.policy_file), Scorer(default_classifier()),
                   audit, judge=judge)

    def warm_up(self) -> None:
        """Load the models the checks use lazily (language detector, PII models when
        redaction is on), and run each check once, so the first request pays nothing."""
        detect_language("Bonjour, comment ça va ?")
        self.score(["warm-up"])
        self.score(["warm-up"], "document")
        if self.settings.redact_audit or self.settings.redact_external:
            self.redact("warm-up", "en")

    # ---- checks -------------------------------------------------------------------------

    def check_input(
        self,
        messages: Sequence[ChatMessage],
        *,
        request_id: str = "",
        user: str | None = None,
        owner_id: str | None = None,
        model: str | None = None,
        language: str | None = None,
    ) -> Decision:
        """Check a conversation before answering it.

        The last user turn is scored alone, and the last `context_turns` user turns are
        scored together, so that a request split over several turns is seen whole; system
        messages are scored too (an injected system prompt is an attack like any other).
        A long message (a document to translate or summarise) is read per segment and
        judged with the policy's document thresholds (`scorer.is_document`).
        """
        decision, write_audit = self.assess_input(
            messages, request_id=request_id, user=user, owner_id=owner_id, model=model,
            language=language)
        write_audit()
        return decision

    def assess_input(
        self,
        messages: Sequence[ChatMessage],
        *,
        request_id: str = "",
        user: str | None = None,
        owner_id: str | None = None,
        model: str | None = None,
        language: str | None = None,
    ) -> tuple[Decision, Callable[[], None]]:
        """`check_input`'s decision, and the call that audits it (redaction and the row;
        `StoreError` when the database refuses it), for a caller that writes the audit
        while the answer is being computed and shows nothing before it is written."""
        users = [m.content for m in messages if m.role == "user"]
        last = users[-1] if users else ""
        language = language or detect_language(last)
        texts: list[tuple[str, Form]] = [(last, _form(last))]
        recent = users[-self.settings.context_turns :]
        if len(recent) > 1:
            joined_form: Form = ("document" if any(is_document(u) for u in recent)
                                 else "request")
            texts.append(("\n".join(recent), joined_form))
        texts += [(m.content, _form(m.content)) for m in messages if m.role == "system"]
        decision = self._decide(texts, language, output=False)
        if self.judge is not None and self._needs_judge(decision, [t for t, _ in texts],
                                                        output=False):
            decision = self._consult(decision, messages, language, output=False)

        def write_audit() -> None:
            self._audit(decision, "input", "\n".join(recent), request_id, user, model,
                        owner_id)

        return decision, write_audit

    def output_guard(
        self,
        messages: Sequence[ChatMessage],
        *,
        request_id: str = "",
        user: str | None = None,
        owner_id: str | None = None,
        model: str | None = None,
        language: str | None = None,
    ) -> OutputGuard:
        """A guard to feed with the answer's pieces as they stream."""
        users = [m.content for m in messages if m.role == "user"]
        language = language or detect_language(users[-1] if users else "")
        return OutputGuard(self, language, request_id=request_id, user=user,
                           owner_id=owner_id, model=model, messages=messages)

    def moderate(self, texts: Sequence[str]) -> list[Decision]:
        """Decisions on standalone texts (no conversation), in one batch; not audited.

        Long texts are read as documents (per segment, document thresholds)."""
        return [self._decide([(text, _form(text))], detect_language(text), output=False)
                for text in texts]

    def score(self, texts: Sequence[str], form: Form = "request") -> list[dict[str, float]]:
        """Scores of `texts` read as `form` (requests whole, documents/answers per segment)."""
        if form == "request":
            return self.scorer.score_many(list(texts))
        return self.scorer.score_segmented(list(texts))

    def redact(self, text: str, language: str | None = None) -> str:
        """`text` with personal data replaced by ``<ENTITY>`` placeholders."""
        if self._redactor is None:
            # Presidio and spaCy take seconds and hundreds of MB: only redaction loads them.
            from veilleur.safety.pii import default_redactor

            self._redactor = default_redactor()
        return self._redactor.redact(text, language or detect_language(text))

    # ---- internals ----------------------------------------------------------------------

    def _needs_judge(self, decision: Decision, texts: Sequence[str], *, output: bool) -> bool:
        """Answers go to the judge when flagged; requests when their top score reaches the
        policy's `consult_above`. A rule that fired needs no judge."""
        if self.scorer.rules_fired(texts):
            return False
        if output:
            return decision.flagged
        return max(decision.scores.values(), default=0.0) >= self.policy.judge.consult_above

    def _consult(self, decision: Decision, messages: Sequence[ChatMessage], language: str,
                 *, output: bool) -> Decision:
        """`decision` revised by the judge's verdict on the last user (or agent) message."""
        assert self.judge is not None
        verdict = self.judge.judge(messages, "Agent" if output else "User")
        if verdict is None:
            return replace(decision, judge="unavailable")
        form: Form = "answer" if output else "request"
        scores = dict(decision.scores)
        decided = _decidable(scores, output=output)
        if verdict.unsafe:
            named = verdict.codes or decision.categories or (
                max((c for c in CODES if c != JAILBREAK), key=lambda c: scores[c]),)
            for code in named:
                scores[code] = decided[code] = max(scores[code], JUDGE_SCORE)
        elif self.policy.judge.clears:
            # "safe" clears the S-codes (no rule fired, or the judge was not asked); the
            # jailbreak / prompt-injection score still stands
            decided = {k: v for k, v in decided.items() if k == JAILBREAK}
        action, codes = self.policy.decide(decided, language, form)
        revised = self._decision(scores, action, codes, language, output=output)
        return replace(revised, judge=str(verdict))

    def _decide(self, texts: Sequence[tuple[str, Form]], language: str, *,
                output: bool) -> Decision:
        """One decision on several texts, each read and judged as its form; the worst wins."""
        scores = dict.fromkeys(CODES, 0.0)
        if not self.settings.enabled:
            return self._decision(scores, "allow", (), language, output=output)
        action, codes = "allow", ()
        for form in ("request", "document", "answer"):
            group = [text for text, f in texts if f == form]
            if not group:
                continue
            for result in self.score(group, form):
                for code, value in result.items():
                    scores[code] = max(scores[code], value)
                act, found = self.policy.decide(_decidable(result, output=output), language,
                                                form)
                if ACTIONS.index(act) > ACTIONS.index(action):
                    action = act
                codes = tuple(dict.fromkeys(codes + found))
        codes = tuple(sorted(codes, key=lambda c: (-ACTIONS.index(self.policy.rules[c].action),
                                                   -scores[c])))
        return self._decision(scores, action, codes, language, output=output)

    def _decision(self, scores: dict[str, float], action, codes: tuple[str, ...],
                  language: str, *, output: bool) -> Decision:
        return Decision(
            action=action,
            categories=codes,
            scores=scores,
            explanation=explanation(action, codes, language),
            refusal=refusal(codes, language, output=output) if action == "block" else None,
            policy_version=self.policy.version,
            language=language,
        )

    def _audit(
        self,
        decision: Decision,
        direction: str,
        text: str,
        request_id: str,
        user: str | None,
        model: str | None,
        owner_id: str | None = None,
    ) -> None:
        if self.audit is None:
            return
        stored: str | None = None
        if self.settings.audit_text:
            stored = _excerpt(text, self.settings.audit_text_chars)
            if self.settings.redact_audit:
                stored = self.redact(stored, decision.language)
        self.audit.record(decision, direction=direction, text=stored, request_id=request_id,
                          user=user, owner_id=owner_id, model=model)


class OutputGuard:
    """Checks an answer while it streams; cuts it a bounded number of characters late.

    `feed` scores the tail of the answer every `output_check_every` new characters, so
    unsafe text is caught at most that many characters after it appears; most calls only
    append. Once blocked, the guard stays blocked.
    """

    def __init__(
        self,
        pipeline: SafetyPipeline,
        language: str,
        *,
        request_id: str = "",
        user: str | None = None,
        owner_id: str | None = None,
        model: str | None = None,
        messages: Sequence[ChatMessage] = (),
    ) -> None:
        self._pipeline = pipeline
        self._messages = list(messages)
        self._cleared_at: int | None = None  # answer length when the judge last cleared it
        self._language = language
        self._request_id = request_id
        self._user = user
        self._owner_id = owner_id
        self._model = model
        self._parts: list[str] = []
        self._length = 0
        self._checked_at = 0
        self._blocked: Decision | None = None

    @property
    def text(self) -> str:
        """The answer fed so far."""
        return "".join(self._parts)

    def scores_on(self, delta: str) -> bool:
        """Whether `feed(delta)` would score the answer; when not, it only appends (a few
        microseconds: no need to run it off the event loop)."""
        return (self._blocked is None and self._length + len(delta) - self._checked_at
                >= self._pipeline.settings.output_check_every)

    def feed(self, delta: str) -> Decision | None:
        """Add a streamed piece; a blocking Decision when the answer must be cut now."""
        if self._blocked is not None:
            return self._blocked
        self._parts.append(delta)
        self._length += len(delta)
        if self._length - self._checked_at < self._pipeline.settings.output_check_every:
            return None
        self._checked_at = self._length
        text = self.text
        tail = text[-_WINDOW:]
        if len(text) > _WINDOW:  # start at a sentence boundary: segments stay whole
            boundary = _BOUNDARY.search(tail)
            if boundary is not None and boundary.end() < len(tail) // 2:
                tail = tail[boundary.end():]
        decision = self._pipeline._decide([(tail, "answer")], self._language, output=True)
        if decision.blocked and self._pipeline.judge is not None:
            if self._cleared_at is not None and self._length - self._cleared_at < _JUDGE_EVERY:
                return None  # the judge cleared this answer moments ago: ask again later
            decision = self._judged(decision, text)
            if not decision.blocked:
                self._cleared_at = self._length
        if decision.blocked:
            self._blocked = decision
            return decision
        return None

    def finish(self) -> Decision:
        """Check the whole answer (audited); blocked if any streaming check blocked."""
        decision = self._blocked or self._judged(
            self._pipeline._decide([(self.text, "answer")], self._language, output=True),
            self.text,
        )
        self._pipeline._audit(decision, "output", self.text, self._request_id, self._user,
                              self._model, self._owner_id)
        return decision


    def _judged(self, decision: Decision, text: str) -> Decision:
        pipeline = self._pipeline
        if pipeline.judge is None or not pipeline._needs_judge(decision, [text], output=True):
            return decision
        conversation = [*self._messages, ChatMessage("assistant", text)]
        return pipeline._consult(decision, conversation, self._language, output=True)


def _decidable(scores: dict[str, float], *, output: bool) -> dict[str, float]:
    """The scores a decision is taken on. Jailbreak and prompt injection are attacks on the
    assistant's instructions: judged on what users send, never on the assistant's own
    answers (an answer such as "Your name is Zorglub." is not an attack)."""
    return {k: v for k, v in scores.items() if not (output and k == JAILBREAK)}


def _excerpt(text: str, limit: int) -> str:
    """`text`, or its first `limit` characters followed by its length and SHA-256."""
    if not limit or len(text) <= limit:
        return text
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{text[:limit]}\n[… {len(text):,} characters in all, sha256 {digest}]"


def _form(text: str) -> Form:
    return "document" if is_document(text) else "request"
