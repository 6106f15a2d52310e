"""JSON Schema to a llama.cpp grammar (GBNF), refusing what the grammar cannot enforce.

Constrained decoding only helps if every answer the grammar allows validates against the
schema. llama.cpp's converter (`llama_cpp.llama_grammar.SchemaConverter`) silently drops
what it does not know (`multipleOf`, `uniqueItems`, number bounds…), so `schema_grammar`
first walks the schema and raises `UnsupportedParameterError` naming the first keyword
it cannot enforce (its path in `param`, e.g.
``response_format.json_schema.schema.properties.age.multipleOf``), then converts with
three fixes of our own:

* strings never hold a raw control character (JSON forbids them; the stock rule lets
  them through), nor does a pattern's ``.``;
* integer bounds (`minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`) become
  digit-range rules;
* number bounds too, on a subset of the range: a number is written without exponent, as
  an integer inside the bounds rounded inwards, with or without a fraction that cannot
  cross them (so ``minimum: 0.5`` allows 1, 1.25, 7 but not 0.75).

Supported: `type` (one or a list), `properties`, `required`, `additionalProperties`,
`items` / `prefixItems`, `minItems`, `maxItems`, `enum`, `const`, `anyOf`, `oneOf`
(generated as `anyOf`: valid when the alternatives exclude each other, as discriminated
unions do), a one-element `allOf`, `$ref` to `$defs` / `definitions`, `minLength`,
`maxLength`, anchored `pattern`s (``^…$``, without negated classes or ``\\s``-like
escapes), `format` ``date``, ``time``, ``date-time``, ``uuid``, and annotations.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

from veilleur.errors import UnsupportedParameterError

__all__ = ["json_object_grammar", "schema_grammar", "tool_call_grammar"]

_ANNOTATIONS = {
    "title", "description", "default", "examples", "$schema", "$id", "$comment",
    "readOnly", "writeOnly", "deprecated", "discriminator", "nullable",
}
_COMMON = {"type", "enum", "const", "anyOf", "oneOf", "allOf", "$ref", "$defs", "definitions"}
_BY_TYPE: dict[str, set[str]] = {
    "object": {"properties", "required", "additionalProperties"},
    "array": {"items", "prefixItems", "minItems", "maxItems"},
    "string": {"minLength", "maxLength", "pattern", "format"},
    "integer": {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"},
    "number": {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"},
    "boolean": set(),
    "null": set(),
}
_ALL_KEYWORDS = set().union(*_BY_TYPE.values())
_FORMATS = {"date", "time", "date-time", "uuid"}
_BAD_PATTERN = ("[^", "\\s", "\\S", "\\W", "\\D", "\\b", "\\B", "(?")
_MAX_DIGITS = 15  # an unbounded integer: at most this many digits after the first
# JSON string characters: no quote, no backslash, no control character; or an escape.
_CHAR = (r'[^"\\\x7F\x00-\x1F] | "\\" (["\\/bfnrt] | '
         r'"u" [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F])')
_DOT = r'[^"\\\x7F\x00-\x1F]'


def _refuse(path: str, what: str) -> UnsupportedParameterError:
    return UnsupportedParameterError(
        f"{what} is not supported in a JSON schema by this server's constrained decoding "
        f"(at {path!r}; see docs/api.md, structured output)", param=path)


def _check(schema: Any, path: str, defs: Mapping[str, Any]) -> None:
    """Raise on the first keyword of `schema` the grammar cannot enforce."""
    if isinstance(schema, bool):
        if schema:
            return
        raise _refuse(path, "a `false` schema")
    if not isinstance(schema, Mapping):
        raise UnsupportedParameterError(f"a JSON schema must be an object, not {schema!r}",
                                        param=path)
    types = schema.get("type")
    type_list = types if isinstance(types, list) else [types] if types else []
    for t in type_list:
        if t not in _BY_TYPE:
            raise UnsupportedParameterError(f"unknown JSON schema type {t!r}",
                                            param=f"{path}.type")
    allowed = _ANNOTATIONS | _COMMON | (
        set().union(*(_BY_TYPE[t] for t in type_list)) if type_list else _ALL_KEYWORDS)
    for key in schema:
        if key not in allowed:
            raise _refuse(f"{path}.{key}", f"the keyword {key!r}")
    if "allOf" in schema and len(schema["allOf"]) != 1:
        raise _refuse(f"{path}.allOf", "`allOf` with more than one schema")
    if "$ref" in schema:
        ref = schema["$ref"]
        if not isinstance(ref, str) or ref.split("/")[-1] not in defs or not (
                ref.startswith("#/$defs/") or ref.startswith("#/definitions/")):
            raise _refuse(f"{path}.$ref", f"the reference {ref!r} (only #/$defs/… of the "
                                          "same schema)")
    for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
        for i, sub in enumerate(schema.get(key) or []):
            _check(sub, f"{path}.{key}[{i}]", defs)
    for name, sub in (schema.get("properties") or {}).items():
        _check(sub, f"{path}.properties.{name}", defs)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), Mapping):
            _check(schema[key], f"{path}.{key}", defs)
    if isinstance(schema.get("items"), list):
        for i, sub in enumerate(schema["items"]):
            _check(sub, f"{path}.items[{i}]", defs)
    missing = set(schema.get("required") or ()) - set(schema.get("properties") or {})
    if missing and schema.get("additionalProperties") is not True:
        raise _refuse(f"{path}.required", f"a required property without a schema "
                                          f"({sorted(missing)[0]!r})")
    if (fmt := schema.get("format")) is not None and fmt not in _FORMATS:
        raise _refuse(f"{path}.format", f"the format {fmt!r}")
    if (pattern := schema.get("pattern")) is not None:
        if not (isinstance(pattern, str) and pattern.startswith("^") and pattern.endswith("$")):
            raise _refuse(f"{path}.pattern", "a pattern not anchored with ^…$")
        if any(bad in pattern for bad in _BAD_PATTERN):
            raise _refuse(f"{path}.pattern", "a negated class, lookaround or \\s-like "
                                             "escape in a pattern")
    if "minLength" in schema and "maxLength" in schema and "pattern" in schema:
        raise _refuse(f"{path}.pattern", "a pattern together with minLength/maxLength")
    if "pattern" in schema and "format" in schema:
        raise _refuse(f"{path}.pattern", "a pattern together with a format")
    lo, hi = _bounds(schema, path)
    if lo is not None and hi is not None and lo > hi:
        raise _refuse(path, "a number range with no number the grammar can write")
    if "maxItems" in schema and schema.get("maxItems", 0) > 256:
        raise _refuse(f"{path}.maxItems", "maxItems over 256")
    if "maxLength" in schema and schema.get("maxLength", 0) > 512:
        raise _refuse(f"{path}.maxLength", "maxLength over 512")


def _bounds(schema: Mapping[str, Any], path: str) -> tuple[int | None, int | None]:
    """The inclusive integer bounds of an integer or number schema (None: unbounded)."""
    lo: int | None = None
    hi: int | None = None
    for key in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
        value = schema.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(
                value) or abs(value) >= 10**_MAX_DIGITS:
            raise UnsupportedParameterError(f"{key} must be a finite number below 1e15",
                                            param=f"{path}.{key}")
        if key == "minimum":
            bound = math.ceil(value)
        elif key == "exclusiveMinimum":
            bound = math.floor(value) + 1
        elif key == "maximum":
            bound = math.floor(value)
        else:
            bound = math.ceil(value) - 1
        if key.endswith("inimum"):
            lo = bound if lo is None else max(lo, bound)
        else:
            hi = bound if hi is None else min(hi, bound)
    return lo, hi


# --- integer ranges as GBNF ----------------------------------------------------------------

def _same_length(x: str, y: str) -> list[str]:
    """GBNF sequences of the decimal numbers from `x` to `y`, both of the same length."""
    if not x:
        return [""]
    if x[0] == y[0]:
        return [_join(f'"{x[0]}"', rest) for rest in _same_length(x[1:], y[1:])]
    n = len(x) - 1
    if x[1:] == "0" * n and y[1:] == "9" * n:
        return [_join(f"[{x[0]}-{y[0]}]", _digits(n))]
    out = [_join(f'"{x[0]}"', rest) for rest in _same_length(x[1:], "9" * n)]
    if int(y[0]) - int(x[0]) > 1:
        out.append(_join(f"[{int(x[0]) + 1}-{int(y[0]) - 1}]", _digits(n)))
    out += [_join(f'"{y[0]}"', rest) for rest in _same_length("0" * n, y[1:])]
    return out


def _digits(n: int) -> str:
    return "" if n == 0 else "[0-9]" if n == 1 else f"[0-9]{{{n}}}"


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _magnitudes(a: int, b: int | None) -> str:
    """GBNF alternatives of the integers a…b written without sign (b None: any above a)."""
    top = b if b is not None else 10 ** len(str(a)) - 1
    alts: list[str] = []
    for length in range(len(str(a)), len(str(top)) + 1):
        low = max(a, 10 ** (length - 1) if length > 1 else 0)
        high = min(top, 10**length - 1)
        if low <= high:
            alts += _same_length(str(low), str(high))
    if b is None and len(str(a)) <= _MAX_DIGITS:
        alts.append(f"[1-9] [0-9]{{{len(str(a))},{_MAX_DIGITS}}}")
    return "(" + " | ".join(alts) + ")"


def _integer_rule(lo: int | None, hi: int | None) -> str:
    alts = []
    if hi is None or hi >= 0:
        alts.append(_magnitudes(max(lo or 0, 0) if lo is not None else 0, hi))
    if lo is None or lo < 0:
        alts.append('"-" ' + _magnitudes(max(1, -hi) if hi is not None else 1,
                                         None if lo is None else -lo))
    return "(" + " | ".join(alts) + ")"


def _number_rule(lo: int | None, hi: int | None) -> str:
    fraction = f'"." [0-9]{{1,{_MAX_DIGITS}}}'
    alts = [_integer_rule(lo, hi)]
    # n.fff with n ≥ 0 lies in [n, n+1): n from max(lo, 0) to hi-1
    start = max(lo, 0) if lo is not None else 0
    if hi is None or hi - 1 >= start:
        alts.append(_magnitudes(start, None if hi is None else hi - 1) + " " + fraction)
    # -m.fff lies in (-(m+1), -m]: m from max(0, -hi) to -lo-1
    start = max(0, -hi) if hi is not None else 0
    if lo is None or -lo - 1 >= start:
        alts.append('"-" ' + _magnitudes(start, None if lo is None else -lo - 1) + " "
                    + fraction)
    return "(" + " | ".join(alts) + ")"


# --- the conversion ------------------------------------------------------------------------

def _converter() -> Any:
    from llama_cpp.llama_grammar import BuiltinRule, SchemaConverter

    class Converter(SchemaConverter):  # type: ignore[misc]
        def visit(self, schema: Any, name: str) -> Any:
            if isinstance(schema, Mapping) and schema.get("type") in ("integer", "number") \
                    and any(k in schema for k in _BY_TYPE["integer"]) \
                    and not {"enum", "const"} & set(schema):
                lo, hi = _bounds(schema, "")
                body = (_integer_rule if schema["type"] == "integer" else _number_rule)(lo, hi)
                rule = name + "-" if name in ("root", "integer", "number") else name or "root"
                return self._add_rule(rule, f"{body} space")
            if isinstance(schema, Mapping) and len(schema.get("allOf") or ()) == 1:
                merged = {k: v for k, v in schema.items() if k != "allOf"}
                inner = schema["allOf"][0]
                inner = self._refs.get(inner["$ref"], inner) if "$ref" in inner else inner
                return self.visit({**inner, **merged}, name)
            return super().visit(schema, name)

        def _add_primitive(self, name: str, rule: Any) -> Any:
            if name == "char":
                rule = BuiltinRule(_CHAR, [])
            return super()._add_primitive(name, rule)

        def _add_rule(self, name: str, rule: str) -> Any:
            if name == "dot":
                rule = _DOT
            return super()._add_rule(name, rule)

    return Converter(prop_order={}, allow_fetch=False, dotall=False, raw_pattern=False)


def _convert(converter: Any, schema: Any, name: str, path: str) -> str:
    try:
        schema = converter.resolve_refs(json.loads(json.dumps(schema)), "input")
        return str(converter.visit(schema, name))
    except UnsupportedParameterError:
        raise
    except Exception as exc:  # the converter asserts and raises on what it cannot read
        raise UnsupportedParameterError(f"this JSON schema cannot be turned into a grammar: "
                                        f"{exc}", param=path) from exc


def _prepare(schema: Any, path: str) -> Any:
    if schema is True or schema is None:
        schema = {}
    defs = {**(schema.get("definitions") or {}), **(schema.get("$defs") or {})} \
        if isinstance(schema, Mapping) else {}
    _check(schema, path, defs)
    return schema


def _own_defs(schema: Any, prefix: str) -> Any:
    """`schema` with its definitions renamed ``prefix-Name``: the converter names a
    reference's rule after its last segment, which two functions' schemas may share."""
    text = json.dumps(schema)
    for key in ("$defs", "definitions"):
        for name in (schema.get(key) or {}) if isinstance(schema, Mapping) else ():
            text = text.replace(json.dumps(f"#/{key}/{name}"),
                                json.dumps(f"#/{key}/{prefix}-{name}"))
    renamed = json.loads(text)
    for key in ("$defs", "definitions"):
        if isinstance(renamed, dict) and key in renamed:
            renamed[key] = {f"{prefix}-{k}": v for k, v in renamed[key].items()}
    return renamed


def schema_grammar(schema: Any, *, param: str) -> str:
    """The GBNF of the JSON texts valid against `schema` (a dict), rooted at ``root``.

    Raises:
        UnsupportedParameterError: a keyword the grammar cannot enforce (path in `param`).
    """
    schema = _prepare(schema, param)
    converter = _converter()
    if schema == {}:
        schema = {"type": "object"}
    _convert(converter, schema, "", param)
    return str(converter.format_grammar())


def json_object_grammar() -> str:
    """The GBNF of any JSON object (``response_format: json_object``)."""
    return schema_grammar({"type": "object"}, param="response_format")


def tool_call_grammar(functions: Sequence[tuple[str, Any]], *, param: str, parallel: bool,
                      text: bool) -> str:
    """The GBNF of one call (or, with `parallel`, one or more) of `functions`.

    Each call is ``<tool_call>{"name": "NAME", "arguments": {…}}</tool_call>``, its
    arguments valid against that function's schema; calls are separated by a newline,
    and a newline then text that does not start with ``<`` may follow the last one.
    With `text`, the answer may instead be text that does not start with ``<``.
    `functions` are (name, parameters schema) pairs; `param` the path of the first.
    """
    converter = _converter()
    alternatives = []
    base = param.rsplit("[", 1)[0]
    for i, (name, parameters) in enumerate(functions):
        path = f"{base}[{i}].function.parameters"
        schema = _prepare(parameters if parameters is not None else
                          {"type": "object", "properties": {}}, path)
        if schema == {}:
            schema = {"type": "object", "properties": {}}
        rule = _convert(converter, _own_defs(schema, f"fn{i}"), f"fn{i}", path)
        head = json.dumps('<tool_call>{"name": ' + json.dumps(name) + ', "arguments": ')
        alternatives.append(f'{head} {rule} "}}</tool_call>"')
    converter._add_rule("call", " | ".join(alternatives))
    # After parallel calls a newline may start more calls or end them with text the
    # reader drops (a base model goes on with the next turn, cut by its stop sequences).
    calls = 'call ("\\n" call)* ("\\n" [^<\\x00] [^\\x00]*)?' if parallel else "call"
    root = f'{calls} | [^<\\x00] [^\\x00]*' if text else calls
    converter._add_rule("root", root)
    return str(converter.format_grammar())
