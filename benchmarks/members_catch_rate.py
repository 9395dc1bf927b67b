"""With no oracle, how often does cross-checking members against each other find a planted bug?

Run by hand:  python benchmarks/members_catch_rate.py [--seeds 20] [slug ...]

For each seed problem, the oracle is hidden (the spec names none), and the planted
bug of every tests/mistakes/<slug>/ file is cross-checked against the problem's
other references, as members' solutions would be, with the spec's default number
of inputs and a fresh example database per run. Prints how many seeds found the
disagreement, and the median time per cross-check.
"""

import argparse
import re
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from algokit.judging.judge import Judge
from algokit.problem.spec import load_spec

ROOT = Path(__file__).resolve().parents[1]
MISTAKES = ROOT / "tests" / "mistakes"
DEFAULT = ["programmers-152996", "programmers-150369"]


def without_oracle(slug, folder):
    """A copy of the problem whose spec names no oracle; returns its spec and its correct solutions."""
    for part in ("problems", "solutions"):
        shutil.copytree(ROOT / part / slug, folder / part / slug)
    path = folder / "problems" / slug / "problem.toml"
    text = path.read_text(encoding="utf-8")
    spec = load_spec(path)
    hidden = re.sub(r'^oracle = ".*"\n', "", text, flags=re.M)
    path.write_text(hidden, encoding="utf-8")
    members = [folder / "solutions" / slug / name for name in spec.references
               if name != spec.oracle and spec.expected_verdicts(name) == ("OK",)]
    return load_spec(path), members


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("slugs", nargs="*", default=DEFAULT)
    options = parser.parse_args()
    print("| problem | planted bug | members | found | median time |\n|---|---|---|---|---|")
    with Judge() as judge:
        for slug in options.slugs:
            folder = Path(tempfile.mkdtemp())
            spec, members = without_oracle(slug, folder)
            assert spec.oracle is None
            for bug in sorted((MISTAKES / slug).glob("*.py")):
                found, times = 0, []
                for seed in range(options.seeds):
                    with tempfile.TemporaryDirectory() as database:
                        start = time.perf_counter()
                        verdict = judge.crosscheck_members(spec, members + [bug], seed=seed, database=database,
                                                           focus=bug)
                        times.append(time.perf_counter() - start)
                    found += verdict.status == "DISAGREE" or not verdict.ok
                print(f"| {slug} | {bug.stem} | {len(members)} + 1 | {found}/{options.seeds} | "
                      f"{statistics.median(times):.2f} s |")
            shutil.rmtree(folder)


if __name__ == "__main__":
    main()
