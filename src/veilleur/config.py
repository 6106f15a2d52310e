"""Settings: one typed tree, read once from `VEILLEUR_*` variables and an optional TOML file.

Precedence, highest first: explicit keyword arguments (the CLI's flags), environment
variables (`VEILLEUR_PORT=9000`), the TOML file named by `VEILLEUR_CONFIG` (or
`--config`), then the defaults below. Every field is documented in
`docs/configuration.md`; a test fails when one is not.

The server, engine and store settings sit at the root (`VEILLEUR_N_CTX`, `[n_ctx]` in
TOML); the safety pipeline, the sandbox and the text tasks have sections of their own,
`safety`, `sandbox` and `text` (`VEILLEUR_SAFETY_ENABLED`, or `enabled` under `[safety]`
in TOML). This is the only module that reads the environment: every other object
receives its section from the composition root (`veilleur.assembly`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from veilleur.accounts.settings import AccountSettings
from veilleur.chat.attachments.settings import AttachmentSettings
from veilleur.errors import ConfigError
from veilleur.model_registry import ModelRegistry
from veilleur.retrieval.settings import RetrievalSettings
from veilleur.safety.settings import SafetySettings
from veilleur.sandbox.settings import SandboxSettings
from veilleur.tasks.settings import TextSettings

__all__ = ["ModelEntry", "Settings", "default_cache_dir", "default_data_dir", "load_settings"]

_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def default_data_dir() -> Path:
    """Where conversations live when `VEILLEUR_DATA_DIR` is not set (XDG data home)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "veilleur"


def default_cache_dir() -> Path:
    """Where the default model is materialised (XDG cache home)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "veilleur" / "models"


class ModelEntry(BaseModel):
    """One model of the `models` list: a GGUF file (`path`) or an upstream server
    (`upstream_url`), served under the public id `id`."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=200, pattern=r"^[^\s/][^\s]*$",
                    description="Public id, the `model` field of requests.")
    path: Path | None = Field(None, description="GGUF file, or the id of a pulled model.")
    upstream_url: str | None = Field(None, description="OpenAI-compatible server's base URL.")
    upstream_model: str | None = Field(None, description="The model's id on the upstream.")
    api_key_env: str | None = Field(None, description="Environment variable holding the "
                                    "upstream's API key.")
    n_ctx: int | None = Field(None, ge=256, le=262144, description="Context window; "
                              "default `n_ctx`.")
    default: bool = Field(False, description="Served when a request names no known model.")

    @model_validator(mode="after")
    def _one_source(self) -> ModelEntry:
        if (self.path is None) == (self.upstream_url is None):
            raise ValueError(f"model {self.id!r} needs exactly one of path and upstream_url")
        return self

    @property
    def embedded(self) -> bool:
        return self.path is not None

    def api_key(self) -> str | None:
        """The upstream's API key, read from the variable `api_key_env` names."""
        return os.environ.get(self.api_key_env) if self.api_key_env else None


class Settings(BaseSettings):
    """Every knob of a Veilleur process. Field descriptions are the documentation."""

    model_config = SettingsConfigDict(
        env_prefix="VEILLEUR_",
        # VEILLEUR_SAFETY_JUDGE_URL is `judge_url` of the `safety` section.
        env_nested_delimiter="_",
        env_nested_max_split=1,
        extra="forbid",
        validate_default=True,
    )

    # --- server -------------------------------------------------------------------------
    host: str = Field("127.0.0.1", description="Address the HTTP server binds to.")
    port: int = Field(8000, ge=1, le=65535, description="TCP port of the HTTP server.")
    api_key: SecretStr | None = Field(
        None,
        description="When set, `/v1/*` and `/api/*` require `Authorization: Bearer <key>`.",
    )
    max_body_bytes: int = Field(
        2 * 1024 * 1024,
        ge=1024,
        le=512 * 1024 * 1024,
        description="Largest accepted request body in bytes; larger bodies get HTTP 413.",
    )
    log_level: Literal["debug", "info", "warning", "error"] = Field(
        "info", description="Log level of the server and of the CLI."
    )
    log_format: Literal["auto", "text", "json"] = Field(
        "auto",
        description="Format of the server's log on stderr: `json` (one object per line, "
        "with the request id; for a log collector), `text` (for a person), `auto` (text on "
        "a terminal, JSON otherwise).",
    )
    allowed_hosts: list[str] = Field(
        default_factory=list,
        description=(
            "Names the server answers to in the `Host` header, besides `localhost`, "
            "`127.0.0.1`, `[::1]` and `host` (a request for any other name gets 403: "
            "protection against DNS rebinding). `*` accepts every name. Give the names "
            "people use to reach a server bound to 0.0.0.0, e.g. `[\"chat.example.org\"]`."
        ),
    )
    allow_public_without_key: bool = Field(
        False,
        description=(
            "Start on a non-loopback address (e.g. 0.0.0.0) with neither users in the "
            "database nor `api_key`. Off by default: such a server would serve every "
            "conversation to anyone who reaches the port, so it refuses to start."
        ),
    )
    docs_ui: bool = Field(
        False,
        description=(
            "Serve the interactive API docs at `/docs` and `/redoc` (Swagger UI and ReDoc, "
            "which load their scripts from a third-party CDN). Off by default; "
            "`/openapi.json` is always served, behind `api_key` when one is set."
        ),
    )
    metrics: bool = Field(
        True,
        description=(
            "Record Prometheus metrics and serve them at `/metrics`. `false`: no request, "
            "token or safety metrics are recorded (the HTTP middleware is not installed) "
            "and `/metrics` answers 404."
        ),
    )
    max_request_seconds: float = Field(
        600.0,
        gt=0,
        le=86400,
        description=(
            "Most seconds one request may spend generating (all its model calls "
            "together). A chat answer that runs out of time ends with `finish_reason: "
            "length`; a task ends with error `request_timeout` (HTTP 504)."
        ),
    )
    max_tokens_limit: int = Field(
        4096,
        ge=1,
        le=1_000_000,
        description=(
            "Most tokens one generation may produce, whatever `max_tokens` a request "
            "asks (a larger request is served up to this many, ending with "
            "`finish_reason: length`)."
        ),
    )

    # --- storage ------------------------------------------------------------------------
    data_dir: Path = Field(
        default_factory=default_data_dir,
        description="Directory for the SQLite database and other state.",
    )
    database_url: str | None = Field(
        None,
        description=(
            "SQLAlchemy URL of the conversation store; defaults to "
            "`sqlite:///<data_dir>/veilleur.db` (WAL mode)."
        ),
    )
    reply_lease_seconds: float = Field(
        30.0,
        ge=1,
        le=3600,
        description=(
            "Lease of a reply being written: the process streaming it renews the lease "
            "while it streams; when a process dies, another process sharing the database "
            "marks its replies `interrupted` once their lease is this many seconds old."
        ),
    )

    # --- engine -------------------------------------------------------------------------
    backend: Literal["llamacpp", "openai"] = Field(
        "llamacpp",
        description=(
            "`llamacpp`: embedded llama.cpp on a GGUF file. `openai`: any "
            "OpenAI-compatible server (vLLM, SGLang, llama-server) at `upstream_url`, "
            "or several at `upstream_urls`."
        ),
    )
    model: Path | None = Field(
        None,
        description=(
            "Path of a GGUF file for the embedded backend, or the id of a model pulled with "
            "`veilleur pull` (see `veilleur models`); empty means the default model "
            "(Gemma 3 270M Q4_K_M, materialised from PyPI into `model_cache_dir`)."
        ),
    )
    model_name: str | None = Field(
        None,
        description=(
            "Model id shown by `/v1/models` and accepted in requests; defaults to the GGUF "
            "file name without extension (or the upstream's first model)."
        ),
    )
    model_cache_dir: Path = Field(
        default_factory=default_cache_dir,
        description=(
            "Directory where the default model is written and checksum-verified, and where "
            "`veilleur pull` puts models and their registry (`registry.json`)."
        ),
    )
    chat_format: Literal["auto", "template", "frame"] = Field(
        "auto",
        description=(
            "How chat messages become a prompt: `template` uses the GGUF's chat template, "
            "`frame` the built-in few-shot conversation frame for base models, `auto` the "
            "template when the GGUF has one and the frame otherwise."
        ),
    )
    scheduler: Literal["serial", "batched"] = Field(
        "batched",
        description=(
            "Embedded engine: `batched` decodes up to `n_slots` requests together with "
            "llama.cpp's batch API (continuous batching, chunked prefill, prefixes reused "
            "within and across slots); `serial` runs one generation at a time, in arrival "
            "order. See docs/benchmarks.md for both, measured."
        ),
    )
    n_ctx: int = Field(
        4096,
        ge=256,
        le=262144,
        description=(
            "Context window in tokens (prompt + answer) of the embedded model; with the "
            "`batched` scheduler, of each sequence."
        ),
    )
    n_slots: int = Field(
        4,
        ge=1,
        le=64,
        description=(
            "`batched` scheduler: requests decoded together. KV memory grows with "
            "n_slots × n_ctx (about 18 KB per token for the default model)."
        ),
    )
    prefill_chunk: int = Field(
        16,
        ge=1,
        le=8192,
        description=(
            "`batched` scheduler: prompt tokens evaluated per step, in chunks aligned on "
            "multiples of this value, so that a long prompt does not stall the running "
            "streams (at most `n_batch`). Smaller: smoother streams while a long prompt "
            "arrives; larger: that prompt's first token sooner (16 vs 32 on a 2-core "
            "laptop: worst gap 2.7x vs 3.3x the median, a 1,500-token prompt alone 2.3 s "
            "vs 2.0 s; `python -m bench.probe interference|long-ttft`)."
        ),
    )
    prefill_seqs: int = Field(
        16,
        ge=1,
        le=256,
        description=(
            "`batched` scheduler: prompts advanced in one step, each by its next aligned "
            "chunk, within `n_batch` tokens in all, so that prompts arriving together "
            "share one pass over the weights; 1 prefills one prompt per step."
        ),
    )
    n_threads: int | None = Field(
        None,
        ge=1,
        le=512,
        description="CPU threads for llama.cpp; empty means the number of usable cores.",
    )
    n_batch: int = Field(
        512, ge=8, le=8192,
        description=("Prompt tokens evaluated per llama.cpp batch; with the `batched` "
                     "scheduler, per step, all prompts together."),
    )
    max_queue: int = Field(
        16,
        ge=1,
        le=10000,
        description=(
            "Requests allowed to wait for the engine; beyond that the API answers 503 "
            "with `Retry-After`."
        ),
    )
    fair_scheduling: bool = Field(
        True,
        description=(
            "`batched` scheduler: share the slots fairly across users (a free slot goes to "
            "the user holding the fewest, each user's requests in their order), so that "
            "one user's burst does not delay another's request; false: first come, first "
            "served (`python -m bench.fairness` measures both)."
        ),
    )
    models: list[ModelEntry] = Field(
        default_factory=list,
        description=(
            "Several models served by one server (TOML `[[models]]`, env a JSON list): each "
            "`{id, path | upstream_url (+ upstream_model, api_key_env), n_ctx?, default?}`; "
            "empty: the one model of `model`/`backend`. See docs/models.md."
        ),
    )
    model_memory_budget_mb: int = Field(
        4096,
        ge=1,
        le=16 * 1024 * 1024,
        description=(
            "Memory the embedded models of `models` may take together (each counted by its "
            "GGUF file size); loading one more unloads the least recently used idle one."
        ),
    )
    upstream_url: str | None = Field(
        None,
        description="Base URL of the OpenAI-compatible server (e.g. `http://gpu:8000/v1`).",
    )
    upstream_urls: list[str] = Field(
        default_factory=list,
        description=(
            "Base URLs of several OpenAI-compatible servers serving the same model (a JSON "
            "list, e.g. `[\"http://gpu1:8000/v1\", \"http://gpu2:8000/v1\"]`; after "
            "`upstream_url` when both are set): each request goes to the least busy one that "
            "is up; one that fails is taken out and probed again after a back-off."
        ),
    )
    upstream_health_interval_s: float = Field(
        5.0, gt=0, le=3600,
        description="Seconds between two health probes (`GET /models`) of each upstream.",
    )
    upstream_health_timeout_s: float = Field(
        2.0, gt=0, le=600,
        description="Seconds a health probe waits for an upstream's answer before taking "
        "it out.",
    )
    upstream_backoff_max_s: float = Field(
        30.0, ge=0.5, le=3600,
        description="Longest back-off of an upstream taken out (the back-off starts at "
        "0.5 s, doubles at each failure in a row, jittered, up to this).",
    )
    upstream_api_key: SecretStr | None = Field(
        None, description="API key sent to the upstream server, if it needs one."
    )
    upstream_timeout_s: float = Field(
        600.0, gt=0, le=3600,
        description="Timeout in seconds of one upstream request (waiting for its answer to "
        "begin, or for its next piece); one that times out before its first piece is "
        "retried on another upstream.",
    )

    # --- conversation defaults ----------------------------------------------------------
    system_prompt: str = Field(
        "You are Veilleur, a helpful, honest and careful assistant. Answer briefly, "
        "in the language of the user.",
        max_length=20000,
        description="System prompt of new conversations and of API calls that send none.",
    )
    default_max_tokens: int = Field(
        512,
        ge=1,
        le=131072,
        description="Answer length limit when a request does not set `max_tokens`.",
    )

    # --- sections -----------------------------------------------------------------------
    safety: SafetySettings = Field(
        default_factory=SafetySettings,
        description="The safety pipeline (`VEILLEUR_SAFETY_*`, TOML `[safety]`).",
    )
    sandbox: SandboxSettings = Field(
        default_factory=SandboxSettings,
        description="The code sandbox (`VEILLEUR_SANDBOX_*`, TOML `[sandbox]`).",
    )
    text: TextSettings = Field(
        default_factory=TextSettings,
        description="The text tasks (`VEILLEUR_TEXT_*`, TOML `[text]`).",
    )
    accounts: AccountSettings = Field(
        default_factory=AccountSettings,
        description="Accounts, sessions, single sign-on and quotas (`VEILLEUR_ACCOUNTS_*`, "
        "TOML `[accounts]`).",
    )
    attachments: AttachmentSettings = Field(
        default_factory=AttachmentSettings,
        description="Files attached to conversations (`VEILLEUR_ATTACHMENTS_*`, TOML "
        "`[attachments]`).",
    )
    retrieval: RetrievalSettings = Field(
        default_factory=RetrievalSettings,
        description="Retrieval over a conversation's attachments, with citations "
        "(`VEILLEUR_RETRIEVAL_*`, TOML `[retrieval]`).",
    )

    @property
    def listens_publicly(self) -> bool:
        """Whether `host` is reachable from other machines (not a loopback address).

        Such a server refuses to start without users or an `api_key` (unless
        `allow_public_without_key`): checked where the store is opened
        (`veilleur.assembly`), since the users live in the database.
        """
        return self.host not in _LOOPBACK and not self.host.startswith("127.")

    @property
    def host_names(self) -> frozenset[str] | None:
        """Accepted `Host` names (without port); None accepts every name."""
        if "*" in self.allowed_hosts:
            return None
        names = {*_LOOPBACK, "[::1]", self.host, *self.allowed_hosts}
        return frozenset(name.lower() for name in names)

    @field_validator("model")
    @classmethod
    def _model_path(cls, value: Path | None) -> Path | None:
        if value is None or str(value) == "":
            return None
        return value.expanduser()

    @model_validator(mode="after")
    def _model_exists(self) -> Settings:
        """`model` is a file, or the id of a model `veilleur pull` registered in
        `model_cache_dir` (then replaced by that model's file)."""
        if self.model is None or self.model.is_file():
            return self
        pulled = ModelRegistry(self.model_cache_dir).resolve(str(self.model))
        if pulled is None:
            raise ValueError(
                f"model file {str(self.model)!r} does not exist, nor is it the id of a pulled "
                "model (see `veilleur models`); give the path of a .gguf file, a pulled "
                "model's id, or leave VEILLEUR_MODEL empty for the default model"
            )
        self.model = pulled
        return self

    @model_validator(mode="after")
    def _models_exist(self) -> Settings:
        """Each `models` entry's `path` is a file or a pulled model's id; ids are unique;
        at most one is the default."""
        ids = [entry.id for entry in self.models]
        if len(set(ids)) != len(ids):
            raise ValueError(f"models: ids must be unique, got {ids}")
        if sum(entry.default for entry in self.models) > 1:
            raise ValueError("models: at most one entry may have default = true")
        registry = ModelRegistry(self.model_cache_dir)
        for entry in self.models:
            if entry.path is None or entry.path.expanduser().is_file():
                continue
            pulled = registry.resolve(str(entry.path))
            if pulled is None:
                raise ValueError(f"models: {entry.id!r}: {str(entry.path)!r} is neither a "
                                 "file nor the id of a pulled model (see `veilleur models`)")
            entry.path = pulled
        return self

    @field_validator("data_dir", "model_cache_dir")
    @classmethod
    def _expand(cls, value: Path) -> Path:
        return value.expanduser()

    @property
    def resolved_database_url(self) -> str:
        """The store URL, with the SQLite default filled in."""
        return self.database_url or f"sqlite:///{self.data_dir / 'veilleur.db'}"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        config_file = os.environ.get("VEILLEUR_CONFIG")
        if config_file:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=Path(config_file)))
        return tuple(sources)


# Environment variables that are not fields but are read by the program.
EXTRA_ENVIRONMENT = {
    "VEILLEUR_CONFIG": "Path of a TOML file with settings (same names as the fields, lower case).",
}


def load_settings(config_file: Path | None = None, **overrides: Any) -> Settings:
    """Read settings; `overrides` (CLI flags) win over the environment and the file.

    Raises:
        veilleur.errors.ConfigError: a value is invalid or the TOML file is unreadable.
    """
    if config_file is not None:
        if not config_file.is_file():
            raise ConfigError(f"config file {str(config_file)!r} does not exist")
        os.environ["VEILLEUR_CONFIG"] = str(config_file)
    clean = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**clean)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'settings'}: {err['msg']}"
            for err in exc.errors()
        )
        raise ConfigError(f"invalid settings: {problems}") from exc
    except (OSError, ValueError) as exc:  # an unreadable or malformed TOML file
        raise ConfigError(f"cannot read settings: {exc}") from exc
