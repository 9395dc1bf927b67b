"""Judging solutions: their examples, the oracle cross-check, and runs at maximum size.

:class:`Judge` owns the worker processes (one per solution file) and the answers
worth reusing: each worst-case input and the trusted reference's answer to it
are made once, from :func:`~algokit.problem.generate.worst_input`, so ``pytest``,
``algokit check`` and ``algokit time`` judge the very same inputs. Whether an
answer is accepted is :func:`~algokit.judging.checkers.status_of`'s to say; the
search for a failing input is :mod:`~algokit.judging.search`'s.

Which files a problem has is not decided here: the group's rule is handed in as
``peers`` (``algokit.group.memberfiles.solutions``), so that the cross-check among
members sees the same files as ``check``, ``time`` and ``pytest``.
"""

from __future__ import annotations

import os
import random
from dataclasses import replace
from pathlib import Path

from .. import languages, layout, platforms
from ..errors import AlgokitError
from ..problem import formats
from ..problem.generate import worst_cases, worst_input
from ..verdicts import Status, Verdict
from . import programs, search
from .checkers import rejection, status_of
from .runner import Refused, RunConfig, config_for
from .workers import Worker

TRUSTED_SLACK = 3.0  # the trusted reference may take this many time limits to give an answer
SMALL_BUDGET = 10.0  # CPU seconds, on top of one time limit, for a file's examples and cross-check together


def small_budget(spec):
    """CPU seconds a file's examples and cross-check may use together: small inputs are quick.

    CPU time the runs used, not the clock: a busy machine must not change which inputs
    a seed checks (see :mod:`~algokit.judging.search`).
    """
    return spec.time_limit + SMALL_BUDGET


def new_seed():
    """A fresh seed for a check: printed in its reproduce line."""
    return random.randrange(2**32)


def worker_for(spec, path, keep=None) -> Worker:
    """A worker that runs ``path`` the way the problem's platform runs solutions, in the file's language.

    ``keep=True``: one run serves every call, for references asked for answers. A Java,
    C++ or JavaScript file is built first (once per content, ``programs``): a compile error
    gives a worker whose every call is CE; a missing compiler raises MissingToolchain.
    """
    if languages.of_path(path) is languages.PYTHON:
        if not (spec.call_shapes or spec.result_shape):
            return Worker(path, spec.function, spec.memory_mb, spec.style, spec.class_name, keep=keep,
                          platform=spec.platform)
        config = config_for(path, spec.function, spec.memory_mb, spec.style, spec.class_name, keep, spec.platform)
        return Worker(path, config=replace(config, shapes=spec.call_shapes, result_shape=spec.result_shape))
    if spec.call_shapes or spec.result_shape or spec.style == "design":
        return Refused(Status.CE, f"{Path(path).name}: problems with ListNode, TreeNode or a design class take "
                                  f"Python files for now; the Java, C++ and JavaScript drivers do not run them yet")
    if not hasattr(os, "fork"):  # native Windows: a built program's run starts it with fork
        raise languages.MissingToolchain(f"{Path(path).name}: Java, C++ and JavaScript files are judged on Linux, "
                                         f"macOS and WSL; on Windows, run algokit inside WSL")
    keeps = platforms.runs_like(spec.platform, spec.style).keeps_module
    program = programs.prepare(path, spec.style, spec.function, spec.class_name, spec.memory_mb, spec.workspace,
                               keeps_state=keeps)
    if program.error:
        return Refused(Status.CE, program.error)
    config = RunConfig(str(Path(path).resolve()), spec.function, spec.style, spec.class_name, spec.memory_mb,
                       program=program.argv, address_space_mb=program.address_space_mb, startup=program.startup,
                       returns="" if spec.style == "stdin" else spec.returns,
                       keep_module=program.serves, serves=program.serves,
                       keeps_state=keeps, build_folder=program.folder, language=program.language)
    return Worker(path, config=config)


def limit(spec, path) -> float:
    """The time limit for ``path``: the spec's, or its language's share of it (``algokit.languages``)."""
    return spec.limit_for(languages.of_path(path))


def folder_files(spec):
    """Every ``.py`` file in the problem's ``solutions/<slug>/``: the peers when no group rule is given."""
    return layout.solution_files(spec.workspace, spec.slug)


class JudgeError(AlgokitError):
    """The kit cannot judge: the oracle or trusted reference itself failed."""


class Judge:
    """Workers and shared answers for judging solutions; close it when done.

    ``peers(spec)``: every solution file of a problem, the ones a file without an oracle
    is cross-checked against (default: its folder's).
    """

    def __init__(self, peers=folder_files):
        self._peers = peers
        self._workers = {}
        self._answers = {}
        self._passing = {}  # spec path -> the solutions that pass every example (for members' cross-checks)

    def worker(self, spec, path, answers=False, lane=0) -> Worker:
        """The worker of ``path``: judged as a member's file, or (``answers``) asked for answers.

        The spec's own references are trusted code: they keep one run for every call, as
        when asked for answers, which spares a fork per call. Members' files never do.
        ``lane``: timing's lanes each time the baseline with a worker of their own.
        """
        path = Path(path).resolve()
        answers = answers or spec.is_reference(path)
        key = (path, answers) if not lane else (path, answers, lane)
        if key not in self._workers:
            self._workers[key] = worker_for(spec, key[0], keep=True if answers else None)
        return self._workers[key]

    def close(self):
        for worker in self._workers.values():
            worker.close()
        self._workers.clear()

    def release(self, path):
        """Close the workers that judged ``path`` as a member's file; the references' stay for the next."""
        path = Path(path).resolve()
        for key in [key for key in self._workers if key[0] == path and not key[1]]:
            self._workers.pop(key).close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def run(self, spec, path, args, expected, time_limit=None) -> Verdict:
        """Call the solution on ``args`` and judge its answer with the spec's checker."""
        outcome = self.worker(spec, path).call(args, time_limit or limit(spec, path))
        verdict = Verdict.of(outcome, args, expected, *status_of(spec, args, expected, outcome))
        if verdict.status == Status.WA and spec.case_lines:
            return self._one_case(spec, path, verdict, time_limit)
        return verdict

    def _one_case(self, spec, path, whole, time_limit) -> Verdict:
        """A multi-case input's first case that fails on its own, as its own input, with its answer line;
        the verdict on the whole input when no case fails alone (then state carries from case to case)."""
        cases = formats.split_cases(whole.args[0], spec.case_lines)
        answers = str(whole.expected).strip("\n").split("\n")
        if cases is None or len(cases) < 2 or len(answers) != len(cases):
            return whole
        printed = len(str(whole.got).strip("\n").split("\n")) if str(whole.got).strip() else 0
        if printed != len(cases):  # an answer missing or extra: the whole input shows it best
            return replace(whole, message=f"{whole.message} ({printed} answer lines for {len(cases)} cases)")
        for number, (case, answer) in enumerate(zip(cases, answers), 1):
            outcome = self.worker(spec, path).call((case,), time_limit or limit(spec, path))
            alone = Verdict.of(outcome, (case,), answer, *status_of(spec, (case,), answer, outcome))
            if not alone.ok:
                return replace(alone, message=f"{alone.message} (case {number} of {len(cases)}, run on its own)")
        return replace(whole, message=f"{whole.message}; every case passes on its own: something carries from "
                                      f"one case to the next")

    def example(self, spec, path, index) -> Verdict:
        """Run example ``index`` (1-based, as in the test ids)."""
        example = spec.examples[index - 1]
        return replace(self.run(spec, path, example.args, example.output), where=f"example {index}: {example.why}")

    def crosscheck(self, spec, path, max_examples=None, seed=None, budget=None, database=None) -> Verdict:
        """Compare with the oracle on generated small inputs; a failure comes back shrunk.

        ``budget`` (CPU seconds, default :func:`small_budget`) guards the whole run (see
        :mod:`~algokit.judging.search`). ``database`` is a folder for Hypothesis's example
        database, kept per solution file so a failure found once is replayed first for
        that file; None keeps nothing.
        """
        oracle = spec.reference(spec.oracle)
        wanted = max_examples or spec.crosscheck_examples

        def probe(args):
            truth = self.worker(spec, oracle, answers=True).call(args, spec.time_limit)
            if not truth.ok:
                raise search.Abort(JudgeError(
                    f"{oracle}: the oracle gave {truth.status} ({truth.message}) on {spec.kwargs(args)}; fix it, "
                    f"or tighten [crosscheck] limits in {spec.path.name} so the oracle stays fast"))
            verdict = self.run(spec, path, args, truth.value)
            return (None if verdict.ok else verdict), (truth.seconds or 0.0) + (verdict.seconds or 0.0)

        found = search.search(spec, probe, wanted=wanted, seed=seed, budget=_budget(spec, budget),
                              database=Path(database, spec.slug, Path(path).name) if database is not None else None,
                              flaky="generated; the solution does not fail the same way every time")
        verdict = found.verdict or Verdict(Status.OK, f"agrees with {spec.oracle} on {_tried(found, wanted)}"
                                                      + _inferred_note(spec, found))
        return replace(verdict, crosschecked=found.tried)

    def crosscheck_members(self, spec, paths, max_examples=None, seed=None, budget=None, database=None,
                           focus=None) -> Verdict:
        """With no oracle: run ``paths`` on the same generated inputs; a disagreement comes back shrunk.

        The verdict is DISAGREE (never WA: without an oracle nobody knows which side is
        right), with the answers grouped by the files that gave them, the most shared first.
        ``focus`` is the file being checked: its own crashes and TLEs are its verdict.
        """
        paths = list(dict.fromkeys(Path(p) for p in paths))
        if len(paths) < 2:
            return Verdict(Status.OK, "no oracle and no other solution to cross-check against")
        wanted = max_examples or spec.crosscheck_examples

        def probe(args):
            answers, used = [], 0.0
            for path in paths:
                outcome = self.worker(spec, path).call(args, limit(spec, path))
                used += outcome.seconds or 0.0
                if path == focus and not outcome.ok:
                    return Verdict.of(outcome, args), used
                if outcome.ok:
                    answers.append((path.name, outcome.value))
            groups = _groups(spec, args, answers)
            if len(groups) > 1:
                return Verdict(Status.DISAGREE, f"the solutions give {len(groups)} different answers", args,
                               answers=groups), used
            return None, used

        found = search.search(spec, probe, wanted=wanted, seed=seed, budget=_budget(spec, budget),
                              database=Path(database, spec.slug, "members") if database is not None else None,
                              flaky="generated; the solutions do not disagree the same way every time")
        verdict = found.verdict or Verdict(Status.OK, f"{len(paths)} solutions agree on {_tried(found, wanted)}"
                                                      + ("" if found.out_of_time else " (no oracle)")
                                                      + _inferred_note(spec, found))
        return replace(verdict, crosschecked=found.tried)

    def verdict(self, spec, path, seed=None, max_examples=None, database=None) -> Verdict:
        """Examples, then the cross-check, then every worst case at maximum size; stop at the first failure.

        Bounded: the examples and the cross-check share :func:`small_budget` of CPU time,
        and each run at maximum size stops at the time limit plus a moment for pickling.
        ``crosschecked`` on the verdict is how many generated inputs the cross-check judged.
        """
        correctness = self._correctness(spec, path, seed, max_examples, database)
        if spec.scoring == "split" and spec.has_max:
            # Programmers grades these in two halves, each on its own: both are run, both are shown.
            efficiency = self._efficiency(spec, path) if not correctness.stub else correctness
            shown = correctness if not correctness.ok else efficiency
            if correctness.ok and efficiency.ok:  # both halves passed: each says what it ran
                shown = replace(efficiency, message=f"정확성: {correctness.message}; 효율성: {efficiency.message}")
            return replace(shown, parts={"정확성": str(correctness.status), "효율성": str(efficiency.status)},
                           crosschecked=correctness.crosschecked)
        if not correctness.ok or not spec.has_max:
            return correctness
        verdict = self._efficiency(spec, path)
        return replace(verdict, message=f"{correctness.message}; {verdict.message}" if verdict.ok else verdict.message,
                       crosschecked=correctness.crosschecked)

    def verdicts(self, spec, paths, seed=None, max_examples=None, database=None, on_result=None):
        """:meth:`verdict` for each path in order; ``on_result(path, verdict)`` hears each as it ends."""
        results = []
        for path in paths:
            verdict = self.verdict(spec, path, seed, max_examples, database)
            results.append((path, verdict))
            if on_result:
                on_result(path, verdict)
        return results

    def _correctness(self, spec, path, seed, max_examples, database) -> Verdict:
        """The examples, then the cross-check (Programmers' 정확성 half); stop at the first failure."""
        budget, used = small_budget(spec), 0.0
        warned = ""  # the first "passes only as the platform compares" warning, if any
        for index in range(1, len(spec.examples) + 1):
            verdict = self.example(spec, path, index)
            if not verdict.ok:
                return verdict
            warned = warned or verdict.message
            used += verdict.seconds or 0.0
            if used > budget:
                return Verdict(Status.TLE, f"the examples used over {budget:.0f} s of CPU in total",
                               where=verdict.where)
        left = budget - used
        if spec.oracle is None:
            verdict = self.crosscheck_members(spec, [path] + self.others(spec, path), max_examples, seed, left,
                                              database, focus=path)
        elif Path(path).resolve() != spec.reference(spec.oracle).resolve():
            verdict = self.crosscheck(spec, path, max_examples, seed, left, database)
        else:
            verdict = Verdict(Status.OK, "not cross-checked: it is the oracle")
        if not verdict.ok:
            return verdict
        unsized = "; no runs at maximum size (the spec names no size: fill signature.size)" if not spec.has_max else ""
        return Verdict(Status.OK, f"{len(spec.examples)} examples; {verdict.message}{unsized}"
                                  + (f"; {warned}" if warned else ""), crosschecked=verdict.crosschecked)

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
                                  f"{slowest:.3f} s of {_rule(spec, path)}" + (f"; {warned}" if warned else ""),
                       seconds=slowest)

    def at_max(self, spec, path, case) -> Verdict:
        """Run worst case ``case`` at the size parameter's maximum against the time limit.

        Without a trusted reference, the answer is compared with the fastest other
        solution that finishes (members cross-checked against each other).
        """
        where = f"worst case {case!r} at {spec.size_label} = {spec.size_max}"
        if spec.trusted is None:
            verdict = self._at_max_among(spec, path, case)
        else:
            args, expected = self.case(spec, case, spec.size_max)
            verdict = self.run(spec, path, args, expected)
        if verdict.status != Status.TLE:
            return replace(verdict, where=where)
        message = f"over {_rule(spec, path)} at {spec.size_label} = {spec.size_max}"
        return replace(verdict, where=where, message=message + (f" ({spec.limit_note})" if spec.limit_note else ""))

    def _at_max_among(self, spec, path, case):
        args = worst_input(spec, case, spec.size_max)
        mine = self.worker(spec, path).call(args, limit(spec, path))
        if not mine.ok:
            return Verdict.of(mine, args)
        others = [(other, self.worker(spec, other).call(args, limit(spec, other))) for other in self.others(spec, path)]
        finished = sorted(((o.seconds, other, o.value) for other, o in others if o.ok), key=lambda t: t[0])
        if finished and rejection(spec, args, finished[0][2], mine.value):
            _, other, value = finished[0]
            return Verdict(Status.DISAGREE, f"answers differently from {Path(other).name}, the fastest other "
                                            f"solution", args, value, mine.value, mine.seconds, mine.output,
                           answers=[(mine.value, [Path(path).name]), (value, [Path(other).name])])
        return Verdict.of(mine, args)

    def others(self, spec, path=None):
        """The other solutions a file is cross-checked against when there is no oracle.

        Every solution of the problem (``peers``) but ``path`` that is not an untouched
        stub and passes every example: a file that fails one has its own verdict.
        """
        key = spec.path
        if key not in self._passing:
            self._passing[key] = [
                candidate for candidate in self._peers(spec)
                if all(self.example(spec, candidate, i).ok for i in range(1, len(spec.examples) + 1))]
        me = Path(path).resolve() if path is not None else None
        return [p for p in self._passing[key] if Path(p).resolve() != me]

    def case(self, spec, case, n, seed=0):
        """Worst case ``case`` at size ``n`` and the trusted reference's answer, each made once."""
        key = (spec.path, case, n, seed)
        if key not in self._answers:
            args = worst_input(spec, case, n, seed)
            trusted = spec.reference(spec.trusted)
            outcome = self.worker(spec, trusted, answers=True).call(args, spec.time_limit * TRUSTED_SLACK)
            if not outcome.ok:
                raise JudgeError(f"{trusted}: the trusted reference gave {outcome.status} on worst case "
                                 f"{case!r} at {spec.size_label} = {n} ({outcome.message}); fix it, or list "
                                 f"a reference that passes first")
            self._answers[key] = (args, outcome.value)
        return self._answers[key]


def _rule(spec, path):
    """The limit a file got, and how: ``1 s``, or ``0.25 s for C++ (0.25 of Python's 1 s)``."""
    return spec.limit_rule(languages.of_path(path))


def _budget(spec, budget):
    return small_budget(spec) if budget is None else budget


def _tried(found, wanted):
    """``37 inputs``, or ``10 of 100 inputs (stopped by the CPU-time guard: ...)``."""
    if found.cut:
        return f"{found.tried} of {wanted} inputs (stopped by {found.cut})"
    return f"{found.tried} inputs"


def _inferred_note(spec, found):
    """What a cross-check should say when the spec's constraints are not filled in yet."""
    if not spec.inferred or found.out_of_time:
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
