"""Where the wall time of a cold ``algokit week`` goes, lane by lane.

Run by hand, from a git checkout, on a quiet machine:  python benchmarks/week_breakdown.py [--timeline]

The week is fairness.py's (3 members x 2 seed problems), run in this process as
``algokit week 4 --fresh`` runs it, with the lanes' work wrapped by timers (the kit
itself carries no instrumentation). Printed: the wall time; for each lane, the
seconds spent checking, in first warm-ups, timing units and follow-ups (extra rounds
and fit sizes), and idle; the busy share of both CPUs from /proc/stat over the run
(nothing else should be running); with ``--timeline``, every step in order.
"""

import argparse
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from week_cost import week_workspace  # noqa: E402  the same week as fairness.py's part 3


def busy_seconds():
    """(busy, total) CPU seconds of the whole machine so far, from /proc/stat."""
    with open("/proc/stat") as f:
        values = [int(v) for v in f.readline().split()[1:]]
    idle = values[3] + values[4]
    return (sum(values) - idle) / 100, sum(values) / 100


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeline", action="store_true", help="print every step with its start and end")
    options = parser.parse_args()

    from algokit.group import lanes, week
    from algokit.judging import timing

    steps, origin = [], [0.0]

    def wrap(owner, name, kind, describe):
        function = getattr(owner, name)

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                steps.append((threading.current_thread().name, kind, started - origin[0],
                              time.perf_counter() - origin[0], describe(*args, **kwargs)))
        setattr(owner, name, timed)

    wrap(lanes._State, "run_check", "checks", lambda state, job, index: " ".join(state.checks[job][:2]))
    wrap(timing._Plan, "first_warm_ups", "first warm-ups", lambda plan, *rest: plan.spec.slug)
    wrap(timing._Plan, "lane", "units", lambda plan, lane, own, first, case: f"{plan.spec.slug} {case}")
    wrap(timing._Plan, "extra_rounds", "follow-ups", lambda plan, lane, row: f"{plan.spec.slug} {row.label} extra")
    wrap(timing._Plan, "fit_units", "follow-ups", lambda plan, lane, row, sizes: f"{plan.spec.slug} {row.label} fit")

    folder = week_workspace()
    busy_before, total_before = busy_seconds()
    origin[0] = time.perf_counter()
    week.table(folder, 4, fresh=True)
    wall = time.perf_counter() - origin[0]
    busy_after, total_after = busy_seconds()
    print(f"algokit week 4 --fresh, 3 members x 2 problems: {wall:.1f} s wall; the CPUs were busy "
          f"{busy_after - busy_before:.1f} s of {total_after - total_before:.1f} s "
          f"({(busy_after - busy_before) / (total_after - total_before):.0%})")
    per_lane = defaultdict(lambda: defaultdict(float))
    for lane, kind, start, end, _ in steps:
        per_lane[lane][kind] += end - start
    for lane, kinds in sorted(per_lane.items()):
        if not lane.startswith("algokit-week-lane"):
            continue
        working = sum(kinds.values())
        print(f"  {lane}: " + ", ".join(f"{kind} {seconds:.1f} s" for kind, seconds in kinds.items())
              + f"; idle {wall - working:.1f} s")
    if options.timeline:
        for lane, kind, start, end, what in sorted(steps, key=lambda step: (step[0], step[2])):
            print(f"  {lane[-6:]:>8} {start:6.2f} {end:6.2f} {end - start:5.2f}  {kind}: {what}")


if __name__ == "__main__":
    sys.exit(main())
