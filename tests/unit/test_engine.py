"""The embedded backend on the real default model."""

import asyncio

import pytest

from veilleur.chat.context import fit_messages
from veilleur.engine.base import (
    Backend,
    ChatMessage,
    Finished,
    GenerationRequest,
    SamplingParams,
    TextDelta,
)
from veilleur.errors import ContextLengthError, EngineOverloadedError


async def run(backend, request: GenerationRequest) -> tuple[str, Finished]:
    parts, finished = [], None
    async for event in backend.generate(request):
        if isinstance(event, TextDelta):
            parts.append(event.text)
        else:
            finished = event
    assert isinstance(finished, Finished)
    return "".join(parts), finished


def chat(text: str, **sampling) -> GenerationRequest:
    return GenerationRequest(
        sampling=SamplingParams(**sampling),
        messages=(ChatMessage("system", "Answer briefly."), ChatMessage("user", text)),
    )


def test_is_a_backend_and_uses_the_frame_for_a_base_model(backend) -> None:
    assert isinstance(backend, Backend)
    assert backend.chat_format == "frame"
    assert backend.info.context_length == 2048
    assert backend.count_tokens("Bonjour le monde") > 0


def test_greedy_answer_is_on_topic_and_stops_at_turn_end(backend) -> None:
    text, finished = asyncio.run(
        run(backend, chat("What is the capital of France?", temperature=0))
    )
    assert "Paris" in text
    assert finished.reason == "stop"
    assert "User:" not in text
    assert finished.usage.prompt_tokens > 0 and finished.usage.completion_tokens > 0


def test_same_seed_same_text_and_max_tokens_gives_length(backend) -> None:
    req = GenerationRequest(
        sampling=SamplingParams(temperature=1.0, seed=7, max_tokens=12),
        prompt="Once upon a time, in a small village by the sea,",
    )
    other = GenerationRequest(sampling=SamplingParams(max_tokens=2), prompt="Zebras")
    # Same cache state before each run (only BOS shared), so the prompt is evaluated the same
    # way: llama.cpp's logits differ in the last bits between a full prefill and a
    # one-token re-evaluation over a reused KV cache, which can flip a sampled token.
    asyncio.run(run(backend, other))
    first, f1 = asyncio.run(run(backend, req))
    asyncio.run(run(backend, other))
    second, _ = asyncio.run(run(backend, req))
    assert first == second
    assert f1.reason == "length" and f1.usage.completion_tokens == 12


def test_user_stop_sequence(backend) -> None:
    prompt = GenerationRequest(
        sampling=SamplingParams(temperature=0, max_tokens=40, stop=("4",)),
        prompt="Count: 1, 2, 3,",
    )
    text, finished = asyncio.run(run(backend, prompt))
    assert "4" not in text and finished.reason == "stop"


def test_second_turn_reuses_the_cached_prefix(backend) -> None:
    _, first = asyncio.run(run(backend, chat("Name a fruit.", temperature=0, max_tokens=8)))
    _, second = asyncio.run(run(backend, chat("Name a fruit.", temperature=0, max_tokens=8)))
    assert second.usage.cached_tokens >= first.usage.prompt_tokens - 1


def test_prompt_longer_than_context_is_refused_before_generating(backend) -> None:
    with pytest.raises(ContextLengthError, match="context window"):
        backend.generate(GenerationRequest(prompt="word " * 5000))


def test_closing_the_stream_cancels_the_generation(backend) -> None:
    async def scenario() -> str:
        stream = backend.generate(
            chat("Tell me a very long story.", max_tokens=500, temperature=0.8)
        )
        async for event in stream:
            if isinstance(event, TextDelta):
                break
        await stream.aclose()
        # the engine is free again at once
        text, _ = await run(backend, chat("Say hi.", max_tokens=4, temperature=0))
        return text

    assert asyncio.run(scenario())


def test_full_queue_is_refused_and_slots_come_back(backend) -> None:
    async def scenario() -> None:
        streams = [backend.generate(chat("Hi", max_tokens=2)) for _ in range(4)]
        with pytest.raises(EngineOverloadedError) as info:
            backend.generate(chat("Hi", max_tokens=2))
        assert info.value.retry_after >= 1
        for stream in streams:
            await stream.aclose()  # never read: the slot must still be given back
        await run(backend, chat("Hi", max_tokens=2))

    asyncio.run(scenario())


def test_long_conversation_drops_oldest_turns_keeps_system(backend) -> None:
    turns = [ChatMessage("system", "SYSTEM-MARK")]
    for i in range(60):
        turns.append(ChatMessage("user", f"Question {i}: " + "blah " * 30))
        turns.append(ChatMessage("assistant", "Answer " + "ok " * 30))
    turns.append(ChatMessage("user", "Last question?"))
    fitted = fit_messages(backend, turns, max_tokens=256)
    assert fitted.dropped > 0
    assert fitted.messages[0].content == "SYSTEM-MARK"
    assert fitted.messages[-1].content == "Last question?"
    assert fitted.messages[1].role == "user"
    assert fitted.prompt_tokens + 256 <= backend.info.context_length


def test_last_message_alone_too_long_is_a_context_error(backend) -> None:
    with pytest.raises(ContextLengthError, match="does not fit"):
        fit_messages(backend, [ChatMessage("user", "blah " * 4000)], max_tokens=64)
