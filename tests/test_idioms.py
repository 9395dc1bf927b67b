"""Real Python idioms get the judge's verdict, run after run, and nothing a solution starts outlives it.

Every file of tests/idioms/ goes through ``algokit check``, which runs it many
times in a row (examples, cross-check, max-size runs) in one command: the bugs
these files once met showed only from the second run on. The containment tests
start processes, daemons and big files from a solution and look for them, whole
process tree included, after the command returns: they run without the sandbox
(``unsandboxed``), as on macOS, Windows or an old kernel, since the sandbox refuses
those processes outright (``test_sandbox``).
"""

import json
import textwrap
from pathlib import Path

import pytest

from algokit.judging.workers import Worker, backend
from cli import run
from processes import HAS_PROC, still_alive

ROOT = Path(__file__).resolve().parents[1]
IDIOMS = Path(__file__).resolve().parent / "idioms"
SEESAW, TWO_SUM = "programmers-152996", "leetcode-1"



def check(problem, *files, seed=3):
    result = run("check", problem, *files, "--json", "--seed", seed, "--max-examples", 15)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["results"]


STDIN = [
    ("open0_read.py", "OK", ""),
    ("readline_alias.py", "OK", ""),
    ("stdin_buffer.py", "OK", ""),
    ("bytesio_os_read.py", "OK", ""),
    ("os_write.py", "OK", ""),
    ("stdout_close.py", "OK", ""),
    ("patches_print.py", "OK", ""),
    ("thread_no_join.py", "OK", ""),
    ("thread_join.py", "OK", ""),
    ("deep_recursion.py", "OK", ""),
    ("exit_after_print.py", "OK", ""),
    ("main_with_big_table.py", "OK", ""),
    ("raises_keyboard_interrupt.py", "RE", "raised KeyboardInterrupt"),
    ("raises_base_exception.py", "RE", "Done"),
    ("reads_past_eof.py", "RE", "EOFError"),
    ("output_flood.py", "RE", "wrote more than 64 MiB"),
]


@pytest.mark.parametrize("name, verdict, words", STDIN, ids=[s[0] for s in STDIN])
def test_stdin_idiom_gets_the_judges_verdict_on_every_run(judged_workspace, name, verdict, words):
    (result,) = check("toy-sum", IDIOMS / "stdin" / name)
    assert result["verdict"] == verdict, result
    assert words in result["message"]
    if verdict == "OK":
        assert "3 examples; agrees with loop.py on 15 inputs; 1 runs at N = 20000" in result["message"]


FUNCTION = [
    ("global_list_grows.py", "OK", ""),
    ("memo_on_input.py", "OK", ""),
    ("returns_float.py", "OK", "warning: returned float"),
]


@pytest.mark.parametrize("name, verdict, words", FUNCTION, ids=[f[0] for f in FUNCTION])
def test_programmers_idiom_gets_the_judges_verdict_on_every_run(judged_workspace, name, verdict, words):
    (result,) = check(SEESAW, IDIOMS / "function" / name)
    assert result["verdict"] == verdict, result
    assert words in result["message"]


CLASS = [
    ("returns_tuple.py", "OK", ""),
    ("no_imports.py", "OK", ""),
    ("returns_generator.py", "RE", "generator"),
]


@pytest.mark.parametrize("name, verdict, words", CLASS, ids=[c[0] for c in CLASS])
def test_leetcode_idiom_gets_the_judges_verdict_on_every_run(judged_workspace, name, verdict, words):
    (result,) = check(TWO_SUM, IDIOMS / "class" / name)
    assert result["verdict"] == verdict, result
    assert words in result["message"]


# --- state between calls, as each platform keeps it ---------------------------------------------

COUNTER = "calls = 0\n\ndef {entry}:\n    global calls\n    calls += 1\n    return calls\n"
CLASS_COUNTER = ("calls = [0]\n\nclass Solution:\n    def twoSum(self, nums, target):\n"
                 "        calls[0] += 1\n        return calls[0]\n")


def test_programmers_style_meets_a_fresh_module_every_call(tmp_path):
    path = tmp_path / "counter.py"
    path.write_text(COUNTER.format(entry="solution(weights)"))
    with Worker(path, "solution") as worker:
        assert [worker.call(([100, 200],), 2).value for _ in range(3)] == [1, 1, 1]
        assert worker.time(([100, 200],), 5, 2).value == 1  # every timed call too


def test_stdin_programs_start_as_a_fresh_interpreter_every_run(tmp_path):
    path = tmp_path / "main.py"
    path.write_text("import builtins\nbuiltins.runs = getattr(builtins, 'runs', 0) + 1\nprint(builtins.runs)\n")
    with Worker(path, "main", style="stdin") as worker:
        assert [worker.call(("",), 2).value for _ in range(3)] == ["1\n", "1\n", "1\n"]


def test_leetcode_style_keeps_the_module_but_not_in_timing(tmp_path):
    path = tmp_path / "counter.py"
    path.write_text(CLASS_COUNTER)
    with Worker(path, "twoSum", style="class") as worker:
        assert [worker.call(([1, 2], 3), 2).value for _ in range(3)] == [1, 2, 3]  # as on LeetCode
        assert worker.time(([1, 2], 3), 5, 2).value == 1  # a timed call meets a fresh module


# --- nothing a solution starts outlives its run --------------------------------------------------

SLEEPER = """
import subprocess
from collections import Counter

def solution(weights):
    child = subprocess.Popen(["sleep", "60"])
    with open({log!r}, "a") as log:
        log.write(f"{{child.pid}}\\n")
    count = Counter(weights)
    pairs = sum(c * (c - 1) // 2 for c in count.values())
    for w, c in count.items():
        for num, den in ((3, 2), (2, 1), (4, 3)):
            if w * num % den == 0:
                pairs += c * count.get(w * num // den, 0)
    return pairs
"""

DAEMON = """
import os, time

def solution(weights):
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            with open({log!r}, "a") as log:
                log.write(f"{{os.getpid()}}\\n")
            time.sleep(60)
        os._exit(0)
    time.sleep(0.05)
    return 0
"""

TLE_WITH_GRANDCHILD = """
import subprocess, sys

def solution(weights):
    child = subprocess.Popen([sys.executable, "-c",
                              "import subprocess, time; subprocess.Popen(['sleep', '60']); time.sleep(60)"])
    with open({log!r}, "a") as log:
        log.write(f"{{child.pid}}\\n")
    while True:
        pass
"""

KILLS_PARENT = """
import os, signal

def solution(weights):
    os.kill(os.getppid(), signal.SIGKILL)
    return 0
"""

BIG_WRITER = """
import os

def solution(weights):
    with open({log!r}, "a") as log:
        log.write(os.getcwd() + "\\n")
    with open("junk.bin", "wb") as f:
        chunk = b"x" * (1 << 20)
        for _ in range(1024):
            f.write(chunk)
    return 0
"""


def planted(workspace, name, template):
    log = workspace / f"{name}.log"
    path = workspace / f"{name}.py"
    path.write_text(textwrap.dedent(template).format(log=str(log)))
    return path, log


def pids(log):
    return [int(line) for line in log.read_text().split()] if log.exists() else []


@pytest.mark.skipif(not HAS_PROC, reason="needs Linux /proc")
def test_a_process_left_running_by_an_ok_solution_is_ended(judged_workspace, unsandboxed):
    path, log = planted(judged_workspace, "sleeper", SLEEPER)
    (result,) = check(SEESAW, path)
    assert result["verdict"] == "OK"
    started = pids(log)
    assert len(started) > 5  # one per run: examples, cross-check, max-size runs
    assert still_alive(started) == []


@pytest.mark.skipif(not HAS_PROC, reason="needs Linux /proc")
@pytest.mark.skipif(backend()[0] == "portable", reason="the portable runner ends what it saw of the tree; a "
                    "daemon that double-forks between two looks escapes it (no subreaper on macOS or Windows)")
def test_a_double_forked_daemon_is_ended(judged_workspace, unsandboxed):
    path, log = planted(judged_workspace, "daemon", DAEMON)
    check(SEESAW, path)
    started = pids(log)
    assert started and still_alive(started) == []


@pytest.mark.skipif(not HAS_PROC, reason="needs Linux /proc")
def test_the_children_and_grandchildren_of_a_tle_run_are_ended(judged_workspace, unsandboxed):
    path, log = planted(judged_workspace, "looper", TLE_WITH_GRANDCHILD)
    (result,) = check(SEESAW, path)
    assert result["verdict"] == "TLE"
    started = pids(log)
    assert started and still_alive(started) == []


def test_killing_its_parent_is_re_and_the_next_file_still_gets_its_verdict(judged_workspace, unsandboxed):
    path, _ = planted(judged_workspace, "killer", KILLS_PARENT)
    killer, reference = check(SEESAW, path, ROOT / "solutions" / SEESAW / "counting.py")
    assert killer["verdict"] == "RE" and "killed its supervisor" in killer["message"]
    assert reference["verdict"] == "OK"


def test_a_gigabyte_written_to_disk_is_re_and_its_folder_is_removed(judged_workspace, unsandboxed):
    path, log = planted(judged_workspace, "writer", BIG_WRITER)
    (result,) = check(SEESAW, path)
    assert result["verdict"] == "RE" and "wrote more than 64 MiB" in result["message"]
    folders = log.read_text().split()
    assert folders and not any(Path(folder).exists() for folder in folders)
    assert not any(Path(folder, "junk.bin").exists() for folder in folders)
