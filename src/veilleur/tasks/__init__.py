"""Tasks built on the chat path: prompts + checks on top of the guarded engine."""
