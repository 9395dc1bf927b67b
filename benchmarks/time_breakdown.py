"""Where the wall time of an ``algokit time`` goes, phase by phase.

Run by hand, on a quiet machine:  python benchmarks/time_breakdown.py [--problem 152996|150369]

The workspace is a fresh copy of the seed problem with member files in solutions/<slug>/:
for 시소 짝꿍 (152996), a correct counting solution, an O(n^2) one, a wrong one (integer
division) and a float-keyed dictionary; for 택배 배달과 수거하기 (150369), two correct
files. ``timing.measure`` runs as ``algokit time`` runs it, with its internals wrapped
by timers (this script patches them; the kit itself carries no instrumentation):

- inputs: ``worst_input`` (generating each worst case at each size) and answers: the
  trusted reference's answer to each input (``Judge.case``), made once per command,
  most of them by the lanes as they reach a size;
- first warm-ups: every solution's first untimed call, in turn, whose length is the
  first estimate of what each costs (a supervisor starts within its first call);
- the lanes, side by side: each lane takes units (one solution on one case, through
  every size) as it comes free; per lane, the seconds spent working (warm-ups:
  untimed calls that check the answer and size the sample; timed runs: the rounds;
  extra rounds: those that wide intervals earn, on the case the table shows for a
  solution, once all its cases are timed) and idle (waiting for the other lane);
- fit: the fits and the summary.

It prints the total wall time, each phase's seconds and share, lane-seconds and timed
runs per size, each lane's work and idle time, and, measured apart, what starting one
supervisor costs.
"""

import argparse
import shutil
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOAT_KEYED = '''"""Count partners with a dictionary keyed by the partner's weight as a float.

Time: O(n log n). Space: O(n).
"""
from collections import Counter


def solution(weights):
    seen, pairs = Counter(), 0
    for w in sorted(weights):
        pairs += seen[float(w)] + seen[w * 2 / 3] + seen[w / 2] + seen[w * 3 / 4]
        seen[float(w)] += 1
    return pairs
'''
SETS = {
    "152996": ("programmers-152996", {"민웅.py": "solutions/programmers-152996/one_pass.py",
                                      "지수.py": "solutions/programmers-152996/brute_force.py",
                                      "하늘.py": "tests/mistakes/programmers-152996/integer_division.py",
                                      "서연.py": FLOAT_KEYED}),
    "150369": ("programmers-150369", {"민웅.py": "solutions/programmers-150369/owed_boxes.py",
                                      "지수.py": "solutions/programmers-150369/trip_simulation.py"}),
}


def workspace(slug, members):
    folder = Path(tempfile.mkdtemp(prefix="algokit-breakdown-"))
    for part in ("problems", "solutions"):
        shutil.copytree(ROOT / part / slug, folder / part / slug)
    for name, source in members.items():
        target = folder / "solutions" / slug / name
        if source.endswith(".py") and "\n" not in source:
            shutil.copy(ROOT / source, target)
        else:
            target.write_text(source, encoding="utf-8")
    return folder


class Clock:
    """Seconds per phase; the innermost phase running in a thread gets the time (nested phases are
    subtracted). Inputs and answers made by a lane are counted apart, within the lanes' wall time."""

    def __init__(self):
        self.seconds = defaultdict(float)
        self.local = threading.local()

    def wrap(self, name_of, function):
        def timed(*args, **kwargs):
            stack = self.local.__dict__.setdefault("stack", [])
            name = name_of(*args, **kwargs) if callable(name_of) else name_of
            started = time.perf_counter()
            stack.append(0.0)
            try:
                return function(*args, **kwargs)
            finally:
                inner = stack.pop()
                spent = time.perf_counter() - started
                self.seconds[name] += spent - inner
                if stack:
                    stack[-1] += spent
        return timed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--problem", choices=sorted(SETS), default="152996")
    options = parser.parse_args()
    slug, members = SETS[options.problem]
    folder = workspace(slug, members)

    from algokit.judging import judge as judge_module
    from algokit.judging import timing
    from algokit.judging.runner import Worker
    from algokit.problem.generate import worst_cases, worst_input
    from algokit.problem.spec import load_spec

    clock = Clock()
    at_size = defaultdict(float)  # lane-seconds per size (both lanes' time added up), warm-ups included
    runs = defaultdict(int)  # timed runs (Worker.time) per size, from every lane
    per_lane = defaultdict(lambda: defaultdict(float))  # thread -> {"warm-ups", "timed runs", "working"}
    judge_module.worst_input = clock.wrap("inputs", judge_module.worst_input)
    judge_module.Judge.case = clock.wrap("answers", judge_module.Judge.case)
    timing._summarise = clock.wrap("fit", timing._summarise)
    first_warm_ups = timing._Plan.first_warm_ups
    timing._Plan.first_warm_ups = clock.wrap("first warm-ups, before the lanes start", first_warm_ups)
    timing._side_by_side = clock.wrap("the lanes, side by side", timing._side_by_side)

    def spent(name, function, size_of):
        def wrapped(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                seconds = time.perf_counter() - started
                per_lane[threading.current_thread().name][name] += seconds
                n = size_of(*args)
                if name == "working":
                    at_size[n] += seconds
                elif name == "timed runs":
                    runs[n] += 1
        return wrapped

    timing._Plan.size = spent("working", timing._Plan.size, lambda plan, lane, own, case, n, *rest: n)
    timing._Plan.warm = spent("warm-ups", timing._Plan.warm, lambda plan, lane, row, case, n, *rest: n)
    timing._Plan.extra_rounds = spent("extra rounds", timing._Plan.extra_rounds, lambda *args: None)
    Worker.time = spent("timed runs", Worker.time, lambda worker, args, *rest: max(
        (len(a) for a in args if hasattr(a, "__len__")), default=0))
    spec = load_spec(folder / "problems" / slug)
    solutions = timing.solutions_to_time(spec, [(path, None) for path in sorted(spec.solutions_dir.glob("*.py"))
                                                if path.name in members])
    with Worker(spec.solutions_dir / spec.trusted) as worker:  # what starting a supervisor costs, measured apart
        small = worst_input(spec, next(iter(worst_cases(spec))), spec.size_bounds[0], 0)
        first = time.perf_counter()
        worker.call(small, spec.time_limit)
        start = time.perf_counter() - first
        again = time.perf_counter()
        worker.call(small, spec.time_limit)
        start -= time.perf_counter() - again
    clock.seconds.clear()
    started = time.perf_counter()
    result = timing.measure(spec, solutions)
    total = time.perf_counter() - started
    print(f"algokit time {options.problem} with {len(members)} member files: {total:.1f} s wall "
          f"({len(result.sizes)} sizes x {len(result.cases)} cases, {len(solutions)} solutions)")
    for name, seconds in sorted(clock.seconds.items(), key=lambda item: -item[1]):
        print(f"  {name:<40} {seconds:6.2f} s  {seconds / total:6.1%}")
    print("  per size, in lane-seconds (both lanes added up): "
          + ", ".join(f"{n}: {seconds:.1f}" for n, seconds in sorted(at_size.items())))
    print("  timed runs per input length: " + ", ".join(f"{n}: {count}" for n, count in sorted(runs.items())))
    lanes = clock.seconds["the lanes, side by side"]
    for name, spent_in in sorted(per_lane.items()):
        if name.startswith("algokit-lane"):
            print(f"  {name}: working {spent_in['working']:.1f} s (warm-ups {spent_in['warm-ups']:.1f}, timed runs "
                  f"{spent_in['timed runs']:.1f}; extra rounds {spent_in['extra rounds']:.1f} of the working time), "
                  f"idle {lanes - spent_in['working']:.1f} s of the lanes' {lanes:.1f}")
    print(f"a supervisor's start, measured apart: {start * 1000:.0f} ms (workers start once per command)")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
