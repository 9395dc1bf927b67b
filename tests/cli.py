"""The ``algokit`` command run in-process through Click's CliRunner, for every test module:
``from cli import run, ok, usage_error``.

On every Click the kit supports, result.stdout and result.stderr are kept apart, and
result.output holds both, as Click >= 8.2 gives it (a member's terminal shows both).
"""

import traceback

from click.testing import CliRunner, Result

from algokit.cli import main


class _OutputIsBoth(Result):
    """Click < 8.2's result, whose ``output`` was stdout alone once stderr was kept apart."""

    @property
    def output(self):
        return self.stdout + self.stderr


def run(*args, input=None, catch_exceptions=True):
    """``algokit ARGS`` (each made a string), with ``input`` as its stdin.

    As with CliRunner, an exception the command does not handle becomes exit code 1 and
    result.exception; ``catch_exceptions=False`` raises it here instead, traceback and all,
    for tests where a crash must not pass for an exit code they expect (1 is WA for check)."""
    try:
        runner = CliRunner(mix_stderr=False)  # Click < 8.2: keep stderr apart
    except TypeError:
        runner = CliRunner()  # Click >= 8.2: result.stderr is always kept apart
    result = runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=catch_exceptions)
    if not hasattr(result, "output_bytes"):  # Click < 8.2
        result = _OutputIsBoth(**vars(result))
    return result


def everything(result):
    """What the command wrote, stdout then stderr."""
    return result.stdout + result.stderr


def crash(result):
    """The exception the command ended with: its traceback, unless it was a plain exit."""
    if result.exc_info is None or isinstance(result.exc_info[1], SystemExit):
        return repr(result.exception)
    return "".join(traceback.format_exception(*result.exc_info))


def ok(result):
    """``result``, once it is known to have exited 0; else fail showing what the command wrote and its crash."""
    assert result.exit_code == 0, everything(result) + crash(result)
    return result


def usage_error(result, *words):
    """Exit code 2, no traceback, and each of ``words`` in what the command wrote, which is returned."""
    text = everything(result)
    assert result.exit_code == 2, text + crash(result)
    assert "Traceback" not in text
    for word in words:
        assert word in text, text
    return text
