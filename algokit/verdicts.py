"""What a run of a solution came to: a :class:`Status` and the :class:`Verdict` that explains it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    """The judge's word for one run, as online judges print it."""

    OK = "OK"    # accepted
    WA = "WA"    # wrong answer: the checker rejected it
    RE = "RE"    # runtime error: an exception, a crash, an exit with a failure status
    TLE = "TLE"  # time limit exceeded
    MLE = "MLE"  # memory limit exceeded
    DISAGREE = "DISAGREE"  # no oracle, and the members' solutions give different answers: one is wrong


@dataclass
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

    @property
    def headline(self) -> str:
        """``WA``, or for a split-scored problem ``정확성 OK, 효율성 TLE``."""
        if self.parts:
            return ", ".join(f"{half} {status}" for half, status in self.parts.items())
        return str(self.status)

    @property
    def ok(self) -> bool:
        return self.status == Status.OK
