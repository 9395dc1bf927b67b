"""Does `algokit time` name the right complexity class on kernels of known class?

Run by hand:  python benchmarks/fit_kernels.py [--trials 3]

Times three kernels through the real harness (algokit.judging.timing.measure): a dict
count over a small key range, like weights (O(n)), `sorted` on random ints
(O(n log n)) and a pair loop (O(n^2)),
each plain and with a constant start-up cost of about 0.5 ms per call, and
prints the fitted class of every trial.
"""

import argparse
from collections import Counter

from kernels import KERNELS, workspace

from algokit.judging.timing import measure
from algokit.problem.spec import load_spec

SIZES = {"dict_count": [1000 * 2**k for k in range(8)], "sort": [1000 * 2**k for k in range(8)],
         "pair_loop": [50 * 2**k for k in range(6)]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=3)
    options = parser.parse_args()
    print("| kernel | true class | start-up cost | fitted (each trial) | right |\n|---|---|---|---|---|")
    for startup in (False, True):
        spec = load_spec(workspace(startup) / "problems" / "kernels")
        for name, (truth, _) in KERNELS.items():
            names = []
            for trial in range(options.trials):
                timing = measure(spec, [(name, spec.solutions_dir / f"{name}.py")], SIZES[name],
                                 repeat=5, seed=trial)
                row = timing.rows[0]
                names.append(row.fit.name if row.fit else "none")
            right = Counter(names)[truth]
            print(f"| {name} | {truth} | {'0.5 ms' if startup else 'none'} | {', '.join(names)} | "
                  f"{right}/{options.trials} |")


if __name__ == "__main__":
    main()
