"""Veilleur: a self-hosted, safety-first assistant."""

__version__ = "0.1.0"

__all__ = ["__version__"]
