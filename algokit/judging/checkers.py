"""Judging an answer, as the spec's ``[checker]`` says, and by default as the platform does.

- ``value``: Python's ``==``, as Programmers compares a returned value: 4.0 passes
  for 4, with a warning that the declared type differs (Programmers' default).
- ``json``: equal once serialised as JSON, as LeetCode compares: a tuple is a list,
  but a set or a generator is not, and True is not 1 (LeetCode's default).
- ``exact``: strict equality, types included: 3.0 is not 3, (1,) is not [1].
- ``tokens``: whitespace-separated tokens of text output must match (stdin programs' default).
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

from .. import layout, platforms
from ..errors import SpecError
from ..problem.spec import import_problem_file
from ..valuetypes import describe_difference, short, strict_equal
from ..verdicts import Status


def status_of(spec, args, expected, outcome) -> tuple[Status, str]:
    """The status of a run (a runner Outcome) on ``args``, and why.

    WA or the run's own failure come with their reason; OK comes with a warning
    when the answer passes only as the platform compares (4.0 for 4), else "".
    """
    if not outcome.ok:
        return outcome.status, outcome.message
    rejected = rejection(spec, args, expected, outcome.value)
    if rejected:
        return Status.WA, rejected
    return Status.OK, warning(spec, expected, outcome.value)


def warning(spec, expected, got) -> str:
    """For an accepted answer of another type than the spec declares: a line saying so."""
    if spec.checker.kind != "value" or strict_equal(got, expected):
        return ""
    return (f"warning: returned {_typed(got)} where {spec.returns} is declared; Programmers compares "
            f"values, so it passes, but return {spec.returns}")


def _typed(value):
    return f"{type(value).__name__} {short(value, 30)}"


def rejection(spec, args, expected, got):
    """None when ``got`` is accepted for input ``args``; otherwise why not, in one line."""
    checker = spec.checker
    judge = platforms.get(spec.platform)
    if judge is not None and judge.answers_as_json and checker.kind in ("custom", "float"):
        try:  # LeetCode's checkers see the answer as JSON: a tuple arrives as a list
            got = _json_form(got)
        except _NotJSON as error:
            return f"wrong type: returned a {error}, which LeetCode cannot serialise"
    if spec.style == "design" and checker.kind != "custom":
        return _calls(args, expected, got, checker)
    if checker.kind == "exact":
        return None if strict_equal(got, expected) else describe_difference(expected, got)
    if checker.kind == "value":
        try:
            same = bool(got == expected)
        except Exception:  # noqa: BLE001 - a strange object's __eq__
            same = False
        return None if same else describe_difference(expected, got)
    if checker.kind == "json":
        return _as_json(expected, got)
    if checker.kind == "tokens":
        return _tokens(expected, got)
    if checker.kind == "float":
        return _close(expected, got, checker.abs, checker.rel)
    return _custom(spec, args, expected, got)


# LeetCode's design problems that return a float (295's median) accept an answer within 10^-5.
DESIGN_FLOAT_ABS = 1e-5


def _calls(args, expected, got, checker):
    """A design problem's results, call by call: the first call whose result is wrong, named with its arguments."""
    operations, arguments = args[0], args[1]
    try:
        got = _json_form(got)
    except _NotJSON as error:
        return f"wrong type: a call returned a {error}, which LeetCode cannot serialise"
    tolerance = max(checker.abs, DESIGN_FLOAT_ABS)
    for i, (want, have) in enumerate(zip(expected, got)):
        if isinstance(want, float) and isinstance(have, (int, float)) and not isinstance(have, bool):
            same = math.isclose(have, want, abs_tol=tolerance, rel_tol=checker.rel)
        else:
            same = strict_equal(want, have)
        if not same:
            call = f"{operations[i]}({', '.join(short(a, 20) for a in arguments[i])})"
            return f"call {i + 1}, {call}: returned {short(have, 30)}, expected {short(want, 30)}"
    if len(got) != len(expected):
        return f"{len(got)} results for {len(expected)} calls"
    return None


class _NotJSON(Exception):
    pass


def _json_form(value):
    """``value`` as LeetCode's JSON serialiser sees it: tuples are lists; a set or generator is an error."""
    if value is None or type(value) in (bool, int, float, str):
        return value
    if isinstance(value, (list, tuple)):
        return [_json_form(item) for item in value]
    if isinstance(value, dict):
        return {str(k): _json_form(v) for k, v in value.items()}
    raise _NotJSON(type(value).__name__)


def _as_json(expected, got):
    try:
        form = _json_form(got)
    except _NotJSON as error:
        return f"wrong type: returned a {error}, which LeetCode cannot serialise as {type(expected).__name__}"
    return None if strict_equal(form, _json_form(expected)) else describe_difference(expected, form)


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
    check = _load_custom(spec.dir / layout.CHECKER_FILE, spec.checker.function)
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
