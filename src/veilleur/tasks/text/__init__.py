"""Text tasks on the chat path: translate, summarise, generate from presets.

Each task is a validated request object (`create` raises a 400/413 before anything
runs) whose `steps` ask the guarded engine for chat completions; a `Runner` checks the
input and the output through one guard session and turns the steps into events
(`veilleur.events.Event`).

    runner = Runner(guarded_engine, settings.text)
    task = TranslateTask.create("Bonjour", target_language="en", max_characters=10_000)
    await runner.check(task)
    async for event in runner.run(task): ...
"""

from veilleur.languages import BEST_EFFORT, SUPPORTED
from veilleur.tasks.settings import TextSettings
from veilleur.tasks.text.generate import GenerateTask
from veilleur.tasks.text.presets import PRESETS, Preset, register_preset
from veilleur.tasks.text.prompts import LENGTHS
from veilleur.tasks.text.runner import PromptInjectionError, Runner
from veilleur.tasks.text.summarize import SummarizeTask
from veilleur.tasks.text.translate import TranslateTask

__all__ = [
    "BEST_EFFORT",
    "LENGTHS",
    "PRESETS",
    "SUPPORTED",
    "GenerateTask",
    "Preset",
    "PromptInjectionError",
    "Runner",
    "SummarizeTask",
    "TextSettings",
    "TranslateTask",
    "register_preset",
]
