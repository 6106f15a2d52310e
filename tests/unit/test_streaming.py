from veilleur.engine.streaming import StopMatcher, TextAssembler


def feed(matcher: StopMatcher, pieces: list[str]) -> str:
    return "".join(matcher.push(p) for p in pieces) + matcher.flush()


def test_stop_split_across_pieces_is_never_shown() -> None:
    matcher = StopMatcher(["\nUser:"])
    shown = [matcher.push(p) for p in ["Paris", ".", "\n", "Us", "er", ": next"]]
    assert "".join(shown) == "Paris."
    assert matcher.stopped
    assert matcher.flush() == ""


def test_held_text_released_when_it_is_not_a_stop() -> None:
    matcher = StopMatcher(["\nUser:"])
    assert matcher.push("a\nUs") == "a"
    assert matcher.push("ually") == "\nUsually"
    assert not matcher.stopped


def test_earliest_of_several_stops_wins() -> None:
    assert feed(StopMatcher(["END", "ST"]), ["abcSTxyzEND"]) == "abc"


def test_no_stops_passes_through() -> None:
    assert feed(StopMatcher([]), ["a", "b"]) == "ab"


def test_flush_returns_partial_stop_prefix_at_end() -> None:
    assert feed(StopMatcher(["\nUser:"]), ["ok\nUse"]) == "ok\nUse"


def test_utf8_split_across_tokens() -> None:
    data = "café ☕".encode()
    assembler = TextAssembler()
    out = "".join(assembler.push(data[i : i + 1]) for i in range(len(data))) + assembler.flush()
    assert out == "café ☕"


def test_lstrip_only_at_start() -> None:
    assembler = TextAssembler(lstrip=True)
    out = [assembler.push(p) for p in [b" ", b" Hello", b" world"]]
    assert "".join(out) == "Hello world"
