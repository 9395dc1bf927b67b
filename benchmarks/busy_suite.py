"""Does the kit's own suite hold on a busy machine? ``pytest tests -n 2``, again and again, beside a neighbour per core.

Run by hand, from a git checkout:  python benchmarks/busy_suite.py [--runs 5] [-- extra pytest arguments]

A member's laptop runs a browser and a video call while the tests run. This starts one
CPU-bound process per core, each pinned to its core and in a session of its own (as a
separate program is), spinning for the whole measurement, then runs ``pytest tests -n 2``
``--runs`` times in a row beside them. Printed per run: passed, failed and other
counts, the wall time, the failures by name (and where pytest's output is kept), and the
load average at the end. Each run has temporary folders of its own (``--basetemp``). The
neighbours are killed at the end, whatever happens. A run is good when nothing failed:
verdicts count CPU time, and a run starved by the machine is BUSY, never TLE.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPIN = "import os, sys\nos.sched_setaffinity(0, {int(sys.argv[1])})\nwhile True: pass\n"


def neighbours():
    """One spinning process per CPU this process may use, each pinned there; where pinning is missing, unpinned."""
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else range(os.cpu_count() or 2)
    code = SPIN if hasattr(os, "sched_setaffinity") else "while True: pass\n"
    return [subprocess.Popen([sys.executable, "-c", code, str(cpu)], start_new_session=True) for cpu in cpus]


def counts(output):
    """``{"passed": 3, "failed": 1, ...}`` from pytest's last summary line."""
    lines = [line for line in output.splitlines() if re.search(r"\d+ (passed|failed|error)", line)]
    return {word: int(n) for n, word in re.findall(r"(\d+) (\w+)", lines[-1])} if lines else {}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("pytest_args", nargs="*", help="after --: more arguments for pytest")
    options = parser.parse_args()

    hogs = neighbours()
    print(f"{len(hogs)} CPU-bound neighbours started, one per core; pytest tests -n 2, {options.runs} runs\n")
    print("| run | passed | failed | other | seconds | load (1 min) | failures |")
    print("|---|---|---|---|---|---|---|")
    good = 0
    # Each run's temporary folders apart (--basetemp), not among the numbered sessions pytest keeps in the
    # shared /tmp/pytest-of-<user>: a pytest started alongside on this machine shares nothing with it.
    folder = Path(tempfile.mkdtemp(prefix="algokit-busy-"))
    try:
        for run in range(1, options.runs + 1):
            started = time.monotonic()
            done = subprocess.run([sys.executable, "-m", "pytest", "tests", "-n", "2", "-q", "-p", "no:cacheprovider",
                                   f"--basetemp={folder / f'run{run}'}", *options.pytest_args],
                                  cwd=ROOT, capture_output=True, text=True)
            seconds = time.monotonic() - started
            found = counts(done.stdout)
            failures = sorted(set(re.findall(r"^(?:FAILED|ERROR) (\S+)", done.stdout, re.MULTILINE)))
            other = {k: v for k, v in found.items() if k not in ("passed", "failed")}
            good += done.returncode == 0
            print(f"| {run} | {found.get('passed', 0)} | {found.get('failed', 0)} | "
                  f"{', '.join(f'{v} {k}' for k, v in other.items()) or '-'} | {seconds:.0f} | "
                  f"{os.getloadavg()[0]:.1f} | {'; '.join(failures) or '-'} |", flush=True)
            if done.returncode:
                (folder / f"run{run}.log").write_text(done.stdout + done.stderr, encoding="utf-8")
                print(f"  pytest's output: {folder / f'run{run}.log'}", flush=True)
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
    print(f"\n{good} of {options.runs} runs passed with every core busy")
    return 0 if good == options.runs else 1


if __name__ == "__main__":
    sys.exit(main())
