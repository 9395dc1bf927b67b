"""The search for an input that breaks a solution: Hypothesis draws, a probe judges, failures shrink.

One skeleton serves both cross-checks: a file against the oracle, and, while a
problem has no oracle, members' files against each other. The probe says what an
input came to; the search decides what happens next:

- a wrong answer, crash or memory failure is shrunk by Hypothesis to the smallest
  input that still fails (``where``: "generated, shrunk by Hypothesis");
- a TLE or an untouched stub ends the search at once: another try would cost a
  whole time limit, or could not help;
- the time budget bounds the whole search: when it runs out, generation stops with
  what passed so far, and shrinking stops with the smallest failure seen;
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
    """Ends the search at once, without shrinking, with this verdict (None: out of time, nothing failed)."""

    def __init__(self, verdict):
        super().__init__(verdict.message if verdict else "out of time")
        self.verdict = verdict


class _Mismatch(Exception):
    """A failure Hypothesis shrinks: the smallest input that still fails is kept."""

    def __init__(self, verdict):
        super().__init__(verdict.message)
        self.verdict = verdict


@dataclass(frozen=True)
class Found:
    """What a search came to: the failure (None when every input passed), inputs tried, and whether time ran out."""

    verdict: Verdict | None
    tried: int
    out_of_time: bool = False


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
    """Judge up to ``wanted`` generated inputs of ``spec`` with ``probe(args) -> Verdict | None`` (None: passed).

    ``budget`` seconds bound the whole search; ``database`` is the folder Hypothesis keeps
    this search's failures in, replayed first next time; ``flaky`` is said of a failure
    that did not repeat itself while Hypothesis shrank it.
    """
    from hypothesis import HealthCheck, Verbosity, given

    deadline = time.monotonic() + budget
    tried, smallest, out_of_time = 0, None, False

    def check(args):
        nonlocal tried, smallest, out_of_time
        if time.monotonic() > deadline:
            out_of_time = True
            if smallest is not None:
                raise _Stop(replace(smallest, where="generated; shrinking cut short by the time budget"))
            raise _Stop(None)
        tried += 1
        verdict = probe(args)
        if verdict is None:
            return
        if verdict.status == Status.TLE or verdict.stub:
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
    return Found(verdict, tried, out_of_time)


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
