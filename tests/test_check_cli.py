"""``algokit check`` through Click's CliRunner, on a copy of the 시소 짝꿍 workspace."""

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from algokit.judging.runner import STARVED_CAP
from cli import run
from processes import HAS_PROC, runs_below, still_alive

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parent / "corpus"
MISTAKES = Path(__file__).resolve().parent / "mistakes"
SLUG = "programmers-152996"


@pytest.fixture
def workspace(workspace_with):
    """A workspace holding a copy of 시소 짝꿍."""
    return workspace_with(SLUG)


def check(*args):
    # A crash must raise here, not exit 1 as a WA does: the verdict tests expect exit code 1.
    return run("check", *args, catch_exceptions=False)


def test_correct_reference_is_ok_by_id(workspace):
    result = check("152996", "counting.py", "--seed", "1", "--max-examples", "50")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("counting.py: OK")
    assert "3 runs at len(weights) = 100000" in result.output


def test_json_has_exactly_the_documented_shape(workspace):
    bug = shutil.copy(MISTAKES / "programmers-152996" / "integer_division.py", workspace / "kim.py")
    result = check(SLUG, "counting.py", "kim.py", "--json", "--seed", "3", "--max-examples", "50")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert set(document) == {"problem", "environment", "results"} and document["problem"] == SLUG
    assert set(document["environment"]) == {"runner", "sandbox"}
    assert set(document["environment"]["sandbox"]) == {"files", "network", "processes", "kernel calls"}
    ok, wrong = document["results"]
    # The cross-check is bounded by a count, not the clock: all 50 asked for were judged.
    assert ok == {"file": "counting.py", "verdict": "OK", "parts": None, "message": ok["message"],
                  "crosschecked": 50, "counterexample": None, "disagreement": None}
    assert set(wrong) == {"file", "verdict", "parts", "message", "crosschecked", "counterexample", "disagreement"}
    assert wrong["crosschecked"] is None  # it failed an example, so no cross-check ran
    assert wrong["file"] == "kim.py" and wrong["verdict"] == "WA" and Path(bug).exists()
    # The example list catches `w * 3 // 2` first: odd 101 and 151 are not partners.
    assert wrong["counterexample"] == {"input": {"weights": [101, 151]}, "expected": 0, "got": 1,
                                       "where": "example 4"}  # the page's three, then this one


@pytest.mark.parametrize("given, verdict, parts", [
    ("every_choice.py", "TLE", {"정확성": "OK", "효율성": "TLE"}),  # right, and too slow at the maximum
    ("ignores_circle.py", "WA", {"정확성": "WA", "효율성": "WA"}),  # wrong on small inputs and on big ones
])
def test_a_split_scored_problem_shows_both_halves_as_programmers_does(workspace_with, given, verdict, parts):
    slug = "programmers-42897"  # 도둑질: 정확성 and 효율성 are graded apart
    workspace = workspace_with(slug)
    shutil.copy(MISTAKES / slug / "ignores_circle.py", workspace / "solutions" / slug)
    found = json.loads(check(slug, given, "--json", "--seed", "2").stdout)["results"][0]
    assert (found["verdict"], found["parts"]) == (verdict, parts)
    shown = check(slug, given, "--seed", "2").output
    assert shown.startswith(f"{given}: 정확성 {parts['정확성']}, 효율성 {parts['효율성']}")


def test_crosscheck_counterexample_is_shrunk_and_reproducible(workspace):
    # Right on every example, wrong whenever four or more people share a weight.
    (workspace / "lee.py").write_text(
        "from collections import Counter\n"
        "from math import comb\n"
        "def solution(weights):\n"
        "    c = Counter(weights)\n"
        "    pairs = sum(min(comb(k, 2), 3) for k in c.values())\n"
        "    for w, k in c.items():\n"
        "        for a, b in ((3, 2), (2, 1), (4, 3)):\n"
        "            if w * a % b == 0:\n"
        "                pairs += k * c.get(w * a // b, 0)\n"
        "    return pairs\n")
    first = check(SLUG, "lee.py", "--json", "--seed", "11")
    again = check(SLUG, "lee.py", "--json", "--seed", "11")
    found = json.loads(first.stdout)["results"][0]
    assert found["verdict"] == "WA"
    weights = found["counterexample"]["input"]["weights"]
    assert len(weights) == 4 and len(set(weights)) == 1  # the smallest input showing the bug
    assert found["counterexample"]["expected"] == 6 and found["counterexample"]["got"] == 3
    repeated = json.loads(again.stdout)["results"][0]
    assert found["crosschecked"] > 1 and repeated.pop("crosschecked") == 1  # remembered: replayed first
    found.pop("crosschecked")
    assert repeated == found
    assert (workspace / ".hypothesis" / "examples").is_dir()


def test_human_output_shows_input_expected_got_and_reproduce(workspace):
    shutil.copy(MISTAKES / "programmers-152996" / "integer_division.py", workspace / "park.py")
    result = check(SLUG, "park.py", "--seed", "5")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == "park.py: WA  wrong answer"
    assert "  input (example 4: odd w with 1.5w not whole: 101 * 3 // 2 == 151 must not count):" in lines
    assert "    weights = [101, 151]" in lines
    assert "  expected: 0" in lines and "  got:      1" in lines
    assert "  reproduce: algokit check programmers-152996 park.py --seed 5" in lines


def test_a_float_for_an_int_passes_as_on_programmers_and_says_so(workspace):
    shutil.copy(CORPUS / "returns_float.py", workspace / "park.py")
    result = check(SLUG, "park.py", "--seed", "5", "--max-examples", "20")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("park.py: OK")
    assert "warning: returned float 4.0 where int is declared; Programmers compares values" in result.output


@pytest.mark.parametrize("name, verdict, words", [
    ("endless_loop.py", "TLE", "over 1 s"),
    ("sys_exit.py", "RE", "called sys.exit(0)"),
    ("os_exit.py", "RE", "exited with code 7"),
    ("segfault.py", "RE", "segmentation fault"),
    ("memory_creep.py", "MLE", "MiB of memory"),
    ("unbounded_recursion.py", "RE", "RecursionError"),
    ("stub.py", "RE", "NotImplementedError"),
])
def test_hostile_files_get_a_verdict_in_bounded_time(workspace, name, verdict, words):
    if name == "memory_creep.py":
        # Filling 512 MiB takes 0.3 s on a quiet machine and can pass 1 s on a loaded one, where
        # the time limit would win the race: give this problem room, so only memory can stop it.
        spec = workspace / "problems" / SLUG / "problem.toml"
        spec.write_text(spec.read_text(encoding="utf-8").replace("time = 1.0", "time = 10.0"), encoding="utf-8")
    started = time.monotonic()
    result = check(SLUG, str(CORPUS / name), "--json", "--seed", "2")
    # Bounds hangs, not speed: (cases + 1) limits, each up to STARVED_CAP of wall time on a busy machine,
    # the small budget, slack.
    assert time.monotonic() - started < 1.0 * 6 * STARVED_CAP + 25
    assert result.exit_code == 1
    found = json.loads(result.stdout)["results"][0]
    assert found["verdict"] == verdict and words in found["message"]
    assert found["counterexample"]["got"] is None


COUNTING = (
    "from collections import Counter\n"
    "def right(weights):\n"
    "    c = Counter(weights)\n"
    "    pairs = sum(k * (k - 1) // 2 for k in c.values())\n"
    "    for w, k in c.items():\n"
    "        for a, b in ((3, 2), (2, 1), (4, 3)):\n"
    "            if w * a % b == 0:\n"
    "                pairs += k * c.get(w * a // b, 0)\n"
    "    return pairs\n")


@pytest.fixture
def tight_budget(monkeypatch):
    import algokit.judging.judge

    monkeypatch.setattr(algokit.judging.judge, "SMALL_BUDGET", 1.0)  # examples + cross-check: 1 s + the 1 s limit


@pytest.fixture
def busy_neighbour():
    """Both CPUs kept busy by another process, as a member's laptop with a video call is."""
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(os.cpu_count() or 2)]
    try:
        yield
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()


def test_a_file_slow_on_every_input_is_cut_by_cpu_time_at_the_same_count_however_busy(workspace, tight_budget,
                                                                                       request):
    # 0.1 s of CPU per call against 2 s of CPU for examples and cross-check: the guard cuts,
    # and says so. It counts the runs' CPU time, not the clock, at fixed counts: the same
    # seed judges the same inputs on a quiet machine and on a busy one.
    (workspace / "slow.py").write_text(COUNTING + "import time\ndef solution(weights):\n"
                                       "    end = time.process_time() + 0.1\n"
                                       "    while time.process_time() < end:\n        pass\n"
                                       "    return right(weights)\n")
    quiet = json.loads(check(SLUG, "slow.py", "--json", "--seed", "4").stdout)["results"][0]
    request.getfixturevalue("busy_neighbour")
    busy = json.loads(check(SLUG, "slow.py", "--json", "--seed", "4").stdout)["results"][0]
    assert quiet["verdict"] == busy["verdict"] == "OK"
    assert "stopped by the CPU-time guard" in quiet["message"]
    assert 0 < quiet["crosschecked"] < 100 and busy["crosschecked"] == quiet["crosschecked"]


def test_slow_wrong_file_is_wa_with_its_input_however_its_shrinking_ends(workspace, tight_budget):
    # Right on the examples (at most 5 people), slow and wrong beyond: a WA with an input, whether
    # shrinking finished or the CPU-time guard cut it short (tested on its own in test_judge).
    (workspace / "slow.py").write_text(COUNTING + "import time\ndef solution(weights):\n"
                                       "    if len(weights) <= 5:\n        return right(weights)\n"
                                       "    end = time.process_time() + 0.3\n"
                                       "    while time.process_time() < end:\n        pass\n    return -1\n")
    result = check(SLUG, "slow.py", "--seed", "4")
    assert result.output.startswith("slow.py: WA")
    assert re.search(r"input \(generated(, shrunk by Hypothesis|; shrinking cut short by the CPU-time guard)\):\n"
                     r"    weights = \[", result.output), result.output


@pytest.mark.parametrize("args, words", [
    (["nosuch", "counting.py"], "no problem 'nosuch'"),
    (["152996", "missing.py"], "FILE 'missing.py': no such file"),
    (["152996"], "no member has a file for programmers-152996 yet: give a FILE"),  # only references here
    (["152996", "counting.py", "--max-examples", "0"], "--max-examples"),
])
def test_usage_errors_exit_2_with_one_message(workspace, args, words):
    result = run("check", *args)
    assert result.exit_code == 2
    assert words in result.output
    assert "Traceback" not in result.output


def test_outside_a_workspace_the_catalogue_judges_and_says_how_to_set_up(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "solutions" / SLUG / "counting.py", tmp_path / "mine.py")
    result = run("check", "152996", "mine.py", "--seed", "1", "--max-examples", "20")
    assert result.exit_code == 0, result.output
    assert "using the catalogue's programmers-152996: run `algokit new programmers-152996`" in result.output
    assert "mine.py: OK" in result.output
    assert not (tmp_path / ".hypothesis").exists()  # no workspace here: nothing is written


def test_a_problem_missing_from_the_workspace_comes_from_the_catalogue(workspace):
    shutil.copy(ROOT / "solutions" / "programmers-150369" / "suffix_trips.py", workspace / "mine.py")
    result = run("check", "택배 배달과 수거하기", "mine.py", "--max-examples", "10")
    assert result.exit_code == 0, result.output
    assert "run `algokit new programmers-150369` to set it up in this workspace" in result.output


def test_help_and_version():
    result = run("--help")
    assert result.exit_code == 0 and "check" in result.output
    assert run("--version").output.startswith("algokit, version ")


@pytest.mark.skipif(not HAS_PROC, reason="needs Linux /proc")
def test_ctrl_c_stops_at_once_and_leaves_no_worker(workspace):
    import signal
    import subprocess
    import sys

    command = [sys.executable, "-c", "from algokit.cli import main; main()",
               "check", SLUG, str(CORPUS / "endless_loop.py")]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 20
    workers = []
    # Wait until the solution itself runs: kit, then a supervisor, then the run (its own process).
    while len(workers) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
        workers = runs_below(process.pid)
    assert len(workers) >= 2, "the check never started the solution"
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=10)
    assert process.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert still_alive(workers) == []


def test_json_says_which_worst_case_a_failure_at_the_maximum_came_from(workspace):
    # The O(n^2) pair loop passes the examples and the cross-check and is too slow only at the
    # maximum: its input is 100,000 weights, found again only by the worst case's name and size.
    result = run("check", "152996", "brute_force.py", "--json", "--seed", "1", "--max-examples", "20")
    assert result.exit_code == 1, result.output
    (found,) = json.loads(result.stdout)["results"]
    assert found["verdict"] == "TLE"
    where = found["counterexample"]["where"]
    assert where.startswith("worst case '") and where.endswith("at len(weights) = 100000"), where
    assert len(found["counterexample"]["input"]["weights"]) == 100_000


def test_a_split_scored_ok_says_what_each_half_ran(workspace_with):
    # Both halves pass: the line names the examples and cross-check (정확성) and the runs at the
    # maximum (효율성), not the efficiency summary alone.
    slug = "programmers-42897"
    workspace_with(slug)
    found = json.loads(check(slug, "two_passes.py", "--json", "--seed", "2").stdout)["results"][0]
    assert (found["verdict"], found["parts"]) == ("OK", {"정확성": "OK", "효율성": "OK"})
    correctness, efficiency = found["message"].split("; 효율성: ")
    assert correctness.startswith("정확성: ") and "example" in correctness and "inputs" in correctness, correctness
    assert "runs at" in efficiency, efficiency


@pytest.mark.parametrize("load, warned", [(8.0, True), (1.5, False)])
def test_a_busy_machine_is_named_in_one_line_and_the_verdict_holds(workspace, monkeypatch, load, warned):
    from algokit.judging import load as machine

    monkeypatch.setattr(machine, "_load_and_cpus", lambda: (load, 2))
    result = check("152996", "counting.py", "--seed", "1", "--max-examples", "20")
    assert result.exit_code == 0 and result.stdout.startswith("counting.py: OK"), result.output
    lines = [line for line in result.stderr.splitlines() if "the machine was busy" in line]
    assert len(lines) == (1 if warned else 0), result.stderr
    if warned:
        assert "load 8.0 on 2 CPUs" in lines[0] and "25% of a CPU" in lines[0] and "ratios" in lines[0]
