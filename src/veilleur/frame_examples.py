"""The example turns of the built-in conversation frame, shared by the engine and the tasks.

The engine shows them to a base model (`veilleur.engine.chat_format`) so that it answers
in the shape of an assistant; the tasks check that none of them leaks into an answer
(`veilleur.tasks.text.checks`). They live here, in a module of neither layer, so that
the tasks need not import the engine.
"""

from __future__ import annotations

__all__ = ["FRAME_EXAMPLES", "FRAME_TURNS"]

# Example turns that show a base model the shape of an assistant's answers: short,
# factual, in the language of the question.
FRAME_TURNS: tuple[tuple[str, str], ...] = (
    (
        "Quelle est la différence entre un virus et une bactérie ?",
        "Une bactérie est un organisme vivant à une seule cellule ; un virus est bien plus "
        "petit et ne peut se reproduire qu'à l'intérieur d'une cellule.",
    ),
    ("What is the tallest mountain in the world?", "Mount Everest, at 8,849 metres."),
    (
        "Pourquoi les feuilles tombent-elles en automne ?",
        "En automne, les jours raccourcissent : l'arbre cesse de nourrir ses feuilles, qui "
        "sèchent et tombent.",
    ),
    (
        "How do I reverse a list in Python?",
        "Use `my_list.reverse()` to reverse it in place, or `my_list[::-1]` for a reversed copy.",
    ),
)
FRAME_EXAMPLES: tuple[str, ...] = tuple(text for turn in FRAME_TURNS for text in turn)
