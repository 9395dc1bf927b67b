"""Is `algokit time` fast and repeatable? Two default runs in a row, side by side.

Run by hand from the repository root:  python benchmarks/time_repeatability.py [PROBLEM]

Runs `algokit time PROBLEM --json` twice (every reference, default sizes), and
prints each run's wall time, each solution's ratio in both runs, the relative
difference of the ratios, and whether the ranking is the same.
"""

import json
import subprocess
import sys
import time


def run(problem):
    start = time.perf_counter()
    done = subprocess.run(["algokit", "time", problem, "--json"], capture_output=True, text=True, check=True)
    return time.perf_counter() - start, json.loads(done.stdout)


def main():
    problem = sys.argv[1] if len(sys.argv) > 1 else "152996"
    (t1, a), (t2, b) = run(problem), run(problem)
    print(f"{a['problem']}: wall time {t1:.1f} s and {t2:.1f} s; "
          f"{a['environment']['cpus']} CPUs, Python {a['environment']['python']}")
    print("| solution | complexity | ratio, run 1 | ratio, run 2 | difference |\n|---|---|---|---|---|")
    for x, y in zip(a["results"], b["results"]):
        if x["ratio"] is None or y["ratio"] is None:
            print(f"| {x['solution']} | {x['complexity']} | — | — | — |")
            continue
        print(f"| {x['solution']} | {x['complexity']} | {x['ratio']:.2f} | {y['ratio']:.2f} | "
              f"{abs(x['ratio'] - y['ratio']) / x['ratio']:.1%} |")

    def rank(doc):
        return [r["solution"] for r in sorted(doc["results"], key=lambda r: r["ratio"] or float("inf"))]

    print(f"same ranking: {rank(a) == rank(b)}")


if __name__ == "__main__":
    main()
