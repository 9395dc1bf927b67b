"""What the sandbox costs: per call, per supervisor, and per kit process.

Run by hand:  python benchmarks/sandbox.py [--calls 200] [--rounds 7]

- **Per call**, side by side: a warm worker on 시소 짝꿍's counting.py (Python) and on
  a C++, a Java and a JavaScript file of the same problem, called ``--calls`` times on
  the first official example with the sandbox on and off (``ALGOKIT_SANDBOX``). The two
  take turns, round by round, so drift hits both alike; it prints each round's medians,
  then the median over rounds of the paired difference (on - off) and ratio.
- **Per run, in isolation**: a fork that enters the sandbox (Landlock, then seccomp)
  and exits, against a fork that only exits, paired the same way.
- **Once**: compiling the seccomp filters (per kit process) and building the Landlock
  ruleset (per supervisor).
"""

import argparse
import os
import statistics
import time
from pathlib import Path

from algokit.judging import sandbox
from algokit.judging.judge import worker_for
from algokit.problem.spec import load_spec

ROOT = Path(__file__).resolve().parents[1]
SLUG = "programmers-152996"
FILES = [ROOT / "solutions" / SLUG / "counting.py", ROOT / "tests" / "languages" / "function" / "counting.cpp",
         ROOT / "tests" / "languages" / "function" / "Counting.java",
         ROOT / "tests" / "languages" / "function" / "counting.js"]


def median_call(spec, path, calls, mode):
    os.environ[sandbox.ENV] = mode
    worker = worker_for(spec, path)
    try:
        args = spec.examples[0].args
        first = worker.call(args, spec.time_limit)
        assert first.ok, (path.name, mode, first)
        seconds = []
        for _ in range(calls):
            started = time.perf_counter()
            worker.call(args, spec.time_limit)
            seconds.append(time.perf_counter() - started)
        return statistics.median(seconds)
    finally:
        worker.close()


def fork_cost(confinement, forks):
    """Median seconds of a fork whose child enters ``confinement`` (or does nothing) and exits."""
    seconds = []
    for _ in range(forks):
        started = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            if confinement is not None:
                confinement.enter_run()
                confinement.enter_seccomp()
            os._exit(0)
        os.waitpid(pid, 0)
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=7)
    options = parser.parse_args()
    spec = load_spec(ROOT / "problems" / SLUG)

    started = time.perf_counter()
    sandbox.filters()
    compiled = time.perf_counter() - started
    plan = sandbox.plan()
    started = time.perf_counter()
    confinement = sandbox.Confinement("/dev/shm" if os.path.isdir("/dev/shm") else "/tmp", (), plan,
                                      closed=[str(ROOT)])
    built = time.perf_counter() - started
    print(f"once per kit process: seccomp filters compiled in {compiled * 1000:.1f} ms")
    print(f"once per supervisor: Landlock ruleset built in {built * 1000:.2f} ms")
    print("protections:", ", ".join(f"{p.name} {'on' if p.on else 'OFF'}" for p in sandbox.status()))

    differences, ratios = [], []
    for _ in range(options.rounds):
        bare, confined = fork_cost(None, 300), fork_cost(confinement, 300)
        differences.append(confined - bare)
        ratios.append(confined / bare)
    print(f"per run, in isolation: fork+exit {bare * 1e6:.0f} us; entering the sandbox adds "
          f"{statistics.median(differences) * 1e6:.0f} us (median of {options.rounds} paired rounds, "
          f"x{statistics.median(ratios):.2f})")

    for path in FILES:
        differences, ratios = [], []
        for i in range(options.rounds):
            order = ("on", "off") if i % 2 == 0 else ("off", "on")
            found = {mode: median_call(spec, path, options.calls, mode) for mode in order}
            differences.append(found["on"] - found["off"])
            ratios.append(found["on"] / found["off"])
            print(f"  {path.name:<14} round {i + 1}: on {found['on'] * 1000:6.2f} ms   off {found['off'] * 1000:6.2f} ms")
        print(f"{path.name:<14} per call: sandbox adds {statistics.median(differences) * 1000:+.2f} ms "
              f"(median paired ratio on/off {statistics.median(ratios):.2f}x)")


if __name__ == "__main__":
    main()
