"""Time every reference solution at the constraint maximum, through the kit's runner.

Run by hand, not by pytest:

    python benchmarks/max_size.py [--repeat 5] [problems/<slug> ...]

For each problem and worst case it runs the references interleaved (A B C A B C ...,
never in parallel) and prints the median, min and max of the in-worker call time,
the ratio to the fastest reference, and the time limit. A reference expected to
fail at the maximum (solutions.expect) is run once and shown with its verdict.
"""

import argparse
import statistics
import sys
from pathlib import Path

from algokit.judging.judge import worker_for
from algokit.problem.generate import worst_cases, worst_input
from algokit.problem.spec import load_spec


def measure(spec, repeat):
    n = spec.size_max
    rows = []
    for case in worst_cases(spec):
        args = worst_input(spec, case, n)  # the input pytest's max[...] runs judge
        workers = {name: worker_for(spec, spec.solutions_dir / name) for name in spec.references}
        times = {name: [] for name in spec.references}
        verdicts = {}
        for _ in range(repeat):
            for name, worker in workers.items():  # interleaved rounds: drift hits every reference alike
                if name in verdicts:
                    continue
                outcome = worker.call(args, spec.time_limit)
                if outcome.ok:
                    times[name].append(outcome.seconds)
                else:
                    verdicts[name] = outcome.status
        for worker in workers.values():
            worker.close()
        medians = {name: statistics.median(t) for name, t in times.items() if t and name not in verdicts}
        fastest = min(medians.values())
        for name in spec.references:
            if name in verdicts:
                rows.append((case, name, verdicts[name], "", "", ""))
            else:
                t = times[name]
                rows.append((case, name, f"{medians[name] * 1000:.1f} ms", f"{min(t) * 1000:.1f}",
                             f"{max(t) * 1000:.1f}", f"{medians[name] / fastest:.1f}x"))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("problems", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    folders = options.problems or sorted(p.parent for p in Path("problems").glob("*/problem.toml"))
    print(f"Python {sys.version.split()[0]}, {options.repeat} interleaved rounds")
    for folder in folders:
        spec = load_spec(folder)
        print(f"\n{spec.slug} ({spec.title_ko}), {spec.size_label} = {spec.size_max}, "
              f"time limit {spec.time_limit:g} s")
        print("| worst case | reference | median | min ms | max ms | ratio |\n|---|---|---|---|---|---|")
        for row in measure(spec, options.repeat):
            print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
