"""The JSON schema → grammar conversion: bounds as digit ranges, refusals by path, and the
reading of streamed tool calls (no model needed)."""

from __future__ import annotations

import itertools
import json
import re

import pytest

from veilleur.engine.json_schema import (
    _integer_rule,
    _number_rule,
    schema_grammar,
    tool_call_grammar,
)
from veilleur.engine.tool_calls import ToolCallReader, render_call
from veilleur.errors import UnsupportedParameterError
from veilleur.types import TextDelta, ToolCall, ToolCallDelta


def _regex(gbnf: str) -> re.Pattern[str]:
    """The digit-range rules use only literals, classes, groups and counted repeats."""
    text = re.sub(r'"([^"]*)"', lambda m: re.escape(m.group(1)), gbnf)
    return re.compile(text.replace(" ", ""))


@pytest.mark.parametrize(("lo", "hi"), [
    (0, 0), (0, 9), (18, 120), (-5, -1), (-40, 50), (7, 7), (10, 999), (None, 12),
    (-3, None), (99, None), (None, -20), (123, 4567),
])
def test_integer_ranges_are_exact(lo, hi) -> None:
    pattern = _regex(_integer_rule(lo, hi))
    low, high = (lo if lo is not None else -300), (hi if hi is not None else 5000)
    for n in range(low - 60, high + 60):
        inside = (lo is None or n >= lo) and (hi is None or n <= hi)
        assert bool(pattern.fullmatch(str(n))) == inside, (lo, hi, n)
    assert not pattern.fullmatch("01") and not pattern.fullmatch("-0")


@pytest.mark.parametrize(("lo", "hi"), [(0, 1), (-2, 3), (-40, 50), (1, None), (None, 0)])
def test_numbers_written_are_inside_their_bounds(lo, hi) -> None:
    pattern = _regex(_number_rule(lo, hi))
    candidates = [f"{sign}{i}{frac}" for sign, i, frac in itertools.product(
        ("", "-"), range(0, 60), ("", ".0", ".5", ".999"))]
    allowed = [c for c in candidates if pattern.fullmatch(c)]
    assert allowed
    for text in allowed:
        value = float(text)
        assert (lo is None or value >= lo) and (hi is None or value <= hi), (lo, hi, text)


@pytest.mark.parametrize(("schema", "path"), [
    ({"type": "integer", "multipleOf": 2}, "p.multipleOf"),
    ({"type": "object", "properties": {"a": {"type": "string", "format": "email"}}},
     "p.properties.a.format"),
    ({"type": "object", "properties": {"a": {"type": "string", "pattern": "a+"}}},
     "p.properties.a.pattern"),
    ({"type": "string", "pattern": "^[^x]+$"}, "p.pattern"),
    ({"type": "object", "required": ["x"], "properties": {}}, "p.required"),
    ({"allOf": [{"type": "object"}, {"type": "object"}]}, "p.allOf"),
    ({"type": "array", "items": {"type": "string", "minLength": 1, "uniqueItems": True}},
     "p.items.uniqueItems"),
    ({"$ref": "https://example.com/s.json"}, "p.$ref"),
    ({"type": "integer", "minimum": 5, "maximum": 4}, "p"),
    ({"type": "object", "if": {}}, "p.if"),
])
def test_what_the_grammar_cannot_enforce_is_refused_by_path(schema, path) -> None:
    with pytest.raises(UnsupportedParameterError) as caught:
        schema_grammar(schema, param="p")
    assert caught.value.param == path


def test_strings_cannot_hold_raw_control_characters() -> None:
    grammar = schema_grammar({"type": "object", "properties": {"s": {"type": "string"}}},
                             param="p")
    assert r"\x00-\x1F" in grammar


def test_two_functions_with_the_same_definition_name_keep_their_own() -> None:
    def item(name: str, kind: str) -> dict[str, object]:
        return {"$defs": {"Item": {"type": "object", "properties": {name: {"type": kind}}}},
                "type": "object", "properties": {"x": {"$ref": "#/$defs/Item"}},
                "required": ["x"]}

    grammar = tool_call_grammar([("a", item("i", "integer")), ("b", item("b", "boolean"))],
                                param="tools[0]", parallel=False, text=False)
    rules = dict(line.split(" ::= ", 1) for line in grammar.splitlines())
    assert rules["fn0-Item-i-kv"].endswith("integer")
    assert rules["fn1-Item-b-kv"].endswith("boolean")


def _read(text: str, step: int) -> list[TextDelta | ToolCallDelta]:
    reader = ToolCallReader()
    out: list[TextDelta | ToolCallDelta] = []
    for i in range(0, len(text), step):
        out += reader.push(text[i:i + step])
    return out


@pytest.mark.parametrize("step", [1, 3, 1000])
def test_streamed_calls_come_back_as_openai_pieces(step) -> None:
    arguments = {"a": "}{\\\"[", "b": [1, {"c": None}]}
    text = (render_call(ToolCall("x", "f", json.dumps(arguments))) + "\n"
            + render_call(ToolCall("y", "g", "{}")) + "\nUser: next turn")
    pieces = _read(text, step)
    assert all(isinstance(p, ToolCallDelta) for p in pieces)
    heads = [p for p in pieces if isinstance(p, ToolCallDelta) and p.id is not None]
    assert [(h.index, h.name) for h in heads] == [(0, "f"), (1, "g")]
    joined = {i: "".join(p.arguments for p in pieces if isinstance(p, ToolCallDelta)
                         and p.index == i) for i in (0, 1)}
    assert json.loads(joined[0]) == arguments and json.loads(joined[1]) == {}


def test_a_text_answer_passes_as_text() -> None:
    pieces = _read("  Hello <b>there</b>", 4)
    text = "".join(p.text for p in pieces if isinstance(p, TextDelta))
    assert text == "  Hello <b>there</b>"  # leading spaces are the chat format's to strip
