"""What a run of a solution came to: a :class:`Status`, and the :class:`Verdict` that explains it.

A Verdict is made once, whole (:meth:`Verdict.of` from a run's outcome), and never
changed after: where a judge learns more (where the input came from, the other half
of a split score), it makes a new one with :func:`dataclasses.replace`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

from .valuetypes import strict_equal


class Status(StrEnum):
    """The judge's word for one run, as online judges print it."""

    OK = "OK"    # accepted
    WA = "WA"    # wrong answer: the checker rejected it
    RE = "RE"    # runtime error: an exception, a crash, an exit with a failure status
    TLE = "TLE"  # time limit exceeded
    MLE = "MLE"  # memory limit exceeded
    CE = "CE"    # compile error: a Java or C++ file the compiler refused
    DISAGREE = "DISAGREE"  # no oracle, and the members' solutions give different answers: one is wrong


class Mark(StrEnum):
    """What a table cell shows where no run gave it a Status."""

    SKIPPED = "skipped"  # the solution did not run at this size (it failed at a smaller one)
    STUB = "stub"  # an untouched stub: it raises NotImplementedError
    NO_FILE = ""  # the member has no file for the problem


def status_of_text(text) -> Status | Mark:
    """A status written as text (a cached cell's JSON) read back as what it was."""
    try:
        return Status(text)
    except ValueError:
        return Mark(text)


@dataclass(frozen=True)
class Verdict:
    """The result of one check, and the input that shows it."""

    status: Status
    message: str = ""
    args: tuple | None = None
    expected: object = None
    got: object = None
    seconds: float | None = None
    output: str = ""
    stub: bool = False
    where: str = ""  # how the input was made: an example's reason, "shrunk by Hypothesis", a worst case
    answers: list | None = None  # DISAGREE: [(answer, [file names])], the most shared first
    parts: dict | None = None  # a split-scored problem's halves, as Programmers shows them: {"정확성": "OK", ...}

    @classmethod
    def of(cls, outcome, args=None, expected=None, status=None, message=None) -> Verdict:
        """The verdict on one run (a runner Outcome): its own status and message, unless a checker's are given."""
        return cls(outcome.status if status is None else status, outcome.message if message is None else message,
                   args, expected, outcome.value, outcome.seconds, outcome.output,
                   stub=outcome.exception == "NotImplementedError")

    @property
    def headline(self) -> str:
        """``WA``, or for a split-scored problem ``정확성 OK, 효율성 TLE``."""
        if self.parts:
            return ", ".join(f"{half} {status}" for half, status in self.parts.items())
        return str(self.status)

    @property
    def ok(self) -> bool:
        return self.status == Status.OK


def counterexample(spec, verdict):
    """The JSON form of a failing call: full inputs by parameter name, expected and got; None for none.

    JSON has no tuple, set or float-that-looks-like-an-int: where ``got`` would read the
    same as ``expected`` once written as JSON, ``got_repr`` keeps its Python form visible.
    """
    if verdict.ok or verdict.args is None or verdict.answers:
        return None
    found = {"input": spec.kwargs(verdict.args), "expected": verdict.expected,
             "got": verdict.got if verdict.status == Status.WA else None}
    if verdict.status == Status.WA and not _survives_json(verdict.got):
        found["got_repr"] = repr(verdict.got)
    return found


def _survives_json(value):
    """True when ``value`` comes back from JSON with the same types and value."""
    try:
        return strict_equal(json.loads(json.dumps(value)), value)
    except (TypeError, ValueError):
        return False
