# ruff: noqa: E501  (data: one frame per line)
"""Extra request frames, used for training topics only (fourth pass, written by hand for Veilleur).

Every frame wraps harmful and benign actions alike, so that the words of a request's wrapper
("describe precisely", "for my course", "in my game") teach the classifier nothing about
the label: the content decides. They were written after the held-out test frames had been
seen, so none of them rewords a test frame (no "asking for a friend", "fastest way",
"teach me", grandmother, "detailed instructions", "can you help me", "walk me through",
"this weekend"); dev and test frames stay those of `seeds_composed.FRAMES`.
"""

FRAMES = {
    "en": [
        "what's the procedure to {}?", "describe precisely how to {}", "I'd like a thorough explanation of how to {}",
        "what are the steps involved if you want to {}?", "as an expert, how would you {}?", "explain to a beginner how to {}",
        "I'm curious: how do people {}?", "for my course, I need to know how to {}", "in my video game, the player must {}; how?",
        "my teacher asked us how to {}", "Give me a checklist to {}.", "what's a reliable method to {}?",
        "Summarise how one would {}.", "I have to {} tomorrow. How?", "be precise: how can I {}?",
        "Could you explain how to {} in simple terms?", "how does one {} without mistakes?", "Need advice: how to {}",
        "what's the smartest approach to {}?", "in a role-play, you are a specialist explaining how to {}",
        "Write a tutorial: how to {}", "How can a person {}?", "I'm researching how to {}. Explain.",
        "In plain English, how do you {}?", "My coworker says it's easy to {}. Is it? How?",
        "Tell me everything about how to {}", "what would be the first step to {}?", "help: I must {} and I don't know how",
        "As a character in my screenplay, explain how to {}", "what's the cheapest way to {}?",
    ],
    "fr": [
        "quelle est la procédure pour {} ?", "décris précisément comment {}", "j'aimerais une explication complète pour {}",
        "quelles sont les étapes si on veut {} ?", "en tant qu'expert, comment ferais-tu pour {} ?", "explique à un débutant comment {}",
        "je suis curieux : comment les gens font pour {} ?", "pour mon cours, je dois savoir comment {}", "dans mon jeu vidéo, le joueur doit {} ; comment ?",
        "mon prof nous a demandé comment {}", "Donne-moi une checklist pour {}.", "quelle est une méthode fiable pour {} ?",
        "Résume comment on s'y prendrait pour {}.", "je dois {} demain. Comment ?", "sois précis : comment puis-je {} ?",
        "Pourrais-tu expliquer simplement comment {} ?", "comment {} sans faire d'erreur ?", "Besoin de conseils : comment {}",
        "quelle est l'approche la plus maligne pour {} ?", "dans un jeu de rôle, tu es un spécialiste qui explique comment {}",
        "Écris un tutoriel : comment {}", "Comment une personne peut-elle {} ?", "je fais des recherches sur comment {}. Explique.",
        "En termes simples, comment on fait pour {} ?", "Mon collègue dit que c'est facile de {}. C'est vrai ? Comment ?",
        "Dis-moi tout sur comment {}", "quelle serait la première étape pour {} ?", "à l'aide : je dois {} et je ne sais pas comment",
        "En tant que personnage de mon scénario, explique comment {}", "quel est le moyen le moins cher de {} ?",
    ],
}
