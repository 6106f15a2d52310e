"""Run inside the sandbox (never imported by Veilleur): compare `original.py` and
`candidate.py` on the benchmark expression and on generated inputs, then time both.

Usage: python equivalence_harness.py '{"function": "f", "bench": "f(10)", ...}'
Prints one JSON line: equivalent, counterexample, inputs_checked, notes, t_original,
t_candidate.
"""

import importlib
import json
import signal
import sys
import timeit
import typing


class CallTimeout(Exception):
    pass


def _alarm(signum, frame):
    raise CallTimeout()


def call(fn, args, seconds):
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return ("value", fn(*args))
    except CallTimeout:
        return ("timeout", None)
    except Exception as exc:
        return ("raises", type(exc).__name__)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def same(a, b):
    if a[0] != b[0]:
        return False
    if a[0] != "value":
        return a[1] == b[1]
    try:
        return bool(a[1] == b[1]) or (a[1] != a[1] and b[1] != b[1])
    except Exception:
        return repr(a[1]) == repr(b[1])


def strategy(tp, st):
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    simple = {
        int: st.integers(-20, 25),
        float: st.floats(-1e6, 1e6, allow_nan=False),
        bool: st.booleans(),
        str: st.text(max_size=30),
        bytes: st.binary(max_size=30),
        type(None): st.none(),
    }
    if tp in simple:
        return simple[tp]
    if origin is list:
        return st.lists(strategy(args[0], st), max_size=20)
    if origin is set:
        return st.sets(strategy(args[0], st), max_size=15)
    if origin is dict:
        return st.dictionaries(strategy(args[0], st), strategy(args[1], st), max_size=10)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return st.lists(strategy(args[0], st), max_size=10).map(tuple)
        return st.tuples(*(strategy(a, st) for a in args))
    if origin is typing.Union or str(origin) == "<class 'types.UnionType'>":
        return st.one_of(*(strategy(a, st) for a in args))
    raise TypeError(f"no input generator for {tp!r}")


def generated_inputs(fn, config, original, candidate, notes):
    try:
        from hypothesis import HealthCheck, given, reject, settings
        from hypothesis import strategies as st
    except ImportError:
        notes.append("hypothesis is not installed in the sandbox: no generated inputs")
        return 0, None
    try:
        hints = typing.get_type_hints(fn)
        import inspect

        params = list(inspect.signature(fn).parameters.values())
        if not params or any(p.name not in hints for p in params):
            notes.append("generated inputs skipped: annotate every parameter of "
                         f"{config['function']} to have them")
            return 0, None
        strategies = st.tuples(*(strategy(hints[p.name], st) for p in params))
    except Exception as exc:
        notes.append(f"generated inputs skipped: {exc}")
        return 0, None
    checked = [0]
    found = []

    @settings(max_examples=config.get("max_examples", 100), deadline=None, database=None,
              derandomize=True, suppress_health_check=list(HealthCheck))
    @given(strategies)
    def compare(args):
        expected = call(getattr(original, config["function"]), args, config["call_timeout"])
        if expected[0] == "timeout":
            reject()
        got = call(getattr(candidate, config["function"]), args, config["call_timeout"])
        checked[0] += 1
        if not same(expected, got):
            found.append({"args": repr(args)[:300], "original": repr(expected)[:300],
                          "candidate": repr(got)[:300]})
            raise AssertionError("different result")

    try:
        compare()
    except AssertionError:
        pass
    except Exception as exc:
        notes.append(f"generated inputs stopped: {type(exc).__name__}: {exc}"[:300])
    return checked[0], (found[0] if found else None)


def best_time(expression, namespace, repeat):
    timer = timeit.Timer(expression, globals=namespace)
    number, _ = timer.autorange()
    return min(timer.repeat(repeat=repeat, number=number)) / number


def main():
    config = json.loads(sys.argv[1])
    notes = []
    original = importlib.import_module("original")
    candidate = importlib.import_module("candidate")
    out = {"equivalent": False, "counterexample": None, "inputs_checked": 0, "notes": notes}
    if not callable(getattr(candidate, config["function"], None)):
        out["counterexample"] = {"error": f"candidate defines no {config['function']}()"}
        print(json.dumps(out))
        return
    bench = config["bench"]
    timeout = config["bench_timeout"]
    a = call(lambda: eval(bench, vars(original)), (), timeout)
    b = call(lambda: eval(bench, vars(candidate)), (), timeout)
    if not same(a, b):
        out["counterexample"] = {"args": bench, "original": repr(a)[:300],
                                 "candidate": repr(b)[:300]}
        print(json.dumps(out))
        return
    n, counterexample = generated_inputs(getattr(original, config["function"]), config,
                                         original, candidate, notes)
    out["inputs_checked"] = n + 1
    if counterexample is not None:
        out["counterexample"] = counterexample
        print(json.dumps(out))
        return
    out["equivalent"] = True
    out["t_original"] = best_time(bench, vars(original), config["repeat"])
    out["t_candidate"] = best_time(bench, vars(candidate), config["repeat"])
    print(json.dumps(out))


if __name__ == "__main__":
    main()
