"""The search for an input that breaks a solution: Hypothesis draws, a probe judges, failures shrink.

One skeleton serves both cross-checks: a file against the oracle, and, while a
problem has no oracle, members' files against each other. The probe says what an
input came to; the search decides what happens next:

- a wrong answer, crash or memory failure is shrunk by Hypothesis to the smallest
  input that still fails (``where``: "generated, shrunk by Hypothesis");
- a TLE or an untouched stub ends the search at once: another try would cost a
  whole time limit, or could not help;
- a count bounds the search, not the clock: with one seed the same inputs are judged
  however busy the machine is, so a slow wrong file cannot flip between OK and WA with
  the load. CPU time (what the runs themselves used, never the kit's overhead or a
  neighbour's load) is only a guard for files slow on every call, and it says so when it
  cuts. It is looked at on a fixed schedule of counts (:data:`CHECKPOINTS`): generation
  stops at a checkpoint when going on to the next would pass the budget at the cost per
  input so far, so the count it stops at is the same from run to run unless a file's cost
  sits right at the edge. Past :data:`HARD_CUT` budgets it stops anywhere, shrinking too,
  and :data:`WALL_GUARD` seconds of wall time end a search on a machine too busy to finish;
  both say the count may differ from run to run;
- the probe may :class:`Abort` (the oracle itself failed): the search ends at once
  and the error is raised to the caller, since it is the spec's problem.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

from ..errors import SpecError
from ..problem.generate import crosscheck_strategy, load_gen
from ..verdicts import Status, Verdict


class Abort(BaseException):
    """Raised by a probe to end the search at once and raise ``error`` (BaseException passes Hypothesis by)."""

    def __init__(self, error):
        super().__init__(str(error))
        self.error = error


class _Stop(BaseException):
    """Ends the search at once, without shrinking, with this verdict (None: cut by a guard, nothing failed)."""

    def __init__(self, verdict):
        super().__init__(verdict.message if verdict else "cut by a guard")
        self.verdict = verdict


class _Mismatch(Exception):
    """A failure Hypothesis shrinks: the smallest input that still fails is kept."""

    def __init__(self, verdict):
        super().__init__(verdict.message)
        self.verdict = verdict


CHECKPOINTS = (5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000)  # counts where the CPU guard may stop
HARD_CUT = 2.0  # CPU budgets past which a search stops at any count, shrinking too
WALL_GUARD = 300.0  # seconds of wall time that end a search whatever it has done: the machine is too busy


@dataclass(frozen=True)
class Found:
    """What a search came to.

    ``verdict``: the failure, None when every input passed. ``tried``: the generated
    inputs judged, up to and including the first failure (shrinking's tries are not
    counted). ``cut``: which guard stopped it and why, "" when none did.
    """

    verdict: Verdict | None
    tried: int
    cut: str = ""

    @property
    def out_of_time(self) -> bool:
        return bool(self.cut)


def seeded(test, seed, database, **options):
    """``test`` with Hypothesis settings, a fixed ``seed`` if given, and an example database.

    Public API only: ``@seed`` switches the database off, and a ``settings`` applied
    after it switches it back on, so a seeded check still replays the failures it
    remembers first (``database`` is a folder, or None for none).
    """
    from hypothesis import seed as fixed_seed
    from hypothesis import settings
    from hypothesis.database import DirectoryBasedExampleDatabase

    if seed is not None:
        test = fixed_seed(seed)(test)
    store = DirectoryBasedExampleDatabase(str(database)) if database is not None else None
    return settings(database=store, **options)(test)


def search(spec, probe, *, wanted, budget, seed=None, database=None, flaky) -> Found:
    """Judge up to ``wanted`` generated inputs of ``spec`` with ``probe(args) -> (Verdict | None, cpu seconds)``.

    The probe says what an input came to (None: passed) and the CPU seconds its runs
    used. ``budget`` is CPU seconds, the guard described above; ``database`` is the folder
    Hypothesis keeps this search's failures in, replayed first next time; ``flaky`` is
    said of a failure that did not repeat itself while Hypothesis shrank it.
    """
    from hypothesis import HealthCheck, Verbosity, given

    wall_end = time.monotonic() + WALL_GUARD
    tried, spent, smallest, cut = 0, 0.0, None, ""

    def guard():
        """Why the search stops before the next input, or ""."""
        if time.monotonic() > wall_end:
            return f"the wall-clock guard, after {WALL_GUARD:.0f} s: the machine is too busy; the count may differ"
        if spent > HARD_CUT * budget:
            return f"the CPU-time guard, at {spent:.1f} s of CPU; the count may differ"
        if smallest is None and tried in CHECKPOINTS:
            following = min(next((c for c in CHECKPOINTS if c > tried), wanted), wanted)
            if following > tried and spent / tried * following > budget:
                return (f"the CPU-time guard: {tried} inputs took {spent:.1f} s of CPU, and {following} would pass "
                        f"the {budget:.1f} s left")
        return ""

    def check(args):
        nonlocal tried, spent, smallest, cut
        cut = guard()
        if cut:
            if smallest is not None:
                raise _Stop(replace(smallest, where=f"generated; shrinking cut short by {cut.split(',')[0]}"))
            raise _Stop(None)
        if smallest is None:
            tried += 1
        verdict, seconds = probe(args)
        spent += seconds or 0.0
        if verdict is None:
            return
        if verdict.status in (Status.TLE, Status.BUSY) or verdict.stub:
            raise _Stop(verdict)
        if smallest is None or len(repr(args)) <= len(repr(smallest.args)):
            smallest = verdict
        raise _Mismatch(verdict)

    test = seeded(given(crosscheck_strategy(spec, load_gen(spec)))(check), seed, database,
                  max_examples=wanted, deadline=None, suppress_health_check=list(HealthCheck), print_blob=False,
                  # Hypothesis prints to stdout ("You can reproduce this failure by adding @seed"), which
                  # would break --json; the kit reports the failure itself, with its own --seed.
                  verbosity=Verbosity.quiet)
    try:
        verdict = _run(test, flaky)
    except Abort as aborted:
        raise aborted.error from None
    return Found(verdict, tried, cut if verdict is None else "")


def _run(test, flaky):
    """Run the Hypothesis test: the verdict it stopped on (where it came from said), or None."""
    try:
        test()
    except _Stop as stop:
        if stop.verdict is None:
            return None
        return replace(stop.verdict, where=stop.verdict.where or "generated; not shrunk, as each try costs the "
                                                                 "time limit")
    except _Mismatch as mismatch:
        return replace(mismatch.verdict, where="generated, shrunk by Hypothesis")
    except (SpecError, Abort):
        raise
    except Exception as error:  # e.g. a flaky solution that fails only sometimes
        for kind in (SpecError, Abort):
            found = _find(error, kind)
            if found is not None:
                raise found from None
        found = _find(error, _Mismatch)
        if found is not None:
            return replace(found.verdict, where=flaky)
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
