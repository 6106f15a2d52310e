"""The CLI's exit codes: one table of the project's error classes, walked by MRO."""

from __future__ import annotations

import pytest

from veilleur.cli.common import exit_code, fail
from veilleur.errors import (
    AuthenticationError,
    ConfigError,
    ContextLengthError,
    EngineDeadError,
    EngineGenerateError,
    EngineOverloadedError,
    InvalidRequestError,
    ModelLoadError,
    NotFoundError,
    PayloadTooLargeError,
    ServerUnavailableError,
    StoreError,
    VeilleurError,
)


class _PluginEngineStopped(EngineDeadError):
    """A subclass the table does not list takes its nearest listed base's code."""


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (ConfigError("n_ctx: too small"), 2),
        (InvalidRequestError("bad", param="temperature"), 2),
        (ContextLengthError("long"), 2),
        (PayloadTooLargeError("big"), 2),
        (AuthenticationError("who?"), 3),
        (ServerUnavailableError("nobody"), 5),
        (EngineOverloadedError("full"), 5),
        (EngineDeadError("stopped"), 5),
        (_PluginEngineStopped("stopped"), 5),
        (NotFoundError("conversation 'x' does not exist"), 1),
        (EngineGenerateError("failed"), 1),
        (ModelLoadError("cannot load"), 1),
        (StoreError("disk"), 1),
        (VeilleurError("other"), 1),
        (ValueError("not ours"), 1),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Exception) else str(value),
)
def test_exit_code_by_class(error: Exception, code: int) -> None:
    assert exit_code(error) == code


def test_fail_prints_the_message_and_exits_with_its_code(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert fail(AuthenticationError("the API key is wrong")).exit_code == 3
    assert fail("plain message").exit_code == 1
    assert fail(NotFoundError("gone"), 4).exit_code == 4
    err = capsys.readouterr().err
    assert "error: the API key is wrong" in err and "error: plain message" in err
