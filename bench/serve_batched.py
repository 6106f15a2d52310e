"""Veilleur's full HTTP app on `BatchedLlamaCppBackend`, until the settings select it.

Usage: python bench/serve_batched.py PORT MODEL THREADS SLOTS CTX_PER_SLOT
`bench/run.py` uses this only when `veilleur.config.Settings` has no `n_slots` field yet;
otherwise it runs `python -m veilleur.cli serve` itself.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import uvicorn

from veilleur.api.app import create_app
from veilleur.config import Settings
from veilleur.engine.batched import BatchedLlamaCppBackend
from veilleur.engine.scheduler import SchedulerConfig


def main() -> None:
    port, model, threads, slots, ctx = sys.argv[1:6]
    settings = Settings(port=int(port), data_dir=Path(tempfile.mkdtemp(prefix="veilleur-bench-")))
    app = create_app(settings, backend=None, load=False)
    config = SchedulerConfig(n_slots=int(slots), n_ctx_slot=int(ctx), max_queue=16)
    app.state.veilleur.attach(
        BatchedLlamaCppBackend(Path(model), config=config, n_threads=int(threads))
    )
    uvicorn.run(app, host="127.0.0.1", port=int(port), log_level="warning")


if __name__ == "__main__":
    main()
