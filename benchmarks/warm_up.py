"""Does a timed call need an untimed warm-up before it in its fresh run? Paired, run by hand.

Run on a quiet machine:
    python benchmarks/warm_up.py programmers-152996 one_pass.py 100000

For the first two worst cases of the problem, the reference file is timed 25 times
without a warm-up (cold: the call is the new process's first), each cold run between
two warm ones (an untimed call first), all on CPU 1. Printed: the warm time, and the
median and quartiles of cold / mean(warm before, warm after). A median within the
quartiles' noise of 1 says the warm-up buys nothing at that call length; it costs a
whole call. ``timing.LONG_CALL`` is set from these figures.
"""

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAIRS = 25


def main():
    from algokit.judging.runner import Worker
    from algokit.problem.generate import worst_cases, worst_input
    from algokit.problem.spec import load_spec

    slug, reference, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    spec = load_spec(ROOT / "problems" / slug)
    for case in list(worst_cases(spec))[:2]:
        args = worst_input(spec, case, n, 0)
        with Worker(spec.solutions_dir / reference) as worker:
            worker.call(args, spec.time_limit * 10)
            ratios = []
            before = worker.time(args, 1, spec.time_limit * 10, {1}, warm=True).seconds
            for _ in range(PAIRS):
                cold = worker.time(args, 1, spec.time_limit * 10, {1}, warm=False).seconds
                after = worker.time(args, 1, spec.time_limit * 10, {1}, warm=True).seconds
                ratios.append(cold / ((before + after) / 2))
                before = after
            q = statistics.quantiles(ratios, n=4)
            print(f"{slug} {reference} {case} n={n}: warm {before * 1e3:.0f} ms; cold / warm median "
                  f"{statistics.median(ratios):.3f}, quartiles {q[0]:.3f}..{q[2]:.3f}")


if __name__ == "__main__":
    main()
