"""``algokit week``'s lanes: checks on every CPU, each pinned, and a problem timed while the next is checked."""

import os
import threading
import time
from pathlib import Path

import pytest

from algokit.errors import AlgokitError
from algokit.group import lanes
from algokit.judging.timing import lane_cpus

CPUS = lane_cpus()
two_cpus = pytest.mark.skipif(len(CPUS) < 2 or CPUS[0] is None, reason="needs two CPUs the kit can pin to")


def held_check(gate, name):
    """A stand-in check, in a lane's process: waits (up to 20 s) for ``gate`` to exist; says where it ran."""
    deadline = time.monotonic() + 20
    while not Path(gate).exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    return {"name": name, "released": Path(gate).exists(), "cpus": sorted(os.sched_getaffinity(0)),
            "pid": os.getpid()}


def quick_check(name):
    return {"name": name, "cpus": sorted(os.sched_getaffinity(0)), "pid": os.getpid()}


def crashing_check(name):
    os._exit(3)


def failing_check(name):
    raise AlgokitError(f"{name}: the trusted reference failed")


class Timing:
    """A stand-in ``timing.Session``: each lane's step opens ``gate`` (a file) the first time, then is done."""

    def __init__(self, cpus, gate=None):
        self.lanes = list(range(len(cpus)))
        self.stop = threading.Event()
        self.gate, self.steps, self.closed = gate, [], False

    def step(self, lane):
        self.steps.append(lane)
        if self.gate is not None:
            Path(self.gate).touch()
        return "done"

    def close(self):
        self.closed = True


@two_cpus
def test_a_problem_is_timed_while_the_next_is_still_checked_and_each_check_stays_on_its_cpu(tmp_path):
    # Problem a's one check is quick; b's check holds until a's timing has taken a step, so it can
    # only end if a lane timed a while the other was still checking b (with checks first and timing
    # after, it would wait out its 20 s and say so). Each check ran pinned to its lane's CPU.
    gate = tmp_path / "timed"
    started = {}
    checks = [("a", "m1", ("m1",)), ("b", "m2", (str(gate), "m2"))]

    def timed(key, results):
        started[key] = results
        return Timing(CPUS[:2], gate if key == "a" else None)

    results, sessions = lanes.run(CPUS[:2], [(k, label, args) for k, label, args in checks],
                                  _Dispatch(), timed)
    assert results[1]["released"], "b's check was still waiting when a's timing should have begun"
    assert {tuple(r["cpus"]) for r in results} <= {(CPUS[0],), (CPUS[1],)}
    assert set(sessions) == {"a", "b"} and all(s.closed for s in sessions.values())
    assert sorted(sessions["a"].steps) == [0, 1], "each lane ends its share of the timing"
    assert started["a"][0]["name"] == "m1" and started["b"][0]["name"] == "m2"


class _Dispatch:
    """Picklable: the held check for a gate and a name, the quick one for a name alone."""

    def __call__(self, *args):
        return held_check(*args) if len(args) == 2 else quick_check(*args)


@two_cpus
def test_a_check_whose_process_dies_is_one_clear_error_and_nothing_is_left_running():
    before = _children()
    with pytest.raises(AlgokitError, match="ended without a verdict"):
        lanes.run(CPUS[:2], [("a", "m1", ("m1",)), ("a", "m2", ("m2",))], crashing_check,
                  lambda key, results: None)
    assert _children() <= before


@two_cpus
def test_a_failed_check_in_a_lane_stops_the_week_with_its_own_error_and_ends_the_other_lanes_check(tmp_path):
    # One lane's check fails at once; the other lane's is held for up to 20 s: it is ended, not waited for.
    before, started = _children(), time.monotonic()
    with pytest.raises(AlgokitError, match="m1: the trusted reference failed"):
        lanes.run(CPUS[:2], [("a", "m1", ("m1",)), ("a", "m2", (str(tmp_path / "never"), "m2"))], _FailOrHold(),
                  lambda key, results: None)
    assert time.monotonic() - started < 15 and _children() <= before


class _FailOrHold:
    def __call__(self, *args):
        return held_check(*args) if len(args) == 2 else failing_check(*args)


def test_a_failed_check_on_one_lane_is_its_own_error():
    with pytest.raises(AlgokitError, match="m1: the trusted reference failed"):
        lanes.run([None], [("a", "m1", ("m1",))], failing_check, lambda key, results: None)


def test_with_one_lane_checks_run_here_in_order_then_the_timings():
    order = []

    def check(name):
        order.append(("check", name, os.getpid()))
        return name

    class Recorded(Timing):
        def step(self, lane):
            order.append(("time", lane))
            return "done"

    results, sessions = lanes.run([None], [("a", "x", ("x",)), ("b", "y", ("y",))], check,
                                  lambda key, results: Recorded([None]))
    assert results == ["x", "y"]
    assert order[:2] == [("check", "x", os.getpid()), ("check", "y", os.getpid())]
    assert order[2:] == [("time", 0), ("time", 0)] and all(s.closed for s in sessions.values())


def _children():
    """Pids of this process's children, but multiprocessing's own helpers (its fork server and resource
    tracker, started once and kept for later)."""
    found = set()
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                parent = int(f.read().rsplit(")", 1)[1].split()[1])
            if parent == os.getpid():
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    line = f.read()
                    if b"forkserver" not in line and b"resource_tracker" not in line:
                        found.add(int(pid))
        except (OSError, ValueError, IndexError):
            continue
    return found
