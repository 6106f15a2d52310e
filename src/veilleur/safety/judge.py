"""An optional LLM judge: a Llama Guard 3 model asked about uncertain or flagged texts.

The classifier is fast and runs everywhere; a Llama Guard model reads intent better but
costs a forward pass of a 1–8 B model per check. The pipeline therefore asks the judge
only about texts the classifier is unsure of or flags (policy `[judge]`), and combines the
two by policy: the judge's *unsafe* flags its categories, its *safe* clears the
classifier's S-code flags (rules and the jailbreak / prompt-injection category, which
Llama Guard does not judge, stand). A judge that fails or answers something unreadable
leaves the classifier's decision as it was: the guard never waits on a broken judge for
longer than its timeout, and never lets a text through because the judge broke.

The prompt is the one of the Llama Guard 3 model card (categories S1–S14, the
conversation as ``User:`` / ``Agent:`` turns, the assessment asked for the last user or
agent message); the answer is ``safe``, or ``unsafe`` and a line of comma-separated codes.
The model can be served by any OpenAI-compatible server that has the ``/v1/completions``
endpoint (vLLM, SGLang, llama.cpp's ``llama-server``; the prompt is sent as is, so no chat
template is involved), or loaded from a GGUF file with llama-cpp-python.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import httpx

from veilleur.safety.errors import JudgeError
from veilleur.types import ChatMessage

__all__ = [
    "LLAMA_GUARD_3_CATEGORIES",
    "GgufCompleter",
    "HttpCompleter",
    "JudgeError",
    "LlamaGuardJudge",
    "Verdict",
    "build_judge",
    "build_prompt",
    "parse_verdict",
]

log = logging.getLogger(__name__)

Role = Literal["User", "Agent"]

# The category list of the Llama Guard 3 model card, in its words.
LLAMA_GUARD_3_CATEGORIES: dict[str, str] = {
    "S1": "Violent Crimes",
    "S2": "Non-Violent Crimes",
    "S3": "Sex Crimes",
    "S4": "Child Exploitation",
    "S5": "Defamation",
    "S6": "Specialized Advice",
    "S7": "Privacy",
    "S8": "Intellectual Property",
    "S9": "Indiscriminate Weapons",
    "S10": "Hate",
    "S11": "Self-Harm",
    "S12": "Sexual Content",
    "S13": "Elections",
    "S14": "Code Interpreter Abuse",
}

# The tokenizer of the server (or llama.cpp) adds <|begin_of_text|> itself: the prompt
# starts right after it, so the model sees exactly one.
_HEADER = "<|start_header_id|>user<|end_header_id|>\n\n"
_FOOTER = "<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"
_MAX_TOKENS = 20  # "unsafe\nS1,S2,…" is a few tokens


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the judge said: ``unsafe`` and the codes it named (possibly none), or safe."""

    unsafe: bool
    codes: tuple[str, ...] = ()

    def __str__(self) -> str:
        if not self.unsafe:
            return "safe"
        return "unsafe" + (f" {','.join(self.codes)}" if self.codes else "")


def build_prompt(messages: Sequence[ChatMessage], role: Role) -> str:
    """The Llama Guard 3 prompt asking about the last `role` message of `messages`.

    User turns are ``User:``, assistant turns ``Agent:``; system messages are not part of
    the conversation Llama Guard reads. For ``role="Agent"`` the conversation must end
    with the assistant's answer.
    """
    turns = [
        f"{'User' if m.role == 'user' else 'Agent'}: {m.content}"
        for m in messages
        if m.role in ("user", "assistant")
    ]
    categories = "\n".join(f"{code}: {name}." for code, name in LLAMA_GUARD_3_CATEGORIES.items())
    return (
        f"{_HEADER}Task: Check if there is unsafe content in '{role}' messages in "
        "conversations according our safety policy with the below categories.\n\n"
        f"<BEGIN UNSAFE CONTENT CATEGORIES>\n{categories}\n<END UNSAFE CONTENT CATEGORIES>\n\n"
        "<BEGIN CONVERSATION>\n\n" + "\n\n".join(turns) + "\n\n<END CONVERSATION>\n\n"
        f"Provide your safety assessment for ONLY THE LAST {role} message in the above "
        "conversation:\n - First line must read 'safe' or 'unsafe'.\n - If unsafe, a second "
        f"line must include a comma-separated list of violated categories.{_FOOTER}"
    )


_CODE = re.compile(r"\bS(1[0-4]|[1-9])\b")


def parse_verdict(output: str) -> Verdict | None:
    """The verdict in a Llama Guard answer, or None when it is neither safe nor unsafe.

    Accepts the blank lines and the end-of-turn token servers leave around the answer,
    any case, and codes separated by commas or spaces; unknown codes are dropped.
    """
    lines = [line.strip() for line in output.replace("<|eot_id|>", "\n").splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return None
    first = lines[0].lower().rstrip(".")
    if first == "safe":
        return Verdict(unsafe=False)
    if first != "unsafe":
        return None
    codes = _CODE.findall(lines[1]) if len(lines) > 1 else []
    return Verdict(unsafe=True, codes=tuple(dict.fromkeys(f"S{c}" for c in codes)))


Completer = Callable[[str], str]


class HttpCompleter:
    """Completes a prompt with the ``/v1/completions`` endpoint of an OpenAI-compatible
    server (greedy, a few tokens)."""

    def __init__(self, base_url: str, model: str, *, api_key: str | None = None,
                 timeout: float = 10.0) -> None:
        self.model = model
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(base_url=base_url.rstrip("/"), headers=headers,
                                    timeout=timeout)

    def __call__(self, prompt: str) -> str:
        body = {"model": self.model, "prompt": prompt, "max_tokens": _MAX_TOKENS,
                "temperature": 0.0}
        try:
            reply = self._client.post("/completions", json=body)
        except httpx.HTTPError as exc:
            raise JudgeError(f"the judge at {self._client.base_url} did not answer: {exc}") from exc
        if reply.status_code != 200:
            raise JudgeError(f"the judge answered HTTP {reply.status_code}: {reply.text[:200]}")
        try:
            return str(reply.json()["choices"][0]["text"])
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise JudgeError(f"the judge's reply is not a completion: {reply.text[:200]}") from exc


class GgufCompleter:
    """Completes a prompt with a Llama Guard GGUF file loaded by llama-cpp-python (loaded
    at the first call; calls are serialised)."""

    def __init__(self, path: Path, *, n_threads: int | None = None, n_ctx: int = 4096) -> None:
        if not path.is_file():
            raise JudgeError(f"judge model file {str(path)!r} does not exist")
        self.path = path
        self._threads = n_threads
        self._n_ctx = n_ctx
        self._llama = None
        self._lock = threading.Lock()

    def __call__(self, prompt: str) -> str:
        with self._lock:
            if self._llama is None:
                from llama_cpp import Llama

                try:
                    self._llama = Llama(model_path=str(self.path), n_ctx=self._n_ctx,
                                        n_threads=self._threads, verbose=False)
                except Exception as exc:  # llama.cpp reports a bad file as ValueError
                    raise JudgeError(f"cannot load the judge model {self.path}: {exc}") from exc
            try:
                out = self._llama.create_completion(prompt, max_tokens=_MAX_TOKENS,
                                                    temperature=0.0)
            except Exception as exc:  # too long for the context, decode failure
                raise JudgeError(f"the judge model failed: {exc}") from exc
        return str(out["choices"][0]["text"])


class LlamaGuardJudge:
    """Asks a Llama Guard 3 model about a conversation; None when it cannot tell."""

    def __init__(self, complete: Completer, name: str) -> None:
        self._complete = complete
        self.name = name

    def judge(self, messages: Sequence[ChatMessage], role: Role) -> Verdict | None:
        """The verdict on the last `role` message, or None (judge failed or unreadable)."""
        try:
            output = self._complete(build_prompt(messages, role))
        except JudgeError as exc:
            log.warning("safety judge unavailable, the classifier decides alone: %s", exc)
            return None
        verdict = parse_verdict(output)
        if verdict is None:
            log.warning("safety judge answered neither safe nor unsafe: %r", output[:120])
        return verdict


def build_judge(url: str | None, model: str | None, *, api_key: str | None = None,
                timeout: float = 10.0) -> LlamaGuardJudge | None:
    """The judge the settings describe: a server at `url` (model name `model`), a GGUF file
    at `model` when there is no URL, or None when neither is set.

    Raises:
        JudgeError: `model` names a GGUF file that does not exist.
    """
    if url:
        name = model or "llama-guard-3"
        return LlamaGuardJudge(HttpCompleter(url, name, api_key=api_key, timeout=timeout), name)
    if model:
        path = Path(model).expanduser()
        return LlamaGuardJudge(GgufCompleter(path), path.name)
    return None
