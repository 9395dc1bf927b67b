"""Does keeping every timed run on one CPU make identical code tie? The same file, timed against itself.

Run by hand, on a quiet machine:  python benchmarks/cpu_pinning.py [--pairs 120] [--size N]

A seed problem's trusted reference and a byte-for-byte copy of it take turns
(B A B A ...) on the same maximum-size input, as ``algokit time`` times them:
each sample a fresh run forked from the file's own supervisor. Once with the runs
left where the system puts them, once with every run kept on one CPU (as
``algokit time`` now does). For each, it prints how many per-pair ratios of A to
the mean of its two neighbouring B runs lie outside [0.90, 1.10], and how many
medians of 5 and of 9 consecutive pairs do (what a 5- or 9-round ratio would show).
Unpinned, on this kit's 2-vCPU machines, the per-pair ratios fell into three
clusters (about 0.6, 1.0 and 1.6): one vCPU was at times 1.6 times slower than the
other, and each file's runs tended to stay on its own supervisor's CPU.
"""

import argparse
import math
import os
import shutil
import statistics
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def trace(spec, copy, case, n, pairs, cpus):
    """``[(A seconds, mean of the B seconds on either side)]`` for ``pairs`` turns."""
    from algokit.judging.judge import Judge

    with Judge() as judge:
        base, twin = judge.worker(spec, spec.solutions_dir / spec.trusted), judge.worker(spec, copy)
        args, _ = judge.case(spec, case, n, 0)
        loops = max(1, min(1000, math.ceil(0.02 / max(base.call(args, 10).seconds, 1e-9))))
        twin.call(args, 10)
        b = [base.time(args, loops, 10, cpus).seconds]
        a = []
        for _ in range(pairs):
            a.append(twin.time(args, loops, 10, cpus).seconds)
            b.append(base.time(args, loops, 10, cpus).seconds)
    return [(x, (b[i] + b[i + 1]) / 2) for i, x in enumerate(a)]


def outside(values):
    return sum(not 0.90 <= v <= 1.10 for v in values)


def report(label, measured):
    ratios = [a / b for a, b in measured]
    line = f"| {label} | {outside(ratios)}/{len(ratios)} |"
    for k in (5, 9):
        medians = [statistics.median(ratios[i:i + k]) for i in range(0, len(ratios) - k + 1, k)]
        line += f" {outside(medians)}/{len(medians)} ({min(medians):.3f}..{max(medians):.3f}) |"
    print(line)


def main():
    from algokit.judging.timing import timing_cpus
    from algokit.problem.generate import worst_cases
    from algokit.problem.spec import load_spec

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--problem", default="programmers-152996")
    parser.add_argument("--pairs", type=int, default=120)
    parser.add_argument("--size", type=int, help="default: the constraint maximum")
    options = parser.parse_args()
    spec = load_spec(ROOT / "problems" / options.problem)
    case = next(iter(worst_cases(spec)))
    n = options.size or spec.size_max
    folder = Path(tempfile.mkdtemp(prefix="algokit-pinning-"))
    copy = folder / "twin.py"
    shutil.copyfile(spec.solutions_dir / spec.trusted, copy)
    cpus = timing_cpus()
    print(f"{spec.slug}: {spec.trusted} against its copy, case {case}, n = {n}, {os.cpu_count()} CPUs\n")
    print("| runs | pairs outside [0.90, 1.10] | medians of 5 outside | medians of 9 outside |")
    print("|---|---|---|---|")
    try:
        report("left to the system", trace(spec, copy, case, n, options.pairs, None))
        if cpus:
            report(f"kept on CPU {min(cpus)}", trace(spec, copy, case, n, options.pairs, cpus))
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
