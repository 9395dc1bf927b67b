"""``algokit time`` through Click's CliRunner, on a tiny throwaway workspace.

Only statuses, structure and relations that machine noise cannot flip are
asserted: no complexity class of a real timing, and no "A is faster than B"
unless a spin of 50 ms of CPU makes the gap enormous.
"""

import json
import math
import os
import platform
import re
import textwrap
from pathlib import Path

import pytest

from algokit.judging import timing
from algokit.problem.spec import load_spec
from algokit.report import timing as shown
from algokit.verdicts import Status
from cli import run
from processes import HAS_PROC, runs_below, still_alive
from toy import SUM_REFERENCES, sum_spec

SLUG = "toy-sum"
SIZES = [100, 200, 400, 800]
FAST = ["--sizes", ",".join(map(str, SIZES)), "--repeat", "2"]

SPEC = sum_spec(max_len=2000)

REFERENCES = SUM_REFERENCES

# Right up to 300 numbers, off by one beyond: WA first at 400.
WRONG = '''
    def solution(nums):
        return sum(nums) + (len(nums) > 300)
'''

# Right, but spins past a 0.2 s budget beyond 300 numbers: TLE first at 400. It spins rather
# than sleeps: the limit is on CPU time, as judges count it, and a sleep costs none.
SLEEPY = '''
    import time
    def solution(nums):
        if len(nums) > 300:
            end = time.process_time() + 0.3
            while time.process_time() < end:
                pass
        return sum(nums)
'''

# Sorts its argument in place and is wrong whenever it was handed sorted data:
# OK only if every call, including every call of a timing loop, gets its own copy.
IN_PLACE = '''
    def solution(nums):
        was_sorted = all(a <= b for a, b in zip(nums, nums[1:]))
        nums.sort()
        return sum(nums) + was_sorted
'''

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
RESULT_KEYS = {"solution", "file", "language", "case", "times", "status", "complexity", "fit_error", "fit_trusted",
               "growth_per_doubling", "ratio", "ratio_low", "ratio_high", "ratio_size", "ratios", "cases"}
BORDER = set("┏┃┡│└┗┣┠┝╇╈┯┷━─╭╰┌├┬┼┴┐┤┘┓┩┛")


def build(root, members=None):
    """problems/toy-sum/problem.toml and solutions/toy-sum/{loop,builtin}.py plus ``members``."""
    (root / "problems" / SLUG).mkdir(parents=True)
    (root / "problems" / SLUG / "problem.toml").write_text(SPEC, encoding="utf-8")
    folder = root / "solutions" / SLUG
    folder.mkdir(parents=True)
    for name, code in {**REFERENCES, **(members or {})}.items():
        (folder / name).write_text(textwrap.dedent(code), encoding="utf-8")
    return root


@pytest.fixture
def workspace(workspace_with, monkeypatch):
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    return build(workspace_with())


def add(workspace, name, code):
    path = workspace / "solutions" / SLUG / name
    path.write_text(textwrap.dedent(code), encoding="utf-8")
    return path


def algokit_time(*args):
    # A crash must raise here, traceback and all, rather than pass for the exit code a test expects.
    return run("time", *args, catch_exceptions=False)


def by_solution(document):
    return {result["solution"]: result for result in document["results"]}


# --- one JSON run over a workspace holding every kind of solution ------------

MEMBERS = {"wrong.py": WRONG, "sleepy.py": SLEEPY, "in_place.py": IN_PLACE}


@pytest.fixture(scope="module")
def everyone(tmp_path_factory):
    """``algokit time toy-sum --json`` with no FILE, budget 0.2 s, seed 7: (exit code, document)."""
    root = build(tmp_path_factory.mktemp("everyone"), MEMBERS)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = algokit_time(SLUG, "--sizes", "800,100,400,200,200", "--repeat", "2", "--budget", "0.2",
                     "--seed", "7", "--json")
    return result.exit_code, json.loads(result.stdout)


def test_json_has_the_documented_shape(everyone):
    code, document = everyone
    assert code == 0
    assert set(document) == {"problem", "sizes", "cases", "baseline", "results", "seed", "budget", "interrupted",
                             "environment"}
    assert document["baseline"] == "loop" and document["cases"] == ["random"]
    assert document["problem"] == SLUG
    assert document["sizes"] == SIZES  # sorted, duplicates dropped
    assert document["interrupted"] is False
    keys = [str(n) for n in SIZES]
    for result in document["results"]:
        assert set(result) == RESULT_KEYS
        assert list(result["times"]) == keys and list(result["status"]) == keys
        assert Path(result["file"]).name == result["solution"] + ".py"
        assert result["complexity"] is None or result["complexity"].startswith("O(")
        assert result["case"] == "random" and list(result["cases"]) == ["random"]
        for n, ratio in result["ratios"].items():  # every size where it and the baseline both finished
            assert result["status"][n] == "OK" and ratio["low"] <= ratio["ratio"] <= ratio["high"]
        for n in keys:
            assert result["status"][n] in {"OK", "WA", "RE", "TLE", "MLE", "skipped"}
            time = result["times"][n]
            if result["status"][n] == "OK":
                assert isinstance(time, float) and time > 0
            else:
                assert time is None


def test_json_records_the_environment(everyone):
    _, document = everyone
    env = document["environment"]
    assert env["python"] == platform.python_version()
    assert platform.system() in env["os"]
    assert env["cpus"] == os.cpu_count()
    assert env["seed"] == 7
    pinnable = hasattr(os, "sched_getaffinity") and len(os.sched_getaffinity(0)) > 1
    assert env["timed_on_cpu"] == (max(os.sched_getaffinity(0)) if pinnable else None)


def test_no_file_times_every_solution(everyone):
    _, document = everyone
    assert sorted(by_solution(document)) == ["builtin", "in_place", "loop", "sleepy", "wrong"]


def test_references_are_ok_everywhere(everyone):
    _, document = everyone
    for name in ("loop", "builtin"):
        result = by_solution(document)[name]
        assert set(result["status"].values()) == {"OK"}
        assert all(t > 0 for t in result["times"].values())


def test_wrong_solution_is_wa_where_it_goes_wrong_and_skipped_after(everyone):
    _, document = everyone
    wrong = by_solution(document)["wrong"]
    assert wrong["status"] == {"100": "OK", "200": "OK", "400": "WA", "800": "skipped"}
    assert wrong["times"]["100"] > 0 and wrong["times"]["200"] > 0
    assert wrong["times"]["400"] is None and wrong["times"]["800"] is None


def test_wrong_solution_gets_no_ratio(everyone):
    # A solution that gives a wrong answer is shown but not ranked, even if it was
    # right at the smaller sizes.
    _, document = everyone
    assert by_solution(document)["wrong"]["ratio"] is None


def test_solution_over_the_budget_is_tle_then_skipped(everyone):
    _, document = everyone
    sleepy = by_solution(document)["sleepy"]
    assert sleepy["status"] == {"100": "OK", "200": "OK", "400": "TLE", "800": "skipped"}
    assert sleepy["times"]["400"] is None and sleepy["times"]["800"] is None
    assert sleepy["times"]["100"] > 0 and sleepy["times"]["200"] > 0


def test_every_call_gets_a_fresh_copy_of_the_input(everyone):
    _, document = everyone
    in_place = by_solution(document)["in_place"]
    assert set(in_place["status"].values()) == {"OK"}


def test_ratios_are_against_the_baseline_at_the_largest_size_each_finished_with_it(everyone):
    _, document = everyone
    results = by_solution(document)
    assert results["loop"]["ratio"] == 1.0  # the baseline: the spec's trusted reference
    assert {"builtin", "in_place", "sleepy"} <= {r["solution"] for r in document["results"] if r["ratio"]}
    # The headline of each is taken where it and the baseline both finished, whatever the others did:
    assert results["builtin"]["ratio_size"] == 800 and results["in_place"]["ratio_size"] == 800
    assert results["sleepy"]["ratio_size"] == 200  # over the budget from 400 on
    for name in ("builtin", "in_place", "sleepy"):
        r = results[name]
        headline = r["ratios"][str(r["ratio_size"])]
        assert (r["ratio"], r["ratio_low"], r["ratio_high"]) == (headline["ratio"], headline["low"], headline["high"])


def test_ratio_of_a_sleeper_is_enormous(workspace):
    # The one timing comparison safe on any machine: 50 ms of CPU against summing 100 numbers.
    add(workspace, "nap.py", "import time\ndef solution(nums):\n    end = time.process_time() + 0.05\n"
                             "    while time.process_time() < end:\n        pass\n    return sum(nums)\n")
    document = json.loads(algokit_time(SLUG, "nap.py", "--sizes", "100,200,400", "--repeat", "2", "--json").stdout)
    results = by_solution(document)
    assert sorted(results) == ["loop", "nap"]
    assert results["loop"]["ratio"] == 1.0
    assert results["nap"]["ratio"] > 10 and results["nap"]["ratio_low"] > 10
    assert all(t >= 0.05 for t in results["nap"]["times"].values())


# --- which files are timed ---------------------------------------------------

def test_files_are_timed_with_the_trusted_reference_as_baseline(workspace):
    document = json.loads(algokit_time(SLUG, "builtin.py", *FAST, "--json").stdout)
    assert [r["solution"] for r in document["results"]] == ["builtin", "loop"]


def test_a_file_outside_the_workspace_is_timed_against_the_reference(workspace, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere") / "kim.py"
    outside.write_text("def solution(nums):\n    return sum(sorted(nums))\n", encoding="utf-8")
    document = json.loads(algokit_time(SLUG, str(outside), *FAST, "--json").stdout)
    results = by_solution(document)
    assert sorted(results) == ["kim", "loop"]
    assert Path(results["kim"]["file"]).resolve() == outside.resolve()
    assert set(results["kim"]["status"].values()) == {"OK"}


def test_the_reference_given_as_file_is_not_added_twice(workspace):
    document = json.loads(algokit_time(SLUG, "loop.py", *FAST, "--json").stdout)
    assert [r["solution"] for r in document["results"]] == ["loop"]


# --- output formats ----------------------------------------------------------

def test_markdown_is_a_pipe_table(workspace):
    result = algokit_time(SLUG, *FAST, "--markdown")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    cells = lambda line: [c.strip() for c in line.strip().strip("|").split("|")]  # noqa: E731
    assert cells(lines[0]) == ["solution", "case", *map(str, SIZES), "complexity", "ratio"]
    assert re.fullmatch(r"\|(---\|){%d}" % (len(SIZES) + 4), lines[1])
    rows = {cells(line)[0]: cells(line) for line in lines[2:] if line.startswith("|")}
    assert sorted(rows) == ["builtin", "loop"]
    assert all(len(row) == len(SIZES) + 4 and row[1] == "random" for row in rows.values())
    assert rows["loop"][-1] == "1.00x (baseline)"
    assert re.fullmatch(r"\d+\.\d\dx ±\d+%", rows["builtin"][-1])
    assert "toy-sum" in result.output.split("\n\n", 1)[1]  # the footer follows the table


def test_korean_names_line_up_in_the_table(workspace):
    from rich.cells import cell_len

    add(workspace, "민웅.py", "def solution(nums):\n    return sum(nums)\n")
    result = algokit_time(SLUG, "민웅.py", *FAST)
    assert result.exit_code == 0, result.output
    output = re.sub(r"\x1b\[[0-9;]*m", "", result.output)
    table = [line for line in output.splitlines() if line[:1] in BORDER]
    assert len(table) >= 2 + 2 + 2  # top, header, rule, two rows, bottom
    assert any("민웅" in line for line in table) and any("loop" in line for line in table)
    widths = {cell_len(line.rstrip("\n")) for line in table}
    assert len(widths) == 1, "\n".join(f"{cell_len(line):4} {line}" for line in table)


def test_korean_names_in_json_are_not_escaped(workspace):
    add(workspace, "민웅.py", "def solution(nums):\n    return sum(nums)\n")
    result = algokit_time(SLUG, "민웅.py", "--sizes", "100,200", "--repeat", "1", "--json")
    assert '"solution": "민웅"' in result.output


def test_plot_writes_a_png(workspace):
    pytest.importorskip("matplotlib")
    add(workspace, "sleepy.py", SLEEPY)
    target = workspace / "out.png"
    result = algokit_time(SLUG, *FAST, "--budget", "0.2", "--plot", str(target))  # a TLE point to mark, too
    assert result.exit_code == 0, result.output
    assert target.read_bytes()[:8] == PNG_SIGNATURE
    assert f"plot: {target}" in result.output


# --- usage errors ------------------------------------------------------------

@pytest.mark.parametrize("args, words", [
    ([SLUG, "--sizes", "0,100"], "--sizes"),
    ([SLUG, "--sizes", "100,5000"], "sizes must lie in [1, 2000]"),
    ([SLUG, "--sizes", "abc"], "give whole numbers separated by commas"),
    ([SLUG, "--sizes", ","], "--sizes"),
    ([SLUG, "--case", "nosuch"], "'nosuch' is not a worst case of toy-sum"),
    (["nosuch"], "no problem 'nosuch'"),
    ([SLUG, "missing.py"], "FILE 'missing.py': no such file"),
    ([SLUG, "--repeat", "0"], "--repeat"),
    ([SLUG, "--budget", "0"], "--budget"),
])
def test_usage_errors_exit_2_with_one_message(workspace, args, words):
    result = run("time", *args)
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)
    assert words in result.output
    assert result.output.count("Error") == 1
    assert "Traceback" not in result.output


def test_no_solutions_is_a_usage_error(workspace):
    for path in (workspace / "solutions" / SLUG).glob("*.py"):
        path.unlink()
    result = run("time", SLUG)
    assert result.exit_code == 2 and "no solutions in" in result.output


def test_a_problem_known_nowhere_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no workspace here, and the catalogue has no such problem
    result = run("time", "qqqq-zzzz")
    assert result.exit_code == 2 and "no problem 'qqqq-zzzz' in the workspace or the catalogue" in result.output


def test_the_named_case_is_used(workspace):
    result = algokit_time(SLUG, "--case", "random", "--sizes", "100,200", "--repeat", "1", "--json")
    document = json.loads(result.stdout)
    assert document["cases"] == ["random"] and document["environment"]["cases"] == ["random"]


# --- Ctrl-C --------------------------------------------------------------------

@pytest.mark.skipif(not HAS_PROC, reason="needs Linux /proc")
def test_ctrl_c_keeps_what_was_measured_and_leaves_no_worker(workspace):
    spec = load_spec(workspace / "problems" / SLUG)
    solutions = [("loop", spec.solutions_dir / "loop.py"), ("builtin", spec.solutions_dir / "builtin.py")]
    before = set(runs_below(os.getpid()))
    seen, updates = set(), []

    def progress(done, total, text):
        updates.append(text)
        seen.update(runs_below(os.getpid()))
        if "= 200" in text:  # size 100 is done and size 200 has begun: press Ctrl-C
            raise KeyboardInterrupt

    result = timing.measure(spec, solutions, SIZES, repeat=2, budget=None, seed=0, progress=progress)
    assert result.interrupted is True
    assert "= 200" in updates[-1] and not any("= 400" in text for text in updates)
    assert seen - before, "no worker was running during the measurement"
    for row in result.rows:
        assert row.cells[100].status == "OK" and row.cells[100].median > 0
        assert len(row.cells[100].samples) >= 3  # at least MIN_ROUNDS rounds
        assert 400 not in row.cells and 800 not in row.cells
    document = shown.as_json(result)
    assert document["interrupted"] is True
    assert all(r["status"]["800"] == "skipped" and r["times"]["800"] is None for r in document["results"])
    assert any("interrupted" in line for line in shown.footer(result))
    assert still_alive((seen - before) | (set(runs_below(os.getpid())) - before)) == []


def test_ctrl_c_through_the_command_exits_130_with_partial_json(workspace, monkeypatch):
    import contextlib

    from algokit.report import terminal

    @contextlib.contextmanager
    def interrupting(enabled=True):
        def update(done, total, text):
            if "= 200" in text:  # size 100 is done: press Ctrl-C
                raise KeyboardInterrupt

        yield update

    monkeypatch.setattr(terminal, "progress", interrupting)
    result = run("time", SLUG, *FAST, "--json")
    assert result.exit_code == 130
    document = json.loads(result.stdout)
    assert document["interrupted"] is True
    assert all(r["status"]["100"] == "OK" and r["times"]["100"] > 0 for r in document["results"])


# --- paired ratios, the baseline, the fit's quality --------------------------------------------


def test_paired_ratio_is_the_median_of_the_rounds_ratios_with_an_interval_for_that_median():
    from algokit.judging.timing import paired_ratio

    # Drift doubles both halves of the third pair alike: per-round ratios stay 2, 2, 2, 3.
    pairs = [(2.0, 1.0), (4.0, 2.0), (8.0, 4.0), (3.0, 1.0)]
    ratio, low, high = paired_ratio(pairs)
    assert ratio == 2.0
    assert (low, high) == (2.0, 3.0), "four rounds bound their median no tighter than their extremes"
    nine = [(r, 1.0) for r in (0.7, 0.9, 0.95, 0.98, 1.0, 1.01, 1.04, 1.1, 1.6)]
    assert paired_ratio(nine) == (1.0, 0.95, 1.04), "nine rounds: the third from each end"
    assert paired_ratio([(1.5, 1.0)]) == (1.5, 1.5, 1.5)
    assert paired_ratio([]) is None
    # The ratio of two medians would say 3.5 / 1.5 = 2.33 here: drift between rounds leaks in.
    assert paired_ratio([(1.0, 1.0), (6.0, 2.0), (6.0, 6.0)])[0] == 1.0


@pytest.mark.parametrize("count", range(1, 40))
def test_the_interval_holds_the_median_with_the_stated_confidence_and_is_the_tightest_that_does(count):
    from math import comb

    from algokit.judging.timing import INTERVAL_CONFIDENCE, median_bounds

    def coverage(k):  # P(k-th smallest <= median <= k-th largest) for continuous noise
        return 1 - 2 * sum(comb(count, i) for i in range(k)) / 2 ** count

    i, j = median_bounds(count)
    k = i + 1
    assert j == count - k and i <= j
    assert count < 3 or coverage(k) >= INTERVAL_CONFIDENCE
    assert k + 1 > (count + 1) // 2 or coverage(k + 1) < INTERVAL_CONFIDENCE


def test_growth_per_doubling_from_the_largest_sizes():
    from algokit.judging.timing import growth_per_doubling

    assert growth_per_doubling([(100, 1.0), (200, 4.0)]) == pytest.approx(4.0)
    assert growth_per_doubling([(100, 1.0), (400, 4.0), (50, 9.0)]) == pytest.approx(2.0)
    assert growth_per_doubling([(100, 1.0)]) is None


def test_a_poor_fit_is_shown_as_a_guess_with_its_growth():
    from algokit.judging.fit import Fit
    from algokit.judging.timing import Row, Series
    from algokit.report.timing import complexity_text

    good = Row("a", "a.py", {"c": Series(fit=Fit("O(n)", 0.0, 1.0, 0.02), growth=2.0)}, case="c")
    poor = Row("b", "b.py", {"c": Series(fit=Fit("O(n)", 0.0, 1.0, 0.34), growth=3.5)}, case="c")
    assert complexity_text(good) == "O(n)"
    assert complexity_text(poor) == "O(n)?, x3.5 per doubling"


def test_the_baseline_is_the_trusted_reference_even_when_another_is_faster(workspace):
    # builtin.py is faster than loop.py, but loop.py is the spec's trusted reference.
    document = json.loads(algokit_time(SLUG, *FAST, "--json").stdout)
    assert document["baseline"] == "loop"
    results = by_solution(document)
    assert results["loop"]["ratio"] == 1.0
    assert results["builtin"]["ratio_size"] == SIZES[-1]


def test_each_solution_is_shown_on_its_slowest_worst_case(workspace):
    gen = workspace / "problems" / SLUG / "gen.py"
    gen.write_text("def worst_small(n, rng):\n    return {'nums': [1] * n}\n\n"
                   "def worst_trap(n, rng):\n    return {'nums': [-1] * n}\n", encoding="utf-8")
    add(workspace, "trapped.py", "import time\ndef solution(nums):\n"
                                 "    if nums[0] < 0:\n        end = time.process_time() + 0.3\n"
                                 "        while time.process_time() < end:\n            pass\n    return sum(nums)\n")
    document = json.loads(algokit_time(SLUG, "trapped.py", "--sizes", "100,200", "--budget", "0.2", "--json").stdout)
    results = by_solution(document)
    assert document["cases"] == ["small", "trap"]
    assert results["trapped"]["case"] == "trap" and results["trapped"]["status"]["100"] == "TLE"
    assert results["trapped"]["cases"]["small"]["status"] == {"100": "OK", "200": "OK"}


def synthetic_row(ratios):
    """A row timed on each case at one size, with per-round ratios ``{case: [r, ...]}`` to a 1 s baseline."""
    row = timing.Row("member", "member.py")
    for case, rounds in ratios.items():
        cell = timing.Measure(status=Status.OK, samples=list(rounds), pairs=[(r, 1.0) for r in rounds])
        row.series[case] = timing.Series(cells={1000: cell})
    return row


def test_cases_tied_within_the_noise_go_to_the_first_case_and_a_real_corner_still_wins():
    # The highest of several equal noisy ratios is biased upward: a copy of the baseline came out
    # 1.08-1.22x that way. Overlapping intervals are a tie, settled by gen.py's order.
    tied = synthetic_row({"uniform": [0.97, 1.0, 1.03], "all_equal": [1.0, 1.04, 1.06], "rich": [0.95, 0.99, 1.0]})
    assert timing._slowest_case(tied, [1000]) == "uniform"
    corner = synthetic_row({"uniform": [0.97, 1.0, 1.03], "all_equal": [14.0, 15.0, 16.0], "rich": [1.0, 1.0, 1.0]})
    assert timing._slowest_case(corner, [1000]) == "all_equal"
    apart = synthetic_row({"uniform": [0.90, 0.91, 0.92], "all_equal": [1.0, 1.04, 1.06]})
    assert timing._slowest_case(apart, [1000]) == "all_equal"


class DriftingMachine:
    """A stand-in for the judge whose machine slows down by 10% with every timed run.

    Every file costs ``costs[name]`` seconds per call at full speed; the answer is always right.
    ``noisy``: files whose every other timed run takes 1.5 times as long; ``fails``: ``(name, k)``,
    a file whose timed runs are TLE from the machine's k-th timed run on.
    """

    def __init__(self, costs, noisy=(), fails=(None, 0)):
        self.costs, self.runs, self.noisy, self.fails = costs, 0, noisy, fails

    def __call__(self):
        return self

    def case(self, spec, case, n, seed=0):
        return [[1] * n], n

    def worker(self, spec, path, lane=0):
        machine, name = self, Path(path).name
        cost = self.costs[name]

        class Worker:
            def call(self, args, limit):
                from algokit.judging.runner import Outcome
                return Outcome("OK", len(args[0]), cost)

            def time(self, args, loops, limit, cpus=None, warm=True):
                from algokit.judging.runner import Outcome
                machine.runs += 1
                if machine.fails == (name, min(machine.runs, machine.fails[1])):
                    return Outcome("TLE", message="over the limit")
                self.own = getattr(self, "own", 0) + 1
                noise = 1.5 if name in machine.noisy and self.own % 2 else 1.0
                return Outcome("OK", len(args[0]), cost * (1 + 0.1 * machine.runs) * noise)

        return Worker()

    def close(self):
        pass


def test_drift_between_runs_cancels_in_the_paired_ratio(workspace, monkeypatch):
    # The machine slows steadily while a copy of the baseline and a file twice as slow are timed.
    # Each run sits between two of the baseline's, whose mean has drifted exactly as much.
    monkeypatch.setattr(timing, "Judge", DriftingMachine({"loop.py": 0.01, "twin.py": 0.01, "double.py": 0.02}))
    monkeypatch.setattr(timing, "lane_cpus", lambda solutions=None: [None])  # one machine, one drift: one lane
    spec = load_spec(workspace / "problems" / SLUG)
    files = [("loop", spec.solutions_dir / "loop.py"), ("twin", spec.solutions_dir / "twin.py"),
             ("double", spec.solutions_dir / "double.py")]
    result = timing.measure(spec, files, sizes=[100, 200], repeat=3, cases=["only"])
    assert result.row("twin").ratio == pytest.approx(1.0)
    assert result.row("double").ratio == pytest.approx(2.0)
    assert (result.row("twin").ratio_low, result.row("twin").ratio_high) == pytest.approx((1.0, 1.0))


def test_a_baseline_that_fails_during_extra_rounds_stops_the_timing_with_the_reason(workspace, monkeypatch):
    # A noisy file's wide interval earns extra rounds; the baseline turning TLE in them must end
    # the timing at once with the reason, not leave it waiting out the rest of the budget.
    from algokit.judging.judge import JudgeError

    machine = DriftingMachine({"loop.py": 0.01, "noisy.py": 0.01}, noisy=("noisy.py",), fails=("loop.py", 30))
    monkeypatch.setattr(timing, "Judge", machine)
    monkeypatch.setattr(timing, "lane_cpus", lambda solutions=None: [None])
    spec = load_spec(workspace / "problems" / SLUG)
    files = [("loop", spec.solutions_dir / "loop.py"), ("noisy", spec.solutions_dir / "noisy.py")]
    with pytest.raises(JudgeError, match="the baseline loop failed"):
        timing.measure(spec, files, sizes=[100], repeat=1, cases=["only"])
    assert machine.runs >= 30, "it failed in the extra rounds, after the 5 rounds and their 15 runs"


def test_progress_counts_up_to_its_total_through_extra_rounds_failures_and_skipped_sizes(workspace):
    # The bar reads done/total: it must never pass the total, never go back, and reach the last size.
    add(workspace, "sleepy.py", SLEEPY)
    spec = load_spec(workspace / "problems" / SLUG)
    files = [("loop", spec.solutions_dir / "loop.py"), ("sleepy", spec.solutions_dir / "sleepy.py")]
    heard = []
    timing.measure(spec, files, SIZES, repeat=2, budget=0.2, progress=lambda done, total, text: heard.append(
        (done, total)))
    counts = [done for done, _ in heard]
    total = heard[0][1]
    assert {t for _, t in heard} == {total} and counts == sorted(counts) and counts[-1] <= total
    assert counts[-1] > total * (len(SIZES) - 1) / len(SIZES), "the last size is counted"


def test_progress_goes_to_stderr_never_into_the_json(workspace, monkeypatch):
    import contextlib

    from algokit.report import terminal

    monkeypatch.setattr(terminal, "_on_terminal", lambda stream: True)  # as if stderr were a terminal
    real, seen = terminal.progress, []

    @contextlib.contextmanager
    def watched(enabled=True):
        with real(enabled) as update:
            assert update is not None, "progress is drawn on a terminal, even with --json"
            yield lambda done, total, text: (seen.append(text), update(done, total, text))

    monkeypatch.setattr(terminal, "progress", watched)
    result = run("time", SLUG, *FAST, "--json")
    assert result.exit_code == 0
    assert seen and any("warm-up" in text for text in seen)
    assert json.loads(result.stdout)["problem"] == SLUG  # stdout is the JSON and nothing else


class PinnedMachine(DriftingMachine):
    """A stand-in judge that records, for every timed run, which worker ran it and on which CPUs
    (``pinned``), and how many calls made its sample (``loops``).

    ``meet``: that many workers of members' files hold their first timed run until all of them
    have reached it (a Barrier), so a test of lanes working at once does not hang on how fast
    a thread starts: with one lane doing all the work, the wait times out and the test fails."""

    def __init__(self, costs, meet=0, cold=False):
        import threading

        super().__init__(costs)
        self.pinned, self.loops, self.calls = [], [], []
        self.barrier, self.waiting, self.lock = threading.Barrier(max(meet, 1), timeout=10), meet, threading.Lock()
        self.cold = cold  # its workers time a call with no warm-up before it, as the Linux runner's Python runs do

    def worker(self, spec, path, lane=0):
        inner, machine, name = super().worker(spec, path, lane), self, Path(path).name

        class Recording:
            first = name != "loop.py"
            times_cold = machine.cold

            def call(self, args, limit):
                machine.calls.append(name)
                return inner.call(args, limit)

            def time(self, args, loops, limit, cpus=None, warm=True):
                machine.pinned.append((name, lane, frozenset(cpus or ())))
                machine.loops.append((name, loops))
                with machine.lock:
                    meets = self.first and machine.waiting > 0
                    self.first, machine.waiting = False, machine.waiting - meets
                if meets:
                    machine.barrier.wait()
                return inner.time(args, loops, limit, cpus, warm)

        return Recording()


def test_each_lane_keeps_its_solutions_and_their_baseline_runs_on_one_cpu(workspace, monkeypatch):
    # Two lanes, one per CPU: every solution is timed on one CPU only, and so is every baseline
    # run paired with it; the lanes' CPUs differ, and both lanes get work.
    machine = PinnedMachine({"loop.py": 0.01, "a.py": 0.02, "b.py": 0.03, "c.py": 0.04}, meet=2)
    monkeypatch.setattr(timing, "Judge", machine)
    monkeypatch.setattr(timing, "lane_cpus", lambda solutions=None: [7, 3])
    spec = load_spec(workspace / "problems" / SLUG)
    files = [(name, spec.solutions_dir / f"{name}.py") for name in ("loop", "a", "b", "c")]
    result = timing.measure(spec, files, sizes=[100, 200], repeat=5, cases=["only"])
    cpus_of = {}
    for name, lane, cpus in machine.pinned:
        cpus_of.setdefault((name, lane), set()).add(cpus)
    assert all(len(found) == 1 for found in cpus_of.values()), cpus_of
    solutions = {name: next(iter(found)) for (name, _), found in cpus_of.items() if name != "loop.py"}
    baselines = {lane: next(iter(found)) for (name, lane), found in cpus_of.items() if name == "loop.py"}
    assert set(solutions.values()) == {frozenset({7}), frozenset({3})} == set(baselines.values())
    assert result.environment["lanes"] == [7, 3] and result.cpus == [7, 3]
    assert all(result.row(name).ratio is not None for name in ("a", "b", "c"))


def test_one_solution_on_two_cases_keeps_both_lanes_busy_each_worker_on_one_cpu(workspace, monkeypatch):
    # The work is cut into units, one solution on one case: a single member file's two cases go to
    # both lanes at once, each through a worker of that lane's own, pinned to that lane's CPU.
    machine = PinnedMachine({"loop.py": 0.01, "a.py": 0.02}, meet=2)
    monkeypatch.setattr(timing, "Judge", machine)
    monkeypatch.setattr(timing, "lane_cpus", lambda solutions=None: [7, 3])
    spec = load_spec(workspace / "problems" / SLUG)
    files = [("loop", spec.solutions_dir / "loop.py"), ("a", spec.solutions_dir / "a.py")]
    result = timing.measure(spec, files, sizes=[100, 200], repeat=5, cases=["first", "second"])
    cpus_of = {}
    for name, lane, cpus in machine.pinned:
        cpus_of.setdefault((name, lane), set()).add(cpus)
    assert all(len(found) == 1 for found in cpus_of.values()), cpus_of
    assert {next(iter(found)) for (name, _), found in cpus_of.items() if name == "a.py"} == {frozenset({7}),
                                                                                          frozenset({3})}
    assert all(result.row("a").series[case].cells[200].ratio is not None for case in ("first", "second"))


def test_extra_rounds_go_only_to_the_case_each_solution_is_shown_on(workspace, monkeypatch):
    # A noisy file's intervals stay wide, which earns extra rounds: on the case the table shows it
    # on, at every size; the other case, which no table shows, keeps its MIN_ROUNDS rounds.
    monkeypatch.setattr(timing, "Judge", DriftingMachine({"loop.py": 0.01, "noisy.py": 0.01}, noisy=("noisy.py",)))
    monkeypatch.setattr(timing, "lane_cpus", lambda solutions=None: [None])
    monkeypatch.setattr(timing, "EXTRA_SECONDS", 2.0)  # the stand-in's seconds grow with every run: a budget
    monkeypatch.setattr(timing, "EXTRA_SECONDS_AT_MAX", 2.0)  # in them ends its extra rounds, not the clock
    spec = load_spec(workspace / "problems" / SLUG)
    files = [("loop", spec.solutions_dir / "loop.py"), ("noisy", spec.solutions_dir / "noisy.py")]
    result = timing.measure(spec, files, sizes=[100, 200], repeat=1, cases=["first", "second"])
    row = result.row("noisy")
    other = next(case for case in ("first", "second") if case != row.case)
    assert [len(row.series[other].cells[n].pairs) for n in (100, 200)] == [timing.MIN_ROUNDS] * 2
    assert all(len(row.cells[n].pairs) > timing.MIN_ROUNDS for n in (100, 200))


def test_the_baseline_sample_beside_a_long_call_spans_half_of_it(workspace, monkeypatch):
    # A 1 ms baseline beside a 100 ms file: one 20 ms sample would catch a moment of the CPU's speed,
    # not the file's run; each baseline sample paired with it lasts at least half as long, 50 calls.
    machine = PinnedMachine({"loop.py": 0.001, "slow.py": 0.1})
    monkeypatch.setattr(timing, "Judge", machine)
    monkeypatch.setattr(timing, "lane_cpus", lambda solutions=None: [None])
    spec = load_spec(workspace / "problems" / SLUG)
    files = [("loop", spec.solutions_dir / "loop.py"), ("slow", spec.solutions_dir / "slow.py")]
    timing.measure(spec, files, sizes=[100, 200], repeat=1, cases=["only"])
    baseline = [loops for name, loops in machine.loops if name == "loop.py"]
    sized = math.ceil(timing.TARGET_SAMPLE / 0.001)  # its own sample: only its untimed one at the largest size
    paired = sorted(baseline)[1:]  # the stand-in slows with every run: the file's later calls are longer
    assert sorted(baseline)[0] == sized and paired and min(paired) == math.ceil(timing.PAIR_SPAN * 0.1 / 0.001)
    assert {loops for name, loops in machine.loops if name == "slow.py"} == {1}


def test_a_baseline_sample_beside_a_very_long_call_lasts_at_most_pair_span_max(workspace, monkeypatch):
    # Beside a 1.2 s call, half of it would be 60 calls of a 10 ms baseline; samples longer than
    # PAIR_SPAN_MAX did no better, so each paired sample is 50 calls (0.5 s), at every size.
    machine = PinnedMachine({"loop.py": 0.01, "slow.py": 1.2})
    monkeypatch.setattr(timing, "Judge", machine)
    monkeypatch.setattr(timing, "lane_cpus", lambda solutions=None: [None])
    spec = load_spec(workspace / "problems" / SLUG)
    files = [("loop", spec.solutions_dir / "loop.py"), ("slow", spec.solutions_dir / "slow.py")]
    timing.measure(spec, files, sizes=[100, 200], repeat=1, cases=["only"])
    paired = {loops for name, loops in machine.loops if name == "loop.py"} - {math.ceil(timing.TARGET_SAMPLE / 0.01)}
    assert paired == {math.ceil(timing.PAIR_SPAN_MAX / 0.01)} and timing.PAIR_SPAN * 1.2 > timing.PAIR_SPAN_MAX


def test_a_long_warm_up_is_timed_on_the_lanes_cpu_and_kept_as_the_first_round(workspace, monkeypatch):
    # A 100 ms call gains nothing from an untimed call before it (LONG_CALL): where a run can time a
    # call cold, the warm-up that checks its answer is that timed run, and it is the first of the
    # rounds, paired with the baseline run right after it. Every cell still has MIN_ROUNDS pairs, and
    # the file is never run untimed: a round fewer of 100 ms at every case and size.
    machine = PinnedMachine({"loop.py": 0.001, "slow.py": 0.1}, cold=True)
    monkeypatch.setattr(timing, "Judge", machine)
    monkeypatch.setattr(timing, "lane_cpus", lambda solutions=None: [None])
    spec = load_spec(workspace / "problems" / SLUG)
    files = [("loop", spec.solutions_dir / "loop.py"), ("slow", spec.solutions_dir / "slow.py")]
    result = timing.measure(spec, files, sizes=[100, 200], repeat=1, cases=["first", "second"])
    row = result.row("slow")
    assert all(len(row.series[case].cells[n].pairs) == timing.MIN_ROUNDS
               for case in ("first", "second") for n in (100, 200))
    assert "slow.py" not in machine.calls
    runs = sum(name == "slow.py" for name, _ in machine.loops)
    assert runs == 2 * 2 * timing.MIN_ROUNDS + 1, "the command's first warm-up is its only run not kept as a round"


def test_the_week_times_every_case_at_the_top_and_the_smaller_sizes_on_the_case_shown_alone(workspace,
                                                                                          monkeypatch):
    # headline_first (algokit week, whose table shows a ratio at the largest size only): every case
    # is timed there, paired with the baseline; the smaller sizes serve only the fit, so they are
    # timed on the case shown for each file, without the baseline's runs beside them. The baseline
    # gets its own series on the case shown for it.
    machine = PinnedMachine({"loop.py": 0.01, "a.py": 0.02})
    monkeypatch.setattr(timing, "Judge", machine)
    monkeypatch.setattr(timing, "lane_cpus", lambda solutions=None: [None])
    spec = load_spec(workspace / "problems" / SLUG)
    files = [("loop", spec.solutions_dir / "loop.py"), ("a", spec.solutions_dir / "a.py")]
    result = timing.measure(spec, files, sizes=[100, 200, 400], repeat=1, cases=["first", "second"],
                            settle_sizes=[400], min_rounds=3, headline_first=True)
    row, base = result.row("a"), result.row("loop")
    other = next(case for case in ("first", "second") if case != row.case)
    assert sorted(row.series[other].cells) == [400] and row.series[other].cells[400].ratio is not None
    assert sorted(row.cells) == [100, 200, 400] and row.ratio_size == 400
    assert all(row.cells[n].pairs == [] and len(row.cells[n].samples) == timing.FIT_ROUNDS for n in (100, 200))
    assert sorted(base.cells) == [100, 200, 400] and all(base.cells[n].median for n in (100, 200, 400))
    assert row.fit is not None and base.fit is not None


def test_a_file_too_slow_beyond_the_smallest_size_is_filled_in_below_so_its_curve_is_still_estimated(workspace):
    # Sizes 200 and 800 with a 0.2 s budget: sleepy passes 200 and is TLE at 800, one point, no curve.
    # The halving sizes below 800 are tried, largest first (400 is TLE too), until its fit has three
    # sizes, so the table can still estimate its time at 800; the table's own sizes stay 200 and 800.
    add(workspace, "sleepy.py", SLEEPY)
    spec = load_spec(workspace / "problems" / SLUG)
    files = [("loop", spec.solutions_dir / "loop.py"), ("sleepy", spec.solutions_dir / "sleepy.py")]
    result = timing.measure(spec, files, sizes=[200, 800], repeat=1, budget=0.2, cases=["random"])
    cells = result.row("sleepy").cells
    assert {n: str(c.status) for n, c in cells.items()} == {50: "OK", 100: "OK", 200: "OK", 400: "TLE", 800: "TLE"}
    assert result.row("sleepy").fit is not None and result.row("sleepy").estimate is not None
    assert sorted(result.row("loop").cells) == [200, 800], "the baseline is filled in for no one"
    document = shown.as_json(result)
    sleepy = next(r for r in document["results"] if r["solution"] == "sleepy")
    assert list(sleepy["times"]) == ["200", "800"] and set(sleepy["ratios"]) <= {"200", "800"}


class QuadraticMachine(DriftingMachine):
    """A stand-in judge whose files cost ``costs[name] * (n / 100) ** 2`` seconds per call at size n, a
    call over the limit being TLE; ``called`` records every (file, n) it ran, warm-ups included."""

    def __init__(self, costs):
        super().__init__(costs)
        self.called = []

    def worker(self, spec, path, lane=0):
        machine, name = self, Path(path).name

        class Worker:
            def call(self, args, limit):
                return self.time(args, 1, limit)

            def time(self, args, loops, limit, cpus=None, warm=True):
                from algokit.judging.runner import Outcome
                n = len(args[0])
                machine.called.append((name, n))
                seconds = machine.costs[name] * (n / 100) ** 2
                return Outcome("TLE", message="over the limit") if seconds > limit else Outcome("OK", n, seconds)

        return Worker()


@pytest.mark.parametrize("budget, run_at_400", [(0.3, False), (0.5, True)])
def test_a_size_its_growth_puts_far_over_the_limit_is_tle_without_a_call(workspace, monkeypatch, budget, run_at_400):
    # 60 ms at 100 and 240 ms at 200: a quadratic file, expected to take 0.96 s at 400. Against a 0.3 s
    # limit that is over HOPELESS limits: TLE at 400 with no call, saying why, and 800 is skipped as
    # after any TLE. Against 0.5 s it is not: the call is made, and the run itself is TLE.
    machine = QuadraticMachine({"loop.py": 0.0001, "square.py": 0.06})
    monkeypatch.setattr(timing, "Judge", machine)
    monkeypatch.setattr(timing, "lane_cpus", lambda solutions=None: [None])
    spec = load_spec(workspace / "problems" / SLUG)
    files = [("loop", spec.solutions_dir / "loop.py"), ("square", spec.solutions_dir / "square.py")]
    result = timing.measure(spec, files, sizes=[100, 200, 400, 800], repeat=1, budget=budget, cases=["only"])
    cells = result.row("square").cells
    assert cells[400].status == Status.TLE and 800 not in cells  # skipped, as after any TLE
    assert (("square.py", 400) in machine.called) == run_at_400 and ("square.py", 800) not in machine.called
    assert ("not run" in cells[400].message and "0.96 s" in cells[400].message) == (not run_at_400)
    assert result.row("square").fit is not None and result.row("square").ratio_size == 200
    noted = [line for line in shown.footer(result) if line.startswith("note: square's TLE at 400")]
    assert len(noted) == (not run_at_400) and all("not run" in line for line in noted)


def test_the_costliest_files_units_start_first_on_every_case():
    # The units are handed out costliest file first, whatever the case: a quadratic file's last
    # case must not start once the short units are done, leaving the other lane idle meanwhile.
    slow, fast = timing.Row("slow", "slow.py"), timing.Row("fast", "fast.py")
    queue = timing._Queue(["first", "second"], [fast, slow], {"slow": 0.05, "fast": 0.001}, "loop")
    taken = [(case, rows[0].label, own) for case, rows, own in iter(queue.take, None)]
    assert taken == [("first", "slow", True), ("second", "slow", True), ("first", "fast", False),
                     ("second", "fast", False)]


def test_a_run_the_machine_was_too_busy_to_judge_is_busy_in_the_table_with_a_warning(workspace, monkeypatch):
    # A run starved past its wall-time cap is BUSY (the runner): the table shows BUSY, not TLE, and
    # a warning under it says it was the machine, not the file, and what to do.
    class Busy(QuadraticMachine):
        def worker(self, spec, path, lane=0):
            inner = super().worker(spec, path, lane)

            class Worker:
                def call(self, args, limit):
                    return self.time(args, 1, limit)

                def time(self, args, loops, limit, cpus=None, warm=True):
                    from algokit.judging.runner import Outcome
                    if Path(path).name == "starved.py" and len(args[0]) == 200:
                        return Outcome("BUSY", message="not judged: the machine was too busy (3.0 s of wall time)")
                    return inner.time(args, loops, limit, cpus, warm)

            return Worker()

    monkeypatch.setattr(timing, "Judge", Busy({"loop.py": 0.0001, "starved.py": 0.0002}))
    monkeypatch.setattr(timing, "lane_cpus", lambda solutions=None: [None])
    spec = load_spec(workspace / "problems" / SLUG)
    files = [("loop", spec.solutions_dir / "loop.py"), ("starved", spec.solutions_dir / "starved.py")]
    result = timing.measure(spec, files, sizes=[100, 200], repeat=1, cases=["only"])
    row = result.row("starved")
    assert shown.cell_text(row, 200, result) == "BUSY" and row.ratio_size == 100
    assert ("warning: starved at 200: not judged: the machine was too busy (3.0 s of wall time); re-run on a "
            "quieter machine") in shown.footer(result)
