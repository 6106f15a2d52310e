"""How often the output guard cuts a benign answer of the default model, streamed in pieces.

    python -m bench.guard_false_cuts [--samples 5] [--max-tokens 160] [--concurrency 16]

The prompts are the benign everyday requests and story prompts of
`data/safety/generate_answers.py` (written for Veilleur, English and French, none from a
safety benchmark). Each is answered `--samples` times (temperature 0.8, seeds 1..N) by a
real `veilleur serve` on the default model with the safety checks off, so that what is
collected is what the model writes; each answer is then fed to the shipped output guard
(`SafetyPipeline.output_guard`) in pieces of 4 characters, as a stream arrives, and
finished. An answer is a false cut when any `feed` or the final check blocks. Prints
one JSON line of results (by language, with the cut answers).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

import httpx

from bench.load import model_of
from bench.servers import veilleur_server

ROOT = Path(__file__).resolve().parents[1]
PIECE = 4  # characters per streamed piece (about a token)


def _prompts() -> list[tuple[str, str]]:
    sys.path.insert(0, str(ROOT / "data" / "safety"))
    import generate_answers  # the prompt lists only

    return generate_answers.prompts()


async def _answers(base: str, prompts: list[tuple[str, str]], samples: int, max_tokens: int,
                   concurrency: int) -> list[tuple[str, str, str]]:
    gate = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=900) as client:
        model = await model_of(client)

        async def one(lang: str, prompt: str, seed: int) -> tuple[str, str, str]:
            async with gate:
                reply = await client.post("/v1/chat/completions", json={
                    "model": model, "messages": [{"role": "user", "content": prompt}],
                    "max_tokens": max_tokens, "temperature": 0.8, "seed": seed})
                reply.raise_for_status()
                return lang, prompt, reply.json()["choices"][0]["message"]["content"]

        return await asyncio.gather(*(one(lang, prompt, seed)
                                      for seed in range(1, samples + 1)
                                      for lang, prompt in prompts))


def _cut(pipeline: object, prompt: str, answer: str, lang: str) -> bool:
    from veilleur.types import ChatMessage

    guard = pipeline.output_guard([ChatMessage("user", prompt)], language=lang)  # type: ignore[attr-defined]
    for start in range(0, len(answer), PIECE):
        decision = guard.feed(answer[start:start + PIECE])
        if decision is not None and decision.blocked:
            return True
    return guard.finish().blocked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=5)
    parser.add_argument("--max-tokens", type=int, default=160)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()
    from veilleur.config import load_settings
    from veilleur.engine.llamacpp import usable_cores
    from veilleur.models import ensure_default_model
    from veilleur.safety import SafetyPipeline

    model = ensure_default_model(Path.home() / ".cache" / "veilleur" / "models")
    threads = args.threads or usable_cores()
    prompts = _prompts()
    with veilleur_server(model, threads, "batched", slots=args.concurrency, n_ctx=2048,
                         env={"VEILLEUR_SAFETY_ENABLED": "false"}) as base:
        answers = asyncio.run(_answers(base, prompts, args.samples, args.max_tokens,
                                       args.concurrency))
    pipeline = SafetyPipeline.from_settings(load_settings().safety)
    pipeline.warm_up()
    results: dict[str, dict] = {}
    for lang, prompt, answer in answers:
        row = results.setdefault(lang, {"answers": 0, "cut": 0, "examples": []})
        row["answers"] += 1
        if answer.strip() and _cut(pipeline, prompt, answer, lang):
            row["cut"] += 1
            row["examples"].append({"prompt": prompt, "answer": answer[:300]})
    for row in results.values():
        row["rate"] = round(row["cut"] / row["answers"], 4)
    print(json.dumps({"pieces_of_chars": PIECE, "samples": args.samples,
                      "prompts": len(prompts), "results": results}, ensure_ascii=False))


if __name__ == "__main__":
    main()
