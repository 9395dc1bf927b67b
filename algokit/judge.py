"""Judging solutions: their examples, the oracle cross-check, and runs at maximum size.

:class:`Judge` owns the worker processes (one per solution file) and the answers
worth reusing: each worst-case input and the trusted reference's answer to it
are made once, from :func:`~algokit.generate.worst_input`, so ``pytest``,
``algokit check`` and ``algokit time`` judge the very same inputs. Whether an
answer is accepted is :func:`~algokit.checkers.status_of`'s to say.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from .checkers import rejection, status_of
from .errors import AlgokitError, SpecError
from .generate import crosscheck_strategy, load_gen, worst_cases, worst_input
from .runner import Worker
from .verdicts import Status, Verdict

TRUSTED_SLACK = 3.0  # the trusted reference may take this many time limits to give an answer
SMALL_BUDGET = 10.0  # seconds, on top of one time limit, for a file's examples and cross-check together


def small_budget(spec):
    """Seconds a file's examples and cross-check may take together: small inputs are quick."""
    return spec.time_limit + SMALL_BUDGET


def new_seed():
    """A fresh seed for a check: printed in its reproduce line."""
    return random.randrange(2**32)


def worker_for(spec, path, keep=None) -> Worker:
    """A worker that runs ``path`` the way the problem's platform runs solutions.

    ``keep=True``: one run serves every call, for references asked for answers.
    """
    return Worker(path, spec.function, spec.memory_mb, spec.style, spec.class_name, keep=keep)


class JudgeError(AlgokitError):
    """The kit cannot judge: the oracle or trusted reference itself failed."""


class _Stop(BaseException):
    """Ends a Hypothesis run at once, without shrinking (BaseException passes through it).

    Used where another try would cost a full time limit (TLE) or could not help
    (an untouched stub, a broken oracle).
    """

    def __init__(self, verdict):
        super().__init__(verdict.message)
        self.verdict = verdict


class _OracleFailed(BaseException):
    """The oracle itself failed: stop at once, it is the spec's problem, not the solution's."""


class _Mismatch(Exception):
    """A wrong answer, crash or memory failure: Hypothesis shrinks the input that caused it."""

    def __init__(self, verdict):
        super().__init__(verdict.message)
        self.verdict = verdict


def seeded(test, seed, database, **options):
    """``test`` with Hypothesis settings, a fixed ``seed`` if given, and an example database.

    Public API only: ``@seed`` switches the database off, and a ``settings`` applied
    after it switches it back on, so a seeded check still replays the failures it
    remembers first (``database`` is a folder, or None for none).
    """
    from hypothesis import settings
    from hypothesis import seed as fixed_seed
    from hypothesis.database import DirectoryBasedExampleDatabase

    if seed is not None:
        test = fixed_seed(seed)(test)
    store = DirectoryBasedExampleDatabase(str(database)) if database is not None else None
    return settings(database=store, **options)(test)


class Judge:
    """Workers and shared answers for judging solutions; close it when done."""

    def __init__(self):
        self._workers = {}
        self._answers = {}
        self._passing = {}  # spec path -> the solutions that pass every example (for members' cross-checks)

    def worker(self, spec, path, answers=False) -> Worker:
        """The worker of ``path``: judged as a member's file, or (``answers``) asked for answers.

        The spec's own references are trusted code: they keep one run for every call, as
        when asked for answers, which spares a fork per call. Members' files never do.
        """
        path = Path(path).resolve()
        answers = answers or (path.parent == spec.solutions_dir.resolve() and path.name in spec.references)
        key = (path, answers)
        if key not in self._workers:
            self._workers[key] = worker_for(spec, key[0], keep=True if answers else None)
        return self._workers[key]

    def close(self):
        for worker in self._workers.values():
            worker.close()
        self._workers.clear()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def run(self, spec, path, args, expected, time_limit=None) -> Verdict:
        """Call the solution on ``args`` and judge its answer with the spec's checker."""
        outcome = self.worker(spec, path).call(args, time_limit or spec.time_limit)
        status, message = status_of(spec, args, expected, outcome)
        return Verdict(status, message, args, expected, outcome.value, outcome.seconds, outcome.output,
                       stub=outcome.exception == "NotImplementedError")

    def example(self, spec, path, index) -> Verdict:
        """Run example ``index`` (1-based, as in the test ids)."""
        example = spec.examples[index - 1]
        verdict = self.run(spec, path, example.args, example.output)
        verdict.where = f"example {index}: {example.why}"
        return verdict

    def crosscheck(self, spec, path, max_examples=None, seed=None, budget=None, database=None) -> Verdict:
        """Compare with the oracle on generated small inputs; a failure comes back shrunk.

        ``budget`` (seconds, default :func:`small_budget`) bounds the whole run: when
        it runs out, generation stops with what passed so far, and shrinking stops
        with the smallest failing input seen, and the verdict says so. ``database``
        is a folder for Hypothesis's example database, kept per solution file so a
        failure found once is replayed first for that file; None keeps nothing.
        """
        from hypothesis import HealthCheck, given

        oracle = spec.solutions_dir / spec.oracle
        budget = small_budget(spec) if budget is None else budget
        deadline = time.monotonic() + budget
        wanted = max_examples or spec.crosscheck_examples
        tried, smallest = 0, None

        def check(args):
            nonlocal tried, smallest
            if time.monotonic() > deadline:
                if smallest is not None:
                    smallest.where = "generated; shrinking cut short by the time budget"
                    raise _Stop(smallest)
                raise _Stop(Verdict(Status.OK, f"agrees with {spec.oracle} on {tried} of {wanted} inputs "
                                               f"(stopped by the time budget)"))
            tried += 1
            truth = self.worker(spec, oracle, answers=True).call(args, spec.time_limit)
            if not truth.ok:
                raise _OracleFailed(f"{oracle}: the oracle gave {truth.status} ({truth.message}) on "
                                    f"{spec.kwargs(args)}; fix it, or tighten [crosscheck] limits in "
                                    f"{spec.path.name} so the oracle stays fast")
            verdict = self.run(spec, path, args, truth.value)
            if verdict.status == Status.TLE or verdict.stub:
                raise _Stop(verdict)
            if not verdict.ok:
                if smallest is None or len(repr(args)) <= len(repr(smallest.args)):
                    smallest = verdict
                raise _Mismatch(verdict)

        store = Path(database, spec.slug, Path(path).name) if database is not None else None
        test = seeded(given(crosscheck_strategy(spec, load_gen(spec)))(check), seed, store,
                      max_examples=wanted, deadline=None, suppress_health_check=list(HealthCheck),
                      print_blob=False)
        try:
            stopped = _run(test, "generated; the solution does not fail the same way every time")
        except _OracleFailed as failed:
            raise JudgeError(str(failed)) from None
        return stopped or Verdict(Status.OK, f"agrees with {spec.oracle} on {tried} inputs" + _inferred_note(spec))

    def check_file(self, spec, path, seed=None, max_examples=None, database=None) -> Verdict:
        """Examples, then the cross-check, then every worst case at maximum size; stop at the first failure.

        Bounded: the examples and the cross-check share :func:`small_budget`, and each
        run at maximum size stops at the time limit plus a moment for pickling.
        """
        correctness = self._correctness(spec, path, seed, max_examples, database)
        if spec.scoring == "split" and spec.has_max:
            # Programmers grades these in two halves, each on its own: both are run, both are shown.
            efficiency = self._efficiency(spec, path) if not correctness.stub else correctness
            shown = correctness if not correctness.ok else efficiency
            shown.parts = {"정확성": str(correctness.status), "효율성": str(efficiency.status)}
            return shown
        if not correctness.ok or not spec.has_max:
            return correctness
        verdict = self._efficiency(spec, path)
        if verdict.ok:
            verdict.message = f"{correctness.message}; {verdict.message}"
        return verdict

    def _correctness(self, spec, path, seed, max_examples, database) -> Verdict:
        """The examples, then the cross-check (Programmers' 정확성 half); stop at the first failure."""
        started = time.monotonic()
        budget = small_budget(spec)
        warned = ""  # the first "passes only as the platform compares" warning, if any
        for index in range(1, len(spec.examples) + 1):
            verdict = self.example(spec, path, index)
            if not verdict.ok:
                return verdict
            warned = warned or verdict.message
            if time.monotonic() - started > budget:
                return Verdict(Status.TLE, f"the examples took over {budget:.0f} s in total", where=verdict.where)
        if spec.oracle is None:
            verdict = self.crosscheck_members(spec, [path] + self.others(spec, path), max_examples, seed,
                                              budget - (time.monotonic() - started), database, focus=path)
            if not verdict.ok:
                return verdict
            checked = verdict.message
        elif Path(path).resolve() != (spec.solutions_dir / spec.oracle).resolve():
            verdict = self.crosscheck(spec, path, max_examples, seed, budget - (time.monotonic() - started), database)
            if not verdict.ok:
                return verdict
            checked = verdict.message
        else:
            checked = "not cross-checked: it is the oracle"
        if not spec.has_max:
            return Verdict(Status.OK, f"{len(spec.examples)} examples; {checked}; no runs at maximum size "
                                      f"(the spec names no size: fill signature.size)"
                                      + (f"; {warned}" if warned else ""))
        return Verdict(Status.OK, f"{len(spec.examples)} examples; {checked}" + (f"; {warned}" if warned else ""))

    def _efficiency(self, spec, path) -> Verdict:
        """Every worst case at maximum size (Programmers' 효율성 half); stop at the first failure."""
        slowest, warned = 0.0, ""
        cases = list(worst_cases(spec))
        for case in cases:
            verdict = self.at_max(spec, path, case)
            if not verdict.ok:
                return verdict
            slowest = max(slowest, verdict.seconds)
            warned = warned or verdict.message
        return Verdict(Status.OK, f"{len(cases)} runs at {spec.size_label} = {spec.size_max}, slowest "
                                  f"{slowest:.3f} s of {spec.time_limit:g} s" + (f"; {warned}" if warned else ""),
                       seconds=slowest)

    def check_files(self, spec, paths, seed=None, max_examples=None, database=None, on_result=None):
        """:meth:`check_file` for each path in order; ``on_result(path, verdict)`` hears each as it ends."""
        results = []
        for path in paths:
            verdict = self.check_file(spec, path, seed, max_examples, database)
            results.append((path, verdict))
            if on_result:
                on_result(path, verdict)
        return results

    def at_max(self, spec, path, case) -> Verdict:
        """Run worst case ``case`` at the size parameter's maximum against the time limit.

        Without a trusted reference, the answer is compared with the fastest other
        solution that finishes (members cross-checked against each other).
        """
        if spec.trusted is None:
            return self._at_max_among(spec, path, case)
        args, expected = self.case(spec, case, spec.size_max)
        verdict = self.run(spec, path, args, expected)
        return self._at_max_where(spec, case, verdict)

    def _at_max_where(self, spec, case, verdict):
        verdict.where = f"worst case {case!r} at {spec.size_label} = {spec.size_max}"
        if verdict.status == Status.TLE:
            verdict.message = f"over {spec.time_limit:g} s at {spec.size_label} = {spec.size_max}"
            if spec.limit_note:
                verdict.message += f" ({spec.limit_note})"
        return verdict

    def _at_max_among(self, spec, path, case):
        args = worst_input(spec, case, spec.size_max)
        mine = self.worker(spec, path).call(args, spec.time_limit)
        verdict = Verdict(mine.status, mine.message, args, None, mine.value, mine.seconds, mine.output,
                          stub=mine.exception == "NotImplementedError")
        if not mine.ok:
            return self._at_max_where(spec, case, verdict)
        others = [(other, self.worker(spec, other).call(args, spec.time_limit)) for other in self.others(spec, path)]
        finished = sorted(((o.seconds, other, o.value) for other, o in others if o.ok), key=lambda t: t[0])
        if finished:
            _, other, value = finished[0]
            if rejection(spec, args, value, mine.value):
                verdict.status, verdict.expected = Status.DISAGREE, value
                verdict.message = f"answers differently from {Path(other).name}, the fastest other solution"
                verdict.answers = [(mine.value, [Path(path).name]), (value, [Path(other).name])]
        return self._at_max_where(spec, case, verdict)

    def others(self, spec, path=None):
        """The other solutions a file is cross-checked against when there is no oracle.

        Every file in solutions/<slug>/ but ``path`` that is not an untouched stub
        and passes every example: a file that fails one has its own verdict.
        """
        key = spec.path
        if key not in self._passing:
            self._passing[key] = [
                candidate for candidate in sorted(spec.solutions_dir.glob("*.py"))
                if all(self.example(spec, candidate, i).ok for i in range(1, len(spec.examples) + 1))]
        me = Path(path).resolve() if path is not None else None
        return [p for p in self._passing[key] if p.resolve() != me]

    def crosscheck_members(self, spec, paths, max_examples=None, seed=None, budget=None, database=None,
                           focus=None) -> Verdict:
        """With no oracle: run ``paths`` on the same generated inputs; a disagreement comes back shrunk.

        The verdict is DISAGREE (never WA: without an oracle nobody knows which side is
        right), with the answers grouped by the files that gave them, the most shared first.
        ``focus`` is the file being checked: its own crashes and TLEs are its verdict.
        """
        from hypothesis import HealthCheck, given

        paths = list(dict.fromkeys(Path(p) for p in paths))
        if len(paths) < 2:
            return Verdict(Status.OK, "no oracle and no other solution to cross-check against")
        budget = small_budget(spec) if budget is None else budget
        deadline = time.monotonic() + budget
        wanted = max_examples or spec.crosscheck_examples
        tried = 0

        def check(args):
            nonlocal tried
            if time.monotonic() > deadline:
                raise _Stop(Verdict(Status.OK, f"{len(paths)} solutions agree on {tried} of {wanted} inputs "
                                               f"(stopped by the time budget)"))
            tried += 1
            answers = []
            for path in paths:
                outcome = self.worker(spec, path).call(args, spec.time_limit)
                if path == focus and not outcome.ok:
                    verdict = Verdict(outcome.status, outcome.message, args, None, None, outcome.seconds,
                                      outcome.output, stub=outcome.exception == "NotImplementedError")
                    if outcome.status == Status.TLE or verdict.stub:
                        raise _Stop(verdict)
                    raise _Mismatch(verdict)
                if outcome.ok:
                    answers.append((path.name, outcome.value))
            groups = _groups(spec, args, answers)
            if len(groups) > 1:
                raise _Mismatch(Verdict(Status.DISAGREE, f"the solutions give {len(groups)} different answers",
                                        args, answers=groups))

        store = Path(database, spec.slug, "members") if database is not None else None
        test = seeded(given(crosscheck_strategy(spec, load_gen(spec)))(check), seed, store,
                      max_examples=wanted, deadline=None, suppress_health_check=list(HealthCheck),
                      print_blob=False)
        stopped = _run(test, "generated; the solutions do not disagree the same way every time")
        return stopped or Verdict(Status.OK, f"{len(paths)} solutions agree on {tried} inputs (no oracle)"
                                  + _inferred_note(spec))

    def case(self, spec, case, n, seed=0):
        """Worst case ``case`` at size ``n`` and the trusted reference's answer, each made once."""
        key = (spec.path, case, n, seed)
        if key not in self._answers:
            args = worst_input(spec, case, n, seed)
            trusted = spec.solutions_dir / spec.trusted
            outcome = self.worker(spec, trusted, answers=True).call(args, spec.time_limit * TRUSTED_SLACK)
            if not outcome.ok:
                raise JudgeError(f"{trusted}: the trusted reference gave {outcome.status} on worst case "
                                 f"{case!r} at {spec.size_label} = {n} ({outcome.message}); fix it, or list "
                                 f"a reference that passes first")
            self._answers[key] = (args, outcome.value)
        return self._answers[key]


def _inferred_note(spec):
    """What a cross-check should say when the spec's constraints are not filled in yet."""
    if not spec.inferred:
        return ""
    return (f" whose bounds came from the examples, since problem.toml gives none for "
            f"{', '.join(spec.inferred)} (fill min, max and len there)")


def _groups(spec, args, answers):
    """``[(answer, [files])]``: the files grouped by answers the checker calls the same, largest first."""
    groups = []
    for name, value in answers:
        for group in groups:
            if not rejection(spec, args, group[0], value):
                group[1].append(name)
                break
        else:
            groups.append((value, [name]))
    return sorted(groups, key=lambda g: -len(g[1]))


def _run(test, flaky):
    """Run a Hypothesis test of ``check``: the verdict it stopped on (where it came from said), or None.

    ``flaky`` is said of a failure that did not repeat itself while Hypothesis shrank it.
    """
    try:
        test()
    except _Stop as stop:
        stop.verdict.where = stop.verdict.where or "generated; not shrunk, as each try costs the time limit"
        return stop.verdict
    except _Mismatch as mismatch:
        mismatch.verdict.where = "generated, shrunk by Hypothesis"
        return mismatch.verdict
    except SpecError:
        raise
    except Exception as error:  # e.g. a flaky solution that fails only sometimes
        found = _find(error, SpecError)
        if found is not None:
            raise found from None
        found = _find(error, _Mismatch)
        if found is not None:
            found.verdict.where = flaky
            return found.verdict
        raise
    return None


def _find(error, kind):
    """The first exception of ``kind`` inside an exception group (or the error itself), if any."""
    if isinstance(error, kind):
        return error
    for inner in getattr(error, "exceptions", ()):
        found = _find(inner, kind)
        if found is not None:
            return found
    return None
