"""The harness's per-call figure against timeit's, on the same functions and inputs.

Run by hand:  python benchmarks/harness_vs_timeit.py [--rounds 5]

For each kernel and size: the harness (a worker process, a fresh copy of the
input per call made before the clock, GC on and collected before each sample,
median of interleaved samples) and timeit in this process (the same input
object reused, GC off as timeit does, median of `repeat` runs of `number`
calls). The two run alternately, round by round. A ratio near 1.00 means the
isolation costs nothing in what it reports.
"""

import argparse
import importlib.util
import math
import random
import statistics
import timeit

from kernels import KERNELS, workspace

from algokit.judging.runner import Worker

SIZES = {"dict_count": [1_000, 100_000], "sort": [1_000, 100_000], "pair_loop": [100, 1_000]}
TARGET = 0.02  # seconds per sample, as algokit.judging.timing.TARGET_SAMPLE


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.solution


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    options = parser.parse_args()
    root = workspace()
    rng = random.Random(0)
    print("| kernel | n | harness median | timeit median | harness / timeit |\n|---|---|---|---|---|")
    for name in KERNELS:
        path = root / "solutions" / "kernels" / f"{name}.py"
        solve = load(path)
        with Worker(path, "solution") as worker:
            for n in SIZES[name]:
                w = [rng.randrange(10**9) for _ in range(n)]
                first = worker.call((w,), 60)  # warm-up and calibration, as the harness does
                loops = max(1, min(1000, math.ceil(TARGET / first.seconds)))
                worker.time((w,), loops, 60)
                ours, theirs = [], []
                for _ in range(options.rounds):
                    ours.append(worker.time((w,), loops, 60).seconds)
                    theirs.append(min(timeit.repeat(lambda: solve(w), number=loops, repeat=1)) / loops)
                a, b = statistics.median(ours), statistics.median(theirs)
                print(f"| {name} | {n:,} | {a * 1e3:.3f} ms | {b * 1e3:.3f} ms | {a / b:.3f} |")


if __name__ == "__main__":
    main()
