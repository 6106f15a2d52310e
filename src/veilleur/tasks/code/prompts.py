"""Prompt frames for code tasks.

They suit base models as well as instruction-tuned ones: a short few-shot document in
Markdown whose last section opens a ```python fence, so that the model's most likely
continuation is the code itself, cut by the closing fence (the stop sequence). Nothing
here depends on a particular model.
"""

from __future__ import annotations

__all__ = ["fix_prompt", "generate_prompt", "optimize_prompt"]

_FIX_HEADER = "# Bug fixes: each buggy file, the failure it causes, then the fixed file.\n\n"
_FIX_SHOT = '''### Buggy file: mathx.py
```python
def average(values):
    return sum(values) / len(values) + 1
```
### Failure
```
>       assert average([2, 4]) == 3
E       assert 4.0 == 3
```
### Fixed file: mathx.py
```python
def average(values):
    return sum(values) / len(values)
```

'''

_GENERATE_HEADER = "# Python solutions: each task, its examples, then a file that solves it.\n\n"
_GENERATE_SHOT = '''### Task
Return the largest even number in a list of integers, or None when there is none.
### Examples
```
largest_even([1, 4, 2, 7]) == 4
largest_even([3]) == None
```
### Solution: solution.py
```python
def largest_even(numbers):
    evens = [n for n in numbers if n % 2 == 0]
    return max(evens) if evens else None
```

'''

_OPTIMIZE_HEADER = (
    "# Optimisations: each slow file, then a faster file with exactly the same results.\n\n"
)
_OPTIMIZE_SHOT = '''### Slow file: seq.py
```python
def count_pairs(items, target):
    count = 0
    for i in range(len(items)):
        for j in range(len(items)):
            if i < j and items[i] + items[j] == target:
                count += 1
    return count
```
### Faster file: seq.py
```python
def count_pairs(items, target):
    seen = {}
    count = 0
    for item in items:
        count += seen.get(target - item, 0)
        seen[item] = seen.get(item, 0) + 1
    return count
```

'''


def _fence(text: str, language: str = "") -> str:
    return f"```{language}\n{text.rstrip()}\n```\n"


def fix_prompt(code: str, failure: str, filename: str) -> str:
    """Ask for a fixed version of `code` given the `failure` it causes."""
    return (
        _FIX_HEADER
        + _FIX_SHOT
        + f"### Buggy file: {filename}\n"
        + _fence(code, "python")
        + "### Failure\n"
        + _fence(failure)
        + f"### Fixed file: {filename}\n```python\n"
    )


def generate_prompt(description: str, examples: list[str], filename: str) -> str:
    """Ask for a file that does what `description` says (and satisfies `examples`)."""
    shown = "### Examples\n" + _fence("\n".join(examples)) if examples else ""
    return (
        _GENERATE_HEADER
        + _GENERATE_SHOT
        + "### Task\n"
        + description.strip()
        + "\n"
        + shown
        + f"### Solution: {filename}\n```python\n"
    )


def optimize_prompt(code: str, filename: str) -> str:
    """Ask for a faster version of `code` with the same results."""
    return (
        _OPTIMIZE_HEADER
        + _OPTIMIZE_SHOT
        + f"### Slow file: {filename}\n"
        + _fence(code, "python")
        + f"### Faster file: {filename}\n```python\n"
    )
