"""How often the oracle cross-check alone catches each known mistake in tests/mistakes/<slug>/.

Run by hand:  python benchmarks/catch_rate.py [--seeds 20] [slug ...]

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

from algokit.judging.judge import Judge
from algokit.problem.spec import load_spec

ROOT = Path(__file__).resolve().parents[1]
MISTAKES = ROOT / "tests" / "mistakes"  # tests/mistakes/<slug>/<mistake>.py


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--derived-only", action="store_true",
                        help="ignore gen.py's strategies: only inputs derived from the constraints")
    parser.add_argument("slugs", nargs="*", help="problems to measure (default: every one with mistakes)")
    options = parser.parse_args()
    slugs = options.slugs or sorted(p.name for p in MISTAKES.iterdir() if p.is_dir())
    if options.derived_only:
        import algokit.judging.search

        algokit.judging.search.load_gen = lambda spec: None
    print("| problem | buggy file | caught | median time | smallest counterexample |\n|---|---|---|---|---|")
    with Judge() as judge:
        for slug in slugs:
            spec = load_spec(ROOT / "problems" / slug)
            for name in sorted(p.name for p in (MISTAKES / slug).glob("*.py")):
                caught, times, sizes = 0, [], []
                for seed in range(options.seeds):
                    with tempfile.TemporaryDirectory() as database:
                        start = time.perf_counter()
                        verdict = judge.crosscheck(spec, MISTAKES / slug / name, seed=seed, database=database)
                        times.append(time.perf_counter() - start)
                    if not verdict.ok:
                        caught += 1
                        sizes.append(repr(spec.kwargs(verdict.args)))
                example = min(sizes, key=len) if sizes else "-"
                print(f"| {slug} | {name} | {caught}/{options.seeds} | {statistics.median(times):.2f} s | `{example}` |")


if __name__ == "__main__":
    main()
