"""How often the oracle cross-check alone catches each buggy solution in tests/corpus/.

Run by hand:  python benchmarks/catch_rate.py [--seeds 20]

For every seed, a cross-check with the spec's number of inputs and a fresh,
empty example database (so no run benefits from an earlier one's failures).
Prints catches out of seeds, the median time per cross-check and the smallest
shrunk counterexample. With --derived-only, gen.py's strategies are
left out, to show what they add.
"""

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from algokit.judge import Judge
from algokit.spec import load_spec

ROOT = Path(__file__).resolve().parents[1]
BUGS = {
    "programmers-152996": ["integer_division.py", "triple_counting.py", "both_sides.py"],
    "programmers-150369": ["starts_at_house_n.py", "ignores_pickups.py"],
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--derived-only", action="store_true",
                        help="ignore gen.py's strategies: only inputs derived from the constraints")
    options = parser.parse_args()
    if options.derived_only:
        import algokit.judge

        algokit.judge.load_gen = lambda spec: None
    print("| problem | buggy file | caught | median time | smallest counterexample |\n|---|---|---|---|---|")
    with Judge() as judge:
        for slug, files in BUGS.items():
            spec = load_spec(ROOT / "problems" / slug)
            for name in files:
                caught, times, sizes = 0, [], []
                for seed in range(options.seeds):
                    with tempfile.TemporaryDirectory() as database:
                        start = time.perf_counter()
                        verdict = judge.crosscheck(spec, ROOT / "tests/corpus" / name, seed=seed, database=database)
                        times.append(time.perf_counter() - start)
                    if not verdict.ok:
                        caught += 1
                        sizes.append(repr(spec.kwargs(verdict.args)))
                example = min(sizes, key=len) if sizes else "-"
                print(f"| {slug} | {name} | {caught}/{options.seeds} | {statistics.median(times):.2f} s | `{example}` |")


if __name__ == "__main__":
    main()
