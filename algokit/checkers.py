"""Judging an answer, as the spec's ``[checker]`` says.

- ``exact``: strict equality, types included: 3.0 is not 3 (the default).
- ``tokens``: whitespace-separated tokens of text output must match (stdin problems' default).
- ``float``: numbers within ``abs`` or ``rel`` of the expected ones, anywhere in
  the answer (inside lists, or as tokens of text); everything else exactly.
- ``custom``: ``check(input, expected, got)`` in the problem's ``checker.py``
  validates the answer against the input, for problems with many right answers.
  It returns True (or None) to accept, False or a reason string to reject.

:func:`rejection` returns None for an accepted answer, else a one-line reason;
:func:`status_of` turns a run's outcome into its status under the spec's checker.
This is the one place where an answer is accepted or not.
"""

from __future__ import annotations

import math

from .errors import SpecError
from .spec import CHECKER_FILE, import_problem_file
from .valuetypes import describe_difference, short, strict_equal
from .verdicts import Status


def status_of(spec, args, expected, outcome) -> tuple[Status, str]:
    """The status of a run (a runner Outcome) on ``args``, and why: OK, WA, or the run's own failure."""
    if not outcome.ok:
        return outcome.status, outcome.message
    rejected = rejection(spec, args, expected, outcome.value)
    return (Status.WA, rejected) if rejected else (Status.OK, "")


def rejection(spec, args, expected, got):
    """None when ``got`` is accepted for input ``args``; otherwise why not, in one line."""
    checker = spec.checker
    if checker.kind == "exact":
        return None if strict_equal(got, expected) else describe_difference(expected, got)
    if checker.kind == "tokens":
        return _tokens(expected, got)
    if checker.kind == "float":
        return _close(expected, got, checker.abs, checker.rel)
    return _custom(spec, args, expected, got)


def _tokens(expected, got):
    if not isinstance(got, str):
        return f"wrong type: expected text, got {type(got).__name__}"
    want, have = str(expected).split(), got.split()
    for i, (a, b) in enumerate(zip(want, have), 1):
        if a != b:
            return f"wrong answer: token {i} is {short(b, 30)}, expected {short(a, 30)}"
    if len(want) != len(have):
        return f"wrong answer: {len(have)} tokens, expected {len(want)}"
    return None


def _number(value):
    """``value`` as a float when it is a number or a numeric token; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _close(expected, got, abs_tol, rel_tol):
    if isinstance(expected, str) and isinstance(got, str):
        want, have = expected.split(), got.split()
        if len(want) != len(have):
            return f"wrong answer: {len(have)} tokens, expected {len(want)}"
        pairs = zip(want, have)
    elif isinstance(expected, list):
        if not isinstance(got, list) or len(got) != len(expected):
            return f"wrong answer: expected a list of {len(expected)}, got {short(got, 40)}"
        for a, b in zip(expected, got):
            problem = _close(a, b, abs_tol, rel_tol)
            if problem:
                return problem
        return None
    else:
        # Outside text, a number must come back as a number: not a bool, not a numeric string.
        if _number(expected) is not None and not isinstance(expected, str):
            if isinstance(got, bool) or not isinstance(got, (int, float)):
                return f"wrong type: expected a number, got {type(got).__name__} {short(got, 30)}"
        elif not strict_equal(got, expected):
            return describe_difference(expected, got)
        pairs = [(expected, got)]
    for a, b in pairs:
        x, y = _number(a), _number(b)
        if x is None or y is None:
            if a != b:
                return f"wrong answer: {short(b, 30)}, expected {short(a, 30)}"
        elif not math.isclose(x, y, abs_tol=abs_tol, rel_tol=rel_tol):
            return f"wrong answer: {short(b, 30)} is not within tolerance of {short(a, 30)}"
    return None


def _custom(spec, args, expected, got):
    check = _load_custom(spec.dir / CHECKER_FILE, spec.checker.function)
    try:
        verdict = check(spec.kwargs(args), expected, got)
    except Exception as error:  # a malformed answer can break the checker: that is a rejection
        return f"rejected by the checker ({type(error).__name__}: {error})"
    if verdict is True or verdict is None:
        return None
    return f"wrong answer: {verdict}" if isinstance(verdict, str) else "wrong answer (rejected by the checker)"


def _load_custom(path, function):
    check = getattr(import_problem_file(path, "the checker"), function, None)
    if not callable(check):
        raise SpecError(path, function, "not defined", f"define {function}(input, expected, got)")
    return check
