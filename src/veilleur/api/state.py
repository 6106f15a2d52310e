"""What a running server holds: settings, the backend (once loaded), the services."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from veilleur.api.openai_serving import OpenAIServing
from veilleur.chat.service import ConversationService
from veilleur.config import Settings
from veilleur.engine.base import Backend
from veilleur.errors import EngineDeadError
from veilleur.store.repository import ConversationRepository

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from veilleur.safety import SafetyPipeline

__all__ = ["AppState"]


@dataclass
class AppState:
    """Conversations can be read while the model loads; generating needs the engine."""

    settings: Settings
    repository: ConversationRepository
    conversations: ConversationService
    backend: Backend | None = None
    load_error: str | None = None
    # False until the safety checks are loaded (classifier, language models, PII models):
    # /readyz waits for them, so the first requests do not pay for the loading.
    safety_warm: bool = False
    sessions: sessionmaker[Session] | None = field(default=None, repr=False)
    _serving: OpenAIServing | None = field(default=None, repr=False)
    _safety: SafetyPipeline | None = field(default=None, repr=False)
    _safety_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def attach(self, backend: Backend) -> None:
        self.backend = backend
        self.conversations.backend = backend
        self._serving = OpenAIServing(
            backend,
            default_max_tokens=self.settings.default_max_tokens,
            system_prompt=self.settings.system_prompt,
            gate=self.conversations.gate,
        )

    def require_engine(self) -> Backend:
        """The backend, or `EngineDeadError` (503) while it loads or after it died."""
        if self.backend is None:
            if self.load_error:
                raise EngineDeadError(f"the model could not be loaded: {self.load_error}")
            raise EngineDeadError("the model is still loading; retry in a few seconds")
        if not self.backend.is_ready():
            raise EngineDeadError("the engine stopped; the server needs a restart")
        return self.backend

    @property
    def safety(self) -> SafetyPipeline:
        """The safety pipeline, built on first use (it trains its classifier: ~1 s)."""
        with self._safety_lock:
            if self._safety is None:
                from veilleur.safety import SafetyPipeline

                self._safety = SafetyPipeline.from_settings(session_factory=self.sessions)
            return self._safety

    @property
    def serving(self) -> OpenAIServing:
        self.require_engine()
        assert self._serving is not None
        return self._serving
