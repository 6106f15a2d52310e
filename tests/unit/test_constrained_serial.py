"""The serial embedded backend honours structured output and tools too (the session's
model, loaded once): the batched one is tested through the live server."""

from __future__ import annotations

import asyncio
import json

import jsonschema

from veilleur.types import (
    ChatMessage,
    Finished,
    GenerationRequest,
    ResponseFormat,
    SamplingParams,
    TextDelta,
    ToolCallDelta,
    ToolSpec,
)

SCHEMA = {"type": "object", "properties": {
    "answer": {"type": "integer", "minimum": 1, "maximum": 10},
    "why": {"type": "string", "maxLength": 30}},
    "required": ["answer", "why"], "additionalProperties": False}


def _run(backend, request: GenerationRequest) -> list[object]:
    async def collect() -> list[object]:
        return [event async for event in backend.generate(request)]

    return asyncio.run(collect())


def test_a_schema_constrains_the_serial_backend(backend) -> None:
    events = _run(backend, GenerationRequest(
        sampling=SamplingParams(temperature=1.0, seed=4, max_tokens=200),
        messages=(ChatMessage("user", "Rate pizza from 1 to 10, as JSON."),),
        response_format=ResponseFormat("json_schema", SCHEMA)))
    finished = events[-1]
    assert isinstance(finished, Finished) and finished.reason == "stop", events
    text = "".join(e.text for e in events if isinstance(e, TextDelta))
    jsonschema.validate(json.loads(text), SCHEMA)


def test_a_required_call_from_the_serial_backend(backend) -> None:
    tool = ToolSpec("lookup", "Look a word up.", {
        "type": "object", "properties": {"word": {"type": "string", "maxLength": 20}},
        "required": ["word"], "additionalProperties": False})
    events = _run(backend, GenerationRequest(
        sampling=SamplingParams(temperature=0.0, max_tokens=80),
        messages=(ChatMessage("user", "What does 'ubiquitous' mean?"),),
        tools=(tool,), tool_choice="required", parallel_tool_calls=False))
    calls = [e for e in events if isinstance(e, ToolCallDelta)]
    assert calls[0].name == "lookup" and calls[0].id
    arguments = json.loads("".join(c.arguments for c in calls))
    jsonschema.validate(arguments, tool.parameters)
    assert isinstance(events[-1], Finished) and events[-1].reason == "tool_calls"
