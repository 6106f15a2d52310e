"""`VEILLEUR_METRICS=false`: nothing is recorded and `/metrics` answers 404.

A real app (real routes, middleware, safety pipeline and guarded engine) over a scripted
backend, as tests/integration/test_metrics.py; after real traffic, the app's registry is
read directly (it still exists, nothing records into it).
"""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from helpers import ScriptedBackend
from veilleur.api.metrics import MetricsMiddleware
from veilleur.assembly import build_app
from veilleur.config import Settings

ANSWER = ["Chemistry ", "grew out ", "of alchemy."]
BENIGN = "Tell me about the history of chemistry in a few sentences."


def _recorded(text: str) -> dict[str, float]:
    """Every sample of an exposition by name, only those with a value (counters and
    histogram counts that moved)."""
    return {sample.name: sample.value for family in text_string_to_metric_families(text)
            for sample in family.samples
            if sample.value and not sample.name.endswith(("_created", "_bucket"))}


def test_metrics_off_records_nothing_and_hides_the_route(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, metrics=False)
    app = build_app(settings, backend=ScriptedBackend(ANSWER), preload=True)
    assert not any(m.cls is MetricsMiddleware for m in app.user_middleware)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        for stream in (False, True):
            answer = client.post("/v1/chat/completions", json={
                "model": "scripted", "stream": stream,
                "messages": [{"role": "user", "content": BENIGN}]})
            assert answer.status_code == 200, answer.text
        response = client.get("/metrics")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "not_found"
        registry = app.state.veilleur.metrics.render().decode()
    recorded = _recorded(registry)
    moved = {name for name in recorded if name.startswith((
        "veilleur_http_", "veilleur_time_to_first_token", "veilleur_inter_token",
        "veilleur_generated_tokens", "veilleur_prompt_tokens", "veilleur_generations",
        "veilleur_safety_"))}
    assert not moved, recorded


def test_metrics_on_by_default(tmp_path: Path) -> None:
    app = build_app(Settings(data_dir=tmp_path), backend=ScriptedBackend(ANSWER),
                    preload=True)
    assert any(m.cls is MetricsMiddleware for m in app.user_middleware)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        client.post("/v1/chat/completions", json={
            "model": "scripted", "messages": [{"role": "user", "content": BENIGN}]})
        response = client.get("/metrics")
    assert response.status_code == 200
    assert _recorded(response.text).get("veilleur_time_to_first_token_seconds_count") == 1
