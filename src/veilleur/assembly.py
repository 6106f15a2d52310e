"""The composition root: reads nothing, builds everything, once.

`assemble(settings)` builds the parts of a server from one `Settings` tree: the store,
the safety pipeline (on first use: it loads the classifier), the sandbox, the services,
and the `EngineHandle` that the guarded engine fills once the model is loaded. It is the
only place where an engine backend and the safety pipeline meet the services: the
backend is wrapped in a `GuardedEngine` here, and nothing else ever holds it.

    app = build_app(settings)                     # the model loads in the background
    app = build_app(settings, preload=True)       # the model is loaded on return
    app = build_app(settings, backend=backend)    # serve a backend built by the caller
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable

from fastapi import FastAPI

from veilleur.accounts.oidc import OidcClient
from veilleur.accounts.quotas import QuotaService
from veilleur.accounts.service import AccountService
from veilleur.api.admin.serving import AdminReports
from veilleur.api.app import create_app
from veilleur.api.openai.responses_serving import ResponsesServing
from veilleur.api.openai.serving import OpenAIServing
from veilleur.api.state import AppState, Lifecycle
from veilleur.chat.attachments.indexing import AttachmentIndexer, EngineEmbedder
from veilleur.chat.attachments.service import AttachmentService
from veilleur.chat.grounding import DocumentGrounding
from veilleur.chat.leases import ReplyLease, keep_reply_leases
from veilleur.chat.service import ConversationService
from veilleur.config import Settings
from veilleur.engine.base import Backend, Embedder
from veilleur.engine.factory import build_backend, build_embedder
from veilleur.errors import ConfigError, VeilleurError
from veilleur.guard import EngineHandle, GenerationLimits, GuardedEngine
from veilleur.metrics import Metrics
from veilleur.retrieval.index import open_index
from veilleur.retrieval.service import RetrievalService
from veilleur.safety import SafetyPipeline
from veilleur.sandbox import Sandbox
from veilleur.store.attachments import AttachmentStore
from veilleur.store.db import open_database
from veilleur.store.repository import ConversationRepository
from veilleur.store.responses import ResponseStore
from veilleur.store.transfer import ConversationTransfer

__all__ = ["assemble", "build_app"]

log = logging.getLogger(__name__)


def build_app(settings: Settings, *, backend: Backend | None = None,
              load: bool = True, preload: bool = False) -> FastAPI:
    """The app of `assemble(settings, …)`.

    Raises:
        StoreError: the database cannot be opened (checked here, before serving).
        VeilleurError: with `preload`, the model or the safety checks could not load.
    """
    return create_app(assemble(settings, backend=backend, load=load, preload=preload))


def assemble(settings: Settings, *, backend: Backend | None = None,
             load: bool = True, preload: bool = False) -> AppState:
    """Build every part of a server from `settings`.

    With `backend`, serve it instead of building one from settings; with `load=False`
    and no backend, load no model (the routes that generate answer 503); with `preload`,
    load the model now (blocking) rather than in the background once serving.

    Raises:
        StoreError: the database cannot be opened.
    """
    db, sessions = open_database(settings.resolved_database_url)
    accounts = AccountService(sessions, settings.accounts)
    _refuse_open_door(settings, accounts)
    repository = ConversationRepository(sessions)
    # Replies of processes gone (their lease expired, or none: written before leases);
    # the replies of a process that dies later are swept by `keep_reply_leases`.
    lease = ReplyLease(seconds=settings.reply_lease_seconds)
    interrupted = repository.mark_stale_streaming()
    if interrupted:
        log.warning(
            "marked %d reply(ies) left unfinished by a previous run as interrupted", interrupted
        )
    safety = _lazy(lambda: SafetyPipeline.from_settings(settings.safety,
                                                        session_factory=sessions))
    handle = EngineHandle()
    limits = GenerationLimits(max_tokens=settings.max_tokens_limit,
                              max_seconds=settings.max_request_seconds)
    metrics = Metrics()  # this app's own registry
    metrics.watch_engine(lambda: handle.engine.stats() if handle.engine is not None else {})
    # VEILLEUR_METRICS=false: nothing records into it (and /metrics answers 404).
    recording = metrics if settings.metrics else None

    if preload:
        handle.engine = _guarded(settings, safety, limits, backend, recording)

    # Retrieval over the conversations' attachments: indexed in the background on upload,
    # read by the turns (docs/retrieval.md). Off: attachments are stored, never indexed.
    attachment_store = AttachmentStore(sessions)
    indexer: AttachmentIndexer | None = None
    grounding: DocumentGrounding | None = None
    retrieval: RetrievalService | None = None
    if settings.retrieval.enabled:
        embedder = EngineEmbedder(handle)
        retrieval = RetrievalService(open_index(db), embedder,
                                     batch_size=settings.retrieval.batch_size)
        indexer = AttachmentIndexer(retrieval, sessions, ready=embedder.ready)
        grounding = DocumentGrounding(retrieval, indexer, attachment_store, settings.retrieval)

    async def start() -> None:
        if handle.engine is None and (load or backend is not None):
            tasks.append(asyncio.create_task(
                _load(settings, handle, safety, limits, backend, recording)))
        tasks.append(asyncio.create_task(_warm_up_safety(state, safety)))
        tasks.append(asyncio.create_task(keep_reply_leases(repository, lease)))
        if indexer is not None:  # what was uploaded before a restart and not indexed
            tasks.append(asyncio.create_task(_resume_indexing(indexer)))

    async def stop() -> None:
        for task in tasks:
            task.cancel()
        if retrieval is not None:
            await retrieval.aclose()
        if handle.engine is not None:
            await handle.engine.aclose()
        elif backend is not None:
            await backend.aclose()
        db.dispose()

    tasks: list[asyncio.Task[None]] = []
    state = AppState(
        settings=settings,
        repository=repository,
        conversations=ConversationService(
            handle,
            repository,
            default_system_prompt=settings.system_prompt,
            default_max_tokens=settings.default_max_tokens,
            lease=lease,
            grounding=grounding,
        ),
        openai=OpenAIServing(handle, default_max_tokens=settings.default_max_tokens),
        engine=handle,
        sandbox=Sandbox(isolation=settings.sandbox.isolation,
                        max_concurrent=settings.sandbox.max_concurrent,
                        on_run=recording.sandbox_run if recording else None),
        safety=safety,
        lifecycle=Lifecycle(start=start, stop=stop),
        quotas=QuotaService(sessions, settings.accounts),
        accounts=accounts,
        admin=AdminReports(sessions),
        transfer=ConversationTransfer(sessions),
        attachments=AttachmentService(handle, attachment_store, settings.attachments,
                                      indexer=indexer),
        responses=ResponsesServing(handle, ResponseStore(sessions),
                                   default_max_tokens=settings.default_max_tokens),
        metrics=metrics,
        oidc=OidcClient.from_settings(settings.accounts),
    )
    return state


def _refuse_open_door(settings: Settings, accounts: AccountService) -> None:
    """Raise `ConfigError` for a server reachable from other machines that would let
    anyone in: no user in the database, no `api_key`, no `allow_public_without_key`."""
    if (settings.listens_publicly and settings.api_key is None
            and not settings.allow_public_without_key and not accounts.accounts_enabled()):
        raise ConfigError(
            f"host {settings.host!r} is reachable from other machines, and there are "
            "neither users nor an api_key: anyone who reaches the port could read every "
            "conversation. Create an administrator (veilleur users add --admin NAME), or "
            "set VEILLEUR_API_KEY (or api_key in --config), or bind to 127.0.0.1, or set "
            "VEILLEUR_ALLOW_PUBLIC_WITHOUT_KEY=true to accept that risk"
        )


async def _resume_indexing(indexer: AttachmentIndexer) -> None:
    try:
        await indexer.resume()
    except VeilleurError as exc:
        log.error("cannot queue the attachments left unindexed: %s", exc.message)


def _lazy(build: Callable[[], SafetyPipeline]) -> Callable[[], SafetyPipeline]:
    """`build()` on the first call, the same object after (thread-safe)."""
    lock = threading.Lock()
    built: list[SafetyPipeline] = []

    def get() -> SafetyPipeline:
        with lock:
            if not built:
                built.append(build())
            return built[0]

    return get


async def _load(settings: Settings, handle: EngineHandle,
                safety: Callable[[], SafetyPipeline], limits: GenerationLimits,
                backend: Backend | None, metrics: Metrics | None) -> None:
    try:
        handle.engine = await asyncio.to_thread(_guarded, settings, safety, limits, backend,
                                                metrics)
    except VeilleurError as exc:
        handle.load_error = exc.message
        log.error("cannot load the model: %s", exc.message)
    except Exception as exc:  # keep serving /healthz and say why in /readyz
        handle.load_error = f"{exc.__class__.__name__}: {exc}"
        log.exception("cannot load the model")


def _guarded(settings: Settings, safety: Callable[[], SafetyPipeline],
             limits: GenerationLimits, backend: Backend | None,
             metrics: Metrics | None) -> GuardedEngine:
    """The guarded engine around `backend` (built from settings when None; blocking)."""
    pipeline = safety()
    if backend is None:
        backend = build_backend(settings, redact=pipeline.redact)
        embedder = build_embedder(settings, backend)
    else:  # a backend built by the caller embeds only if it implements it
        embedder = backend if isinstance(backend, Embedder) else None
    log.info("model %s ready", backend.info.id)
    return GuardedEngine(backend, pipeline, limits, metrics, embedder=embedder)


async def _warm_up_safety(state: AppState, safety: Callable[[], SafetyPipeline]) -> None:
    """Load everything the safety checks use now rather than on the first requests.

    The classifier, the language detector's models and, when redaction is on, the spaCy
    models take a few seconds in all; loaded lazily they would land on the first requests
    and stall the streams already running (they hold the GIL). /readyz waits for this.
    """
    try:
        pipeline = await asyncio.to_thread(safety)
        await asyncio.to_thread(pipeline.warm_up)
    except Exception:  # the first request will report the problem properly
        log.exception("the safety pipeline could not be prepared")
    finally:
        state.safety_warm = True
