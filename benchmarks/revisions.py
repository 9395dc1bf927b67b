"""Two revisions of algokit side by side: the same command, run in turns, timed in pairs.

Run by hand from the repository root, for example after a refactor:

    python benchmarks/revisions.py HEAD~5 HEAD --runs 15 -- --help
    python benchmarks/revisions.py HEAD~5 HEAD --runs 9 -- check 152996 counting.py --seed 1

Each revision's ``algokit/`` is exported with ``git archive`` into a folder of its own
and run as ``python -m algokit.cli ARGS`` from a throwaway workspace whose problems/
and solutions/ link to this checkout's, so both judge the very same files. The runs
take turns (A B A B ...), since a 2-core machine drifts: each pair's ratio B/A is taken
from runs seconds apart, and the figure is the median of those ratios, beside each
revision's median wall time. The exit statuses must agree, or the comparison says so.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def export(revision, folder):
    """``algokit/`` as it is at ``revision``, unpacked into ``folder``."""
    archive = subprocess.run(["git", "archive", revision, "algokit"], cwd=ROOT, capture_output=True, check=True)
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--runs", type=int, default=9, help="pairs of runs")
    argv = sys.argv[1:]
    split = argv.index("--") if "--" in argv else len(argv)  # what follows -- is algokit's own command
    options = parser.parse_args(argv[:split])
    args = argv[split + 1:] or ["--help"]
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        sides = {}
        for label, revision in (("before", options.before), ("after", options.after)):
            export(revision, scratch / label)
            sides[label] = scratch / label
        workspace = scratch / "workspace"
        workspace.mkdir()
        for part in ("problems", "solutions"):
            os.symlink(ROOT / part, workspace / part)
        times = {"before": [], "after": []}
        codes = {"before": set(), "after": set()}
        for run in range(options.runs):
            for label in ("before", "after") if run % 2 == 0 else ("after", "before"):
                env = {**os.environ, "PYTHONPATH": str(sides[label]), "HYPOTHESIS_STORAGE_DIRECTORY": str(scratch)}
                start = time.perf_counter()
                done = subprocess.run([sys.executable, "-m", "algokit.cli", *args], cwd=workspace, env=env,
                                      capture_output=True)
                times[label].append(time.perf_counter() - start)
                codes[label].add(done.returncode)
        ratios = sorted(a / b for a, b in zip(times["after"], times["before"]))
        print(f"algokit {' '.join(args)}: {options.runs} pairs, in turns")
        for label in ("before", "after"):
            print(f"  {label:6} {getattr(options, label):>12}: median {statistics.median(times[label]):.3f} s "
                  f"(min {min(times[label]):.3f}, max {max(times[label]):.3f}), exit {sorted(codes[label])}")
        print(f"  after / before, paired: median {statistics.median(ratios):.3f} "
              f"(quartiles {ratios[len(ratios) // 4]:.3f} to {ratios[(3 * len(ratios)) // 4]:.3f})")
        if codes["before"] != codes["after"]:
            print("  warning: the exit statuses differ: the two revisions do not do the same thing here")


if __name__ == "__main__":
    main()
