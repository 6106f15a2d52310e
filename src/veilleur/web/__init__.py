"""The web chat page: a static single-page app served by `veilleur serve` at `/`."""
