"""How steady is this machine? The same fixed loop, timed again and again: the floor under every ratio.

Run by hand:  python benchmarks/machine_drift.py [--calls 40]

A ratio between two solutions cannot be steadier than the machine's own speed.
This times one fixed pure-Python loop (about 15 ms) ``--calls`` times in one
process, and once each in ``--calls`` fresh processes, as CPU time and as wall
time, and prints the spread (max / min) and the lag-1 autocorrelation: near 1
means the speed drifts slowly (pairing neighbours in time cancels it), near 0
means it jumps from call to call (only more rounds help).
"""

import argparse
import statistics
import subprocess
import sys
import time

LOOP = 300_000


def work():
    total = 0
    for i in range(LOOP):
        total += i * i
    return total


def one_call():
    """(CPU ms, wall ms) of one call of ``work``."""
    cpu, wall = time.process_time(), time.perf_counter()
    work()
    return (time.process_time() - cpu) * 1e3, (time.perf_counter() - wall) * 1e3


def lag1(xs):
    mean = statistics.fmean(xs)
    den = sum((x - mean) ** 2 for x in xs)
    return sum((a - mean) * (b - mean) for a, b in zip(xs, xs[1:])) / den if den else 0.0


def summary(label, xs):
    return (f"| {label} | {min(xs):.1f} | {statistics.median(xs):.1f} | {max(xs):.1f} | "
            f"{max(xs) / min(xs):.2f} | {lag1(xs):+.2f} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=40)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        work()  # warm, as the kit's timed runs are
        print(*one_call())
        return
    work()
    inside = [one_call() for _ in range(options.calls)]
    fresh = []
    for _ in range(options.calls):
        out = subprocess.run([sys.executable, __file__, "--child"], capture_output=True, text=True, check=True)
        fresh.append(tuple(map(float, out.stdout.split())))
    print("| calls of one fixed loop | min ms | median ms | max ms | max/min | lag-1 autocorrelation |")
    print("|---|---|---|---|---|---|")
    print(summary("one process, CPU time", [c for c, _ in inside]))
    print(summary("one process, wall time", [w for _, w in inside]))
    print(summary("fresh processes, CPU time", [c for c, _ in fresh]))
    print(summary("fresh processes, wall time", [w for _, w in fresh]))


if __name__ == "__main__":
    main()
