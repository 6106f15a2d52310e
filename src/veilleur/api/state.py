"""What a running server holds, as the routes see it: settings and the services.

The routes never see an engine backend: generation goes through `engine`, a handle on
the guarded engine (`veilleur.guard`), which the composition root (`veilleur.assembly`)
fills once the model is loaded.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from veilleur.accounts.quotas import QuotaService
from veilleur.accounts.service import AccountService
from veilleur.api.admin.serving import AdminReports
from veilleur.api.openai.responses_serving import ResponsesServing
from veilleur.api.openai.serving import OpenAIServing
from veilleur.chat.attachments.service import AttachmentService
from veilleur.chat.service import ConversationService
from veilleur.config import Settings
from veilleur.guard import EngineHandle
from veilleur.metrics import Metrics
from veilleur.store.repository import ConversationRepository
from veilleur.store.transfer import ConversationTransfer

if TYPE_CHECKING:
    from veilleur.accounts.oidc import OidcClient
    from veilleur.safety import SafetyPipeline
    from veilleur.sandbox import Sandbox

__all__ = ["AppState", "Lifecycle"]


@dataclass
class Lifecycle:
    """What the app runs when it starts serving and when it stops (set by the root)."""

    start: Callable[[], Awaitable[None]]
    stop: Callable[[], Awaitable[None]]


@dataclass
class AppState:
    """Conversations can be read while the model loads; generating needs the engine."""

    settings: Settings
    repository: ConversationRepository
    conversations: ConversationService
    openai: OpenAIServing
    engine: EngineHandle
    sandbox: Sandbox
    safety: Callable[[], SafetyPipeline]  # built on first use (loads the classifier)
    lifecycle: Lifecycle
    quotas: QuotaService  # per-user limits of the generating routes (veilleur.api.quotas)
    accounts: AccountService  # users, keys, sessions: who may ask (veilleur.api.deps)
    admin: AdminReports  # everyone's audit, auth events and usage (/api/admin/*)
    transfer: ConversationTransfer  # export and import of conversations (/api/export)
    attachments: AttachmentService  # files in conversations (/api/.../attachments)
    responses: ResponsesServing  # the Responses API and its stored responses (/v1/responses)
    # False until the safety checks are loaded (classifier, language models, PII models):
    # /readyz waits for them, so the first requests do not pay for the loading.
    safety_warm: bool = field(default=False)
    # The app's metrics (its own registry; served at /metrics).
    metrics: Metrics = field(default_factory=Metrics)
    # Single sign-on's relying party (veilleur.api.auth.oidc); None when it is not configured.
    oidc: OidcClient | None = None
