"""Asking the guarded engine for code: the token budget, one completion, the code in it."""

from __future__ import annotations

from veilleur.errors import ContextLengthError
from veilleur.guard import GuardSession, SafetyCut
from veilleur.tasks.errors import OutputRefusedError
from veilleur.types import Finished, GenerationRequest, SamplingParams, TextDelta

__all__ = ["complete_code", "completion_budget"]

STOP = ("```",)
_MIN_ANSWER_TOKENS = 32


def completion_budget(engine: GuardSession, prompt: str, wanted: int, *, param: str) -> int:
    """Tokens the answer may take: `wanted`, or what is left of the context.

    Raises:
        ContextLengthError: the prompt leaves too little room for an answer.
    """
    context = engine.info.context_length
    used = engine.count_tokens(prompt) + 1
    room = context - used - 4
    if room < _MIN_ANSWER_TOKENS:
        raise ContextLengthError(
            f"the prompt for this {param} takes {used} tokens; the model's context is "
            f"{context} tokens, too small to answer: send less code or a shorter failure",
            param=param,
        )
    return max(_MIN_ANSWER_TOKENS, min(wanted, room))


async def complete_code(
    engine: GuardSession, prompt: str, *, max_tokens: int, attempt: int, request_id: str = ""
) -> str:
    """The code the model writes after `prompt` (which ends by opening a fence).

    The first attempt is greedy; later ones sample, seeded by the attempt number, so that
    a repair loop explores different fixes reproducibly. What the model writes goes
    through the output guard like any answer.

    Raises:
        OutputRefusedError: the output guard blocked it.
    """
    sampling = SamplingParams(
        temperature=0.0 if attempt <= 1 else 0.7,
        top_p=0.95,
        max_tokens=max_tokens,
        stop=STOP,
        seed=attempt,
        repeat_penalty=1.0,
    )
    stream = engine.generate(GenerationRequest(prompt=prompt, sampling=sampling,
                                               request_id=request_id))
    parts: list[str] = []
    try:
        async for event in stream:
            if isinstance(event, SafetyCut):
                raise OutputRefusedError(event.decision)
            if isinstance(event, TextDelta):
                parts.append(event.text)
            elif isinstance(event, Finished):
                break
    finally:
        await stream.aclose()  # type: ignore[attr-defined]
    text = "".join(parts)
    return text.split("```", 1)[0].rstrip() + "\n"
