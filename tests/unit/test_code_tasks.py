"""Code tasks with the real model and the real sandbox: verdicts are honest, bad input
gets a precise error, nothing hangs."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from veilleur.errors import InvalidRequestError, PayloadTooLargeError
from veilleur.events import Event
from veilleur.sandbox import Sandbox
from veilleur.tasks.code import (
    FixRequest,
    GenerateRequest,
    OptimizeRequest,
    run_fix,
    run_generate,
    run_optimize,
)
from veilleur.tasks.code.source import code_blocks

TESTS = "from solution import add\n\ndef test_add():\n    assert add(2, 3) == 5\n"


def collect(events: Any) -> list[Event]:
    async def go() -> list[Event]:
        return [event async for event in events]

    return asyncio.run(go())


@pytest.fixture(scope="module")
def sandbox() -> Sandbox:
    return Sandbox()


def test_a_passing_file_is_already_verified_without_the_model(sandbox: Sandbox) -> None:
    request = FixRequest(code="def add(a, b):\n    return a + b\n", tests=TESTS)
    events = collect(run_fix(request, engine=None, sandbox=sandbox))  # type: ignore[arg-type]
    verdict = events[-1]
    assert verdict.kind == "verdict"
    assert verdict.data["status"] == "already_passing" and verdict.data["verified"]


def test_fix_is_verified_only_when_tests_pass(backend: Any, sandbox: Sandbox) -> None:
    request = FixRequest(code="def add(a, b):\n    return a - b\n", tests=TESTS, max_attempts=1)
    events = collect(run_fix(request, backend, sandbox))
    kinds = [e.kind for e in events]
    assert kinds[:2] == ["attempt", "output"] and kinds[-1] == "verdict"
    verdict = events[-1].data
    last_output = [e for e in events if e.kind == "output"][-1].data
    assert verdict["verified"] == last_output["passed"]
    if not verdict["verified"]:
        assert verdict["status"] == "unverified" and verdict["last_failure"]


def test_code_that_does_not_parse_is_a_failure_to_fix(backend: Any, sandbox: Sandbox) -> None:
    request = FixRequest(code="def add(a, b)\n    return a + b\n", tests=TESTS, max_attempts=1)
    events = collect(run_fix(request, backend, sandbox))
    assert "SyntaxError" in events[1].data["failure"]
    assert events[-1].kind == "verdict"


def test_a_hanging_test_times_out(sandbox: Sandbox) -> None:
    request = FixRequest(
        code="def add(a, b):\n    while True:\n        pass\n", tests=TESTS, timeout_s=2,
        max_attempts=1,
    )
    hanging = _Scripted("def add(a, b):\n    while True:\n        pass\n")
    loop_events = collect(run_fix(request, hanging, sandbox))
    output = loop_events[1].data
    assert output["timed_out"] or "cpu_time" in output["limits_hit"]
    assert loop_events[-1].kind in ("error", "verdict")
    assert not (loop_events[-1].kind == "verdict" and loop_events[-1].data["verified"])


def test_a_missing_test_command_is_a_precise_error(sandbox: Sandbox) -> None:
    request = FixRequest(code="x = 1\n", test_command="no-such-runner -q")
    events = collect(run_fix(request, _NoModel(), sandbox))
    assert events[-1].kind == "error"
    assert events[-1].data["code"] == "test_command_not_found"
    assert events[-1].data["param"] == "test_command"


@pytest.mark.parametrize(
    ("request_", "error", "param"),
    [
        (FixRequest(code="\x00\x01\x02binary" * 10), InvalidRequestError, "code"),
        (FixRequest(code="x = 1\n" * 900_000), PayloadTooLargeError, "code"),
        (FixRequest(code="x = 1", tests="def test(:\n"), InvalidRequestError, "files"),
        (FixRequest(code="x = 1", filename="../evil.py"), InvalidRequestError, "filename"),
        (FixRequest(code="x = 1", max_attempts=99), InvalidRequestError, "max_attempts"),
        (GenerateRequest(description="add", examples=["add(1,"]), InvalidRequestError,
         "examples[0]"),
        (GenerateRequest(description="  "), InvalidRequestError, "description"),
    ],
)
def test_bad_input_is_refused_with_its_parameter(
    request_: Any, error: type[Exception], param: str
) -> None:
    with pytest.raises(error) as info:
        request_.plan()
    assert info.value.param == param  # type: ignore[attr-defined]


def test_optimize_refuses_code_that_does_not_parse() -> None:
    with pytest.raises(InvalidRequestError, match="does not parse") as info:
        OptimizeRequest(code="def f(:", function="f", bench="f(1)").validate()
    assert info.value.param == "code"
    with pytest.raises(InvalidRequestError) as info:
        OptimizeRequest(code="def f(x): return x", function="g", bench="g(1)").validate()
    assert info.value.param == "function"


def test_optimize_never_returns_a_result_changing_version(sandbox: Sandbox) -> None:
    slow = "def total(n: int) -> int:\n    return sum(i for i in range(n))\n"
    wrong_but_fast = "def total(n: int) -> int:\n    return n * (n + 1) // 2\n"  # off by n
    request = OptimizeRequest(code=slow, function="total", bench="total(20000)",
                              max_attempts=1, max_examples=30)
    events = collect(run_optimize(request, _Scripted(wrong_but_fast), sandbox))
    verdict = events[-1].data
    assert verdict["status"] == "not_optimized" and not verdict["verified"]
    assert verdict["code"] == slow
    assert "different results" in verdict["rejected"][0]["reason"]


def test_optimize_returns_an_equal_faster_version(sandbox: Sandbox) -> None:
    slow = "def total(n: int) -> int:\n    return sum(i for i in range(n))\n"
    fast = "def total(n: int) -> int:\n    return n * (n - 1) // 2 if n > 0 else 0\n"
    request = OptimizeRequest(code=slow, function="total", bench="total(20000)",
                              max_attempts=1, max_examples=30)
    verdict = collect(run_optimize(request, _Scripted(fast), sandbox))[-1].data
    assert verdict["status"] == "optimized" and verdict["verified"]
    assert verdict["speedup"] > 10
    assert verdict["inputs_checked"] > 10


@pytest.mark.slow
def test_generate_without_tests_is_never_verified(backend: Any, sandbox: Sandbox) -> None:
    request = GenerateRequest(description="Return the square of x.", max_attempts=1)
    verdict = collect(run_generate(request, backend, sandbox))[-1]
    if verdict.kind == "verdict":
        assert not verdict.data["verified"]


def test_code_blocks_are_extracted_in_order() -> None:
    text = "Try:\n```python\nprint(1)\n```\nthen\n```sh\necho 2\n```\nand ```\nx"
    assert code_blocks(text) == [("python", "print(1)\n"), ("sh", "echo 2\n"), ("", "x")]


class _NoModel:
    """A backend that must not be called: these cases end before asking the model."""

    info = type("Info", (), {"context_length": 2048})()

    def count_tokens(self, text: str) -> int:
        return len(text) // 4

    def generate(self, request: Any) -> Any:
        raise AssertionError("the model was asked although the task should have ended")


class _Scripted(_NoModel):
    """A backend (same protocol) that always answers `answer`: to test the checks alone."""

    def __init__(self, answer: str) -> None:
        self.answer = answer

    def generate(self, request: Any) -> Any:
        from veilleur.engine.base import EventStream, Finished, TextDelta, Usage

        async def events() -> Any:
            yield TextDelta(self.answer + "```")
            yield Finished("stop", Usage(1, 1))

        return EventStream(events(), lambda: None)


# The case of issue 13: `contains_all` annotated with bare `list`, a bench whose answer is
# True, and a "faster" version that ignores `items` (contains_all([], [1]) is True).
CONTAINS_ALL = ("def contains_all(items: list, wanted: list) -> bool:\n"
                "    return all(w in items for w in wanted)\n")
CONTAINS_ALL_BENCH = "contains_all(list(range(3000)), list(range(0, 3000, 3)))"
IGNORES_ITEMS = ("def contains_all(items: list, wanted: list) -> bool:\n"
                 "    return all(0 <= w < 3000 for w in wanted)\n")
WITH_A_SET = ("def contains_all(items: list, wanted: list) -> bool:\n"
              "    present = set(items)\n"
              "    return all(w in present for w in wanted)\n")


def _unannotated(code: str) -> str:
    return code.replace("items: list, wanted: list) -> bool", "items, wanted)")


@pytest.mark.parametrize("annotated", [True, False], ids=["bare-list-hints", "no-hints"])
def test_optimize_rejects_a_version_that_ignores_an_argument(
    sandbox: Sandbox, annotated: bool
) -> None:
    original, wrong = CONTAINS_ALL, IGNORES_ITEMS
    if not annotated:
        original, wrong = _unannotated(original), _unannotated(wrong)
    request = OptimizeRequest(code=original, function="contains_all", bench=CONTAINS_ALL_BENCH,
                              max_attempts=1)
    verdict = collect(run_optimize(request, _Scripted(wrong), sandbox))[-1].data
    assert verdict["status"] == "not_optimized" and not verdict["verified"], verdict
    assert verdict["code"] == original
    assert "different results" in verdict["rejected"][0]["reason"]


@pytest.mark.parametrize("annotated", [True, False], ids=["bare-list-hints", "no-hints"])
def test_optimize_verifies_a_right_version_on_enough_distinct_inputs(
    sandbox: Sandbox, annotated: bool
) -> None:
    original, right = CONTAINS_ALL, WITH_A_SET
    if not annotated:
        original, right = _unannotated(original), _unannotated(right)
    request = OptimizeRequest(code=original, function="contains_all", bench=CONTAINS_ALL_BENCH,
                              max_attempts=1)
    verdict = collect(run_optimize(request, _Scripted(right), sandbox))[-1].data
    assert verdict["status"] == "optimized" and verdict["verified"], verdict
    assert verdict["inputs_checked"] >= request.min_inputs
    assert verdict["speedup"] > 10


def test_optimize_does_not_verify_on_too_few_inputs(sandbox: Sandbox) -> None:
    code = ("class Box:\n    def __init__(self, n):\n        self.n = n\n\n\n"
            "def total(box):\n    return sum(range(box.n))\n")
    faster = code.replace("return sum(range(box.n))",
                          "return box.n * (box.n - 1) // 2 if box.n > 0 else 0")
    request = OptimizeRequest(code=code, function="total", bench="total(Box(20000))",
                              max_attempts=1)
    verdict = collect(run_optimize(request, _Scripted(faster), sandbox))[-1].data
    assert verdict["status"] == "unverified" and verdict["verified"] is False, verdict
    assert verdict["inputs_checked"] < request.min_inputs == 20
    assert f"{request.min_inputs} are needed" in verdict["last_failure"]
    assert verdict["code"] == faster


def _harness() -> Any:
    import importlib.util
    from pathlib import Path

    import veilleur.tasks.code as code_tasks

    path = Path(code_tasks.__file__).with_name("equivalence_harness.py")
    spec = importlib.util.spec_from_file_location("equivalence_harness", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _conforms(value: Any, hint: Any) -> bool:
    """Whether `value` is a value of `hint` (the common types only)."""
    import types
    import typing
    from collections import abc

    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is typing.Any:
        return True
    if origin in (typing.Union, types.UnionType):
        return any(_conforms(value, a) for a in args)
    if origin is typing.Literal:
        return value in args
    if hint is type(None):
        return value is None
    base = origin or hint
    if base in (abc.Sequence, abc.Iterable):
        base = list
    if base is abc.Mapping:
        base = dict
    if not isinstance(value, base) or (base is int and isinstance(value, bool)):
        return False
    if not args:
        return True
    if base in (list, set, frozenset):
        return all(_conforms(v, args[0]) for v in value)
    if base is dict:
        return all(_conforms(k, args[0]) and _conforms(v, args[1]) for k, v in value.items())
    if base is tuple and args[-1] is Ellipsis:
        return all(_conforms(v, args[0]) for v in value)
    if base is tuple:
        return len(value) == len(args) and all(map(_conforms, value, args))
    return True


def _draw(strategy: Any, n: int = 25) -> list[Any]:
    """`n` values drawn by hypothesis from `strategy`."""
    from hypothesis import given, settings

    drawn: list[Any] = []

    @settings(max_examples=n, database=None, deadline=None)
    @given(strategy)
    def draw(value: Any) -> None:
        drawn.append(value)

    draw()
    return drawn


def test_inputs_are_generated_for_every_common_type_hint() -> None:
    import typing
    from collections import abc

    from hypothesis import strategies as st

    harness = _harness()
    hints = [int, float, bool, str, bytes, list, list[int], typing.List[str], dict,  # noqa: UP006
             dict[str, list[int]], typing.Dict[str, int], tuple, tuple[int, str],  # noqa: UP006
             tuple[int, ...], typing.Tuple[float, ...], set, set[int], frozenset[str],  # noqa: UP006
             typing.Optional[int], int | None, typing.Union[int, str],  # noqa: UP007, UP045
             list[tuple[int, str] | None], abc.Sequence[int], typing.Mapping[str, int],
             typing.Literal["a", "b"], typing.Any, dict[tuple[int, int], set[str]]]
    for hint in hints:
        drawn = _draw(harness.from_hint(hint, st))
        assert all(_conforms(v, hint) for v in drawn), (hint, drawn)
        edges = harness.edges(hint)
        assert all(_conforms(v, hint) for v in edges), (hint, edges)
    assert {0, -1} <= set(harness.edges(int))
    assert [] in harness.edges(list[int]) and {} in harness.edges(dict[str, int])
    assert "" in harness.edges(str) and set() in harness.edges(set[int])


def test_inputs_are_shaped_like_the_bench_values_when_hints_are_missing() -> None:
    from hypothesis import strategies as st

    harness = _harness()
    shapes = [(list(range(3000)), list[int]), ({"a": [1, 2]}, dict[str, list[int]]),
              (("x", 1), tuple[str, int]), ({1.5, 2.5}, set[float]), ("abc", str),
              (b"\x00", bytes), ([("a", 1)], list[tuple[str, int]]), (None, type(None))]
    for example, hint in shapes:
        for strategy in (harness.from_value(example, st),
                         harness.from_hint(typing_origin(hint), st, example)):
            drawn = _draw(strategy)
            assert all(_conforms(v, hint) for v in drawn), (hint, drawn)


def typing_origin(hint: Any) -> Any:
    """The bare type of a hint (`list` for `list[int]`): what a user often writes."""
    import typing

    return typing.get_origin(hint) or hint
