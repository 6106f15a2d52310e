"""Commands `veilleur moderate`, `veilleur audit` and `veilleur eval safety`.

They run on this machine, not through a server: `moderate` and `eval safety` load the
safety pipeline here, `audit` reads the audit log of the configured store.

`veilleur.safety`, `veilleur.safety.audit` and `veilleur.evals.safety` are imported inside
the commands: the pipeline loads scikit-learn, spaCy and the language detector (over a
second), which every other command would pay for at start, since all command groups are
registered when `veilleur` starts.
"""

from __future__ import annotations

import csv
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from veilleur.config import load_settings

__all__ = ["audit", "eval_safety", "moderate", "register"]


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add the safety commands to the main app and to its `eval` group."""
    app.command("moderate")(moderate)
    app.command("audit")(audit)
    eval_app.command("safety")(eval_safety)


def moderate(
    text: Annotated[list[str] | None, typer.Argument(
        help="Texts to classify. None: read JSON lines {\"text\": ...} from stdin.")] = None,
) -> None:
    """Classify texts; print one JSON result per line (OpenAI fields, `flagged` included)."""
    from veilleur.safety import SafetyPipeline  # heavy: see the module's docstring
    from veilleur.safety.moderation import moderation_result

    texts = list(text or [])
    if not texts:
        for number, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                texts.append(str(item["text"]))
            except (ValueError, KeyError, TypeError) as exc:
                typer.echo(f"line {number}: expected {{\"text\": \"...\"}}, got {line.strip()!r}"
                           f" ({exc})", err=True)
                raise typer.Exit(2) from exc
    pipeline = SafetyPipeline.from_settings(load_settings().safety)
    for decision in pipeline.moderate(texts):
        typer.echo(json.dumps(moderation_result(decision), ensure_ascii=False))


def _date(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from exc


def audit(
    user: Annotated[
        str | None, typer.Option(help="Only the rows of this user (id or username).")
    ] = None,
    category: Annotated[
        str | None, typer.Option(help="Only this code (S1…S14, jailbreak).")
    ] = None,
    action: Annotated[str | None, typer.Option(help="allow, log, warn or block.")] = None,
    direction: Annotated[str | None, typer.Option(help="input or output.")] = None,
    since: Annotated[str | None, typer.Option(help="From this ISO date or time.")] = None,
    until: Annotated[str | None, typer.Option(help="Before this ISO date or time.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many rows.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
) -> None:
    """List, filter and export the safety audit log (every user's rows, or one user's)."""
    # heavy (the safety package, SQLAlchemy): see the module's docstring
    from sqlalchemy import or_, select

    from veilleur.accounts.models import User
    from veilleur.safety.audit import AuditLog
    from veilleur.store.db import open_database

    if fmt not in ("table", "jsonl", "csv"):
        raise typer.BadParameter(f"--format {fmt!r}: choose table, jsonl or csv")
    _, sessions = open_database(load_settings().resolved_database_url)
    with sessions() as session:
        names: dict[str | None, str] = dict(session.execute(select(User.id, User.username)).all())
        owner_id = None
        if user is not None:
            owner_id = session.scalar(select(User.id).where(
                or_(User.id == user, User.username == user.strip().lower())))
            if owner_id is None:
                raise typer.BadParameter(f"--user {user!r}: no user has this id or username "
                                         "(veilleur users list)")
    rows = ({**r.to_dict(), "username": names.get(r.owner_id)}
            for r in AuditLog(sessions).query(
                owner_id=owner_id, category=category, action=action, direction=direction,
                since=_date(since), until=_date(until), limit=limit))
    if fmt == "jsonl":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        fields = ["id", "created_at", "request_id", "owner_id", "username", "user",
                  "direction", "action", "categories", "policy_version", "model", "language",
                  "explanation", "judge", "text", "scores"]
        writer = csv.DictWriter(sys.stdout, fieldnames=fields)
        writer.writeheader()
        for row in rows:
            row["categories"] = " ".join(row["categories"])
            row["scores"] = json.dumps(row["scores"])
            writer.writerow(row)
    else:
        table = Table("id", "time", "owner", "dir", "action", "categories", "user", "request")
        for row in rows:
            table.add_row(str(row["id"]), row["created_at"] or "", row["username"] or "",
                          row["direction"], row["action"], " ".join(row["categories"]),
                          row["user"] or "", row["request_id"])
        Console().print(table)


def eval_safety(
    docs: Annotated[Path, typer.Option(help="Directory for the report and its images.")] = Path(
        "docs"),
    split: Annotated[str, typer.Option(help="Split of data/safety to evaluate.")] = "test",
    pii: Annotated[bool, typer.Option(help="Also measure PII recognition (loads spaCy).")] = True,
    update_baseline: Annotated[bool, typer.Option(
        help="Also write data/safety/baseline.json (the CI gate's reference).")] = False,
    suggest_thresholds: Annotated[bool, typer.Option(
        help="Only print per-language thresholds for the policy, chosen on the dev split "
             "of every source (at most 5% false positives on benign and on borderline-benign "
             "requests, 2% on benign documents and answers; the product's own eval inputs "
             "never flagged).")] = False,
    held_out: Annotated[bool, typer.Option(
        help="Also run the held-out-source protocol (leave one source family out, the "
             "contrast set, the paraphrase check).")] = True,
    families: Annotated[str, typer.Option(
        help="Source families to hold out in turn: `report` (the public sets and new "
             "sources), `gate` (the CI gate's three), `all`, or a comma-separated list (about 3 "
             "minutes per family on 2 busy cores: each fold fits the whole ensemble).")]
        = "report",
) -> None:
    """Write the safety report card (markdown, JSON, PR curves)."""
    # heavy (the safety pipeline, matplotlib): see the module's docstring
    from veilleur.evals.safety import (
        GATE_FAMILIES,
        REPORT_FAMILIES,
        choose_thresholds,
        evaluate,
        evaluate_pii,
        evaluate_protocol,
        load_split,
        write_baseline,
        write_report,
    )
    from veilleur.safety import SafetyPipeline

    if suggest_thresholds:
        chosen = choose_thresholds(SafetyPipeline.from_settings())
        for language, threshold in chosen.pop("request").items():
            typer.echo(f"[languages.{language}]\ndefault = {threshold}")
        for form, per_language in chosen.items():
            typer.echo(f"[forms.{form}]")
            for language, threshold in per_language.items():
                typer.echo(f"{language} = {threshold}")
        return
    pipeline = SafetyPipeline.from_settings()
    report = evaluate(pipeline, load_split(split), long_rows=load_split(f"long_{split}"))
    if held_out:
        chosen_families = {"all": None, "gate": GATE_FAMILIES,
                           "report": REPORT_FAMILIES}.get(families)
        if families not in ("all", "gate", "report"):
            chosen_families = tuple(f.strip() for f in families.split(",") if f.strip())
        report["protocol"] = evaluate_protocol(
            pipeline, families=chosen_families,
            log=lambda message: typer.echo(message, err=True))
    if pii:
        report["pii"] = evaluate_pii()
    for path in write_report(report, docs):
        typer.echo(f"wrote {path}")
    if update_baseline:
        typer.echo(f"wrote {write_baseline(report)}")
