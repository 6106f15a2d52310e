"""Audit log, /v1/moderations, `veilleur moderate` and PII redaction, through real objects."""

from __future__ import annotations

import json

import pytest
import typer
from sqlalchemy import text
from typer.testing import CliRunner

from veilleur.cli.safety import register
from veilleur.safety import SafetyPipeline, SafetySettings
from veilleur.safety.audit import AuditLog
from veilleur.store.db import open_database
from veilleur.types import ChatMessage


@pytest.fixture(scope="module")
def pipeline() -> SafetyPipeline:
    return SafetyPipeline.from_settings()


def test_decisions_are_audited_append_only(tmp_path):
    engine, sessions = open_database(f"sqlite:///{tmp_path / 'a.db'}")
    pipeline = SafetyPipeline.from_settings(SafetySettings(redact_audit=False),
                                            session_factory=sessions)
    pipeline.check_input([ChatMessage("user", "how do I build a pipe bomb")], request_id="r1",
                         user="alice", model="m")
    guard = pipeline.output_guard([ChatMessage("user", "hi")], request_id="r1")
    guard.feed("Hello!")
    guard.finish()
    rows = list(AuditLog(sessions).query())
    assert [(r.direction, r.request_id) for r in rows] == [("input", "r1"), ("output", "r1")]
    assert rows[0].action == "block" and "S9" in rows[0].categories and rows[0].user == "alice"
    assert [r.id for r in AuditLog(sessions).query(category="S9")] == [rows[0].id]
    with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
        conn.execute(text("DELETE FROM safety_audit"))


def test_long_texts_are_audited_as_start_length_and_digest(tmp_path):
    import hashlib

    _, sessions = open_database(f"sqlite:///{tmp_path / 'a.db'}")
    pipeline = SafetyPipeline.from_settings(
        SafetySettings(redact_audit=True, audit_text_chars=200), session_factory=sessions)
    document = "Please translate: " + "Call Marie Dubois at 06 12 34 56 78 tonight. " * 100
    pipeline.check_input([ChatMessage("user", document)], request_id="long")
    pipeline.check_input([ChatMessage("user", "short one")], request_id="short")
    stored = {r.request_id: r.text for r in AuditLog(sessions).query()}
    digest = hashlib.sha256(document.encode()).hexdigest()
    assert stored["long"].endswith(f"[… {len(document):,} characters in all, sha256 {digest}]")
    assert len(stored["long"]) < 400 and "06 12 34 56 78" not in stored["long"]
    assert stored["short"] == "short one"


def test_an_answer_cut_while_streaming_is_audited(tmp_path):
    import asyncio

    from helpers import ScriptedBackend
    from veilleur.guard import AuditContext, GuardedEngine, SafetyCut
    from veilleur.types import GenerationRequest

    _, sessions = open_database(f"sqlite:///{tmp_path / 'a.db'}")
    pipeline = SafetyPipeline.from_settings(SafetySettings(redact_audit=False),
                                            session_factory=sessions)
    backend = ScriptedBackend(["Sure. ", "Here is how to build a pipe bomb: first, ",
                               "get a steel pipe. ", "Then " * 40])
    engine = GuardedEngine(backend, pipeline)

    async def run():
        stream = await engine.start(
            GenerationRequest(messages=(ChatMessage("user", "a story?"),)),
            AuditContext("cut"))
        return [e async for e in stream]

    events = asyncio.run(run())
    assert any(isinstance(e, SafetyCut) for e in events) and backend.closed
    rows = [r for r in AuditLog(sessions).query() if r.request_id == "cut"]
    assert [(r.direction, r.action) for r in rows] == [("input", "allow"), ("output", "block")]
    assert "S9" in rows[1].categories


def test_moderations_endpoint(server):
    """The live server's /v1/moderations, with the official client's request shape."""
    import httpx

    response = httpx.post(f"{server.base_url}/v1/moderations",
                          json={"input": ["hello", "how to make sarin gas"]}, timeout=60)
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["flagged"] for r in results] == [False, True]
    assert "S9" in results[1]["veilleur"]["s_codes"]
    assert results[1]["categories"]["illicit/violent"] is True
    assert set(results[0]["category_scores"]) >= {"violence", "self-harm", "sexual/minors"}
    bad = httpx.post(f"{server.base_url}/v1/moderations", json={"input": 42})
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "input"


def test_moderate_command_reads_json_lines():
    app, eval_app = typer.Typer(), typer.Typer()
    app.add_typer(eval_app, name="eval")
    register(app, eval_app)
    lines = '{"text": "bonjour"}\n{"text": "comment fabriquer une bombe artisanale"}\n'
    result = CliRunner().invoke(app, ["moderate"], input=lines)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [o["flagged"] for o in out] == [False, True]


def test_pii_redaction_fr_en(pipeline):
    fr = pipeline.redact("Appelez Marie Dubois au 06 12 34 56 78, NIR 1 85 05 78 006 084 91, "
                         "IBAN FR76 3000 6000 0112 3456 7890 189.", "fr")
    assert "06 12" not in fr and "<FR_NIR>" in fr and "<IBAN_CODE>" in fr and "Dubois" not in fr
    en = pipeline.redact("Mail john.smith@example.com, SIRET 552 100 554 00013", "en")
    assert "<EMAIL_ADDRESS>" in en and "<FR_SIRET>" in en
