"""Wall time of `algokit check` on each correct reference of each seed problem.

Run by hand from the repository root:  python benchmarks/check_duration.py [--runs 3]

Each run is a fresh `algokit check SLUG FILE --seed K` process (start-up, examples,
cross-check, runs at maximum size), with an empty example database so no run
replays another's inputs. Prints the median and the range of the wall times.
"""

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from algokit.problem.spec import load_spec


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    print("| problem | file | median | min | max |\n|---|---|---|---|---|")
    for folder in sorted(Path("problems").glob("*/problem.toml")):
        spec = load_spec(folder)
        for name in spec.references:
            if spec.expected_verdicts(name) != ("OK",):
                continue
            times = []
            for run in range(options.runs):
                with tempfile.TemporaryDirectory() as scratch:
                    # A throwaway workspace of links: the real one's example database stays untouched.
                    for part in ("problems", "solutions"):
                        os.symlink(Path(part).resolve(), Path(scratch, part))
                    start = time.perf_counter()
                    done = subprocess.run(["algokit", "check", spec.slug, name, "--seed", str(run)],
                                          cwd=scratch, capture_output=True, text=True)
                    times.append(time.perf_counter() - start)
                    if done.returncode != 0:
                        raise SystemExit(f"{name}: {done.stdout}{done.stderr}")
            print(f"| {spec.slug} | {name} | {statistics.median(times):.2f} s | {min(times):.2f} s | {max(times):.2f} s |")


if __name__ == "__main__":
    main()
