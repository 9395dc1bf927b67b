"""What the isolated runner costs per call, against calling the function in-process.

Run by hand:  python benchmarks/runner_overhead.py [--calls 2000]

Times the same solution (counting.py of 시소 짝꿍) three ways, interleaved in
rounds so drift hits each alike, and prints medians per call:
- in-process, on a fresh copy of the input (the floor);
- through a Worker (pickle the arguments, pipe, call, pipe the answer back);
- the difference, which is the runner's overhead.
Also the cost of starting a worker (fork plus importing the file).
"""

import argparse
import importlib.util
import random
import statistics
import time
from pathlib import Path

from algokit.runner import Worker

SOLUTION = Path(__file__).resolve().parents[1] / "solutions/programmers-152996/counting.py"


def load(path):
    spec = importlib.util.spec_from_file_location("counting", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.solution


def per_call(fn, calls):
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=7)
    options = parser.parse_args()
    solve = load(SOLUTION)
    rng = random.Random(0)
    print(f"{'input':>14} | {'in-process':>11} | {'worker':>11} | {'overhead':>11} | ratio")
    for n in (5, 1_000, 100_000):
        weights = [rng.randint(100, 1000) for _ in range(n)]
        calls = max(20, options.calls // max(1, n // 1000))
        with Worker(SOLUTION, "solution") as worker:
            worker.call((weights,), 10)  # start and import, untimed
            local, remote = [], []
            for _ in range(options.rounds):
                local.append(per_call(lambda: solve(weights[:]), calls))
                remote.append(per_call(lambda: worker.call((weights,), 10), calls))
        a, b = statistics.median(local), statistics.median(remote)
        print(f"{'n = ' + str(n):>14} | {a * 1e3:8.3f} ms | {b * 1e3:8.3f} ms | {(b - a) * 1e3:8.3f} ms | {b / a:5.1f}x")
    starts = []
    for _ in range(20):
        start = time.perf_counter()
        with Worker(SOLUTION, "solution") as worker:
            worker.call(([100, 200],), 10)
        starts.append(time.perf_counter() - start)
    print(f"start a worker, import the file, first call, stop: median {statistics.median(starts) * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
