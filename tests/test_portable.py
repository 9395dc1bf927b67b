"""The portable runner (macOS, Windows, ``ALGOKIT_RUNNER=portable``) gives the Linux runner's verdicts,
and a system without Linux's modules still runs every command that runs no member code.

macOS and Windows are not run here: their path is the portable runner, forced on Linux, and
a machine without ``resource``, ``fcntl`` and ``os.sched_setaffinity``, simulated by a
``sitecustomize`` that blocks them in every process the kit starts.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from algokit.judging.workers import Worker
from processes import HAS_PROC, still_alive

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parent / "corpus"
BLOCKER = """
import os, sys
sys.modules["resource"] = None
sys.modules["fcntl"] = None
if hasattr(os, "sched_setaffinity"):
    del os.sched_setaffinity
"""


def algokit(*args, cwd, env=None):
    base = {key: value for key, value in os.environ.items() if key != "ALGOKIT_RUNNER"}  # CI's portable pass
    done = subprocess.run([sys.executable, "-m", "algokit.cli", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, timeout=300, env={**base, **(env or {})})
    return done.returncode, done.stdout + done.stderr


def test_without_linux_only_modules_every_command_that_runs_no_member_code_works(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(BLOCKER)
    env = {"PYTHONPATH": os.pathsep.join([str(blocker), str(ROOT)])}
    work = tmp_path / "group"
    work.mkdir()
    for args in (["--help"], ["list"], ["show", "152996"], ["init", "--author", "kim"], ["new", "152996"],
                 ["doctor"]):
        code, output = algokit(*args, cwd=work, env=env)
        assert code == 0 and "Traceback" not in output, (args, output)
    code, output = algokit("doctor", cwd=work, env=env)
    assert "runner: portable (this system has no /proc" not in output  # /proc is there: only modules are missing
    assert "runner: portable (this system has no the resource module)" in output
    code, output = algokit("check", "152996", "solutions/programmers-152996/kim.py", cwd=work, env=env)
    # A verdict, or one line saying what is missing (psutil's Linux half needs resource): never a traceback.
    assert code in (0, 1, 2) and "Traceback" not in output, output
    assert code != 2 or len(output.strip().splitlines()) == 1


def test_doctor_names_the_runner_and_says_whether_timing_compares_with_linux_ci(tmp_path):
    code, output = algokit("doctor", cwd=tmp_path)
    assert code == 0 and output.startswith("timing: ratios from this machine are comparable")
    assert "runner: linux" in output
    code, output = algokit("doctor", "--json", cwd=tmp_path, env={"ALGOKIT_RUNNER": "portable"})
    found = json.loads(output)
    assert found["runner"] == {"backend": "portable", "why": "ALGOKIT_RUNNER=portable"}
    assert found["timing_comparable_with_linux_ci"] is False and "NOT" in found["headline"]
    assert {g["guarantee"] for g in found["guarantees"]} >= {"memory cap", "output cap", "process tree ended",
                                                               "CPU pinning for timing"}
    sandboxed = [g for g in found["guarantees"] if g["guarantee"].startswith("sandbox: ")]
    assert len(sandboxed) == 4 and not any(g["in_force"] for g in sandboxed)  # the portable runner has none
    assert all("portable runner" in g["how"] for g in sandboxed)


SLEEPS = "import time\ndef solution(weights):\n    time.sleep(0.3)\n    return len(weights)\n"
GRANDCHILDREN = ("import subprocess, sys, time\ndef solution(weights):\n"
                 "    subprocess.Popen([sys.executable, '-c', 'import subprocess, sys, time; "
                 "subprocess.Popen([sys.executable, \"-c\", \"import time; time.sleep(60)  # member-grandchild\"]); "
                 "time.sleep(60)  # member-child'])\n"
                 "    time.sleep(0.2)\n"
                 "    return len(weights)\n")
# (file or source, function, args, time limit)
SAME = [
    ("endless_loop.py", ([1],), 1.0),
    ("memory_bomb.py", ([1],), 2.0),
    ("segfault.py", ([1],), 2.0),
    ("sys_exit.py", ([1],), 2.0),
    ("prints_a_lot.py", ([1],), 5.0),
    ("zero_division.py", ([1],), 2.0),
    (SLEEPS, ([1, 2],), 1.0),
    (GRANDCHILDREN, ([1, 2],), 2.0),
]


@pytest.mark.parametrize("source, args, limit", SAME, ids=["endless_loop", "memory_bomb", "segfault", "sys_exit",
                                                           "prints_a_lot", "zero_division", "sleeps", "grandchildren"])
def test_both_runners_give_the_same_verdict_and_leave_nothing_running(tmp_path, monkeypatch, unsandboxed, source, args,
                                                                     limit):
    # Without the sandbox, which only the Linux runner has: with it, starting grandchildren is refused outright.
    path = CORPUS / source if source.endswith(".py") else tmp_path / "member.py"
    if not source.endswith(".py"):
        path.write_text(source)
    verdicts = {}
    for backend in ("linux", "portable"):
        monkeypatch.setenv("ALGOKIT_RUNNER", backend)
        before = _running(path.name, "member-child", "member-grandchild")
        with Worker(path, "solution", memory_mb=256) as worker:
            outcome = worker.call(args, limit)
            if "member-child" in source:
                assert not still_alive(_running("member-grandchild")), f"{backend} left a grandchild after the call"
        verdicts[backend] = outcome.status
        if HAS_PROC:
            left = set(_running(path.name, "member-child", "member-grandchild")) - set(before)
            assert not still_alive(sorted(left)), f"{backend} left a process"
    assert verdicts["linux"] == verdicts["portable"], verdicts


def _running(*names):
    """PIDs whose command line holds any of ``names``, besides this test's own process."""
    import psutil

    found = []
    for process in psutil.process_iter(["cmdline"]):
        try:
            line = " ".join(process.info["cmdline"] or ())
            if process.pid != os.getpid() and any(name in line for name in names):
                found.append(process.pid)
        except psutil.Error:
            continue
    return found
