from veilleur.engine.base import ChatMessage
from veilleur.engine.chat_format import ROLE_STOPS, FrameFormat, TemplateFormat
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


# ---- role markers (issue 13, item 8) --------------------------------------------------------

_CONTINUED = [
    "\nuser: Bonjour, la question est en anglais.",
    "\nUser: next question",
    "\nUSER: shouting",
    "\nUser : espace",
    "\nuser\u00a0: espace insécable",
    "\nUtilisateur : Bonjour",
    "\nutilisateur: bonjour",
    "\nUTILISATRICE : Salut",
    "\nAssistant: I will also answer that",
    "\nassistant : oui",
    "\nAssistante : oui",
    "\n  User: indented",
    "\n\nUser: after a blank line",
]


def splits(text: str) -> list[list[str]]:
    """`text` cut in every way a tokenizer might: two pieces at every position, three pieces
    at every pair of positions, and one character at a time."""
    out = [[text], list(text)]
    out += [[text[:i], text[i:]] for i in range(1, len(text))]
    out += [[text[:i], text[i:j], text[j:]] for i in range(1, len(text))
            for j in range(i + 1, len(text))]
    return out


def test_role_markers_stop_the_text_whatever_their_case_and_split() -> None:
    for continuation in _CONTINUED:
        text = "Paris is the capital." + continuation
        for pieces in splits(text):
            matcher = StopMatcher(ROLE_STOPS)
            shown = feed(matcher, pieces)
            assert shown.rstrip("\n") == "Paris is the capital.", (pieces, shown)
            assert matcher.stopped, pieces


def test_a_reply_that_starts_with_a_role_marker_is_empty() -> None:
    for pieces in splits("User: hello"):
        assert feed(StopMatcher(ROLE_STOPS), pieces) == ""
    assembler = TextAssembler(ROLE_STOPS, lstrip=True)
    assert assembler.push(b" Assistant:") + assembler.push(b" hi") + assembler.flush() == ""


def test_lines_that_only_look_like_role_markers_are_kept() -> None:
    for text in ["Users: many\nUsers: more", "A user: someone", "Assistant manager: Bob",
                 "The assistant: yes", "User guide\nis here", "\nUser", "ends with\nuser"]:
        for pieces in splits(text):
            matcher = StopMatcher(ROLE_STOPS)
            assert feed(matcher, pieces) == text, pieces
            assert not matcher.stopped


def test_request_stops_stay_exact_and_case_sensitive() -> None:
    assert feed(StopMatcher(["END"]), ["the end is near"]) == "the end is near"
    assert feed(StopMatcher(["END", *ROLE_STOPS]), ["a\nUser:b"]) == "a"
    assert feed(StopMatcher(["\nUser:", *ROLE_STOPS]), ["a\nuser: b"]) == "a"


def test_both_chat_formats_stop_on_role_markers() -> None:
    chat = [ChatMessage("user", "Bonjour")]
    assert set(ROLE_STOPS) <= set(FrameFormat().render(chat).stop)
    chatml = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}"
              "<|im_end|>\n{% endfor %}<|im_start|>assistant\n")
    template = TemplateFormat(chatml, bos_token="<s>", eos_token="<|im_end|>")
    assert set(ROLE_STOPS) <= set(template.render(chat).stop)
