"""`python -m veilleur.cli`: the `veilleur` command (the tests and the benchmarks use it)."""

from veilleur.cli import main

main()
