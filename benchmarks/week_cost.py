"""What does a cold ``algokit week`` cost now, against a previous algokit? Paired, run by hand.

Run from a git checkout, on a quiet machine:
    python benchmarks/week_cost.py [--rounds 3] [--before HEAD]

The workspace is fairness.py's week: 3 members x 2 seed problems. Each round runs
``algokit week 4 --json --fresh`` (nothing from the cache) once with the algokit of
commit ``--before`` (exported with ``git archive`` into a temporary folder, first on
the import path) and once with this working tree, in alternating order, so drift on
a shared machine hits both halves of a pair alike. Printed: every run's seconds,
each side's median, and the median of the per-round ratios (now / before).
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fairness import MEMBERS, ROOT, workspace  # noqa: E402  the same week as fairness.py's part 3

CONFIG = ('author = "민웅"\nmembers = ["민웅", "지수", "하늘"]\n\n'
          '[weeks]\n4 = ["programmers-152996", "programmers-150369"]\n')


def previous_package(revision):
    """A folder holding ``algokit/`` as it was at ``revision`` (read from git; nothing checked out)."""
    folder = Path(tempfile.mkdtemp(prefix="algokit-before-"))
    archive = subprocess.run(["git", "archive", "--format=tar", revision, "algokit"], cwd=ROOT, check=True,
                             capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def week_workspace():
    folder = workspace()
    (folder / "algokit.toml").write_text(CONFIG, encoding="utf-8")
    for member, files in MEMBERS.items():
        for slug, name in files.items():
            shutil.copyfile(folder / "solutions" / slug / name, folder / "solutions" / slug / f"{member}.py")
    return folder


def cold_week(folder, package):
    """Seconds of one ``algokit week 4 --json --fresh``, with ``package`` first on the import path."""
    env = {**os.environ, "PYTHONPATH": str(package)}
    where = subprocess.run([sys.executable, "-c", "import algokit; print(algokit.__file__)"], env=env, cwd=folder,
                           capture_output=True, text=True, check=True).stdout.strip()
    if not where.startswith(str(package)):
        raise SystemExit(f"expected algokit from {package}, got {where}")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "algokit.cli", "week", "4", "--json", "--fresh"], env=env,
                          cwd=folder, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"algokit week failed with {package}:\n{done.stderr}")
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--before", default="HEAD", help="the git revision to compare against (default: HEAD)")
    options = parser.parse_args()
    before, now = previous_package(options.before), ROOT
    folder = week_workspace()
    times = {"before": [], "now": []}
    print(f"| round | before ({options.before}) s | now s | now / before |\n|---|---|---|---|")
    for r in range(options.rounds):
        order = [("before", before), ("now", now)] if r % 2 == 0 else [("now", now), ("before", before)]
        got = {side: cold_week(folder, package) for side, package in order}
        for side in got:
            times[side].append(got[side])
        print(f"| {r + 1} | {got['before']:.1f} | {got['now']:.1f} | {got['now'] / got['before']:.2f} |", flush=True)
    ratios = [n / b for n, b in zip(times["now"], times["before"])]
    print(f"\nmedians: before {statistics.median(times['before']):.1f} s, now {statistics.median(times['now']):.1f} s; "
          f"paired ratio now/before: median {statistics.median(ratios):.2f} "
          f"(range {min(ratios):.2f}..{max(ratios):.2f}); load {os.getloadavg()[0]:.2f}")
    shutil.rmtree(folder)
    shutil.rmtree(before)


if __name__ == "__main__":
    main()
