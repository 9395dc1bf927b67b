"""Where the wall time of an ``algokit time`` goes, phase by phase.

Run by hand, on a quiet machine:  python benchmarks/time_breakdown.py [--problem 152996|150369]

The workspace is a fresh copy of the seed problem with member files in solutions/<slug>/:
for 시소 짝꿍 (152996), a correct counting solution, an O(n^2) one, a wrong one (integer
division) and a float-keyed dictionary; for 택배 배달과 수거하기 (150369), two correct
files. ``timing.measure`` runs as ``algokit time`` runs it, with its internals wrapped
by timers (this script patches them; the kit itself carries no instrumentation):

- inputs: ``worst_input`` (generating each worst case at each size);
- answers: the trusted reference's answer to each input (``Judge.case``);
- warm-ups: each solution's untimed first call per size (answer check, loop sizing),
  the lanes side by side, as the user waits for them (a supervisor starts within its
  first call);
- rounds: the timed rounds per size, extra rounds for a wide interval included, the
  lanes side by side;
- fit: the fits and the summary.

It prints the total wall time, each phase's seconds and share, the timed runs per size,
and, measured apart, what starting one supervisor costs.
"""

import argparse
import shutil
import sys
import tempfile
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
    """Seconds per phase; the innermost phase running gets the time (nested phases are subtracted)."""

    def __init__(self):
        self.seconds = defaultdict(float)
        self.stack = []

    def wrap(self, name_of, function):
        def timed(*args, **kwargs):
            name = name_of(*args, **kwargs) if callable(name_of) else name_of
            started = time.perf_counter()
            self.stack.append(0.0)
            try:
                return function(*args, **kwargs)
            finally:
                inner = self.stack.pop()
                spent = time.perf_counter() - started
                self.seconds[name] += spent - inner
                if self.stack:
                    self.stack[-1] += spent
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
    runs = defaultdict(int)  # timed runs (Worker.time) per size, from every lane
    current = {"n": None}
    judge_module.worst_input = clock.wrap("inputs", judge_module.worst_input)
    judge_module.Judge.case = clock.wrap("answers", judge_module.Judge.case)
    timing._summarise = clock.wrap("fit", timing._summarise)
    original_time_size, original_side_by_side = timing._time_size, timing._side_by_side

    def time_size(spec, timing_, case, n, *rest, **kwargs):
        current["n"] = n
        return original_time_size(spec, timing_, case, n, *rest, **kwargs)

    def side_by_side(task, lanes):  # the lanes' wall time, as the user waits for it
        name = "warm-ups" if task.__name__ == "warm_lane" else f"rounds (extra ones included) at n = {current['n']}"
        return clock.wrap(name, original_side_by_side)(task, lanes)

    timing._time_size, timing._side_by_side = time_size, side_by_side
    original_time = Worker.time

    def timed(self, *args, **kwargs):
        runs[current["n"]] += 1
        return original_time(self, *args, **kwargs)

    Worker.time = timed
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
    accounted = sum(clock.seconds.values())
    for name, seconds in sorted(clock.seconds.items(), key=lambda item: -item[1]):
        print(f"  {name:<34} {seconds:6.2f} s  {seconds / total:6.1%}")
    print(f"  {'(the rest: scheduling, pickling)':<34} {total - accounted:6.2f} s  {(total - accounted) / total:6.1%}")
    print(f"lanes: CPUs {result.environment.get('lanes')}; timed runs per size: "
          + ", ".join(f"{n}: {count}" for n, count in sorted(runs.items())))
    print(f"a supervisor's start, measured apart: {start * 1000:.0f} ms (workers start once per command)")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
