"""The portable runner: the same verdicts on macOS, Windows and any Linux without ``/proc``.

The Linux runner (``runner``) forks each run from a warm supervisor and watches it in
``/proc``, with prctl's parent-death signal and subreaper. None of that exists on macOS
or Windows, where most members' laptops are. This backend gets the same outcome from
calls that do (psutil, ``subprocess``):

- **One fresh interpreter per call**, started ahead of need: while the kit works, the
  next one is already importing, so a call waits only for the hand-over. It runs the
  call with the Linux runner's own code (``runner._run_function`` and friends), so a
  solution meets the same fresh module, fds, folder and stdin.
- **CPU time of the whole process tree** (psutil), polled every few milliseconds
  against the limit; a run that waits instead of computing is stopped by the clock
  after ``WALL_FACTOR`` limits of waiting, as on Linux. Time the tree was seen ready
  to run (psutil's "running" state) beyond the CPU it got is queueing on a busy
  machine, not waiting (``runner.Waiting``); Windows, whose states do not say, takes
  out CPU time alone.
- **Memory**: the tree's resident memory, polled against the problem's cap (MLE),
  since macOS does not enforce an address-space limit and Windows has none.
- **Output**: the bytes written to stdout and stderr, counted as they grow (RE past
  64 MiB), besides the file-size limit where ``resource`` exists.
- **The tree ended after every run**: every process seen in it while it ran (so a
  daemon that double-forked after being seen is ended too), and its process group.
  A run whose kit dies ends itself: a watchdog thread sees its parent change.

What it cannot give, and ``algokit doctor`` says so: no CPU pinning on macOS, a memory
cap checked by polling (a fast allocation can overshoot between two looks), and
LeetCode-style state kept between calls only while the calls succeed, as on Linux.
Cost per call: a hand-over to a ready interpreter and the polling, about 45 ms
where the Linux runner's fork costs about 3 ms (``benchmarks/runner_backends.py``).
"""

from __future__ import annotations

import atexit
import dataclasses
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
import weakref
from pathlib import Path

from ..errors import AlgokitError
from ..verdicts import Status

POLL = 0.005  # seconds between looks at a run's CPU, memory and output
# Whether a process's state tells running from asleep: on Windows psutil says "running" always, so
# there only CPU time is taken out of a run's waiting (runner.Waiting).
READS_STATE = sys.platform != "win32"
SEEN = 0.1  # seconds: a look at a run's state stands for the time since the last one only this long
SHEPHERD_WAIT = 5.0  # seconds an answered run's shepherd may take to end with it
# The run's parent: a small interpreter that only waits for it, so that a solution that kills
# its parent kills this, never the kit (the Linux runner's supervisor plays that part there).
# A POSIX shell where there is one (it starts in a millisecond; a run killed by signal N
# comes back as 128 + N), else an interpreter.
SHELL_SHEPHERD = ("/bin/sh", "-c", '"$@"; exit $?', "algokit-shepherd")
PYTHON_SHEPHERD = ("-I", "-S", "-c", "import subprocess, sys; sys.exit(subprocess.call(sys.argv[1:]))")
MEMORY_GRACE_MB = 48  # what the interpreter itself holds, beyond the problem's cap


class RunnerUnavailable(AlgokitError):
    """No runner can run solutions here: the portable one's psutil does not load."""


def require_psutil():
    """psutil, or RunnerUnavailable saying what is missing and what to do."""
    try:
        import psutil
    except ImportError as error:
        raise RunnerUnavailable(f"algokit cannot run solutions here: the portable runner needs psutil, which does "
                                f"not load ({error}); install it with `pip install psutil`, or run algokit on "
                                f"Linux or WSL") from None
    return psutil


def _runner():
    from . import runner

    return runner


def _shepherd():
    if os.name == "posix" and os.path.exists(SHELL_SHEPHERD[0]):
        return SHELL_SHEPHERD
    return (sys.executable, *PYTHON_SHEPHERD)


_live = weakref.WeakSet()


@atexit.register
def _close_all():
    """End every run this process started, ready or kept."""
    for worker in list(_live):
        worker.close()


class PortableWorker:
    """A solution file run by the portable backend; the interface of ``runner.Worker``."""

    def __init__(self, config):
        require_psutil()  # one clear line now, rather than a traceback mid-run
        _live.add(self)
        self.config = config
        self.path = Path(config.path)
        self._ready = None  # the next interpreter, started and waiting for its request
        self._kept = None  # a LeetCode-style file's interpreter, kept between successful calls

    @property
    def memory_mb(self):
        return self.config.memory_mb

    def call(self, args, time_limit):
        return self._request(args, 0, time_limit)

    def time(self, args, loops, time_limit, cpus=None, warm=True):
        """``runner.Worker.time``; a call is always warmed up first here (``warm`` is the Linux runner's)."""
        return self._request(args, loops, time_limit, cpus)

    def _request(self, args, loops, time_limit, cpus=None):
        keep = self.config.keep_module and not loops
        if keep and self._kept is not None and self._kept.alive():
            run = self._kept
        else:
            if self._kept is not None:  # a kept run that ended on its own: its folder goes too
                self._kept.end()
                self._kept = None
            run = self._ready or _Run(self.config)
            self._ready = None if loops else _Run(self.config)  # the next call's interpreter imports meanwhile
        run.send(pickle.dumps(tuple(args), protocol=pickle.HIGHEST_PROTOCOL), loops, cpus)
        outcome = run.watch(time_limit, loops)
        if keep and outcome.ok and run.alive():
            self._kept = run
            run.clean()
        else:
            run.end()
            if run is self._kept:
                self._kept = None
        if self._ready is None:
            self._ready = _Run(self.config)  # after a timed call: nothing ran beside it
        if outcome.ok and loops:
            return dataclasses.replace(outcome, seconds=outcome.seconds / loops)
        return outcome

    def close(self):
        for run in (self._ready, self._kept):
            if run is not None:
                run.end()
        self._ready = self._kept = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _Run:
    """One interpreter for one call (or a kept run's calls): its folder, its process, the tree it grew."""

    def __init__(self, config):
        self.config = config
        self.folder = tempfile.mkdtemp(prefix="algokit-")
        os.makedirs(os.path.join(self.folder, "work"))
        with open(os.path.join(self.folder, "config"), "wb") as f:
            pickle.dump(config, f)
        # Appending, as on Linux: a kept run's output is truncated between calls, and writes go to its end.
        out = open(os.path.join(self.folder, "stdout"), "ab")
        err = open(os.path.join(self.folder, "stderr"), "ab")
        own_group = {"start_new_session": True} if os.name == "posix" else {
            "creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)}
        try:
            # The solution's name rides along, unread, so that `ps` shows whose run this is.
            self.process = subprocess.Popen([*_shepherd(), sys.executable, "-m", "algokit.judging.portable",
                                             self.folder, str(os.getpid()), f"algokit:{Path(config.path).name}"],
                                            stdin=subprocess.PIPE, stdout=out, stderr=err,
                                            cwd=os.path.join(self.folder, "work"), **own_group)
        finally:
            out.close()
            err.close()
        self.seen = {}  # pid -> psutil.Process: everything the tree held while watched
        self.requests = 0

    def _code(self, code):
        """The run's exit status through the shepherd: a signal's as negative, as subprocess gives it."""
        if code is not None and os.name == "posix" and 128 < code < 160:
            return -(code - 128)
        return code

    def alive(self):
        return self.process.poll() is None

    def send(self, args_blob, loops, cpus):
        self.requests += 1
        name = os.path.join(self.folder, f"request-{self.requests}")
        with open(name, "wb") as f:
            pickle.dump((args_blob, loops, cpus), f)
        for marker in ("markers", "outcome"):
            try:
                os.remove(os.path.join(self.folder, marker))
            except FileNotFoundError:
                pass
        try:
            self.process.stdin.write(name.encode("utf-8") + b"\n")
            self.process.stdin.flush()
        except (BrokenPipeError, OSError):
            pass

    def watch(self, time_limit, loops):
        """Wait for the call within the limits; its Outcome."""
        import psutil

        runner = _runner()
        config = self.config
        started = time.monotonic()
        stage, deadline = "import", started + runner.IMPORT_TIMEOUT + runner.START_TIMEOUT
        cpu_start = cpu_budget = waiting = None
        blocked, last = 0.0, started  # seconds the run's tree was seen asleep or blocked, since the call started
        cap = (config.memory_mb + MEMORY_GRACE_MB) * 1024 * 1024
        output_cap = runner.OUTPUT_LIMIT_MB * 1024 * 1024
        try:
            root = psutil.Process(self.process.pid)
        except psutil.Error:
            root = None
        while True:
            markers = self._markers()
            if stage == "import" and b"i" in markers:
                stage, deadline = "copies", time.monotonic() + runner.IMPORT_TIMEOUT
            if stage != "call" and b"r" in markers:
                stage = "call"
                allowed = runner.allowed_seconds(config, time_limit, loops)
                cpu_start = self._cpu(root)
                cpu_budget = allowed + runner.PICKLING_ALLOWANCE
                deadline = time.monotonic() + allowed * runner.WALL_FACTOR + runner.PICKLING_ALLOWANCE
                waiting = runner.Waiting(time_limit, allowed, cpu_start, 0.0 if READS_STATE else None)
                blocked, last = 0.0, time.monotonic()
            code = self.process.poll()
            if code is not None and code < 0:  # the shepherd itself was killed: by the solution, as a rule
                self.end()
                return runner.Outcome(Status.RE, message="killed its supervisor (the run's parent process)")
            if os.path.exists(os.path.join(self.folder, "outcome")):  # answered (a kept run stays alive)
                if not (config.keep_module and not loops) and self._killed_shepherd():
                    self.end()
                    return runner.Outcome(Status.RE, message="killed its supervisor (the run's parent process)")
                return self._ended(0, time_limit, loops, time.monotonic() - started)
            if code is not None:
                return self._ended(self._code(code), time_limit, loops, time.monotonic() - started)
            if self._memory(root) > cap:
                self.end()
                return runner.Outcome(Status.MLE, message=f"over {config.memory_mb} MiB of memory",
                                      output=self._printed())
            if self._written() > output_cap:
                self.end()
                return runner.Outcome(Status.RE, message=f"wrote more than {runner.OUTPUT_LIMIT_MB} MiB "
                                                         f"(output or files)", output=self._printed())
            used = self._cpu(root) if cpu_start is not None else None
            over_cpu = used is not None and used - cpu_start > cpu_budget
            if waiting is not None and READS_STATE:
                # Only what was seen: a gap between two looks longer than SEEN (the kit itself was
                # kept from its CPU) says nothing about the run, and is not counted as waiting.
                now = time.monotonic()
                if now - last <= SEEN and not self._running(root):
                    blocked += now - last
                last = now
            if not over_cpu and time.monotonic() >= deadline and waiting is not None and used is not None:
                # Ready to run but not given a CPU is not waiting: all but the time seen asleep or
                # blocked is taken out, as Linux's schedstat delay is.
                elapsed = time.monotonic() - waiting.started
                queued = max(0.0, elapsed - (used - cpu_start) - blocked) if READS_STATE else None
                judged = waiting.judge(used, queued)
                if judged is None:
                    deadline = time.monotonic() + waiting.left(used, queued)
                    time.sleep(POLL)
                    continue
                self.end()
                return dataclasses.replace(judged, output=self._printed())
            if over_cpu or time.monotonic() >= deadline:
                self.end()
                return runner.stopped(stage, time_limit, used - cpu_start if over_cpu else None,
                                      time.monotonic() - started, self._printed())
            time.sleep(POLL)

    def _killed_shepherd(self):
        """Whether the shepherd was killed, told once it has ended: a run that is not kept exits as soon as
        it has answered, and the shepherd with it. Without this wait a solution that killed its parent and
        then answered could be read before the shepherd's death was, and its verdict would hang on the load."""
        try:
            code = self.process.wait(SHEPHERD_WAIT)
        except subprocess.TimeoutExpired:
            return False
        return code is not None and code < 0

    def _ended(self, code, time_limit, loops, seconds):
        runner = _runner()
        shell = runner._Run(self.config, self.process.pid, None, None, self.folder)
        try:
            with open(os.path.join(self.folder, "outcome"), "rb") as f:
                answer = pickle.load(f)
        except (OSError, EOFError, pickle.UnpicklingError):
            answer = None
        if answer is None and self.config.style == "stdin" and code == 0 and not self.config.program:
            with open(os.path.join(self.folder, "stdout"), "rb") as f:  # os._exit(0) after writing
                return runner.Outcome(Status.OK, f.read().decode("utf-8", errors="replace"), seconds,
                                      output=shell._printed())
        if answer is None:
            return runner.Outcome(Status.RE, seconds=seconds, message=runner._exit_message(code),
                                  output=shell._printed())
        return shell._answer(answer, time_limit, loops)

    def _markers(self):
        try:
            with open(os.path.join(self.folder, "markers"), "rb") as f:
                return f.read()
        except OSError:
            return b""

    def _tree(self, root):
        """The processes of the run's tree now, each remembered so that it is ended with the run."""
        import psutil

        if root is None:
            return []
        try:
            found = [root, *root.children(recursive=True)]
        except psutil.Error:
            found = [root]
        for process in found:
            self.seen.setdefault(process.pid, process)
        return found

    def _cpu(self, root):
        import psutil

        total = 0.0
        for process in self._tree(root):
            try:
                times = process.cpu_times()
                total += times.user + times.system + getattr(times, "children_user", 0.0) + getattr(
                    times, "children_system", 0.0)
            except psutil.Error:
                continue
        return total

    def _running(self, root):
        """Whether any process of the run's tree is running or ready to run (not asleep, not blocked)."""
        import psutil

        for process in self._tree(root):
            try:
                if process.status() == psutil.STATUS_RUNNING:
                    return True
            except psutil.Error:
                continue
        return False

    def _memory(self, root):
        import psutil

        total = 0
        for process in self._tree(root):
            try:
                total += process.memory_info().rss
            except psutil.Error:
                continue
        return total

    def _written(self):
        total = 0
        for name in ("stdout", "stderr"):
            try:
                total += os.path.getsize(os.path.join(self.folder, name))
            except OSError:
                continue
        return total

    def _printed(self):
        return _runner()._Run(self.config, self.process.pid, None, None, self.folder)._printed()

    def clean(self):
        """Between calls of a kept run: the last call's output gone, its orphans ended."""
        import psutil

        try:  # as the Linux runner does: orphans go, the run's own descendants (a serving driver) stay
            shepherd = psutil.Process(self.process.pid)
            spared = {self.process.pid, *(child.pid for child in shepherd.children(recursive=True))}
        except psutil.Error:
            spared = {self.process.pid}
        for pid, process in list(self.seen.items()):
            if pid not in spared:
                try:
                    process.kill()
                except psutil.Error:
                    pass
                del self.seen[pid]
        for name in ("stdout", "stderr"):
            try:
                os.truncate(os.path.join(self.folder, name), 0)
            except OSError:
                pass

    def end(self):
        """End the run and every process its tree held, then remove its folder."""
        import psutil

        try:
            self.process.stdin.close()
        except OSError:
            pass
        try:
            root = psutil.Process(self.process.pid)
            self._tree(root)
        except psutil.Error:
            pass
        if os.name == "posix":
            try:
                os.killpg(self.process.pid, 9)
            except OSError:
                pass
        for process in self.seen.values():
            try:
                process.kill()  # psutil checks the pid still names the process it saw
            except psutil.Error:
                pass
        try:
            self.process.kill()
        except OSError:
            pass
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            pass
        # The shepherd is reaped above; what it left (killed) is reaped by whoever adopted it.
        shutil.rmtree(self.folder, ignore_errors=True)


# --- the run's own side: python -m algokit.judging.portable FOLDER ---------------------------------


def _watch_kit(kit):
    """End this run when the kit that started it is gone (there is no parent-death signal here)."""
    import threading

    import psutil

    def watch():
        while True:
            time.sleep(0.5)
            if not psutil.pid_exists(kit):
                os._exit(70)

    threading.Thread(target=watch, daemon=True, name="algokit-watchdog").start()


def _pin(cpus):
    """Keep this run, and what it starts, on ``cpus`` where the system allows it (not on macOS)."""
    try:
        if hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, cpus)
        else:
            import psutil

            psutil.Process().cpu_affinity(list(cpus))
    except Exception:  # noqa: BLE001 - no affinity here, or a CPU gone: run anywhere
        pass


def main(folder, kit):
    runner = _runner()
    _watch_kit(kit)
    with open(os.path.join(folder, "config"), "rb") as f:
        config = pickle.load(f)
    # No PRELOAD as the Linux supervisor has: it pays off when runs share its pages, and here
    # every call is a new interpreter; a solution's own imports run outside the timed call.
    code, failure = runner.compiled(config)
    import signal

    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    if config.any_int_digits and hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)
    # No address-space limit: macOS does not enforce one and Windows has none; the kit polls memory.
    runner._limit(config.memory_mb, address_space=False)
    requests = os.fdopen(os.dup(0), "rb")  # fd 0 becomes the solution's stdin; the requests keep their own
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    module = None
    while True:
        line = requests.readline()
        if not line:
            os._exit(0)
        with open(line.decode("utf-8").strip(), "rb") as f:
            args_blob, loops, cpus = pickle.load(f)
        if cpus:
            _pin(cpus)
        results = os.open(os.path.join(folder, "markers"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        keep = config.keep_module and not loops
        if failure is not None:
            os.write(results, b"ir")
            answer = runner.Outcome(Status.RE, seconds=0.0, message=failure, exception="SyntaxError")
        elif config.program:
            answer = runner._run_built(config, pickle.loads(args_blob), loops, results, folder)
        elif config.style == "stdin":
            answer = runner._run_program(config, code, pickle.loads(args_blob)[0], loops, results, True, folder)
        else:  # capped: a MemoryError is MLE, as under the Linux runner's cap
            answer, module = runner._run_function(config, code, args_blob, loops, results, True,
                                                  module if keep else None)
        os.close(results)
        try:
            data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as error:  # noqa: BLE001 - an answer pickle cannot carry
            data = pickle.dumps(runner.Outcome(Status.RE, seconds=answer.seconds, exception=type(error).__name__,
                                               message=f"returned {type(answer.value).__name__}, which cannot be "
                                                       f"sent back ({error})"))
        temporary = os.path.join(folder, "outcome.tmp")
        with open(temporary, "wb") as f:
            f.write(data)
        os.replace(temporary, os.path.join(folder, "outcome"))
        if not keep or not answer.ok:
            os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
