"""A fair timing table for a peer session: every solution, the same inputs, sizes up to the maximum.

Measurement choices, each from ``shared/research/timing.md``:

- Inputs are generated once per size from a seed, in this process, and every
  solution gets the identical input; each call gets its own copy, made in the
  worker before the clock starts (an in-place sort must not time sorted data).
- Solutions run in isolated workers and are never timed in parallel: rounds are
  interleaved (A B C A B C ...), so drift on a shared machine hits all alike.
- Each (solution, size) starts with one untimed warm-up call, which also checks
  the answer and calibrates how many calls make one sample: fast calls are timed
  in loops of at least TARGET_SAMPLE seconds, since a single one is too short to measure.
- Every timed answer is compared strictly with the trusted reference's.
- The figure is the median of the repeats; the spread is the interquartile range
  relative to the median, and a spread over SPREAD_WARNING is flagged.
- A call over the budget is TLE at that size and the solution is not run at
  larger sizes; its time at the largest size is estimated from its fitted curve.
"""

from __future__ import annotations

import math
import os
import platform
import random
import statistics
import sys
from dataclasses import dataclass, field

from .errors import AlgokitError, shown
from .fit import Fit, fit
from .generate import load_gen, worst_cases
from . import checkers
from .judge import TRUSTED_SLACK, JudgeError, worker_for

TARGET_SAMPLE = 0.02  # seconds: fast calls are looped until one sample takes at least this
MAX_LOOPS = 1000
SPREAD_WARNING = 0.10  # IQR / median above this: the figure is not to be trusted
DEFAULT_POINTS = 10  # sizes when none are given: halving down from the maximum (a 512x span)


@dataclass
class Cell:
    """One solution at one size: its status and the per-call seconds of each repeat."""

    status: str = "skipped"  # OK, WA, RE, TLE, MLE or skipped
    samples: list = field(default_factory=list)
    message: str = ""

    @property
    def median(self):
        return statistics.median(self.samples) if self.status == "OK" and self.samples else None

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


def solutions_to_time(spec, files, locate):
    """``[(label, path)]``: the given files plus the trusted reference as a baseline, or every solution."""
    if not files:
        paths = sorted(spec.solutions_dir.glob("*.py"))
        if not paths:
            raise TimingInputError(f"no solutions in {shown(spec.solutions_dir)}: add one, or name FILEs")
    else:
        paths = [locate(spec, f) for f in files]
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
    cases = list(worst_cases(spec, load_gen(spec)))
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
    cases = worst_cases(spec, load_gen(spec))
    case = case or next(iter(cases))
    make = cases[case]
    rows = [Row(label, path) for label, path in solutions]
    timing = Timing(spec.slug, sizes, case, seed, budget, rows, environment(seed, case))
    workers = {row.label: worker_for(spec, row.path) for row in rows}
    trusted = worker_for(spec, spec.solutions_dir / spec.trusted)
    total, done = len(sizes) * len(rows) * (repeat + 1), 0
    try:
        alive = list(rows)
        for n in sizes:
            args = make(n, random.Random(f"{seed}:{case}:{n}"))
            truth = trusted.call(args, spec.time_limit * TRUSTED_SLACK)
            if not truth.ok:
                raise JudgeError(f"{spec.trusted}: the trusted reference gave {truth.verdict} at {spec.size_label} "
                                 f"= {n} ({truth.message}); it must pass to check the others' answers")
            loops = {}
            for row in list(alive):  # warm-up: checks the answer and sizes the loops
                cell = row.cells[n] = Cell()
                outcome = workers[row.label].call(args, budget)
                done += 1
                if not _settle(spec, args, cell, outcome, truth.value):
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
                    if _settle(spec, args, row.cells[n], outcome, truth.value):
                        row.cells[n].samples.append(outcome.seconds)
                    else:
                        alive.remove(row)
                    _report(progress, done, total, f"{spec.size_label} = {n}: {row.label}")
            for row in alive:
                row.cells[n].status = "OK"
    except KeyboardInterrupt:
        timing.interrupted = True
    finally:
        for worker in (*workers.values(), trusted):
            worker.close()
    _summarise(timing)
    return timing


def _settle(spec, args, cell, outcome, expected):
    """Record a failed or wrong call in ``cell``; True when the call counts."""
    if not outcome.ok:
        cell.status, cell.message = outcome.verdict, outcome.message
        return False
    rejected = checkers.judge(spec, args, expected, outcome.value)
    if rejected:
        cell.status, cell.message = "WA", rejected
        return False
    return True


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
                c.status == "TLE" for c in row.cells.values()):
            row.estimate = row.fit.predict(largest)
    # Wrong or crashing solutions are shown but not ranked; a TLE row is ranked where it finished.
    ranked = [row for row in timing.rows if any(c.median is not None for c in row.cells.values())
              and not any(c.status in ("WA", "RE", "MLE") for c in row.cells.values())]
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


def as_json(timing):
    """The ``--json`` document."""
    return {"problem": timing.problem, "sizes": timing.sizes,
            "results": [{"solution": row.label, "file": str(row.path),
                         "times": {str(n): row.cells[n].median if n in row.cells else None for n in timing.sizes},
                         "status": {str(n): row.cells[n].status if n in row.cells else "skipped"
                                    for n in timing.sizes},
                         "complexity": row.fit.name if row.fit else None,
                         "ratio": row.ratio} for row in timing.rows],
            "ratio_size": timing.ratio_size, "case": timing.case, "budget": timing.budget,
            "interrupted": timing.interrupted, "environment": timing.environment}


def seconds_text(seconds):
    """3 significant figures in s, ms or µs."""
    if seconds >= 1000:
        return f"{seconds:,.0f} s"
    if seconds >= 1:
        return f"{seconds:.3g} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.3g} ms"
    return f"{seconds * 1e6:.3g} µs"


def cell_text(row, n, timing):
    """What the table shows for ``row`` at size ``n``: a time, a verdict or an estimate."""
    cell = row.cells.get(n)
    if cell is not None and cell.median is not None:
        return seconds_text(cell.median) + ("±" if cell.spread > SPREAD_WARNING else "")
    if cell is not None and cell.status != "skipped":
        return cell.status
    if n == timing.sizes[-1] and row.estimate is not None:
        return f"est. {seconds_text(row.estimate)}"
    return "—" if not timing.interrupted else ""


def table_rows(timing):
    """Header and rows of the table as text, shared by the terminal and Markdown output."""
    header = ["solution"] + [f"{n:,}" for n in timing.sizes] + ["complexity", "ratio"]
    rows = [[row.label] + [cell_text(row, n, timing) for n in timing.sizes]
            + [row.fit.name if row.fit else "—", f"{row.ratio:.2f}x" if row.ratio is not None else "—"]
            for row in timing.rows]
    return header, rows


def markdown(timing):
    header, rows = table_rows(timing)
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def footer(timing):
    """The lines under the table: what the ratio means, the environment, warnings."""
    env = timing.environment
    lines = [f"{timing.problem}, worst case {timing.case!r}, seed {timing.seed}, budget {timing.budget:g} s per call; "
             f"median of the repeats per call"
             + (f"; ratio to the fastest at {timing.ratio_size:,}" if timing.ratio_size else "")]
    lines.append(f"Python {env['python']} ({env['implementation']}), {env['os']}, {env['cpus']} CPUs, "
                 f"load {env['load']}")
    for label, n, spread in unstable(timing):
        lines.append(f"warning: {label} at {n:,} varies by {spread:.0%} (IQR/median): "
                     f"re-run on a quieter machine before trusting it (marked ±)")
    if timing.interrupted:
        lines.append("interrupted: the table shows what was measured before Ctrl-C")
    return lines


def plot(timing, path):
    """Write a log-log PNG of time against n, one line per solution, TLE points marked."""
    try:
        import matplotlib
    except ImportError:
        raise TimingInputError("--plot needs matplotlib: pip install 'algokit[plot]'") from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(8, 5))
    for row in timing.rows:
        points = [(n, row.cells[n].median) for n in timing.sizes if n in row.cells and row.cells[n].median]
        if points:
            line, = axes.plot(*zip(*points), marker="o", label=f"{row.label} ({row.fit.name if row.fit else '?'})")
            failed = [n for n, c in row.cells.items() if c.status == "TLE"]
            if failed:
                axes.plot(failed, [timing.budget] * len(failed), "x", color=line.get_color(), markersize=10,
                          markeredgewidth=2)
    axes.axhline(timing.budget, color="grey", linestyle=":", linewidth=1, label=f"budget {timing.budget:g} s (x: TLE)")
    axes.set(xscale="log", yscale="log", xlabel="n", ylabel="seconds per call",
             title=f"{timing.problem}: worst case {timing.case!r}, Python {sys.version.split()[0]}")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)

