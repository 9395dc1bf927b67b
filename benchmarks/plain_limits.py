"""Review every time limit against plainly written intended code: does it pass at the maximum with room?

Run by hand, not by pytest:

    python benchmarks/plain_limits.py [--repeat 3] [--check-only] [SLUG ...]

A limit set from the fastest reference can reject the intended algorithm as members
write it: a new list per recursion level, a dict of lists, ``input()`` in a loop, no
micro-optimisation. ``benchmarks/plain/<slug>/*.py`` holds such files, one or more per
problem, each with the intended complexity written plainly; a reference named
``*plainly*.py`` in ``solutions/<slug>/`` is one too, kept there so that ``pytest`` judges
it at the maximum on every run, and ``PLAIN_REFERENCES`` names references that already
are the plain form. For each one this script:

1. judges it for correctness first (every example, and a cross-check against the oracle
   on ``--examples`` generated inputs): a plain file that is wrong proves nothing;
2. runs it on every worst case at the maximum, ``--repeat`` times, with a limit of
   ``GENEROUS`` times the spec's so that a slow file is measured rather than cut, and
   takes the median CPU time of each case;
3. prints the slowest case's median against the limit, and flags a share over ``ROOM``:
   plain intended code must pass with room to spare (a busy laptop, a slower CPU).

Files run one at a time, never in parallel: run it with nothing else on the machine.
"""

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLAIN = ROOT / "benchmarks" / "plain"
GENEROUS = 5.0  # times the spec's limit: long enough to measure a file that would be TLE
ROOM = 0.5  # the share of the limit plain intended code may use at the maximum
# Problems whose reference is already the plain form: reviewed on it, rather than on a second copy of it.
PLAIN_REFERENCES = {"programmers-42897": "dp_tables.py"}


def correctness(judge, spec, path, examples):
    """"" when ``path`` passes every example and the cross-check, else what failed."""
    for index in range(1, len(spec.examples) + 1):
        verdict = judge.example(spec, path, index)
        if not verdict.ok:
            return f"example {index}: {verdict.status} {verdict.message}"
    if spec.oracle is not None:
        verdict = judge.crosscheck(spec, path, max_examples=examples, seed=1, budget=600)
        if not verdict.ok:
            return f"cross-check: {verdict.status} {verdict.message} on {spec.kwargs(verdict.args)}"[:300]
    return ""


def at_max(judge, spec, path, repeat):
    """``{case: median CPU seconds}`` at the maximum, or ``{case: "WA ..."}`` where it failed."""
    from algokit.problem.generate import worst_cases

    found = {}
    for case in worst_cases(spec):
        args, expected = judge.case(spec, case, spec.size_max)
        seconds = []
        for _ in range(repeat):
            verdict = judge.run(spec, path, args, expected, time_limit=spec.time_limit * GENEROUS)
            if not verdict.ok:
                found[case] = f"{verdict.status} {verdict.message}"[:120]
                break
            seconds.append(verdict.seconds)
        else:
            found[case] = statistics.median(seconds)
    return found


def main():
    from algokit.judging.judge import Judge
    from algokit.problem.spec import load_spec

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("slugs", nargs="*", help="problems to review (default: every one with plain files)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per worst case (median)")
    parser.add_argument("--examples", type=int, default=30, help="generated inputs in the cross-check")
    parser.add_argument("--check-only", action="store_true", help="correctness only, no runs at the maximum")
    options = parser.parse_args()
    slugs = options.slugs or sorted({p.name for p in PLAIN.iterdir() if p.is_dir()} | set(PLAIN_REFERENCES)
                                    | {p.parent.name for p in (ROOT / "solutions").glob("*/*plainly*.py")})
    print(f"Python {sys.version.split()[0]}; {options.repeat} runs per worst case, median CPU seconds; "
          f"flagged: over {ROOM:.0%} of the limit")
    flagged = 0
    with Judge() as judge:
        for slug in slugs:
            spec = load_spec(ROOT / "problems" / slug)
            plain = [*(PLAIN / slug).glob("*.py"), *(ROOT / "solutions" / slug).glob("*plainly*.py")]
            if slug in PLAIN_REFERENCES:
                plain.append(ROOT / "solutions" / slug / PLAIN_REFERENCES[slug])
            for path in sorted(plain):
                wrong = correctness(judge, spec, path, options.examples)
                if wrong:
                    print(f"{slug:22} {path.name:28} WRONG  {wrong}")
                    flagged += 1
                    continue
                if options.check_only or not spec.has_max:
                    print(f"{slug:22} {path.name:28} correct")
                    continue
                times = at_max(judge, spec, path, options.repeat)
                failed = {case: t for case, t in times.items() if isinstance(t, str)}
                measured = {case: t for case, t in times.items() if not isinstance(t, str)}
                slowest = max(measured, key=measured.get) if measured else None
                share = measured[slowest] / spec.time_limit if slowest else float("inf")
                mark = "  <-- over" if failed or share > ROOM else ""
                flagged += bool(mark)
                shown = (f"{measured[slowest]:.2f} s on {slowest!r}" if slowest else "-")
                print(f"{slug:22} {path.name:28} {shown:34} limit {spec.time_limit:g} s, "
                      f"{share:.0%}{mark}" + (f"  failed: {failed}" if failed else ""))
    print(f"{flagged} flagged")


if __name__ == "__main__":
    main()
