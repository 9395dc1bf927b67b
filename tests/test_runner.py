"""Worker against hostile solution files: every misbehaviour becomes a verdict with a one-line reason.

The corpus files in tests/corpus/ misbehave only when given three or more
people, and answer two-person inputs correctly, so the same file shows both the
failure and that the worker recovers from it.
"""

import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from algokit.judging.runner import OUTPUT_KEPT, STARVED_CAP
from algokit.judging.workers import Worker, backend
from processes import descendants, still_alive

CORPUS = Path(__file__).resolve().parent / "corpus"
LIMIT = 0.5  # seconds: short, to keep the file fast
HANG_BOUND = LIMIT * STARVED_CAP + 5  # a call must come back within this; bounds hangs, not speed

TRIGGER = ([100, 200, 300],)  # three people: the hostile files misbehave
GOOD = ([100, 200],)  # two people: they answer 1 (100 * 4 == 200 * 2)
OFFICIAL = [100, 180, 360, 100, 270]  # the official example, answer 4


def line_of(name, text):
    """The 1-based line of ``name`` in the corpus holding ``text``."""
    lines = (CORPUS / name).read_text().splitlines()
    return next(i for i, line in enumerate(lines, 1) if text in line)


def timed_call(worker, args, limit=LIMIT):
    start = time.monotonic()
    outcome = worker.call(args, limit)
    elapsed = time.monotonic() - start
    # A bound on hangs, not on speed: a run starved by a busy machine may take up to STARVED_CAP
    # limits of wall time to use its CPU limit before it is BUSY.
    assert elapsed < limit * STARVED_CAP + 5, f"call took {elapsed:.1f} s with a {limit} s limit"
    return outcome


def workers_of(name):
    """Live processes serving corpus file ``name``: the Linux runner's supervisors (multiprocessing
    children), or the portable runner's shepherds (children whose command line names the file)."""
    if backend()[0] == "linux":
        return [p for p in multiprocessing.active_children() if p.name == f"algokit:{name}"]
    import psutil

    return [p for p in psutil.Process().children() if f"algokit:{name}" in " ".join(p.cmdline())]


def assert_gone(processes):
    for process in processes:
        assert not (process.is_alive() if hasattr(process, "is_alive") else process.is_running())
        with pytest.raises(ProcessLookupError):
            os.kill(process.pid, 0)  # reaped, not a zombie


# (file, verdict, exception type or None, text the one-line message must contain)
HOSTILE = [
    ("endless_loop.py", "TLE", None, lambda: f"over {LIMIT:g} s"),
    ("sys_exit.py", "RE", "SystemExit", lambda: "called sys.exit(0)"),
    ("os_exit.py", "RE", None, lambda: "exited with code 7"),
    ("segfault.py", "RE", None, lambda: "segmentation fault"),
    ("unbounded_recursion.py", "RE", "RecursionError",
     lambda: f"RecursionError at unbounded_recursion.py:{line_of('unbounded_recursion.py', 'return solution(')}"),
    ("memory_bomb.py", "MLE", "MemoryError", lambda: "over 512 MiB of memory"),
    ("zero_division.py", "RE", "ZeroDivisionError",
     lambda: f"ZeroDivisionError at zero_division.py:{line_of('zero_division.py', '//')}"),
]


@pytest.mark.parametrize("name, verdict, exception, message", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_call_gets_verdict_then_worker_recovers(name, verdict, exception, message):
    with Worker(CORPUS / name, "solution") as worker:
        outcome = timed_call(worker, TRIGGER)
        assert outcome.status == verdict, outcome
        assert not outcome.ok
        assert message() in outcome.message
        assert "\n" not in outcome.message
        assert outcome.exception == exception
        # Whatever happened to the process, the next call gets a working one.
        again = timed_call(worker, GOOD)
        assert (again.status, again.value) == ("OK", 1), again


def test_memory_creeping_up_to_the_cap_is_mle():
    # Grows 64 MiB at a time: only the worker's own memory cap can stop it.
    with Worker(CORPUS / "memory_creep.py", "solution", memory_mb=128) as worker:
        outcome = timed_call(worker, TRIGGER, limit=2.0)
        assert outcome.status == "MLE", outcome
        assert "over 128 MiB of memory" in outcome.message
        again = timed_call(worker, GOOD)
        assert (again.status, again.value) == ("OK", 1)


IMPORT_FAILURES = [
    ("syntax_error.py", "SyntaxError", lambda: f"while importing: SyntaxError at syntax_error.py:{line_of('syntax_error.py', 'def solution')}"),
    ("exit_at_import.py", "SystemExit", lambda: "while importing: called sys.exit(3)"),
]


@pytest.mark.parametrize("name, exception, message", IMPORT_FAILURES, ids=[f[0] for f in IMPORT_FAILURES])
def test_file_that_fails_to_import_is_re_on_every_call(name, exception, message):
    with Worker(CORPUS / name, "solution") as worker:
        for _ in range(2):  # the second call must report the same, not "the worker vanished"
            outcome = timed_call(worker, GOOD)
            assert outcome.status == "RE", outcome
            assert outcome.exception == exception
            assert outcome.message.startswith(message()), outcome.message
            assert "\n" not in outcome.message


def test_segfault_prints_nothing_on_the_parents_stderr():
    # pytest (and anyone debugging crashes) enables faulthandler on a duplicate of fd 2;
    # a forked worker inherits it, so it must be silenced there like stdout and stderr.
    script = (
        "import faulthandler, os, sys\n"
        "faulthandler.enable(file=os.fdopen(os.dup(2), 'w'))  # what pytest's faulthandler plugin does\n"
        "from algokit.judging.runner import Worker\n"
        f"with Worker({str(CORPUS / 'segfault.py')!r}, 'solution') as worker:\n"
        "    print(worker.call(([100, 200, 300],), 0.5).message)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert "segmentation fault" in result.stdout
    assert result.stderr == ""


def test_missing_function_is_re_naming_it():
    with Worker(CORPUS / "stub.py", "answer") as worker:
        outcome = timed_call(worker, GOOD)
    assert outcome.status == "RE"
    assert "stub.py defines no function answer()" in outcome.message


def test_stub_raises_not_implemented_error():
    with Worker(CORPUS / "stub.py", "solution") as worker:
        outcome = timed_call(worker, GOOD)
    assert outcome.status == "RE"
    assert outcome.exception == "NotImplementedError"
    assert f"NotImplementedError at stub.py:{line_of('stub.py', 'raise NotImplementedError(')}" in outcome.message


def test_location_is_given_for_a_relative_path_too(monkeypatch):
    monkeypatch.chdir(CORPUS)
    with Worker("zero_division.py", "solution") as worker:
        outcome = timed_call(worker, TRIGGER)
    assert outcome.status == "RE"
    assert f"ZeroDivisionError at zero_division.py:{line_of('zero_division.py', '//')}" in outcome.message


def test_solution_mutating_its_argument_cannot_touch_the_callers_list():
    weights = list(OFFICIAL)
    with Worker(CORPUS / "mutates_argument.py", "solution") as worker:
        first = timed_call(worker, (weights,))
        assert weights == OFFICIAL
        second = timed_call(worker, (weights,))  # same list object again: a fresh copy again
        assert weights == OFFICIAL
    assert (first.status, first.value) == ("OK", 4)
    assert (second.status, second.value) == ("OK", 4)


def test_printing_10_mb_is_ok_and_the_output_is_truncated():
    with Worker(CORPUS / "prints_a_lot.py", "solution") as worker:
        outcome = timed_call(worker, (OFFICIAL,))
        assert (outcome.status, outcome.value) == ("OK", 4), outcome
        assert outcome.output.startswith("debug 000000 xxx")
        assert len(outcome.output) < OUTPUT_KEPT + 100
        assert "more characters)" in outcome.output
        # The next call's output starts afresh, not after the first call's.
        second = timed_call(worker, (OFFICIAL,))
        assert second.output.startswith("debug 000000 xxx")


def test_float_answer_comes_back_as_float():
    # The worker does not judge types; it must hand back exactly what was returned.
    with Worker(CORPUS / "returns_float.py", "solution") as worker:
        outcome = timed_call(worker, (OFFICIAL,))
    assert outcome.status == "OK"
    assert type(outcome.value) is float and outcome.value == 4.0


def test_close_leaves_no_live_child():
    worker = Worker(CORPUS / "mutates_argument.py", "solution")
    assert timed_call(worker, GOOD).ok
    children = workers_of("mutates_argument.py")
    assert len(children) == 1
    worker.close()
    assert workers_of("mutates_argument.py") == []
    assert_gone(children)
    worker.close()  # closing twice is harmless


def test_context_manager_closes_the_worker():
    with Worker(CORPUS / "prints_a_lot.py", "solution") as worker:
        assert timed_call(worker, GOOD).ok
        children = workers_of("prints_a_lot.py")
        assert len(children) == 1
    assert workers_of("prints_a_lot.py") == []
    assert_gone(children)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="CPU time is read from Linux /proc")
def test_the_limit_is_on_cpu_time_so_a_nap_is_not_a_tle(tmp_path):
    # Judges count CPU time: a busy machine, or a nap, does not make a fast solution a TLE.
    nap = tmp_path / "nap.py"
    nap.write_text("import time\ndef solution(weights):\n    time.sleep(2 * %r)\n    return 1\n" % LIMIT)
    with Worker(nap, "solution") as worker:
        outcome = timed_call(worker, GOOD)
    assert (outcome.status, outcome.value) == ("OK", 1), outcome


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="CPU time is read from Linux /proc")
def test_a_run_that_spins_is_stopped_by_cpu_time_and_one_that_waits_by_the_clock(tmp_path):
    with Worker(CORPUS / "endless_loop.py", "solution") as worker:
        spinning = timed_call(worker, TRIGGER)
    assert spinning.status == "TLE" and "of CPU" in spinning.message, spinning
    waiting = tmp_path / "waits.py"
    waiting.write_text("import time\ndef solution(weights):\n    time.sleep(60)\n")
    with Worker(waiting, "solution") as worker:
        asleep = timed_call(worker, GOOD)
    assert asleep.status == "TLE" and "waited" in asleep.message and "without computing" in asleep.message, asleep


class Starved:
    """One CPU shared with ``hogs`` busy neighbours, and the worker's runs kept on it: a machine so busy
    that a run gets a small share of a CPU, as on a laptop with a video call and a build running."""

    def __init__(self, worker, hogs):
        self.worker, self.hogs, self.cpu = worker, hogs, min(os.sched_getaffinity(0))
        self.own = os.sched_getaffinity(0)
        self.started = []

    def __enter__(self):
        os.sched_setaffinity(0, {self.cpu})  # the portable runner starts each run from this process
        supervisor = getattr(self.worker, "_process", None)  # the Linux runner forks each run from its supervisor
        pids = set(descendants(os.getpid())) | ({supervisor.pid} if supervisor is not None else set())
        self.pinned = {}  # each process pinned here, with its own CPUs to give back (the forkserver too)
        for pid in pids:  # and the portable runner's interpreter started ahead for the next call
            try:
                self.pinned[pid] = os.sched_getaffinity(pid)
                os.sched_setaffinity(pid, {self.cpu})
            except OSError:
                pass
        code = f"import os\nos.sched_setaffinity(0, {{{self.cpu}}})\nos.write(1, b'.')\nwhile True: pass"
        # Each in a session of its own, as separate programs are: with autogroup scheduling a CPU is
        # shared fairly among sessions, and the portable runner starts each run in a new one.
        self.started = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, start_new_session=True)
                        for _ in range(self.hogs)]
        for hog in self.started:  # every neighbour is on the CPU and spinning before the run starts
            hog.stdout.read(1)
        return self

    def __exit__(self, *exc):
        for hog in self.started:
            hog.kill()
            hog.wait()
            hog.stdout.close()
        os.sched_setaffinity(0, self.own)
        for pid, cpus in self.pinned.items():
            try:
                os.sched_setaffinity(pid, cpus)
            except OSError:  # ended meanwhile
                pass


SPINS = "import time\ndef solution(weights):\n    end = time.process_time() + %r\n    while time.process_time() < end:\n        pass\n    return 1\n"


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="starving a run on purpose needs CPU affinity")
def test_a_correct_run_starved_by_a_busy_machine_is_judged_by_its_cpu_time_not_the_clock(tmp_path):
    # 0.9 s of CPU against a 1 s limit, with 6 neighbours on its CPU: a seventh of a CPU at most
    # makes it 6 s of wall time or more, past the 3.5 s (three limits and a moment) after which a
    # run that waits is stopped. It never waited: it was ready to run all along, so it is never
    # TLE. It is OK, or BUSY if the machine's other work starved it past the 10.5 s cap.
    work = tmp_path / "work.py"
    work.write_text(SPINS % 0.9)
    with Worker(work, "solution") as worker:
        assert worker.call(GOOD, 1.0).ok  # the supervisor is up, to be kept on the starved CPU
        with Starved(worker, hogs=6):
            started = time.monotonic()
            outcome = worker.call(GOOD, 1.0)
            elapsed = time.monotonic() - started
    assert elapsed > 3 * 1.0 + 0.5, f"not starved ({elapsed:.1f} s): the test shows nothing"
    assert (outcome.status, outcome.value) in (("OK", 1), ("BUSY", None)), outcome


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="starving a run on purpose needs CPU affinity")
def test_a_run_starved_past_ten_limits_is_busy_the_machines_fault_never_the_files_tle(tmp_path):
    # 0.19 s of CPU against a 0.2 s limit, with 20 neighbours: a twenty-first of a CPU needs 4 s of
    # wall time, past the cap of ten limits and a moment (2.5 s). The file is not to blame.
    work = tmp_path / "work.py"
    work.write_text(SPINS % 0.19)
    with Worker(work, "solution") as worker:
        assert worker.call(GOOD, 0.2).ok
        with Starved(worker, hogs=20):
            outcome = worker.call(GOOD, 0.2)
    assert outcome.status == "BUSY" and "the machine was too busy" in outcome.message, outcome


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity") or len(os.sched_getaffinity(0)) < 2,
                    reason="pinning needs Linux and two CPUs")
def test_a_timed_run_is_kept_on_the_cpu_it_is_given_and_so_is_what_it_starts(tmp_path, unsandboxed):
    # Identical code timed on two CPUs of different speed gave ratios of 0.6 and 1.6: the timing
    # keeps every timed run, and any process it starts, on one CPU.
    where = tmp_path / "where.py"
    where.write_text("import os, subprocess, sys\n"
                     "def solution(weights):\n"
                     "    child = subprocess.run([sys.executable, '-c', 'import os; print(sorted(os.sched_getaffinity(0)))'],"
                     " capture_output=True, text=True).stdout.strip()\n"
                     "    return [sorted(os.sched_getaffinity(0)), child]\n")
    cpu = max(os.sched_getaffinity(0))
    with Worker(where, "solution") as worker:
        pinned = worker.time([[1, 2]], 1, 10, {cpu})
        free = worker.call([[1, 2]], 10)
    assert pinned.value == [[cpu], str([cpu])], pinned
    assert free.value[0] == sorted(os.sched_getaffinity(0)), "a judged call is not pinned"


def test_endless_loop_is_killed_not_left_running():
    with Worker(CORPUS / "endless_loop.py", "solution") as worker:
        assert timed_call(worker, GOOD).ok
        (supervisor,) = workers_of("endless_loop.py")
        assert timed_call(worker, TRIGGER).status == "TLE"
        # Right after the TLE, before close(): the looping run is gone, the supervisor waits for more.
        assert still_alive(descendants(supervisor.pid)) == []
        assert timed_call(worker, GOOD).ok


def test_a_run_starved_past_the_cap_is_busy_unless_it_had_used_its_limit_already():
    """The wall-time cap reports the machine's fault only for a run still within its CPU limit: one that had
    used it is its own TLE, however starved (a 0.3 s limit, 3.5 s of wall time at the cap)."""
    from algokit.judging.runner import Waiting
    from algokit.verdicts import Status

    def after(seconds):
        watch = Waiting(time_limit=0.3, allowed=0.3, cpu_start=0.0, queued_start=0.0)
        watch.started -= seconds
        return watch

    assert after(4.0).judge(cpu=0.8, queued=3.0).status == Status.TLE  # used 0.8 s of a 0.3 s limit
    assert after(4.0).judge(cpu=0.1, queued=3.8).status == Status.BUSY  # ready the whole time, given 0.1 s
    waited = after(4.0).judge(cpu=0.1, queued=0.0)  # neither computing nor ready: asleep, its own fault
    assert waited.status == Status.TLE and "without computing" in waited.message
    assert after(1.0).judge(cpu=0.1, queued=0.8) is None  # starved for a while: it goes on
