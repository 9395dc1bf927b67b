"""A fair timing table for a peer session: every solution, the same inputs, sizes up to the maximum.

Measurement choices, each learnt from timing solutions on small shared machines:

- Inputs come from :func:`~algokit.judging.judge.Judge.case`, the same (case, size, seed)
  inputs that ``pytest``'s max-size runs judge; every solution gets the identical
  input, and each call gets its own copy and a fresh module, made before the clock
  starts (an in-place sort must not time sorted data; a cache in globals must not
  time a hit).
- Solutions run in isolated workers, in lanes, one per CPU (:func:`lane_cpus`): the
  work is cut into units, one solution on one worst case through every size, and a
  lane takes the next unit as soon as it is free (:class:`_Queue`), timing it against
  a baseline worker of its own, every run kept on the lane's CPU. Lanes never wait
  for each other: waiting at every size left a lane idle a third of the time, and
  sharing whole solutions out per case still left one idle for a quarter of a
  ``time`` (a quadratic file's case is long). A ratio is never taken across CPUs,
  nor a fit: a solution's series on one case comes from one lane. On a small
  virtual machine the CPUs do not run at one speed: on the 2-vCPU machines this
  kit is developed on, one vCPU was at times 1.6 times slower than the other, and
  each solution's runs tended to stay on the CPU of its own supervisor. Unpinned,
  the ratios of identical code in back-to-back pairs fell into three clusters (about
  0.6, 1.0 and 1.6); pinned, the median of 9 pairs stayed within 7% of 1 in every
  window of a 240-pair trace (benchmarks/cpu_pinning.py measures this, and
  benchmarks/fairness.py the whole effect). One CPU alone still changes speed by
  up to 1.7x within seconds: the rounds below are what cancel that. Where the wall
  time of a ``time`` goes: benchmarks/time_breakdown.py.
- A ratio comes from **paired** measurement: the baseline and the solutions take
  turns on the same input (B A B A' B ...), each solution's run is compared with the
  mean of the baseline's runs just before and just after it, and the figure is the
  median of these per-round ratios, with an interval that holds that median with
  INTERVAL_CONFIDENCE (:func:`median_bounds`). Drift on a shared machine hits a
  solution and the baseline runs around it alike, where a ratio of two medians
  taken at different moments would carry it; the run after, and not only the run
  before, matters when a solution's run is much longer than the baseline's (a
  slowdown during it is seen on its far side).
- At least MIN_ROUNDS rounds per case and size; an interval wider than
  ±INTERVAL_TARGET earns more, within EXTRA_SECONDS per size and solution
  (EXTRA_SECONDS_AT_MAX at the largest, the headline's), while a round still fits
  in what is left; still wide, the table says so. The extra rounds come once every
  case of a solution is timed, and only on the case shown for it, on the same lane:
  spent on every case, most of them went to intervals no table shows. Fewer rounds
  at the smaller sizes, or no extra ones there, let a copy of the baseline stray to
  0.84-1.18 at a small size (benchmarks/fairness.py); with them it stays within ±10%.
- The baseline is one fixed solution, the spec's trusted reference, never the
  minimum of several noisy medians (which biases every ratio upward).
- Every worst case in gen.py is timed (each more briefly), and each solution is
  reported on the case that is slowest for it (highest ratio; ties within the noise
  go to gen.py's first), named in the table: a default case must not hide a
  quadratic corner.
- Each (solution, size) starts with one untimed warm-up call, which also checks the
  answer and sizes the sample: fast calls are timed in loops of at least
  TARGET_SAMPLE seconds, since a single one is too short to measure.
- A call over the budget is TLE at that size and the solution is not run at
  larger sizes; its time at the largest size is estimated from its fitted curve.
  A size where the growth at the sizes below puts a call at HOPELESS budgets or more
  is TLE without the call, and says so (:func:`_hopeless`).
- The fitted class is named with its quality: beyond FIT_TRUSTED relative error it
  carries a "?" and the growth per doubling, rather than a confident wrong label.
"""

from __future__ import annotations

import math
import os
import platform
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import AlgokitError
from ..problem.generate import worst_cases
from ..verdicts import Mark, Status
from .checkers import status_of
from .fit import Fit, fit
from .judge import Judge, JudgeError

TARGET_SAMPLE = 0.02  # seconds: fast calls are looped until one sample takes at least this
MAX_LOOPS = 1000
# A baseline sample lasts at least this share of the solution's call it is paired with: a CPU's speed moves
# within a second, and a 50 ms baseline run beside a 0.7 s one caught a moment, not the run's average. With
# samples of the baseline's one call, the headline ratio of 150369's owed_boxes (0.7 s at the maximum, against
# 50 ms) came out 11.8-15.3x and 11.3-13.6x in two sets of 5 runs; with samples at least half as long,
# 12.4-13.3x (a whole call's length did no better: 10.3-13.2x). Since samples longer than 0.35 s did no better,
# a sample need not last more than PAIR_SPAN_MAX seconds: beside a 3 s call (150369's trip simulation), half of it
# made each round cost 4.5 s instead of 3.5 s, on the unit that ended an ``algokit week`` last.
PAIR_SPAN, PAIR_SPAN_MAX = 0.5, 0.5
# A call at least this long is timed without an untimed call before it in its run: a cold process's page
# faults (a few milliseconds) are lost in it, and the warm-up would double what the slowest solutions cost.
# Measured paired (benchmarks/warm_up.py: 25 cold runs, each between two warm ones, on one CPU), cold over
# warm came out 0.975-0.992 for calls of 60-160 ms and 1.04 at 190 ms, within the noise either way; only at
# a few milliseconds was cold clearly slower (1.05). It was 0.2 s, which made a 100 ms call cost 200 ms.
LONG_CALL = 0.05
SPREAD_WARNING = 0.10  # IQR / median above this: the figure is not to be trusted
INTERVAL_TARGET = 0.05  # a ratio's interval wider than +-5% earns more rounds
EXTRA_SECONDS = 1.0  # at most this long per (case, size) spent on those extra rounds
EXTRA_SECONDS_AT_MAX = 3.0  # ... and at the largest size, where the headline ratio is taken
MIN_ROUNDS = 5  # rounds per case and size, at least: with 5 the median survives two outliers
INTERVAL_CONFIDENCE = 0.75  # how surely a ratio's interval holds the median of its rounds
FIT_ROUNDS = 2  # rounds at a size timed alone, for the fit only (``headline_first``): a median of two is enough
# for a point of a log-log fit over a 64x span, where the headline ratio's size takes three and extra ones
# A call its series' growth says will take at least this many time limits is TLE without being run: the O(n^2)
# pair loop of 152996 took 0.88 s at n = 1562 against a 1 s limit, so n = 3125 and 6250 (3.6 s and 14 s by
# its growth) could only end at the limit, 1 s of CPU each on every case: 6 s of a 31 s ``time``. At twice the
# limit the growth would have to be overstated twofold to turn a pass into a TLE.
HOPELESS = 2.0
FIT_TRUSTED = 0.15  # relative RMS error of the fit beyond which its class is only a guess
DEFAULT_POINTS, DEFAULT_FACTOR = 5, 4  # sizes when none are given: the maximum, /4, /16, /64, /256 (a 256x span).
# Halving ten times (a 512x span) cost twice the runs for the same fits (152996 with 4 member files took 64 s);
# a solution that stops early is filled in at the halving sizes below where it stopped (FILL_FACTOR).
FILL_FACTOR = 2


def median_bounds(count, confidence=INTERVAL_CONFIDENCE):
    """``(i, j)``: 0-based ranks of sorted samples that bound their median with at least ``confidence``.

    Distribution-free: the median lies between the k-th smallest and the k-th largest of
    ``count`` samples with probability 1 - 2 P(Binomial(count, 1/2) < k), whatever the
    noise looks like. The largest k reaching ``confidence`` is taken: with 3 to 5 rounds
    that is the smallest and the largest, with 9 the third from each end.
    """
    def coverage(k):
        return 1 - 2 * sum(math.comb(count, i) for i in range(k)) / 2 ** count

    k = 1
    while k < (count + 1) // 2 and coverage(k + 1) >= confidence:
        k += 1
    return k - 1, count - k


def paired_ratio(pairs):
    """``(ratio, low, high)`` from ``[(seconds, baseline seconds), ...]`` measured back to back.

    The ratio is the median of the per-round ratios; low and high bound that median with
    INTERVAL_CONFIDENCE (:func:`median_bounds`): with few rounds the quartiles would claim
    a precision three rounds cannot give. Cost: O(rounds log rounds).
    """
    ratios = sorted(t / b for t, b in pairs if b > 0)
    if not ratios:
        return None
    middle = statistics.median(ratios)
    i, j = median_bounds(len(ratios))
    return middle, min(ratios[i], middle), max(ratios[j], middle)


def growth_per_doubling(points):
    """How many times longer a call takes when n doubles, from the two largest sizes measured."""
    points = sorted(points)
    if len(points) < 2:
        return None
    (n1, t1), (n2, t2) = points[-2], points[-1]
    if n2 <= n1 or t1 <= 0:
        return None
    return (t2 / t1) ** (1 / math.log2(n2 / n1))


@dataclass
class Measure:
    """One solution measured at one size: its status, per-call seconds per round, and its pairs with the baseline."""

    status: Status | Mark = Mark.SKIPPED
    samples: list = field(default_factory=list)
    pairs: list = field(default_factory=list)  # [(seconds, baseline seconds)] timed back to back
    message: str = ""

    @property
    def median(self):
        return statistics.median(self.samples) if self.status == Status.OK and self.samples else None

    @property
    def spread(self):
        """Interquartile range over median; 0 with fewer than 2 samples."""
        if self.median is None or len(self.samples) < 2:
            return 0.0
        q = statistics.quantiles(self.samples, n=4, method="inclusive")
        return (q[2] - q[0]) / self.median

    @property
    def ratio(self):
        """``(ratio, low, high)`` against the baseline, or None."""
        return paired_ratio(self.pairs) if self.status == Status.OK else None


@dataclass
class Series:
    """One solution on one worst case: a cell per size, the fitted class, the estimate past a TLE."""

    cells: dict = field(default_factory=dict)
    fit: Fit | None = None
    estimate: float | None = None  # seconds at the largest size, from the fit, when it did not get there
    growth: float | None = None  # times longer per doubling of n, at the largest sizes


@dataclass
class Row:
    """One solution: a series per worst case, reported on the case that is slowest for it."""

    label: str
    path: object
    series: dict = field(default_factory=dict)
    case: str | None = None  # the case shown: the slowest for this solution
    ratio: float | None = None  # paired against the baseline, at ``ratio_size``
    ratio_low: float | None = None
    ratio_high: float | None = None
    ratio_size: int | None = None

    @property
    def shown(self) -> Series:
        return self.series.get(self.case) or Series()

    # The series shown stands for the row: its cells, fit, estimate and growth are the row's.
    cells = property(lambda self: self.shown.cells)
    fit = property(lambda self: self.shown.fit)
    estimate = property(lambda self: self.shown.estimate)
    growth = property(lambda self: self.shown.growth)

    @property
    def fit_trusted(self) -> bool:
        return self.fit is not None and self.fit.error <= FIT_TRUSTED

    @property
    def ranked(self) -> bool:
        """Wrong or crashing solutions are shown but not ranked; a TLE is ranked where it finished."""
        return not any(c.status in (Status.WA, Status.RE, Status.MLE)
                       for series in self.series.values() for c in series.cells.values())


@dataclass
class Timing:
    problem: str
    sizes: list
    cases: list
    seed: int
    budget: float
    rows: list
    environment: dict
    baseline: str  # the label of the baseline row
    cpus: list | None = None  # the lanes' CPUs, one each: a solution and its baseline runs share one
    interrupted: bool = False

    def row(self, label):
        return next(row for row in self.rows if row.label == label)


class TimingInputError(AlgokitError):
    """A --sizes, --case or FILE the timing cannot use."""


def solutions_to_time(spec, found):
    """``[(label, path)]`` for ``found`` (``[(path, member or None)]``), with the baseline added if missing.

    A file in ``solutions/<slug>/`` is labelled by its name, a member's file elsewhere by the
    member's name; a label two files share becomes the path.
    """
    paths = [Path(path) for path, _ in found]
    named = {Path(path): member for path, member in found if member and Path(path).parent != spec.solutions_dir}
    baseline = spec.reference(spec.trusted)
    if all(p.resolve() != baseline.resolve() for p in paths):
        paths.append(baseline)
    labels = [named.get(p, p.stem) for p in paths]
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


def chosen_cases(spec, chosen):
    """The worst cases to time: ``chosen`` (names given with --case), each checked, or all of gen.py's."""
    cases = list(worst_cases(spec))
    for case in chosen or ():
        if case not in cases:
            raise TimingInputError(f"--case: {case!r} is not a worst case of {spec.slug}; "
                                   f"choose one of {', '.join(cases)}")
    return list(chosen) if chosen else cases


def default_sizes(spec, points=DEFAULT_POINTS, factor=DEFAULT_FACTOR):
    """Sizes dividing by ``factor`` down from the constraint maximum: a span of factor^(points-1) for the fit."""
    low, top = spec.size_bounds
    sizes = sorted({max(low, 1, top // factor ** k) for k in range(points)})
    return sizes


def timing_cpus():
    """The CPU of the first lane (the highest this process may use), as a set, or None.

    None where there is one CPU or the system cannot pin (not Linux): runs go anywhere.
    """
    first = lane_cpus()[0]
    return {first} if first is not None else None


def lane_cpus(solutions=None):
    """The CPUs that time side by side, one lane each, highest first; ``[None]`` where there is one.

    ``solutions``: how many solutions besides the baseline, so that no lane is left idle.
    With one CPU, or where the system cannot pin (not Linux), one lane runs anywhere.
    """
    try:
        allowed = sorted(os.sched_getaffinity(0), reverse=True)
    except AttributeError:
        return [None]
    if len(allowed) < 2:
        return [None]
    return allowed[:max(1, solutions)] if solutions is not None else allowed


def environment(seed, cases, cpu=None, lanes=None):
    """What a timing depends on, recorded with every result (the runner and the sandbox's protections too)."""
    from . import sandbox, workers

    return {**sandbox.environment(workers.backend()[0]), "python": platform.python_version(), "implementation": platform.python_implementation(),
            "os": f"{platform.system()} {platform.release()}", "machine": platform.machine(),
            "cpus": os.cpu_count(), "load": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
            "timed_on_cpu": cpu, "lanes": [c for c in lanes or () if c is not None], "seed": seed,
            "cases": list(cases)}


def baseline_label(spec, solutions):
    """The label of the baseline among ``solutions``: the spec's trusted reference, by a fixed rule."""
    trusted = spec.reference(spec.trusted).resolve()
    for label, path in solutions:
        if Path(path).resolve() == trusted:
            return label
    raise TimingInputError(f"the baseline {spec.trusted} is not among the solutions to time")


def measure(spec, solutions, sizes=None, repeat=5, budget=None, seed=0, cases=None, progress=None,
            settle_sizes=None, min_rounds=MIN_ROUNDS, headline_first=False):
    """Time ``solutions`` (``[(label, path)]``, the baseline among them) on ``spec``; a :class:`Timing`.

    Every worst case in ``cases`` (default: all of gen.py's) is timed, each with
    ``repeat`` rounds shared out among the cases (at least ``min_rounds`` each).
    ``settle_sizes`` are the sizes where a wide interval earns extra rounds (default:
    every size, since each size's ratio is shown: without them, a copy of the baseline
    strayed to 0.84 and 1.18 at a small size); ``algokit week`` passes only the largest.
    The work is cut into units, one solution on one case through every size, which the
    lanes, one per CPU (:func:`lane_cpus`), each with a baseline worker of its own on its
    CPU, take as they come free (:class:`_Queue`). As soon as every case of a solution is
    timed, the case it is shown on is fixed and the lane that timed that case gives it its
    extra rounds there, between units: no lane waits for the others to finish theirs.
    ``progress(done, total, text)`` hears as work completes,
    always in the calling thread. Ctrl-C ends the run at once: the result holds what
    was measured, with ``interrupted`` set.
    ``headline_first`` (``algokit week``, which shows a ratio only at the largest size):
    every case is timed at the largest size alone, paired; then each solution's smaller
    sizes are timed only on the case shown for it, unpaired, since they serve only its
    fitted class (:meth:`_Plan.fit_units`). A solution too slow at the largest size is
    then timed at the smaller sizes all the same, for its estimate.
    Cost: about rounds x sum over cases and sizes of each solution's time, twice the
    baseline's, divided among the lanes; with ``headline_first``, the smaller sizes cost
    one case's runs of each solution alone.
    """
    session = Session(spec, solutions, sizes, repeat, budget, seed, cases, progress, settle_sizes, min_rounds,
                      headline_first)
    try:
        session.begin(session.lanes[0])
        _side_by_side(session.run_lane, session.lanes, session.work, session.stop)
    except KeyboardInterrupt:
        session.timing.interrupted = True
    finally:
        session.close()
    return session.result()


class Session:
    """One problem's timing as steps any lane can take: ``measure`` runs one on its own lanes; ``algokit
    week`` runs several on shared lanes, beside its checks (``group.lanes``). A lane (an index into
    ``lanes``, one per CPU in ``cpus``) calls :meth:`step` until it says ``"done"``."""

    def __init__(self, spec, solutions, sizes=None, repeat=5, budget=None, seed=0, cases=None, progress=None,
                 settle_sizes=None, min_rounds=MIN_ROUNDS, headline_first=False, cpus=None):
        import threading

        sizes = sorted(sizes or default_sizes(spec))
        budget = budget or spec.time_limit
        cases = list(cases or worst_cases(spec))
        rounds = max(min_rounds, math.ceil(repeat / len(cases)))
        settle_sizes = sizes if settle_sizes is None else settle_sizes
        base = baseline_label(spec, solutions)
        rows = [Row(label, path) for label, path in solutions]
        others = [row for row in rows if row.label != base]
        cpus = cpus or lane_cpus(len(cases) * max(1, len(others)))
        self.timing = timing = Timing(spec.slug, sizes, cases, seed, budget, rows,
                                      environment(seed, cases, cpus[0], cpus), base,
                                      [cpu for cpu in cpus if cpu is not None] or None)
        self.judge = Judge()
        self.lanes = _lanes(spec, self.judge, rows, base, cpus)
        per_size = len(rows) + rounds * max(1, len(rows) - 1)  # warm-ups, then a run per solution per round
        paired_sizes, self.fit_sizes = ([sizes[-1]], sizes[:-1]) if headline_first else (sizes, [])
        self.work = _Progress(progress, len(cases) * len(paired_sizes) * per_size
                              + len(rows) * len(self.fit_sizes) * (1 + min(FIT_ROUNDS, rounds)))
        self.stop = threading.Event()
        self.plan = _Plan(spec, timing, cases, paired_sizes, rounds, settle_sizes, _Inputs(self.judge, spec, seed),
                          self.work, self.stop)
        self.queue = _Queue(cases, others, self.plan.cost, base)
        self.first, self.begun = None, threading.Lock()
        for row in rows:
            row.series[cases[0]] = Series()

    def begin(self, lane):
        """The first warm-ups, once, on ``lane`` (the first to come): what each solution costs, first guessed."""
        with self.begun:
            if self.first is None:
                self.first = self.plan.first_warm_ups(lane, self.timing.sizes[0])

    def step(self, lane):
        """One unit or one solution's follow-ups on ``lane``: ``"worked"``, ``"wait"`` (another lane's work
        must end first) or ``"done"`` (nothing is left for this lane). The first lane to come makes the first
        warm-ups; another that comes meanwhile is told to wait, and may do other work (``group.lanes``)."""
        if self.first is None:
            if not self.begun.acquire(blocking=False):
                return "wait"
            try:
                if self.first is None:
                    self.first = self.plan.first_warm_ups(lane, self.timing.sizes[0])
            finally:
                self.begun.release()
            return "worked"
        return self.plan.step(lane, self.queue, self.first, self.fit_sizes)

    def run_lane(self, lane):
        """A lane's thread when this session has the lanes to itself."""
        while (state := self.step(lane)) != "done":
            if state == "wait":
                self.queue.wait()

    def close(self):
        """Stop every worker this timing started."""
        self.judge.close()

    def result(self) -> Timing:
        _summarise(self.timing)
        return self.timing


@dataclass
class _Lane:
    """One CPU's share of a timing: a baseline worker of its own, and a worker per solution it has timed."""

    index: int
    cpu: int | None
    rows: list  # the solutions of the unit it is timing
    workers: dict  # label -> worker, the baseline's and those of the solutions it has timed
    base_worker: object
    make: object  # (row, lane index) -> a worker of that solution for this lane

    def take(self, rows):
        """Time ``rows`` next: each gets this lane's own worker, started on first use."""
        self.rows = list(rows)
        for row in self.rows:
            if row.label not in self.workers:
                self.workers[row.label] = self.make(row, self.index)


def _lanes(spec, judge, rows, base, cpus):
    """One lane per CPU in ``cpus``, each with a worker of the baseline; solutions join them unit by unit.

    The first lane's solution workers are the judge's own (the first warm-ups run on them);
    each other lane starts its own worker of a solution the first time it takes one of its
    units, so that two lanes never share a worker (one worker serves one thread)."""
    import threading

    base_row = next(row for row in rows if row.label == base)
    lock = threading.Lock()  # the judge's worker table is filled from the lanes' threads

    def make(row, index):
        with lock:
            return judge.worker(spec, row.path, lane=0 if index == 0 else index + 1)

    lanes = []
    for i, cpu in enumerate(cpus):  # never the judge's own worker of the reference, which makes the answers
        # (``_Inputs``) while the lanes time: one worker serves one thread
        base_worker = judge.worker(spec, base_row.path, lane=i + 1)
        lanes.append(_Lane(i, cpu, [], {base: base_worker}, base_worker, make))
    return lanes


class _Queue:
    """The units of a timing, one solution on one worst case each, handed to lanes as they come free.

    The next unit is that of the solution that cost most per unit so far (at first, its first
    warm-up), on the earliest case left for it: the long units start first, on every case, so
    that the last ones, which leave the other lane idle while they finish, are short. Taking
    the cases in turn instead left a quadratic file's last case to start once the others'
    short units were done: one lane worked 6 s alone at the end of a 31 s ``time`` of 152996
    (benchmarks/time_breakdown.py). The first unit taken on a
    case is that case's ``own``: its baseline runs are the baseline's own samples, the table's
    baseline row and fit. With no solution besides the baseline, a unit per case times it alone.
    """

    def __init__(self, cases, rows, cost, base):
        import threading

        self.left = [(i, case, row) for i, case in enumerate(cases) for row in (rows or [None])]
        self.cost, self.done, self.owned = cost, {}, set()
        # label -> its units not yet finished; the baseline's are its own units, one per case
        self.pending = {base: len(cases), **{row.label: len(cases) for row in rows}}
        self.changed = threading.Condition()

    @property
    def lock(self):
        return self.changed

    def finish(self, rows, own, base):
        """A unit is timed: its solutions (and with ``own``, the baseline) have one unit fewer to wait for."""
        with self.changed:
            for label in [row.label for row in rows] + ([base] if own else []):
                self.pending[label] -= 1
            self.changed.notify_all()

    def timed(self, label):
        """Whether every unit of ``label`` is timed: its case can be chosen."""
        with self.changed:
            return self.pending.get(label, 0) <= 0

    def wait(self, timeout=0.05):
        """Until a unit is timed (or ``timeout`` seconds pass)."""
        with self.changed:
            if any(count > 0 for count in self.pending.values()):
                self.changed.wait(timeout)

    @property
    def all_timed(self):
        with self.changed:
            return not self.left and all(count <= 0 for count in self.pending.values())

    def take(self):
        """``(case, rows, own)`` for the next unit, or None when every unit is taken."""
        with self.lock:
            if not self.left:
                return None

            def order(unit):
                i, _, row = unit
                if row is None:
                    return (0.0, i)
                return (-self.cost.get(row.label, 0.0) / max(1, self.done.get(row.label, 0)), i)

            unit = min(self.left, key=order)
            self.left.remove(unit)
            _, case, row = unit
            own = case not in self.owned
            self.owned.add(case)
            if row is not None:
                self.done[row.label] = self.done.get(row.label, 0) + 1
            return case, [] if row is None else [row], own


class _Inputs:
    """Each (case, size)'s input and the trusted answer, made once per command and shared by every lane."""

    def __init__(self, judge, spec, seed):
        import threading

        self.judge, self.spec, self.seed, self.lock = judge, spec, seed, threading.Lock()

    def get(self, case, n):
        with self.lock:  # the judge's answer cache and its reference worker serve one lane at a time
            return self.judge.case(self.spec, case, n, self.seed)


class _Stopped(Exception):
    """Another lane failed, or Ctrl-C was pressed: this lane ends before its next run."""


class _Progress:
    """Steps counted within blocks of a known size (one lane's share of one case and size): extra
    rounds, failures and skipped sizes never push the count past its block, nor leave it short once
    the block is done. Lanes step it from their threads; the report is made in the calling thread
    (:meth:`pump`), so that an exception raised by it, Ctrl-C among them, ends the timing there."""

    def __init__(self, report, total):
        import queue

        self.report, self.total, self.done = report, total, 0
        self.heard = queue.SimpleQueue()

    def block(self, units, stop=None):
        return _Block(self, units, stop)

    def add(self, count, text, stop=None):
        """Count a step; from a lane, wait until it is reported, so that a report that raises (Ctrl-C)
        stops the lane before its next run, whatever the load."""
        import threading

        if self.report is None or threading.current_thread() is threading.main_thread():
            self.tell(count, text)  # nobody to hear it (``algokit week``'s timings), or heard here
            return
        reported = threading.Event()
        self.heard.put((count, text, reported))
        while not reported.wait(0.05):
            if stop is not None and stop.is_set():
                return

    def tell(self, count, text):
        self.done = min(self.done + count, self.total)
        if self.report and text is not None:
            self.report(self.done, self.total, text)

    def pump(self, timeout=None):
        """Report what the lanes did since the last call, waiting up to ``timeout`` seconds for the first."""
        import queue

        try:
            item = self.heard.get(timeout=timeout) if timeout else self.heard.get_nowait()
            while True:
                count, text, reported = item
                try:
                    self.tell(count, text)
                finally:
                    reported.set()
                item = self.heard.get_nowait()
        except queue.Empty:
            pass


class _Block:
    """One lane's share of one case and size, in progress steps."""

    def __init__(self, progress, units, stop=None):
        self.progress, self.left, self.stop = progress, units, stop

    def step(self, text, count=1):
        count = min(count, self.left)
        self.left -= count
        self.progress.add(count, text, self.stop)

    def finish(self):
        if self.left:
            self.progress.add(self.left, None, self.stop)
            self.left = 0


@dataclass
class _Plan:
    """What every lane does: each case, each size in turn, warm-ups and then rounds."""

    spec: object
    timing: Timing
    cases: list
    sizes: list
    rounds: int
    settle_sizes: list
    inputs: _Inputs
    work: _Progress
    stop: object  # a threading.Event: set, every lane ends before its next run
    cost: dict = field(default_factory=dict)  # label -> seconds its calls and their paired baseline runs took
    lane_of: dict = field(default_factory=dict)  # (case, label) -> the index of the lane that timed it
    early: dict = field(default_factory=dict)  # (lane, label, case, n) -> a long warm-up's seconds: its first sample
    followed: set = field(default_factory=set)  # the labels whose case is fixed and follow-ups taken by a lane

    def units(self, lane, own):
        """A lane's progress steps per case and size: its warm-ups, then a step per solution per round."""
        return len(lane.rows) + own + self.rounds * (len(lane.rows) or own)

    def first_warm_ups(self, lane, n):
        """The command's first case at its smallest size ``n``: every solution warmed up in turn, in this
        thread, on the first lane's workers; what each took is its first estimate of cost (``_Queue``).
        ``(n, {label: (loops, long, seconds)})``. With ``headline_first`` the lanes start at the largest size,
        and these calls only rank the solutions by cost: a long call there would be paid in this thread
        alone, while the other lanes wait."""
        case = self.cases[0]
        args, expected = self.inputs.get(case, n)
        base = self.timing.row(self.timing.baseline)
        block, warmed = self.work.block(len(self.timing.rows)), {}
        lane.take([r for r in self.timing.rows if r is not base])
        for row in [base] + lane.rows:
            warmed[row.label] = self.warm(lane, row, case, n, args, expected, block)
            self.work.pump()
        if warmed[base.label] is None:
            raise self.baseline_failed(case, n)
        self.early.clear()  # timed on the first lane's CPU before any lane took its unit: not to be paired
        return n, warmed  # every solution's, a failed one's too: it is timed on the next case, where it may pass

    def warm(self, lane, row, case, n, args, expected, block):
        """One call that checks the answer and sizes the sample; ``(loops, long, seconds)``, None on a failure.
        Where the worker can time a call cold, it is timed on the lane's CPU, and a long one is kept as the
        first round's sample (``early``); else it is an untimed call."""
        self.check_stop()
        cell = row.series[case].cells[n] = Measure()
        started = time.monotonic()
        worker = lane.workers[row.label]
        cold = getattr(worker, "times_cold", False)  # a run that can time one call without a warm-up before it:
        # the call is timed on the lane's CPU, and a long one is the first round's sample (``early``)
        outcome = worker.time(args, 1, self.timing.budget, _pin(lane.cpu), warm=False) if cold else worker.call(
            args, self.timing.budget)
        self.charge(row, started)
        if not _settle(self.spec, args, cell, outcome, expected):
            block.step(f"{case}, {self.spec.size_label} = {n}: {row.label} {cell.status}", self.rounds + 1)
            return None
        loops, long, _ = sized = _sample_size(outcome.seconds)
        if long and cold:
            self.early[lane.index, row.label, case, n] = outcome.seconds
        if loops > 1 and n == self.sizes[-1]:  # a fast call: one untimed sample more at the headline size, so
            # caches and clocks settle; the smaller sizes' medians for the fit do without it
            started = time.monotonic()  # the call before is charged already
            lane.workers[row.label].time(args, loops, self.timing.budget, _pin(lane.cpu))
            self.charge(row, started)
        block.step(f"{case}, {self.spec.size_label} = {n}: warm-up {row.label}")
        return sized

    def hopeless(self, row, case, n):
        """Whether ``row`` is TLE at ``n`` on ``case`` without a call (:func:`_hopeless`); if so, its cell says so."""
        expected = _hopeless(row.series[case], n, self.timing.budget)
        if expected is None:
            return False
        row.series[case].cells[n] = Measure(Status.TLE, message=f"expected to take {expected:.2f} s by its growth at "
                                                                f"the smaller sizes, over the {self.timing.budget:g} s "
                                                                f"limit: not run")
        return True

    def charge(self, row, started):
        """Add the seconds since ``started`` to what ``row`` costs a lane (``cost``, for sharing out)."""
        self.cost[row.label] = self.cost.get(row.label, 0.0) + time.monotonic() - started

    def check_stop(self):
        if self.stop.is_set():
            raise _Stopped

    def baseline_failed(self, case, n):
        cell = self.timing.row(self.timing.baseline).series[case].cells.get(n)
        why = f" ({cell.message})" if cell is not None and cell.message else ""
        return JudgeError(f"the baseline {self.timing.baseline} failed at {case}, {self.spec.size_label} = {n}{why}; "
                          f"it must pass to time the others against it")

    def step(self, lane, queue, first, fit_sizes):
        """One thing for ``lane`` to do (``Session.step``): a solution's follow-ups, as soon as all its cases
        are timed and if this lane timed its shown case, else the next unit from ``queue``."""
        if self.follow_up(lane, queue, fit_sizes):
            return "worked"
        unit = queue.take()
        if unit is None:
            if queue.all_timed:
                return "worked" if self.follow_up(lane, queue, fit_sizes) else "done"
            self.check_stop()
            return "wait"
        case, rows, own = unit
        lane.take(rows)
        for row in rows + ([self.timing.row(self.timing.baseline)] if own else []):
            self.lane_of[case, row.label] = lane.index
        self.lane(lane, own, first, case)
        queue.finish(rows, own, self.timing.baseline)
        return "worked"

    def follow_up(self, lane, queue, fit_sizes):
        """The next solution whose cases are all timed and whose shown case this lane timed: the case it is
        shown on is fixed, then its extra rounds there, then (``fit_sizes``) its smaller sizes there. False
        when there is none now."""
        for row in self.timing.rows:
            with queue.lock:
                if row.label in self.followed or not queue.timed(row.label):
                    continue
                row.case = _slowest_case(row, self.sizes)  # fixed before its extra rounds
                if self.lane_of.get((row.case, row.label)) != lane.index:
                    continue
                self.followed.add(row.label)
            if row.label != self.timing.baseline:
                self.extra_rounds(lane, row)
            if fit_sizes:
                self.fit_units(lane, row, fit_sizes)
            return True
        return False

    def fit_units(self, lane, row, sizes):
        """With ``measure``'s ``headline_first``, once the headline is measured: ``row`` at ``sizes`` on the
        case shown for it, alone (the baseline too), on the lane that timed its largest size: a series and its
        fit come from one CPU."""
        if row.case is None or not row.ranked:
            return  # a wrong or crashing file has no fit to show
        own = row.label == self.timing.baseline
        lane.take([] if own else [row])
        case, alive = row.case, [row]
        for n in sizes:
            block = self.work.block(len(alive) * (1 + min(FIT_ROUNDS, self.rounds)), self.stop)
            alive = self.size(lane, own, case, n, alive, None, block, paired=False)
            block.finish()

    def extra_rounds(self, lane, row):
        """More rounds for ``row`` on the case shown for it, at each size whose interval is still wider than
        INTERVAL_TARGET."""
        lane.take([row])
        for n in self.settle_sizes:
            cell = row.series[row.case].cells.get(n)
            if cell is not None and cell.status == Status.OK and _wide(cell):
                self.size(lane, False, row.case, n, [row], None, self.work.block(0, self.stop), settling=True)

    def lane(self, lane, own, first, case):
        """Every size of one case for one lane: ``own`` is the first lane's, whose baseline runs are the baseline's
        own samples; ``first``: ``(n, warm-ups)``, the command's first warm-ups, made before the lanes started."""
        base = self.timing.row(self.timing.baseline)
        if not lane.rows and not own:
            return
        alive = ([base] if own else []) + list(lane.rows)  # a file that failed a case is tried on the next
        for row in alive:
            row.series.setdefault(case, Series())
        for n in self.sizes:
            warmed = first[1] if (case, n, n) == (self.cases[0], self.sizes[0], first[0]) else None
            # the first warm-ups were counted as they were made
            block = self.work.block(self.units(lane, own) - (len(lane.rows) + own if warmed else 0), self.stop)
            alive = self.size(lane, own, case, n, alive, warmed, block)
            block.finish()
        for row in lane.rows:
            self.fill_in(lane, case, row)

    def fill_in(self, lane, case, row):
        """A solution too slow for all but the smallest sizes is timed at sizes between: the halving
        sizes below the first where it was too slow, largest first, until its fit has MIN_POINTS sizes,
        so that its time at the maximum can still be estimated (a quadratic file at 152996 stops
        after 390 of the default sizes; 781 and 195 give it a curve)."""
        from .fit import MIN_POINTS

        series = row.series[case]
        slow = [n for n, c in series.cells.items() if c.status == Status.TLE]
        done = [n for n, c in series.cells.items() if c.status == Status.OK]
        if not slow or not done or len(done) >= MIN_POINTS or any(
                c.status not in (Status.OK, Status.TLE) for c in series.cells.values()):
            return
        low, _ = self.spec.size_bounds
        grid = sorted({max(low, 1, min(slow) // FILL_FACTOR ** k) for k in range(1, 12)}, reverse=True)
        for n in grid:
            if len([m for m, c in series.cells.items() if c.status == Status.OK]) >= MIN_POINTS:
                return
            if n in series.cells or n >= min(slow):
                continue
            # the baseline runs only to pair with it: the baseline's own sizes stay the table's
            self.size(lane, False, case, n, [row], None, self.work.block(0, self.stop))
            if series.cells.get(n) is not None and series.cells[n].status == Status.TLE:
                slow.append(n)

    def size(self, lane, own, case, n, alive, first, block, settling=False, paired=True):
        """Warm up and time this lane's live solutions at one size; returns those still alive.

        ``settling``: no rounds of its own, only the extra ones a wide interval earns; the samples
        already taken size the calls. ``paired=False``: no baseline runs beside the solutions' (their
        medians serve a fit, not a ratio); the baseline runs only as its own (``own``)."""
        if not paired:
            return self.unpaired(lane, own, case, n, alive, block)
        base = self.timing.row(self.timing.baseline)
        mine = [row for row in alive if row is not base]
        if not mine and not own:
            return alive
        args, expected = self.inputs.get(case, n)
        label = f"{case}, {self.spec.size_label} = {n}"
        warmed = {}
        for row in alive:
            if settling:
                warmed[row.label] = _sample_size(row.series[case].cells[n].median)
            elif first is not None:
                warmed[row.label] = first[row.label]
            elif row is not base and self.hopeless(row, case, n):
                warmed[row.label] = None
                block.step(f"{label}: {row.label} {row.series[case].cells[n].message}", self.rounds + 1)
            elif row is not base and (longer := _long_below(row.series[case], n)) is not None:
                # a long call at a smaller size: this one is long too, and its first timed run checks its answer
                # as a warm-up would (and is stopped at the limit as soon as one would be)
                row.series[case].cells[n] = Measure()
                warmed[row.label] = (1, True, longer)
                block.step(f"{label}: {row.label} timed at once ({longer:.2f} s at a smaller size)")
            else:
                warmed[row.label] = self.warm(lane, row, case, n, args, expected, block)
        if own and warmed[base.label] is None:
            raise self.baseline_failed(case, n)
        if not own:  # this lane's own baseline worker: warm, and its sample sized for this CPU
            self.check_stop()
            outcome = lane.base_worker.call(args, self.timing.budget)
            if not outcome.ok:
                raise self.baseline_failed(case, n)
            warmed[base.label] = _sample_size(outcome.seconds)
        alive = [row for row in alive if warmed[row.label] is not None]
        mine = [row for row in alive if row is not base]
        if mine:  # the baseline's sample spans a good part of a solution's run (PAIR_SPAN)
            loops, long, seconds = warmed[base.label]
            span = min(PAIR_SPAN * max(warmed[row.label][2] for row in mine), PAIR_SPAN_MAX)
            warmed[base.label] = (max(loops, min(MAX_LOOPS, math.ceil(span / max(seconds, 1e-9)))), long, seconds)
        settle = 0.0 if not settling else EXTRA_SECONDS_AT_MAX if n == self.sizes[-1] else EXTRA_SECONDS

        def timed(row, worker):
            self.check_stop()
            loops, long, _ = warmed[base.label if row is base else row.label]
            outcome = worker.time(args, loops, self.timing.budget, _pin(lane.cpu), warm=not long)
            if row is base and not own:
                return outcome.seconds if outcome.ok else None
            cell = row.series[case].cells[n]
            if _settle(self.spec, args, cell, outcome, expected):
                cell.samples.append(outcome.seconds)
                return outcome.seconds
            if row in alive:
                alive.remove(row)
            return None

        before = [None]  # the baseline's latest sample: each solution's run sits between two of them
        early = {row.label: self.early.pop((lane.index, row.label, case, n)) for row in mine
                 if (lane.index, row.label, case, n) in self.early}
        if early and not settling:  # a long warm-up was timed on this CPU: it is the first round's run, paired
            # with the baseline run right after it (a call that long is not slowed by a cold start: LONG_CALL)
            before[0] = timed(base, lane.base_worker)
            if before[0] is None:
                raise self.baseline_failed(case, n)
            for row in mine:
                if row.label in early:
                    row.series[case].cells[n].samples.append(early[row.label])
                    row.series[case].cells[n].pairs.append((early[row.label], before[0]))
                    block.step(f"{label}: {row.label}")

        def one_round(rows):
            if not rows and own:  # the baseline alone: samples for its fit
                before[0] = timed(base, lane.base_worker)
                block.step(f"{label}: {base.label}")
            elif before[0] is None:
                before[0] = timed(base, lane.base_worker)
            for row in rows:
                if row not in alive or before[0] is None:
                    continue
                started = time.monotonic()
                t = timed(row, lane.workers[row.label])
                if t is None:
                    block.step(f"{label}: {row.label} {row.series[case].cells[n].status}", self.rounds)
                    continue
                after = timed(base, lane.base_worker)
                self.charge(row, started)
                if after is None:
                    raise self.baseline_failed(case, n)
                row.series[case].cells[n].pairs.append((t, (before[0] + after) / 2))
                before[0] = after
                block.step(f"{label}: {row.label}")
            if before[0] is None or (own and base not in alive):
                raise self.baseline_failed(case, n)

        for k in range(0 if settling else self.rounds):
            one_round([row for row in mine if row in alive and (k or row.label not in early)])
        started = time.monotonic()
        while True:  # wide intervals earn more rounds, within the budget, while a round still fits in it
            left = settle - (time.monotonic() - started)
            wide = [row for row in mine if row in alive and _wide(row.series[case].cells[n])
                    and _round_seconds(row.series[case].cells[n]) < left]
            if not wide:
                break
            one_round(wide)
        for row in alive:
            row.series[case].cells[n].status = Status.OK
        return alive


    def unpaired(self, lane, own, case, n, alive, block):
        """``size`` without pairs: each live solution warmed up (or timed at once after a long call below),
        then timed FIT_ROUNDS times in turn on this lane's CPU; returns those still alive."""
        base = self.timing.row(self.timing.baseline)
        args, expected = self.inputs.get(case, n)
        label = f"{case}, {self.spec.size_label} = {n}"
        sized = {}
        for row in alive:
            worker = lane.base_worker if row is base else lane.workers[row.label]
            longer = _long_below(row.series[case], n)
            if row is not base and self.hopeless(row, case, n):
                sized[row.label] = None
                block.step(f"{label}: {row.label} {row.series[case].cells[n].message}", 1 + self.rounds)
            elif longer is not None:
                row.series[case].cells[n] = Measure()
                sized[row.label] = (1, True, longer)
                block.step(f"{label}: {row.label} timed at once ({longer:.2f} s at a smaller size)")
            elif row is base:  # the lane's baseline worker: the trusted reference passed here already
                self.check_stop()
                cell = row.series[case].cells[n] = Measure()
                outcome = worker.call(args, self.timing.budget)
                if not _settle(self.spec, args, cell, outcome, expected):
                    raise self.baseline_failed(case, n)
                sized[row.label] = _sample_size(outcome.seconds)
                block.step(f"{label}: warm-up {row.label}")
            else:
                sized[row.label] = self.warm(lane, row, case, n, args, expected, block)
        alive = [row for row in alive if sized[row.label] is not None]
        for row in alive:  # a long warm-up, timed on this CPU: the first round's sample
            if (seconds := self.early.pop((lane.index, row.label, case, n), None)) is not None:
                row.series[case].cells[n].samples.append(seconds)
                block.step(f"{label}: {row.label}")
        rounds = min(FIT_ROUNDS, self.rounds)
        for _ in range(rounds):
            for row in list(alive):
                if len(row.series[case].cells[n].samples) >= rounds:
                    continue
                self.check_stop()
                loops, long, _ = sized[row.label]
                worker = lane.base_worker if row is base else lane.workers[row.label]
                started = time.monotonic()
                outcome = worker.time(args, loops, self.timing.budget, _pin(lane.cpu), warm=not long)
                self.charge(row, started)
                cell = row.series[case].cells[n]
                if _settle(self.spec, args, cell, outcome, expected):
                    cell.samples.append(outcome.seconds)
                    block.step(f"{label}: {row.label}")
                    continue
                if row is base:
                    raise self.baseline_failed(case, n)
                alive.remove(row)
                block.step(f"{label}: {row.label} {cell.status}", rounds)
        for row in alive:
            row.series[case].cells[n].status = Status.OK
        return alive


def _sample_size(seconds):
    """``(loops, long, seconds)`` for a call of ``seconds``: calls per timed sample, and whether it is timed unwarmed."""
    return max(1, min(MAX_LOOPS, math.ceil(TARGET_SAMPLE / max(seconds, 1e-9)))), seconds >= LONG_CALL, seconds


def _long_below(series, n):
    """The seconds of a call at the largest size below ``n`` that finished, when at least LONG_CALL; else None."""
    below = [m for m, cell in series.cells.items() if m < n and cell.median is not None]
    if not below:
        return None
    seconds = series.cells[max(below)].median
    return seconds if seconds >= LONG_CALL else None


def _hopeless(series, n, budget):
    """The seconds a call at ``n`` is expected to take when that is at least HOPELESS budgets, else None.

    Expected from the growth between the two largest sizes below ``n`` that finished
    (:func:`growth_per_doubling`), the larger a call of at least LONG_CALL: shorter ones are
    mostly the run's overhead, whose growth says nothing of the algorithm's."""
    below = sorted((m, cell.median) for m, cell in series.cells.items() if m < n and cell.median is not None)
    growth = growth_per_doubling(below)
    if growth is None or growth <= 1 or below[-1][1] < LONG_CALL:
        return None
    expected = below[-1][1] * growth ** math.log2(n / below[-1][0])
    return expected if expected >= HOPELESS * budget else None


def _side_by_side(task, lanes, work, stop):
    """``task(lane)`` for every lane at once, one thread each (a worker's call waits on a pipe), while this
    thread reports their progress. The first error raised in any lane, or here (Ctrl-C, or the progress
    report's own), stops every lane before its next run and is raised here once all have stopped."""
    import threading

    failures = []

    def run(lane):
        try:
            task(lane)
        except _Stopped:
            pass
        except BaseException as error:  # noqa: BLE001 - raised again in the calling thread
            failures.append(error)
            stop.set()

    threads = [threading.Thread(target=run, args=(lane,), name=f"algokit-lane-{lane.cpu}", daemon=True)
               for lane in lanes]
    for thread in threads:
        thread.start()
    try:
        while any(thread.is_alive() for thread in threads):
            work.pump(timeout=0.05)
        work.pump()
    except BaseException:
        stop.set()
        for thread in threads:
            thread.join()
        raise
    if failures:
        raise failures[0]


def _round_seconds(cell):
    """What one more round of a solution costs, about: its last call and the baseline sample after it, which
    lasts at least PAIR_SPAN of that call, up to PAIR_SPAN_MAX (the sample before it is the previous round's). Counting the
    baseline's single call instead let a 2.5 s call's extra rounds overrun their budget twice over."""
    pairs = cell.pairs[-1:] if cell.pairs else []
    return sum(t + max(b, min(PAIR_SPAN * t, PAIR_SPAN_MAX)) for t, b in pairs)


def _pin(cpu):
    return {cpu} if cpu is not None else None


def _wide(cell):
    found = paired_ratio(cell.pairs)
    return found is not None and max(found[0] - found[1], found[2] - found[0]) > INTERVAL_TARGET * found[0]


def _settle(spec, args, cell, outcome, expected):
    """Record a failed or wrong call in ``cell``; True when the call counts."""
    status, message = status_of(spec, args, expected, outcome)
    if status != Status.OK:
        cell.status, cell.message = status, message
    return status == Status.OK


def _summarise(timing):
    """Fits and estimates per series; each row's slowest case; the headline ratio against the baseline."""
    largest = timing.sizes[-1]
    for row in timing.rows:
        for series in row.series.values():
            points = [(n, c.median) for n, c in series.cells.items() if c.median is not None]
            series.fit = fit(points)
            series.growth = growth_per_doubling(points)
            if series.fit and series.cells.get(largest, Measure()).median is None and any(
                    c.status == Status.TLE for c in series.cells.values()):
                series.estimate = series.fit.predict(largest)
        row.case = row.case or _slowest_case(row, timing.sizes)  # chosen before the extra rounds, if they came
        sizes = [n for n, c in row.cells.items() if c.ratio is not None]
        if sizes and row.ranked and row.label != timing.baseline:
            row.ratio_size = max(sizes)  # the largest size both it and the baseline finished
            row.ratio, row.ratio_low, row.ratio_high = row.cells[row.ratio_size].ratio
        elif row.label == timing.baseline and row.ranked:
            row.ratio = row.ratio_low = row.ratio_high = 1.0
            done = [n for n, c in row.cells.items() if c.median is not None]
            row.ratio_size = max(done) if done else None


def _slowest_case(row, sizes):
    """The case where this solution fares worst: a failure at the smallest size, else the highest
    ratio to the baseline at the largest size, else the longest time.

    Ratios, not raw times, pick the case: two cases of similar length for the solution may
    differ a lot for the baseline, and a pick by raw time would flip between them from run
    to run, and the headline ratio with it. Cases whose ratio intervals reach the highest
    one's (or come within INTERVAL_TARGET of it) are a tie, settled by gen.py's order: taking the highest of several noisy ratios
    that are really equal would bias the figure upward (a copy of the baseline came out
    1.08-1.22x that way) and flip the case shown from run to run.
    """
    def badness(case):
        cells = row.series[case].cells
        failed = [n for n, c in cells.items() if c.status not in (Status.OK, Mark.SKIPPED)]
        if failed:
            return (1, -min(failed), 0.0, 0.0)
        done = [n for n, c in cells.items() if c.median is not None]
        if not done:
            return (0, 0, 0.0, 0.0)
        n = max(done)
        ratio = cells[n].ratio
        return (0, n, ratio[0] if ratio else 0.0, cells[n].median)

    if not row.series:
        return None
    worst = max(row.series, key=badness)
    failed, n, _, _ = badness(worst)
    if failed or not n or row.series[worst].cells[n].ratio is None:
        return worst
    top, low, _ = row.series[worst].cells[n].ratio
    low = min(low, top * (1 - INTERVAL_TARGET))  # within the precision a ratio is measured to, at least
    for case in row.series:  # gen.py's order: the first case tied with the worst
        cell = row.series[case].cells.get(n)
        if badness(case)[:2] == (0, n) and cell.ratio is not None and cell.ratio[2] >= low:
            return case
    return worst


def unstable(timing):
    """``[(label, n, interval)]`` for the headline ratios whose interval stayed wider than INTERVAL_TARGET."""
    found = []
    for row in timing.rows:
        if row.ratio is not None and row.label != timing.baseline:
            width = max(row.ratio - row.ratio_low, row.ratio_high - row.ratio) / row.ratio
            if width > INTERVAL_TARGET:
                found.append((row.label, row.ratio_size, width))
    return found


