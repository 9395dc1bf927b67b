"""A fair timing table for a peer session: every solution, the same inputs, sizes up to the maximum.

Measurement choices, each learnt from timing solutions on small shared machines:

- Inputs are generated once per size from a seed, in this process, and every
  solution gets the identical input; each call gets its own copy, made in the
  worker before the clock starts (an in-place sort must not time sorted data).
- Solutions run in isolated workers and are never timed in parallel: rounds are
  interleaved (A B C A B C ...), so drift on a shared machine hits all alike.
- Each (solution, size) starts with one untimed warm-up call, which also checks
  the answer and calibrates how many calls make one sample: fast calls are timed
  in loops of at least TARGET_SAMPLE seconds, since a single one is too short to measure.
- Every timed answer is judged by the spec's checker against the trusted reference's.
- The figure is the median of the repeats; the spread is the interquartile range
  relative to the median, and a spread over SPREAD_WARNING is flagged.
- A call over the budget is TLE at that size and the solution is not run at
  larger sizes; its time at the largest size is estimated from its fitted curve.
"""

from __future__ import annotations

import math
import os
import platform
import statistics
import sys
from dataclasses import dataclass, field

from . import layout
from .checkers import status_of
from .errors import AlgokitError, shown
from .fit import Fit, fit
from .generate import worst_cases
from .judge import Judge
from .verdicts import Status

TARGET_SAMPLE = 0.02  # seconds: fast calls are looped until one sample takes at least this
MAX_LOOPS = 1000
SPREAD_WARNING = 0.10  # IQR / median above this: the figure is not to be trusted
DEFAULT_POINTS = 10  # sizes when none are given: halving down from the maximum (a 512x span)


@dataclass
class Cell:
    """One solution at one size: its status and the per-call seconds of each repeat."""

    status: str = "skipped"  # a Status, or "skipped" where the solution did not run
    samples: list = field(default_factory=list)
    message: str = ""

    @property
    def median(self):
        return statistics.median(self.samples) if self.status == Status.OK and self.samples else None

    @property
    def spread(self):
        """Interquartile range over median; 0 with fewer than 4 samples' worth of spread."""
        if self.median is None or len(self.samples) < 2:
            return 0.0
        q = statistics.quantiles(self.samples, n=4, method="inclusive")
        return (q[2] - q[0]) / self.median


@dataclass
class Row:
    label: str
    path: object
    cells: dict = field(default_factory=dict)
    fit: Fit | None = None
    ratio: float | None = None
    estimate: float | None = None  # seconds at the largest size, from the fit, when it did not get there


@dataclass
class Timing:
    problem: str
    sizes: list
    case: str
    seed: int
    budget: float
    rows: list
    environment: dict
    ratio_size: int | None = None
    interrupted: bool = False


class TimingInputError(AlgokitError):
    """A --sizes, --case or FILE the timing cannot use."""


def solutions_to_time(spec, files):
    """``[(label, path)]``: the given files plus the trusted reference as a baseline, or every solution."""
    if not files:
        paths = sorted(spec.solutions_dir.glob("*.py"))
        if not paths:
            raise TimingInputError(f"no solutions in {shown(spec.solutions_dir)}: add one, or name FILEs")
    else:
        paths = [layout.locate_solution(spec, f) for f in files]
        baseline = spec.solutions_dir / spec.trusted
        if all(p.resolve() != baseline.resolve() for p in paths):
            paths.append(baseline)
    labels = [p.stem for p in paths]
    return [(label if labels.count(label) == 1 else str(p), p) for label, p in zip(labels, paths)]


def parse_sizes(spec, text):
    """``"1000,10000"`` -> ``[1000, 10000]``, each within the size parameter's constraints; None for None."""
    if text is None:
        return None
    try:
        sizes = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        raise TimingInputError(f"--sizes {text!r}: give whole numbers separated by commas") from None
    low, high = spec.size_bounds
    bad = [n for n in sizes if not low <= n <= high]
    if bad or not sizes:
        raise TimingInputError(f"--sizes: sizes must lie in [{low}, {high}] ({spec.size_label}), got {bad or text!r}")
    return sizes


def check_case(spec, case):
    """``case`` when gen.py (or the derived default) has it; None stays None."""
    cases = list(worst_cases(spec))
    if case is not None and case not in cases:
        raise TimingInputError(f"--case: {case!r} is not a worst case of {spec.slug}; choose one of {', '.join(cases)}")
    return case


def default_sizes(spec, points=DEFAULT_POINTS):
    """Sizes halving down from the constraint maximum: a span of 2^(points-1) for the fit."""
    low, top = spec.size_bounds
    sizes = sorted({max(low, 1, top >> k) for k in range(points)})
    return sizes


def environment(seed, case):
    """What a timing depends on, recorded with every result."""
    return {"python": platform.python_version(), "implementation": platform.python_implementation(),
            "os": f"{platform.system()} {platform.release()}", "machine": platform.machine(),
            "cpus": os.cpu_count(), "load": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
            "seed": seed, "case": case}


def measure(spec, solutions, sizes=None, repeat=5, budget=None, seed=0, case=None, progress=None):
    """Time ``solutions`` (``[(label, path)]``) on ``spec``; returns a :class:`Timing`.

    ``progress(done, total, text)`` is called as work completes. Ctrl-C ends the
    run at once: the result holds what was measured, with ``interrupted`` set.
    Cost: about repeat * sum over sizes of each solution's time, plus one warm-up each.
    """
    sizes = sorted(sizes or default_sizes(spec))
    budget = budget or spec.time_limit
    case = case or next(iter(worst_cases(spec)))
    rows = [Row(label, path) for label, path in solutions]
    timing = Timing(spec.slug, sizes, case, seed, budget, rows, environment(seed, case))
    judge = Judge()
    workers = {row.label: judge.worker(spec, row.path) for row in rows}
    total, done = len(sizes) * len(rows) * (repeat + 1), 0
    try:
        alive = list(rows)
        for n in sizes:
            args, expected = judge.case(spec, case, n, seed)  # the input pytest's max[...] and check judge
            loops = {}
            for row in list(alive):  # warm-up: checks the answer and sizes the loops
                cell = row.cells[n] = Cell()
                outcome = workers[row.label].call(args, budget)
                done += 1
                if not _settle(spec, args, cell, outcome, expected):
                    alive.remove(row)
                    done += repeat
                    continue
                loops[row.label] = max(1, min(MAX_LOOPS, math.ceil(TARGET_SAMPLE / max(outcome.seconds, 1e-9))))
                if loops[row.label] > 1:  # a fast call: one untimed sample more, so caches and clocks settle
                    workers[row.label].time(args, loops[row.label], budget)
                _report(progress, done, total, f"{spec.size_label} = {n}: warm-up {row.label}")
            for _ in range(repeat):
                for row in list(alive):  # interleaved: A B C A B C ...
                    outcome = workers[row.label].time(args, loops[row.label], budget)
                    done += 1
                    if _settle(spec, args, row.cells[n], outcome, expected):
                        row.cells[n].samples.append(outcome.seconds)
                    else:
                        alive.remove(row)
                    _report(progress, done, total, f"{spec.size_label} = {n}: {row.label}")
            for row in alive:
                row.cells[n].status = Status.OK
    except KeyboardInterrupt:
        timing.interrupted = True
    finally:
        judge.close()
    _summarise(timing)
    return timing


def _settle(spec, args, cell, outcome, expected):
    """Record a failed or wrong call in ``cell``; True when the call counts."""
    status, message = status_of(spec, args, expected, outcome)
    if status != Status.OK:
        cell.status, cell.message = status, message
    return status == Status.OK


def _report(progress, done, total, text):
    if progress:
        progress(done, total, text)


def _summarise(timing):
    """Fits, estimates for the sizes a solution did not reach, and ratios."""
    for row in timing.rows:
        points = [(n, c.median) for n, c in row.cells.items() if c.median is not None]
        row.fit = fit(points)
        largest = timing.sizes[-1]
        if row.fit and row.cells.get(largest, Cell()).median is None and any(
                c.status == Status.TLE for c in row.cells.values()):
            row.estimate = row.fit.predict(largest)
    # Wrong or crashing solutions are shown but not ranked; a TLE row is ranked where it finished.
    ranked = [row for row in timing.rows if any(c.median is not None for c in row.cells.values())
              and not any(c.status in (Status.WA, Status.RE, Status.MLE) for c in row.cells.values())]
    common = [n for n in timing.sizes if ranked and all(
        row.cells.get(n, Cell()).median is not None for row in ranked)]
    if common:
        timing.ratio_size = n = common[-1]
        fastest = min(row.cells[n].median for row in ranked)
        for row in ranked:
            row.ratio = row.cells[n].median / fastest


def unstable(timing):
    """``[(label, n, spread)]`` for the cells whose spread is too wide to trust."""
    return [(row.label, n, cell.spread) for row in timing.rows for n, cell in row.cells.items()
            if cell.median is not None and cell.spread > SPREAD_WARNING]


