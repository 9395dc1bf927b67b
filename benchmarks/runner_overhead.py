"""What running a solution costs per call: in-process, the old persistent worker, and a fresh run.

Run by hand, from a git checkout:  python benchmarks/runner_overhead.py [--rounds 7]

Times the same solution (counting.py of 시소 짝꿍) four ways, interleaved in
rounds so drift hits each alike, and prints medians per call and paired ratios:

- in-process, on a fresh copy of the input (the floor);
- the previous design, one persistent worker process per file that runs every
  call itself (loaded from git, commit ``PREVIOUS``);
- today's design, a fresh run forked from a warm supervisor for every call
  (real fds, a fresh module, its own folder and process group);
- today's kept run, one run serving every call (how the kit asks its own
  references for answers).

The difference between the last three and the floor is what isolation costs.
"""

import argparse
import importlib.util
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from algokit.judging.runner import Worker

ROOT = Path(__file__).resolve().parents[1]
SOLUTION = ROOT / "solutions/programmers-152996/counting.py"
PREVIOUS = "7fe0cf8"  # the last commit whose runner kept one process per file for every call


def load(path):
    spec = importlib.util.spec_from_file_location("counting", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.solution


def previous_worker_class():
    """The previous runner's Worker, from git, as module algokit.previous_runner."""
    source = subprocess.run(["git", "show", f"{PREVIOUS}:algokit/runner.py"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / "previous_runner.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("algokit.previous_runner", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.Worker


def per_call(fn, calls):
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    options = parser.parse_args()
    solve = load(SOLUTION)
    previous = previous_worker_class()
    rng = random.Random(0)
    print(f"{'input':>12} | {'in-process':>10} | {'previous':>10} | {'fresh run':>10} | {'kept run':>10} | "
          f"fresh/previous (paired)")
    for n, calls in ((5, 200), (100_000, 10)):
        weights = [rng.randint(100, 1000) for _ in range(n)]
        with previous(SOLUTION, "solution") as old, Worker(SOLUTION, "solution") as fresh, \
                Worker(SOLUTION, "solution", keep=True) as kept:
            for worker in (old, fresh, kept):
                worker.call((weights,), 10)  # start and import, untimed
            times = {name: [] for name in ("local", "old", "fresh", "kept")}
            for _ in range(options.rounds):
                times["local"].append(per_call(lambda: solve(weights[:]), calls))
                times["old"].append(per_call(lambda: old.call((weights,), 10), calls))
                times["fresh"].append(per_call(lambda: fresh.call((weights,), 10), calls))
                times["kept"].append(per_call(lambda: kept.call((weights,), 10), calls))
        medians = {name: statistics.median(values) for name, values in times.items()}
        paired = statistics.median(f / o for f, o in zip(times["fresh"], times["old"]))
        print(f"{'n = ' + f'{n:,}':>12} | " + " | ".join(f"{medians[k] * 1e3:7.3f} ms" for k in times)
              + f" | {paired:.2f}x")
    starts = []
    for _ in range(10):
        start = time.perf_counter()
        with Worker(SOLUTION, "solution") as worker:
            worker.call(([100, 200],), 10)
        starts.append(time.perf_counter() - start)
    print(f"start a supervisor, first call, stop: median {statistics.median(starts) * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
