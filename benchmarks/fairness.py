"""Are the group's numbers fair? Identical code must tie, and a ratio must not wander between runs.

Run by hand, on a quiet machine:  python benchmarks/fairness.py [--runs 5] [--week-runs 3] [--parts time,week]

1. Identical code: a byte-for-byte copy of each seed problem's baseline (its
   trusted reference), timed against the original in ``--runs`` separate
   ``algokit time`` processes. Every per-size paired ratio should lie in [0.90, 1.10].
2. Different code: a member file with another algorithm, timed in the same runs:
   its ratio at the maximum should move by at most 10% across the runs.
3. The week table: ``algokit week`` over 3 members x 2 problems, cold (``--fresh``)
   and then from the cache, and the drift of each member's ratio across
   ``--week-runs`` cold runs.
"""

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = {  # problem: (the baseline, a member file with another algorithm)
    "programmers-152996": ("counting.py", "one_pass.py"),
    "programmers-150369": ("suffix_trips.py", "owed_boxes.py"),
}
MEMBERS = {  # for the week: member -> {problem: reference copied as their file}
    "민웅": {"programmers-152996": "counting.py", "programmers-150369": "suffix_trips.py"},
    "지수": {"programmers-152996": "one_pass.py", "programmers-150369": "owed_boxes.py"},
    "하늘": {"programmers-152996": "sorted_bisect.py", "programmers-150369": "trip_simulation.py"},
}


def algokit(*args, cwd):
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "algokit.cli", *args], cwd=cwd, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"algokit {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout, time.perf_counter() - started


def workspace():
    folder = Path(tempfile.mkdtemp(prefix="algokit-fairness-"))
    for slug in SEEDS:
        for part in ("problems", "solutions"):
            shutil.copytree(ROOT / part / slug, folder / part / slug)
    return folder


def time_runs(options):
    print("## 1-2. algokit time: identical and different code\n")
    print("| problem | run | twin: per-size ratios (min..max) | member at max | seconds |")
    print("|---|---|---|---|---|")
    summary = []
    for slug, (baseline, other) in SEEDS.items():
        folder = workspace()
        solutions = folder / "solutions" / slug
        shutil.copyfile(solutions / baseline, solutions / "twin.py")
        shutil.copyfile(solutions / other, solutions / "member.py")
        twin_all, member_max, outliers = [], [], []
        for run in range(1, options.runs + 1):
            args = ["time", slug, "twin.py", "member.py", "--json"] + (["--sizes", options.sizes] if options.sizes else [])
            out, seconds = algokit(*args, cwd=folder)
            results = {r["solution"]: r for r in json.loads(out)["results"]}
            twin = [v["ratio"] for v in results["twin"]["ratios"].values()]
            twin_all += twin
            outliers += [f"run {run}, {results['twin']['case']}, n = {n}: {v['ratio']:.3f} "
                         f"[{v['low']:.3f}, {v['high']:.3f}]"
                         for n, v in results["twin"]["ratios"].items() if not 0.90 <= v["ratio"] <= 1.10]
            member_max.append(results["member"]["ratio"])
            print(f"| {slug} | {run} | {min(twin):.3f}..{max(twin):.3f} | {results['member']['ratio']:.3f}x "
                  f"±{(results['member']['ratio_high'] - results['member']['ratio_low']) / 2 / results['member']['ratio']:.0%}"
                  f" | {seconds:.1f} |")
        inside = sum(0.90 <= r <= 1.10 for r in twin_all)
        drift = (max(member_max) - min(member_max)) / statistics.median(member_max)
        summary.append(f"- {slug}: twin ratios within [0.90, 1.10]: {inside}/{len(twin_all)} "
                       f"(range {min(twin_all):.3f}..{max(twin_all):.3f}); member's ratio at the maximum "
                       f"{min(member_max):.2f}x..{max(member_max):.2f}x, drift {drift:.1%}"
                       + "".join(f"\n  - twin outside: {o}" for o in outliers))
        shutil.rmtree(folder)
    print("\n" + "\n".join(summary) + "\n")


def week_runs(options):
    print("## 3. algokit week: 3 members x 2 problems\n")
    folder = workspace()
    (folder / "algokit.toml").write_text(
        'author = "민웅"\nmembers = ["민웅", "지수", "하늘"]\n\n[weeks]\n4 = ["programmers-152996", "programmers-150369"]\n',
        encoding="utf-8")
    for member, files in MEMBERS.items():
        for slug, name in files.items():
            shutil.copyfile(folder / "solutions" / slug / name, folder / "solutions" / slug / f"{member}.py")
    ratios, colds = {}, []
    for run in range(1, options.week_runs + 1):
        out, seconds = algokit("week", "4", "--json", "--fresh", cwd=folder)
        colds.append(seconds)
        for row in json.loads(out)["rows"]:
            for member, cell in row["cells"].items():
                ratios.setdefault((row["problem"], member), []).append(cell["ratio"])
    _, cached = algokit("week", "4", "--markdown", cwd=folder)
    print(f"- cold (--fresh): {', '.join(f'{s:.1f} s' for s in colds)}; from the cache: {cached:.2f} s")
    for (slug, member), values in sorted(ratios.items()):
        values = [v for v in values if v is not None]
        if values:
            drift = (max(values) - min(values)) / statistics.median(values)
            print(f"- {slug} {member}: " + ", ".join(f"{v:.2f}x" for v in values) + f" (drift {drift:.1%})")
    shutil.rmtree(folder)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--week-runs", type=int, default=3)
    parser.add_argument("--sizes", help="passed to algokit time (default: its own)")
    parser.add_argument("--parts", default="time,week", help="which parts to run: time, week or both")
    options = parser.parse_args()
    if "time" in options.parts:
        time_runs(options)
    if "week" in options.parts:
        week_runs(options)


if __name__ == "__main__":
    main()
