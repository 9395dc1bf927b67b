"""``algokit check``: one verdict per file, with the smallest input that breaks it."""

from __future__ import annotations

import random
from pathlib import Path

from .errors import AlgokitError, shown
from .judge import Judge
from .report import counterexample, detail_lines


class MissingFile(AlgokitError):
    """A FILE argument names no file."""


def locate(spec, given):
    """The solution file the user means: the path as given, else that name in solutions/<slug>/."""
    for candidate in (Path(given), spec.solutions_dir / given):
        if candidate.is_file():
            return candidate
    raise MissingFile(f"FILE {given!r}: no such file here or in {shown(spec.solutions_dir)}; "
                      f"give a path to a .py solution")


def check_files(spec, files, seed=None, max_examples=None, on_result=None):
    """Judge each file in order; returns ``[(file as given, Verdict)]``.

    ``seed`` fixes Hypothesis's choices (default: a fresh random seed, returned
    by :func:`new_seed`). ``on_result(file, verdict)`` is called as each finishes.
    """
    paths = [(given, locate(spec, given)) for given in files]  # every FILE is checked before any work
    database = spec.workspace / ".hypothesis" / "examples"
    results = []
    with Judge() as judge:
        for given, path in paths:
            verdict = judge.check_file(spec, path, seed, max_examples, database)
            results.append((given, verdict))
            if on_result:
                on_result(given, verdict)
    return results


def new_seed():
    return random.randrange(2**32)


def as_json(spec, results):
    """The ``--json`` document."""
    return {"problem": spec.slug,
            "results": [{"file": given, "verdict": v.verdict, "message": v.message,
                         "counterexample": counterexample(spec, v)} for given, v in results]}


def human_lines(spec, given, verdict, reproduce):
    """One line with the verdict; for a failure, the input, expected, got and a command to reproduce."""
    lines = [f"{given}: {verdict.verdict}  {verdict.message}".rstrip()]
    if not verdict.ok:
        lines += detail_lines(spec, verdict)
        lines.append(f"  reproduce: {reproduce}")
    return lines
