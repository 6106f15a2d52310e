"""bench/report.py: a benchmark rewrites only its own sections of docs/benchmarks.md."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.report import end_marker, merge_section, start_marker, write_sections

DOC = """# Benchmarks

Hand-written introduction.

<!-- bench:serving:start -->
old serving numbers
<!-- bench:serving:end -->

## Safety checks

Hand-written: measured by hand, not by make bench.

<!-- bench:fairness:start -->
## Fairness across users
old fairness table
<!-- bench:fairness:end -->

An earlier run, written by hand after the table.
"""


def test_only_the_named_section_is_replaced() -> None:
    merged = merge_section(DOC, "serving", "new serving numbers\n")
    assert "new serving numbers" in merged
    assert "old serving numbers" not in merged
    # everything outside the markers is kept, byte for byte
    before, after = DOC.split("old serving numbers\n")
    assert merged.startswith(before)
    assert merged.endswith(after)
    assert merged.count(start_marker("serving")) == merged.count(end_marker("serving")) == 1


def test_replacing_twice_is_stable_and_other_sections_survive() -> None:
    once = merge_section(DOC, "fairness", "## Fairness across users\nnew table")
    twice = merge_section(once, "fairness", "## Fairness across users\nnew table")
    assert once == twice
    assert "old serving numbers" in twice
    assert "Hand-written: measured by hand" in twice
    assert "An earlier run, written by hand after the table." in twice
    assert "old fairness table" not in twice


def test_a_new_section_is_appended() -> None:
    merged = merge_section(DOC, "compare", "llama-server numbers")
    assert merged.startswith(DOC.rstrip("\n"))
    assert merged.endswith(f"{start_marker('compare')}\nllama-server numbers\n"
                           f"{end_marker('compare')}\n")


@pytest.mark.parametrize("broken", [
    DOC.replace("<!-- bench:serving:end -->\n", ""),
    DOC.replace("<!-- bench:serving:start -->\n", ""),
    DOC + "<!-- bench:serving:start -->\n",
    DOC.replace("<!-- bench:serving:start -->", "@@").replace(
        "<!-- bench:serving:end -->", "<!-- bench:serving:start -->").replace(
        "@@", "<!-- bench:serving:end -->"),
])
def test_unbalanced_markers_are_refused(broken: str) -> None:
    with pytest.raises(ValueError, match="unbalanced"):
        merge_section(broken, "serving", "x")


def test_write_sections_keeps_the_file_around_them(tmp_path: Path) -> None:
    path = tmp_path / "benchmarks.md"
    path.write_text(DOC)
    write_sections(path, {"serving": "s2", "compare": "c1"})
    text = path.read_text()
    assert "s2" in text and "c1" in text and "old fairness table" in text
    assert "Hand-written introduction." in text
    fresh = tmp_path / "new.md"
    write_sections(fresh, {"serving": "s"})
    assert fresh.read_text().startswith("# Benchmarks\n")


def test_the_real_document_has_balanced_markers() -> None:
    """docs/benchmarks.md itself: every section make bench writes is there once."""
    text = (Path(__file__).parents[2] / "docs" / "benchmarks.md").read_text()
    for name in ("serving", "compare", "fairness"):
        assert text.count(start_marker(name)) == text.count(end_marker(name)) == 1
        assert merge_section(text, name, "x").count("x\n" + end_marker(name)) == 1
