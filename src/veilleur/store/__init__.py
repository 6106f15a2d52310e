"""The conversation store: the truth about every conversation and message."""
