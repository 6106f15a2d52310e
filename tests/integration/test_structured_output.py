"""Structured output (`response_format`) on a live server with the default model.

The model is tiny: what is tested is the shape. Every answer that ends on its own
(`finish_reason: stop`) parses and validates against its schema, sampled at a high
temperature so that the grammar, not the model's habits, is what keeps it valid; several
schemas run at once, each sequence of the batch with its own grammar state.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any, Literal

import jsonschema
import pytest
from openai import AsyncOpenAI, OpenAI
from pydantic import BaseModel, Field

SCHEMAS: dict[str, dict[str, Any]] = {
    "person": {
        "type": "object",
        "properties": {
            "name": {"type": "string", "maxLength": 24},
            "age": {"type": "integer", "minimum": 0, "maximum": 130},
            "email_ok": {"type": "boolean"},
        },
        "required": ["name", "age", "email_ok"],
        "additionalProperties": False,
    },
    "nested": {
        "type": "object",
        "properties": {
            "city": {"type": "object", "properties": {
                "name": {"type": "string", "minLength": 1, "maxLength": 16},
                "location": {"type": "object", "properties": {
                    "lat": {"type": "number", "minimum": -90, "maximum": 90},
                    "lon": {"type": "number", "minimum": -180, "maximum": 180}},
                    "required": ["lat", "lon"], "additionalProperties": False}},
                "required": ["name", "location"], "additionalProperties": False},
        },
        "required": ["city"],
    },
    "array_bounds": {
        "type": "object",
        "properties": {"tags": {"type": "array", "minItems": 2, "maxItems": 4,
                                "items": {"type": "string", "maxLength": 10}}},
        "required": ["tags"], "additionalProperties": False,
    },
    "enum_and_const": {
        "type": "object",
        "properties": {"colour": {"enum": ["red", "green", "blue"]},
                       "version": {"const": 2},
                       "size": {"type": "string", "enum": ["S", "M", "L"]}},
        "required": ["colour", "version", "size"], "additionalProperties": False,
    },
    "number_bounds": {
        "type": "object",
        "properties": {"ratio": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
                       "temperature": {"type": "number", "minimum": -40.5, "maximum": 50.5},
                       "count": {"type": "integer", "minimum": 10, "exclusiveMaximum": 1000},
                       "delta": {"type": "integer", "minimum": -5, "maximum": -1}},
        "required": ["ratio", "temperature", "count", "delta"],
        "additionalProperties": False,
    },
    "optional_and_null": {
        "type": "object",
        "properties": {"title": {"type": "string", "maxLength": 20},
                       "subtitle": {"anyOf": [{"type": "string", "maxLength": 20},
                                              {"type": "null"}]},
                       "rank": {"type": ["integer", "null"]}},
        "required": ["title"], "additionalProperties": False,
    },
    "pattern_and_format": {
        "type": "object",
        "properties": {"code": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{2,4}$"},
                       "day": {"type": "string", "format": "date"},
                       "id": {"type": "string", "format": "uuid"}},
        "required": ["code", "day", "id"], "additionalProperties": False,
    },
    "array_of_objects_with_refs": {
        "$defs": {"Item": {"type": "object", "properties": {
            "sku": {"type": "string", "maxLength": 8},
            "qty": {"type": "integer", "minimum": 1, "maximum": 99}},
            "required": ["sku", "qty"], "additionalProperties": False}},
        "type": "object",
        "properties": {"items": {"type": "array", "items": {"$ref": "#/$defs/Item"},
                                 "minItems": 1, "maxItems": 3},
                       "total": {"type": "integer", "minimum": 0}},
        "required": ["items", "total"], "additionalProperties": False,
    },
    "top_level_array": {"type": "array", "items": {"type": "integer", "minimum": 0,
                                                   "maximum": 9},
                        "minItems": 1, "maxItems": 5},
}
PROMPT = "Reply with a JSON value for the schema named {name}."


def _format(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"type": "json_schema", "json_schema": {"name": name, "schema": schema,
                                                   "strict": True}}


@pytest.fixture(scope="module")
def client(server) -> OpenAI:
    return OpenAI(base_url=f"{server.base_url}/v1", api_key="unused", timeout=600)


@pytest.mark.timeout(1500)  # 18 answers of up to 300 tokens on a loaded 2-core machine
def test_every_answer_validates_against_its_schema_even_batched(server, model_id) -> None:
    """Two samples of each schema at temperature 1.2, eight in flight at a time."""
    aclient = AsyncOpenAI(base_url=f"{server.base_url}/v1", api_key="unused", timeout=900)

    slots = asyncio.Semaphore(8)  # within the server's queue

    async def one(name: str, seed: int) -> tuple[str, Any]:
        async with slots:
            reply = await aclient.chat.completions.create(
                model=model_id, max_tokens=300, temperature=1.2, seed=seed,
                messages=[{"role": "user", "content": PROMPT.format(name=name)}],
                response_format=_format(name, SCHEMAS[name]))
        return name, reply.choices[0]

    async def every() -> list[tuple[str, Any]]:
        async with aclient:
            return await asyncio.gather(*(one(name, seed) for seed in range(2)
                                          for name in SCHEMAS))

    results = asyncio.run(every())
    checker = jsonschema.FormatChecker()
    stopped = 0
    for name, choice in results:
        assert choice.finish_reason in ("stop", "length"), (name, choice)
        if choice.finish_reason == "length":
            continue  # the budget cut the JSON: documented as not valid (docs/api.md)
        stopped += 1
        value = json.loads(choice.message.content)
        jsonschema.validate(value, SCHEMAS[name], format_checker=checker)
    assert stopped >= len(results) - 2, f"only {stopped} of {len(results)} answers ended"


def test_json_object_mode_gives_an_object(client, model_id) -> None:
    reply = client.chat.completions.create(
        model=model_id, temperature=1.0, max_tokens=400, seed=3,
        response_format={"type": "json_object"},
        messages=[{"role": "user", "content": "Describe a cat in JSON."}])
    choice = reply.choices[0]
    assert choice.finish_reason == "stop", choice
    assert isinstance(json.loads(choice.message.content), dict)


def test_a_cut_answer_says_length(client, model_id) -> None:
    reply = client.chat.completions.create(
        model=model_id, temperature=0, max_tokens=4,
        response_format=_format("person", SCHEMAS["person"]),
        messages=[{"role": "user", "content": "A person, as JSON."}])
    assert reply.choices[0].finish_reason == "length"
    assert reply.choices[0].message.content.startswith("{")


class Address(BaseModel):
    street: str = Field(max_length=30)
    number: int = Field(ge=1, le=9999)


class Contact(BaseModel):
    name: str = Field(max_length=30)
    kind: Literal["friend", "work", "family"]
    addresses: list[Address] = Field(min_length=1, max_length=2)


def test_the_openai_client_parses_into_a_pydantic_model(client, model_id) -> None:
    completion = client.chat.completions.parse(
        model=model_id, temperature=0.7, seed=5, max_tokens=500, response_format=Contact,
        messages=[{"role": "user", "content": "Give me a contact as JSON."}])
    parsed = completion.choices[0].message.parsed
    assert isinstance(parsed, Contact), completion
    assert 1 <= len(parsed.addresses) <= 2


@pytest.mark.parametrize(("schema", "param"), [
    ({"type": "object", "properties": {"n": {"type": "integer", "multipleOf": 3}}},
     "response_format.json_schema.schema.properties.n.multipleOf"),
    ({"type": "array", "items": {"type": "string"}, "uniqueItems": True},
     "response_format.json_schema.schema.uniqueItems"),
    ({"type": "object", "patternProperties": {"^x": {"type": "string"}}},
     "response_format.json_schema.schema.patternProperties"),
    ({"type": "object", "properties": {"e": {"type": "string", "format": "email"}}},
     "response_format.json_schema.schema.properties.e.format"),
    ({"not": {"type": "string"}}, "response_format.json_schema.schema.not"),
])
def test_a_schema_feature_the_grammar_cannot_enforce_is_refused(server, model_id, schema,
                                                                param) -> None:
    import httpx

    response = httpx.post(f"{server.base_url}/v1/chat/completions", timeout=120, json={
        "model": model_id, "messages": [{"role": "user", "content": "hi"}],
        "response_format": _format("s", schema)})
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert (error["code"], error["param"]) == ("unsupported_parameter", param)


def test_a_completion_takes_a_response_format_too(client, model_id) -> None:
    reply = client.completions.create(
        model=model_id, prompt="The colours of the French flag, as JSON:", temperature=0.8,
        seed=2, max_tokens=200,
        extra_body={"response_format": _format("flag", SCHEMAS["enum_and_const"])})
    choice = reply.choices[0]
    assert choice.finish_reason == "stop", choice
    jsonschema.validate(json.loads(choice.text), SCHEMAS["enum_and_const"])
