"""Both runners on the seed problems: the verdicts they give and what a call costs each.

Run by hand:  python benchmarks/runner_backends.py [--calls 40]

For each seed problem (시소 짝꿍 and 택배 배달과 수거하기), every reference solution gets a
whole check (examples, a 20-input cross-check, the runs at the maximum) through the Linux
runner and the portable one (``ALGOKIT_RUNNER=portable``), and is called ``--calls`` times
on the first official example, the two runners taking turns per file so drift hits both
alike. It prints each file's verdict under both (they must agree) and the median cost of
a call on a warm worker, with the paired ratio portable / Linux.
"""

import argparse
import os
import statistics
import time
from pathlib import Path

from algokit.judging.judge import Judge, worker_for
from algokit.problem.spec import load_spec

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ("programmers-152996", "programmers-150369")


def per_call(spec, path, calls):
    worker = worker_for(spec, path)
    try:
        args = spec.examples[0].args
        first = worker.call(args, spec.time_limit)
        seconds = []
        for _ in range(calls):
            started = time.perf_counter()
            worker.call(args, spec.time_limit)
            seconds.append(time.perf_counter() - started)
        return first.status, statistics.median(seconds)
    finally:
        worker.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=40)
    options = parser.parse_args()
    ratios = []
    for slug in SEEDS:
        spec = load_spec(ROOT / "problems" / slug)
        for name in spec.references:
            found = {}
            for backend in ("linux", "portable"):
                os.environ["ALGOKIT_RUNNER"] = backend
                with Judge() as judge:
                    verdict = judge.verdict(spec, spec.solutions_dir / name, seed=1, max_examples=20).status
                found[backend] = (verdict, per_call(spec, spec.solutions_dir / name, options.calls)[1])
            (linux_status, linux), (portable_status, portable) = found["linux"], found["portable"]
            ratios.append(portable / linux)
            agree = "same" if linux_status == portable_status else "DIFFERENT"
            print(f"{slug} {name:<22} verdict {linux_status}/{portable_status} ({agree})   "
                  f"linux {linux * 1000:6.1f} ms   portable {portable * 1000:6.1f} ms   {portable / linux:5.1f}x")
    print(f"median paired ratio portable / linux: {statistics.median(ratios):.1f}x")


if __name__ == "__main__":
    main()
