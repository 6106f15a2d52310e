"""Run inside the sandbox (never imported by Veilleur): compare `original.py` and
`candidate.py` on the benchmark expression, on edge inputs and on generated inputs, then
time both.

Usage: python equivalence_harness.py '{"function": "f", "bench": "f(10)", ...}'
Prints one JSON line: equivalent, counterexample, inputs_checked, inputs_raised, notes,
t_original, t_candidate.

Inputs come from each parameter's type hint (builtin and `typing` generics, nested,
optional, unions, `Literal`, abstract collections; `hypothesis.strategies.from_type` for
anything else), shaped by the bench call's argument values where the hint leaves it
open (a bare `list`, `Any`) or is missing: `contains_all(list(range(3000)), [0, 3])`
gives lists of integers. Edge inputs (empty containers, zero, negative numbers, empty
strings) are tried first. Each input is deep-copied for each call, and what a call
leaves in its arguments is compared too. `inputs_checked` counts distinct inputs on
which the original returned a value: inputs that make both versions raise the same
exception are compared but prove little, so they are counted apart (`inputs_raised`).
"""

import ast
import collections.abc as abc
import contextlib
import copy
import importlib
import inspect
import itertools
import json
import signal
import sys
import timeit
import types
import typing

_MISSING = object()
_EDGE_COMBINATIONS = 64


class CallTimeout(Exception):
    pass


def _alarm(signum, frame):
    raise CallTimeout()


def call(fn, args, kwargs, seconds):
    """("value", result, args after the call) | ("raises", exception name) | ("timeout",)."""
    with contextlib.suppress(Exception):  # not copyable (a generator, a file): as it is
        args, kwargs = copy.deepcopy((args, kwargs))
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return ("value", fn(*args, **kwargs), (args, kwargs))
    except CallTimeout:
        return ("timeout",)
    except Exception as exc:
        return ("raises", type(exc).__name__)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _plain(value, depth=0):
    """`value` with objects that compare by identity replaced by their class name and
    attributes: the original's and the candidate's objects are never the same object
    (each call gets its own copy, and each module its own classes)."""
    if depth > 20:
        return value
    if isinstance(value, list | tuple) and not hasattr(value, "_fields"):
        return type(value)(_plain(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return {k: _plain(v, depth + 1) for k, v in value.items()}
    if type(value).__eq__ is object.__eq__ and hasattr(value, "__dict__"):
        return ("<object>", type(value).__qualname__, _plain(vars(value), depth + 1))
    return value


def _equal(a, b):
    try:
        return bool(a == b) or (a != a and b != b) or bool(_plain(a) == _plain(b))
    except Exception:
        return repr(a) == repr(b)


def same(a, b):
    if a[0] != b[0]:
        return False
    if a[0] != "value":
        return a[1:] == b[1:]
    return _equal(a[1], b[1]) and _equal(a[2], b[2])


def shown(outcome):
    if outcome[0] == "value":
        return repr(outcome[1])[:300]
    return " ".join(map(str, outcome))[:300]


# ---- strategies ------------------------------------------------------------------------

def _scalars(st):
    """Hashable values of the common scalar types: for `Any` with nothing to go on."""
    return st.one_of(st.integers(-20, 25), st.text(max_size=10), st.booleans(), st.none(),
                     st.floats(-1e6, 1e6, allow_nan=False))


def _elements(values, st):
    """A strategy for more values like `values` (a sample of a collection's items)."""
    by_type = {}
    for value in itertools.islice(values, 200):
        by_type.setdefault(type(value), value)
    if not by_type:
        return _scalars(st)
    return st.one_of(*(from_value(v, st) for v in by_type.values()))


def _text_like(example, st):
    alphabet = sorted(set(example))[:64]
    if not alphabet:
        return st.text(max_size=30)
    return st.one_of(st.text(alphabet=st.sampled_from(alphabet), max_size=30),
                     st.text(max_size=30))


def from_value(value, st):
    """A strategy for values shaped like `value` (an argument of the bench call)."""
    if value is None:
        return st.none()
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int):
        return st.integers(-20, 25)
    if isinstance(value, float):
        return st.floats(-1e6, 1e6, allow_nan=False)
    if isinstance(value, complex):
        return st.complex_numbers(max_magnitude=1e6, allow_nan=False, allow_infinity=False)
    if isinstance(value, str):
        return _text_like(value, st)
    if isinstance(value, bytes | bytearray):
        return st.binary(max_size=30).map(type(value))
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        if 0 < len(value) <= 5:  # a record: one strategy per position
            return st.tuples(*(from_value(v, st) for v in value))
        return st.lists(_elements(value, st), max_size=10).map(tuple)
    if isinstance(value, list):
        return st.lists(_elements(value, st), max_size=20)
    if isinstance(value, set | frozenset):
        return st.sets(_elements(value, st), max_size=15).map(type(value))
    if isinstance(value, dict):
        return st.dictionaries(_elements(value.keys(), st), _elements(value.values(), st),
                               max_size=10)
    if isinstance(value, range):
        return st.builds(range, st.integers(-20, 25), st.integers(-20, 25))
    return st.just(value)


def _sample(example, kind):
    """Items of `example` when it is a `kind` collection, else nothing to go on."""
    if example is _MISSING or not isinstance(example, kind):
        return _MISSING
    return example


def from_hint(tp, st, example=_MISSING):
    """A strategy for values of type `tp`, shaped by `example` where `tp` leaves it open."""
    if tp is typing.Any or tp is object or tp is inspect.Parameter.empty:
        return _scalars(st) if example is _MISSING else from_value(example, st)
    if tp is None or tp is type(None):
        return st.none()
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Union or origin is types.UnionType:
        return st.one_of(*(from_hint(a, st, example if _fits(example, a) else _MISSING)
                           for a in args))
    if origin is typing.Literal:
        return st.sampled_from(args)
    if origin is typing.Annotated:
        return from_hint(args[0], st, example)
    base = origin or tp
    if base is bool:
        return st.booleans()
    if base is int:
        return st.integers(-20, 25)
    if base is float:
        return st.floats(-1e6, 1e6, allow_nan=False)
    if base is complex:
        return from_value(1j, st)
    if base is str:
        return _text_like(example if isinstance(example, str) else "", st)
    if base in (bytes, bytearray):
        return st.binary(max_size=30).map(base)
    if base is tuple:
        sample = _sample(example, tuple)
        if not args:
            return from_value(sample, st) if sample is not _MISSING else \
                st.lists(_scalars(st), max_size=10).map(tuple)
        if len(args) == 2 and args[1] is Ellipsis:
            return st.lists(_item(args[0], sample, st), max_size=10).map(tuple)
        return st.tuples(*(from_hint(a, st, sample[i] if sample is not _MISSING
                                     and i < len(sample) else _MISSING)
                           for i, a in enumerate(args)))
    if base in (dict, abc.Mapping, abc.MutableMapping):
        sample = _sample(example, dict)
        keys = _item(args[0] if args else None, _part(sample, dict.keys), st)
        values = _item(args[1] if args else None, _part(sample, dict.values), st)
        return st.dictionaries(keys, values, max_size=10)
    if base in (set, frozenset, abc.Set, abc.MutableSet):
        sample = _sample(example, set | frozenset)
        kind = frozenset if base is frozenset else set
        return st.sets(_item(args[0] if args else None, sample, st), max_size=15).map(kind)
    if base in (list, abc.Sequence, abc.MutableSequence, abc.Iterable, abc.Collection,
                abc.Iterator, abc.Reversible):
        sample = _sample(example, list | tuple)
        items = st.lists(_item(args[0] if args else None, sample, st), max_size=20)
        return items.map(iter) if base is abc.Iterator else items
    from hypothesis.strategies import from_type  # anything else: hypothesis knows many types

    return from_type(tp)


def _first(values):
    if values is _MISSING or not values:
        return _MISSING
    return next(iter(values))


def _part(sample, view):
    return _MISSING if sample is _MISSING else list(view(sample))


def _item(hint, sample, st):
    """Items of a collection: from their hint, else like the example's items."""
    if hint is not None and hint is not typing.Any:
        return from_hint(hint, st, _first(sample))
    return _elements(sample, st) if sample is not _MISSING else _scalars(st)


def _fits(example, tp):
    if example is _MISSING:
        return False
    try:
        return isinstance(example, typing.get_origin(tp) or tp)
    except TypeError:
        return False


# ---- edge inputs -----------------------------------------------------------------------

def edges(tp, example=_MISSING):
    """A few edge values of a parameter: empty, zero, negative."""
    if tp is inspect.Parameter.empty or tp is typing.Any:
        if example is _MISSING:
            return [0, -1, ""]
        tp = type(example)
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        out = []
        for arm in typing.get_args(tp):
            out += edges(arm, example if _fits(example, arm) else _MISSING)[:2]
        return out
    if origin is typing.Literal:
        return list(typing.get_args(tp))[:3]
    base = origin or tp
    if base is bool:
        return [False, True]
    if base is int:
        return [0, -1, 1]
    if base is float:
        return [0.0, -1.5]
    if base is str:
        return ["", " ", "a"]
    if base in (bytes, bytearray):
        return [base()]
    if base is type(None) or tp is None:
        return [None]
    if base is list or base in (abc.Sequence, abc.MutableSequence, abc.Iterable,
                                abc.Collection):
        hint = (typing.get_args(tp) or [inspect.Parameter.empty])[0]
        item = _first(example) if isinstance(example, list | tuple) else _MISSING
        return [[]] + [[v] for v in edges(hint, item)[:2]]
    if base is tuple and not typing.get_args(tp) and isinstance(example, tuple):
        return [tuple(edges(type(v), v)[0] for v in example)] if example else [()]
    if base is tuple and typing.get_args(tp) and typing.get_args(tp)[-1] is not Ellipsis:
        return [tuple(edges(a)[0] for a in typing.get_args(tp))]
    if base is tuple:
        return [()]
    if base in (set, frozenset, abc.Set):
        return [base()] if base is not abc.Set else [set()]
    if base in (dict, abc.Mapping, abc.MutableMapping):
        return [{}]
    return []


def edge_inputs(params, hints, examples):
    """Combinations of edge values, first the all-empty one; at most `_EDGE_COMBINATIONS`."""
    choices = []
    for p in params:
        values = edges(hints.get(p.name, inspect.Parameter.empty), examples.get(p.name, _MISSING))
        if not values:
            return []
        choices.append(values)
    return list(itertools.islice(itertools.product(*choices), _EDGE_COMBINATIONS))


# ---- the comparison --------------------------------------------------------------------

def bench_arguments(config, namespace):
    """The values of the bench call's arguments, by parameter name, when the bench calls the
    function directly (`f(list(range(10)), k=3)`)."""
    try:
        node = ast.parse(config["bench"], mode="eval").body
    except SyntaxError:
        return {}
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == config["function"]):
        return {}
    try:
        signature = inspect.signature(namespace[config["function"]])
        args = [eval(compile(ast.Expression(a), "<bench>", "eval"), dict(namespace))
                for a in node.args if not isinstance(a, ast.Starred)]
        kwargs = {k.arg: eval(compile(ast.Expression(k.value), "<bench>", "eval"),
                              dict(namespace)) for k in node.keywords if k.arg}
        bound = signature.bind_partial(*args, **kwargs)
    except Exception:
        return {}
    return dict(bound.arguments)


def _split(params, values):
    args, kwargs = [], {}
    for p, v in zip(params, values, strict=True):
        if p.kind is p.KEYWORD_ONLY:
            kwargs[p.name] = v
        else:
            args.append(v)
    return tuple(args), kwargs


class Comparison:
    """Runs both versions on inputs, counting the distinct ones, keeping the first
    counterexample."""

    def __init__(self, original, candidate, params, seconds):
        self.original, self.candidate = original, candidate
        self.params = params
        self.seconds = seconds
        self.values, self.raised = set(), set()
        self.counterexample = None

    def compare(self, values):
        """False when the original timed out on `values` (the input is not usable)."""
        args, kwargs = _split(self.params, values)
        expected = call(self.original, args, kwargs, self.seconds)
        if expected[0] == "timeout":
            return False
        got = call(self.candidate, args, kwargs, self.seconds)
        key = repr((args, kwargs))
        (self.values if expected[0] == "value" else self.raised).add(key)
        if not same(expected, got) and self.counterexample is None:
            self.counterexample = {"args": key[:300], "original": shown(expected),
                                   "candidate": shown(got)}
        return True


def generated_inputs(comparison, config, examples, notes):
    try:
        from hypothesis import HealthCheck, given, reject, settings
        from hypothesis import strategies as st
    except ImportError:
        notes.append("hypothesis is not installed in the sandbox: no generated inputs")
        return
    fn = comparison.original
    params = comparison.params
    try:
        hints = typing.get_type_hints(fn)
    except Exception as exc:
        notes.append(f"type hints unreadable ({type(exc).__name__}: {exc}); inputs are "
                     "inferred from the bench call"[:300])
        hints = {}
    unknown = [p.name for p in params if p.name not in hints and p.name not in examples
               and p.default is p.empty]
    if unknown:
        notes.append(f"no type hint and no bench value for {', '.join(unknown)}: generated "
                     "as small scalars (annotate them or call the function in `bench`)")
    for p in params:
        if p.name not in examples and p.default is not p.empty:
            examples[p.name] = p.default
    for values in edge_inputs(params, hints, examples):
        comparison.compare(values)
        if comparison.counterexample:
            return
    if config.get("max_examples", 100) <= 0:
        return
    try:
        strategies = st.tuples(*(from_hint(hints.get(p.name, inspect.Parameter.empty), st,
                                           examples.get(p.name, _MISSING)) for p in params))
    except Exception as exc:
        notes.append(f"generated inputs skipped: {type(exc).__name__}: {exc}"[:300])
        return

    @settings(max_examples=config.get("max_examples", 100), deadline=None, database=None,
              derandomize=True, suppress_health_check=list(HealthCheck))
    @given(strategies)
    def run(values):
        if not comparison.compare(values):
            reject()
        if comparison.counterexample:
            raise AssertionError("different result")

    try:
        run()
    except AssertionError:
        pass
    except Exception as exc:
        notes.append(f"generated inputs stopped: {type(exc).__name__}: {exc}"[:300])


def best_time(expression, namespace, repeat):
    timer = timeit.Timer(expression, globals=namespace)
    number, _ = timer.autorange()
    return min(timer.repeat(repeat=repeat, number=number)) / number


def main():
    config = json.loads(sys.argv[1])
    notes = []
    original = importlib.import_module("original")
    candidate = importlib.import_module("candidate")
    name = config["function"]
    out = {"equivalent": False, "counterexample": None, "inputs_checked": 0,
           "inputs_raised": 0, "notes": notes}
    if not callable(getattr(candidate, name, None)):
        out["counterexample"] = {"error": f"candidate defines no {name}()"}
        print(json.dumps(out))
        return
    bench = config["bench"]
    timeout = config["bench_timeout"]
    a = call(lambda: eval(bench, vars(original)), (), {}, timeout)
    b = call(lambda: eval(bench, vars(candidate)), (), {}, timeout)
    if not same(a, b):
        out["counterexample"] = {"args": bench, "original": shown(a), "candidate": shown(b)}
        print(json.dumps(out))
        return
    fn = getattr(original, name)
    params = [p for p in inspect.signature(fn).parameters.values()
              if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    comparison = Comparison(fn, getattr(candidate, name), params, config["call_timeout"])
    examples = bench_arguments(config, vars(original))
    if params:
        generated_inputs(comparison, config, examples, notes)
    else:
        notes.append(f"{name}() takes no arguments: only the bench expression is compared")
    bench_key = "bench" if a[0] == "value" else "bench raised"
    out["inputs_checked"] = len(comparison.values) + (bench_key == "bench")
    out["inputs_raised"] = len(comparison.raised)
    if comparison.counterexample is not None:
        out["counterexample"] = comparison.counterexample
        print(json.dumps(out))
        return
    out["equivalent"] = True
    out["t_original"] = best_time(bench, vars(original), config["repeat"])
    out["t_candidate"] = best_time(bench, vars(candidate), config["repeat"])
    print(json.dumps(out))


if __name__ == "__main__":
    main()
