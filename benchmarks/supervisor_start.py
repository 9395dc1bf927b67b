"""What starting a supervisor costs: from a fork server with the runner's preload, and from a plain one.

Run by hand, from a git checkout, on a quiet machine:  python benchmarks/supervisor_start.py [--rounds 5]

``algokit week`` starts a score of supervisors (each lane's workers of each file, and
the references'), and a lane's check process used to start the fork server first,
without the preload the runner asks for. Each round starts two fresh interpreters in
turn: one whose fork server is started plainly first (as it was), one where the
runner's ``process_context`` starts it; each then starts 6 workers of the same file
one after another and times each one's start and first call. Printed: the medians of
the 2nd to 6th starts (the first also pays for the fork server) and the paired ratio.
"""

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOLUTION = ROOT / "solutions" / "programmers-152996" / "counting.py"
PROBE = r"""
import json, sys, time, multiprocessing
from algokit.judging.runner import Worker

def noop():
    pass

def main():
    if sys.argv[1] == "plain":  # the fork server started before the runner could set its preload
        context = multiprocessing.get_context("forkserver")
        process = context.Process(target=noop)
        process.start()
        process.join()
    seconds = []
    for _ in range(6):
        worker = Worker(sys.argv[2])
        started = time.perf_counter()
        worker.call(([100, 180, 360],), 1.0)
        seconds.append(time.perf_counter() - started)
        worker.close()
    print(json.dumps(seconds))

if __name__ == "__main__":
    main()
"""


def starts(kind, probe):
    done = subprocess.run([sys.executable, str(probe), kind, str(SOLUTION)], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])[1:]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    options = parser.parse_args()
    import tempfile

    probe = Path(tempfile.mkdtemp()) / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    plain, preloaded, ratios = [], [], []
    for r in range(options.rounds):
        order = ["plain", "preloaded"] if r % 2 == 0 else ["preloaded", "plain"]
        got = {kind: statistics.median(starts(kind, probe)) for kind in order}
        plain.append(got["plain"])
        preloaded.append(got["preloaded"])
        ratios.append(got["preloaded"] / got["plain"])
        print(f"round {r + 1}: plain {got['plain'] * 1000:.0f} ms, preloaded {got['preloaded'] * 1000:.0f} ms")
    print(f"medians: plain {statistics.median(plain) * 1000:.0f} ms, preloaded {statistics.median(preloaded) * 1000:.0f}"
          f" ms per start and first call; paired ratio preloaded/plain {statistics.median(ratios):.2f} "
          f"(range {min(ratios):.2f}..{max(ratios):.2f})")


if __name__ == "__main__":
    main()
