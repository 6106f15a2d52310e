"""Asking a backend for code: the token budget, one completion, the code it contains."""

from __future__ import annotations

from veilleur.engine.base import Backend, Finished, GenerationRequest, SamplingParams, TextDelta
from veilleur.errors import ContextLengthError

__all__ = ["complete_code", "completion_budget"]

STOP = ("```",)
_MIN_ANSWER_TOKENS = 32


def completion_budget(backend: Backend, prompt: str, wanted: int, *, param: str) -> int:
    """Tokens the answer may take: `wanted`, or what is left of the context.

    Raises:
        ContextLengthError: the prompt leaves too little room for an answer.
    """
    context = backend.info.context_length
    used = backend.count_tokens(prompt) + 1
    room = context - used - 4
    if room < _MIN_ANSWER_TOKENS:
        raise ContextLengthError(
            f"the prompt for this {param} takes {used} tokens; the model's context is "
            f"{context} tokens, too small to answer: send less code or a shorter failure",
            param=param,
        )
    return max(_MIN_ANSWER_TOKENS, min(wanted, room))


async def complete_code(
    backend: Backend, prompt: str, *, max_tokens: int, attempt: int, request_id: str = ""
) -> str:
    """The code the model writes after `prompt` (which ends by opening a fence).

    The first attempt is greedy; later ones sample, seeded by the attempt number, so that
    a repair loop explores different fixes reproducibly.
    """
    sampling = SamplingParams(
        temperature=0.0 if attempt <= 1 else 0.7,
        top_p=0.95,
        max_tokens=max_tokens,
        stop=STOP,
        seed=attempt,
        repeat_penalty=1.0,
    )
    stream = backend.generate(GenerationRequest(prompt=prompt, sampling=sampling,
                                                request_id=request_id))
    parts: list[str] = []
    try:
        async for event in stream:
            if isinstance(event, TextDelta):
                parts.append(event.text)
            elif isinstance(event, Finished):
                break
    finally:
        await stream.aclose()
    text = "".join(parts)
    return text.split("```", 1)[0].rstrip() + "\n"
