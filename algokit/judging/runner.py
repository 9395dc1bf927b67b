"""Run untrusted solutions the way a judge runs them, and turn whatever they do into an outcome.

Three processes stand between the kit and a member's code:

    kit ── pipe ── supervisor (one per solution file, warm) ── fork ── run (one per call)

- The **supervisor** is a small process started from a fresh interpreter (the
  ``forkserver`` start method), with the common standard modules already
  imported and the solution file compiled once. It never runs member code
  itself, so a solution that kills its parent kills only the supervisor: the
  kit reports RE ("killed its supervisor") and judges the next file.
- Every call is a **run**: a process forked from the supervisor, as a judge
  starts ``python file.py`` per test case. It gets real file descriptors 0, 1
  and 2 (the input on 0; 1 and 2 captured to files), a fresh module namespace
  with module-level code re-run (outside the timed region), its own working
  directory (removed afterwards), a memory cap (MLE), a cap on what it may write
  (RLIMIT_FSIZE), and it waits for its non-daemon threads as CPython does at exit.
  Its time is CPU time, as judges count it: the supervisor watches the run's CPU
  in /proc and stops it past the limit, and stops a run that waits instead of
  computing (asleep, blocked on a read or a lock) after WALL_FACTOR limits of such
  waiting (:class:`Waiting`). Time it spent ready to run while the machine's CPUs were
  busy with other work is not waiting: the run's scheduler delay (/proc schedstat) is
  taken out, so a busy laptop cannot turn a correct file into a TLE. A run starved that
  long that it reaches STARVED_CAP limits of wall time is BUSY: the machine's fault.
  Nothing it changes (globals, builtins, ``sys.modules``, fds) reaches the next run.
- When a run ends, whatever the verdict, its whole process tree is killed: the
  run has its own process group, and the supervisor is a child subreaper, so
  even a double-forked daemon that left the group is handed back to it and killed.

A Java, C++ or JavaScript file (``programs``) runs in the same run process, which
starts the built program as its child: stdin the input (or nothing), stdout and
stderr the run's, its own address-space cap (C++) or heap cap (``-Xmx``,
``--max-old-space-size``). The CPU watch counts the whole tree, with the runtime's
start-up allowed on top (``RunConfig.startup``); the verdict's time is the driver's
own measure of the call. Java and JavaScript drivers serve every call of a run in
one process, loading the member's code afresh per call.

Class-style (LeetCode) problems keep the module between calls, as LeetCode does
between test cases, with a new ``Solution()`` per call; timing always uses a fresh
module, so a memo kept in globals cannot make a timed call look faster than an
honest one.

Each run enters the sandbox (``sandbox``) before any member code: Landlock closes
every file but its runtime's and its own folder, and TCP; seccomp refuses sockets,
new processes (SIGSYS, reported as RE "started a process") and the kernel's
dangerous calls. The supervisor builds it once; a built program's run applies
seccomp in the child about to exec, and C++ programs refuse the rest themselves.
Without the sandbox (``ALGOKIT_SANDBOX=off``, or a kernel lacking it), what is
above still contains accidents and careless code, not a determined escape.

Cost per call, outside the timed region: a fork of the small supervisor, the
module's own top-level code, and pickling the arguments and the answer
(``benchmarks/runner_overhead.py`` measures it).
"""

from __future__ import annotations

import atexit
import dataclasses
import os
import pickle
import select
import signal
import struct
import sys
import time
import weakref
from dataclasses import dataclass
from pathlib import Path

from .. import nodes, platforms
from ..verdicts import Status

OUTPUT_KEPT = 4096  # characters of a solution's printing kept for the report
OUTPUT_LIMIT_MB = 64  # what a run may write, to stdout or files, before it is RE (judges cap output too)
IMPORT_TIMEOUT = 10.0  # seconds a solution file's top-level code may take, per run
PICKLING_ALLOWANCE = 0.5  # seconds past the time limit before a silent run is stopped
# The limit is on CPU time, as judges measure it, so that a busy machine cannot turn a fast
# solution into a TLE. A run that waits instead of computing (asleep, blocked on a read or a
# lock; not merely waiting for a CPU on a busy machine) is stopped after this many limits of
# waiting all the same.
WALL_FACTOR = 3.0
# A run starved by the machine (ready, but other work holds the CPUs) is given up to this many
# limits of wall time to use its CPU limit; past that it is BUSY, not TLE: the machine's fault.
STARVED_CAP = 10.0
CPU_POLL = 0.05  # seconds between looks at a run's CPU time
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
START_TIMEOUT = 30.0  # seconds a new supervisor may take to start
_live_workers = weakref.WeakSet()

# Imported once in the fork server supervisors start from, so a run's own imports of them cost nothing.
PRELOAD = ("collections", "heapq", "bisect", "math", "itertools", "functools", "string", "re", "random",
           "operator", "typing", "copy", "array", "fractions", "decimal", "datetime", "io", "threading",
           "traceback")


@dataclass(frozen=True)
class Outcome:
    """What one call did.

    ``status`` is OK, RE, TLE or MLE (WA is for the caller, who knows the
    expected answer). ``seconds`` is measured inside the run around the call
    alone. ``exception`` names the exception type for RE, if there was one.
    """

    status: Status
    value: object = None
    seconds: float | None = None
    message: str = ""
    output: str = ""
    exception: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == Status.OK


@dataclass(frozen=True)
class RunConfig:
    """How a solution file is run: its path, style, entry point, limits and state between calls."""

    path: str
    function: str = "solution"
    style: str = "function"  # function (Programmers), class (LeetCode) or stdin (Baekjoon)
    class_name: str = "Solution"
    memory_mb: int = 512
    keep_module: bool = False  # LeetCode keeps module globals between test cases
    prelude: str = ""  # source run in the module's namespace first (LeetCode's automatic imports)
    any_int_digits: bool = False  # no 4,300-digit cap on int <-> str (Programmers' Python predates it)
    # A Java, C++ or JavaScript file (``programs``): the built program's argv, with {args}, {answer}
    # and {loops} to fill; empty for Python.
    program: tuple[str, ...] = ()
    address_space_mb: int = 0  # the program's address-space cap (C++); 0: the runtime caps its own heap
    startup: float = 0.0  # CPU seconds the program may spend starting up, outside the limit's watch
    returns: str = ""  # the spec's return type, which a language may not say itself (JavaScript's numbers)
    serves: bool = False  # the driver serves every call of a run, fresh state per call (Java, JavaScript)
    keeps_state: bool = False  # ...but the platform keeps static state between test cases (LeetCode)
    build_folder: str = ""  # the built program's folder, which its run may read (``sandbox``)
    language: str = "python"  # a built program's language (``languages``): C++ refuses processes itself
    # LeetCode's ListNode and TreeNode: per argument, the objects the call sees (``nodes.to_call``), and what it
    # returns, read back to its list form after the clock stops (``nodes.from_call``). Empty: plain values.
    shapes: tuple[str, ...] = ()
    result_shape: str = ""
    recursion_limit: int = 0  # the platform's (``platforms``), set before each call; 0: CPython's own


def config_for(path, function="solution", memory_mb=512, style="function", class_name="Solution", keep=None,
               platform=None):
    """The platform's way of running its solutions (``platforms``): Programmers and Baekjoon start
    fresh per test case; LeetCode keeps the module, makes a new ``Solution()`` per case, and
    imports the usual modules. Another source runs as the platform of its style does.

    ``keep=True`` keeps one run for every call whatever the style: for the kit's own
    references asked for answers, where a fork per call would only cost time.
    """
    judge = platforms.runs_like(platform, style)
    return RunConfig(str(Path(path).resolve()), function, style, class_name, memory_mb,
                     keep_module=judge.keeps_module if keep is None else keep, prelude=judge.prelude,
                     any_int_digits=judge.any_int_digits, recursion_limit=judge.recursion_limit)


def _config_of(path, function="solution", memory_mb=512, style="function", class_name="Solution", config=None,
               keep=None, platform=None):
    """A Worker's RunConfig from its arguments."""
    return config or config_for(path, function, memory_mb, style, class_name, keep, platform)


class Worker:
    """A solution file under its supervisor: ``call(args, time_limit)`` runs it once.

    Never raises for anything the solution does. Cost per call: a fork, the
    file's top-level code, and pickling (about 1 ms for small inputs). This is the
    Linux runner's; ``workers.Worker`` picks the runner the system allows.
    """

    def __init__(self, path, function="solution", memory_mb=512, style="function", class_name="Solution",
                 config=None, keep=None, platform=None):
        self.config = _config_of(path, function, memory_mb, style, class_name, config, keep, platform)
        self.path = Path(self.config.path)
        self._process = self._conn = None
        self._run_pid = None
        _live_workers.add(self)

    @property
    def memory_mb(self):
        return self.config.memory_mb

    @property
    def times_cold(self):
        """Whether ``time(..., warm=False)`` times a call with no untimed call before it: a Python file's run
        does; a built program's driver always warms up (a JIT needs it)."""
        return not self.config.program

    def call(self, args, time_limit) -> Outcome:
        """Run the solution once on ``args``."""
        return self._request(args, 0, time_limit)

    def time(self, args, loops, time_limit, cpus=None, warm=True) -> Outcome:
        """Time ``loops`` calls in one fresh run, each on its own copy of ``args`` with a fresh module.

        Copies and modules are made before each call's clock starts, the heap is
        collected first, and one untimed call warms the new process's memory, so that
        a fast solution's samples are not a cold process's page faults. ``seconds`` is
        the mean per timed call; ``value`` is the last answer. ``cpus``: the CPUs the
        run (and whatever it starts) is confined to, where the system allows it.
        ``warm=False`` skips the untimed call of a Python file, for a call long enough that
        a cold process's page faults are lost in it (Java, C++ and JavaScript drivers
        always warm up: a JIT needs it).
        """
        return self._request(args, loops, time_limit, cpus, warm)

    def _request(self, args, loops, time_limit, cpus=None, warm=True) -> Outcome:
        if self._process is None:
            self._start()
        request = pickle.dumps((pickle.dumps(tuple(args), protocol=pickle.HIGHEST_PROTOCOL), loops, time_limit,
                                cpus, warm), protocol=pickle.HIGHEST_PROTOCOL)
        deadline = (time.monotonic() + START_TIMEOUT + 2 * IMPORT_TIMEOUT + WALL_FACTOR * time_limit * (loops + 1)
                    + 5.0)
        try:
            self._conn.send_bytes(request)
            while True:
                if not self._conn.poll(max(0.0, deadline - time.monotonic())):
                    self.close()
                    return Outcome(Status.TLE, message=f"over {time_limit:g} s (the run could not be stopped)")
                reply = pickle.loads(self._conn.recv_bytes())
                if isinstance(reply, int):  # the run's pid: its group is killed here if the supervisor dies
                    self._run_pid = reply
                    continue
                break
        except (BrokenPipeError, ConnectionResetError, EOFError, OSError):
            return self._supervisor_died()
        except Exception as error:  # the answer could not be unpickled here
            return Outcome(Status.RE, message=f"returned a value the kit cannot read back ({type(error).__name__})")
        self._run_pid = None
        if reply.ok and loops:
            return dataclasses.replace(reply, seconds=reply.seconds / loops)
        return reply

    def close(self):
        """Stop the supervisor and anything it started, whatever they are doing."""
        process, self._process = self._process, None
        if self._conn is not None:
            self._conn.close()  # the supervisor sees EOF, kills its runs and exits
            self._conn = None
        if process is not None:
            process.join(2)
            for group in (process.pid, self._run_pid):
                _kill_group(group)
            if process.is_alive():
                process.kill()
            process.join(5)
        self._run_pid = None

    def _start(self):
        from . import sandbox

        context = process_context()
        parent, child = context.Pipe()
        process = context.Process(target=_supervise, args=(child, self.config, sandbox.plan()), daemon=True,
                                  name=f"algokit:{self.path.name}")
        try:
            process.start()
        finally:
            child.close()
        self._process, self._conn = process, parent

    def _supervisor_died(self):
        """The supervisor vanished mid-call: the solution killed its parent, or something killed it."""
        run = self._run_pid
        self.close()
        _kill_group(run)
        return Outcome(Status.RE, message="killed its supervisor (the run's parent process)")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def process_context():
    """The multiprocessing context a supervisor starts from: on Linux a fork server with this module, the
    sandbox and PRELOAD already imported, so a supervisor starts in about 40 ms, not 150 (``algokit week``
    starts a score of them). The preload is set before whoever starts the fork server first: its lanes'
    check processes come from it too (``group.lanes``)."""
    import multiprocessing

    context = multiprocessing.get_context("forkserver" if sys.platform.startswith("linux") else "spawn")
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload(["algokit.judging.runner", "algokit.judging.sandbox", *PRELOAD])
    return context


class Refused:
    """A file that cannot run at all (a compile error): every call gives the same verdict, and nothing starts."""

    def __init__(self, status, message):
        self.outcome = Outcome(status, message=message)

    def call(self, args, time_limit) -> Outcome:
        return self.outcome

    def time(self, args, loops, time_limit, cpus=None, warm=True) -> Outcome:
        return self.outcome

    def close(self):
        pass


def _kill_group(pgid):
    if pgid:
        try:
            os.killpg(pgid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError, OSError):
            pass


@atexit.register
def close_all():
    """Stop every supervisor this process started."""
    for worker in list(_live_workers):
        worker.close()


# --- the supervisor --------------------------------------------------------------------------------


def _supervise(conn, config: RunConfig, plan=None):
    """Supervisor main loop: compile the file once, build the sandbox once, then fork one run per request.

    ``plan``: the sandbox to apply in every run (``sandbox.plan``), or None to run without it.
    """
    _set_parent_death_signal()
    _become_subreaper()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the kit's to handle
    os.setpgid(0, 0)  # the kit can end this group at once
    import faulthandler

    faulthandler.disable()  # a crash is reported as a verdict, not dumped on the kit's stderr
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    for name in PRELOAD:
        __import__(name)
    code, failure = compiled(config)
    import gc
    import resource  # noqa: F401 - imported once here, not in every run

    _mapped()
    _confine_runs(config, plan)
    gc.collect()
    gc.freeze()  # runs share these pages with the supervisor instead of copying them on first touch
    session = None  # the kept run of a LeetCode-style file
    while True:
        try:
            blob = conn.recv_bytes()
        except (EOFError, OSError):
            break
        args_blob, loops, time_limit, cpus, warm = pickle.loads(blob)
        if failure is not None:
            conn.send_bytes(pickle.dumps(Outcome(Status.RE, seconds=0.0, message=failure, exception="SyntaxError")))
            continue
        keep = config.keep_module and not loops  # timing always meets a fresh module
        if keep and session is not None:
            run = session
        else:
            run = _Run.start(config, code, conn, keep)
            session = run if keep else session
        if cpus:
            _confine(run.pid, cpus)
        conn.send_bytes(pickle.dumps(run.pid))
        reply = run.serve(args_blob, loops, time_limit, conn, warm)
        if reply is None:  # the kit went away mid-run
            break
        if run is session and reply.ok:
            run.clean()  # LeetCode keeps the module for the next case
        else:
            run.end(keep=session.pid if session is not None and run is not session else None)
            if run is session:
                session = None
        conn.send_bytes(pickle.dumps(reply))
    if session is not None:
        session.end()
    _kill_strays()
    if _BASE:
        import shutil

        shutil.rmtree(_BASE[0], ignore_errors=True)
    os._exit(0)


def compiled(config):
    """``(code, failure)``: a Python solution compiled once, or its syntax error as an RE message.

    A built program (``config.program``) has neither: its language compiled it already.
    """
    if config.program:
        return None, None
    try:
        with open(config.path, "rb") as f:
            return compile(f.read(), config.path, "exec"), None
    except BaseException as error:  # noqa: BLE001 - a syntax error is the solution's RE
        return None, "while importing: " + _describe(error, config.path)


def _confine(pid, cpus):
    """Keep run ``pid`` on ``cpus``: the timing puts every timed run on one CPU (see ``timing``)."""
    try:
        os.sched_setaffinity(pid, cpus)
    except (AttributeError, OSError):  # not Linux, or a CPU the system no longer offers: run anywhere
        pass


_SANDBOX = []  # this supervisor's sandbox.Confinement, built once, entered by every run


def _confine_runs(config, plan):
    """Build the sandbox every run of this supervisor enters (``sandbox``), unless asked to run without it.

    Whatever a run imports after it is confined must already be loaded: the kit's own
    source may lie inside the workspace, which the sandbox closes.
    """
    folder = _base_folder()
    if plan is None:
        return
    from .. import layout
    from . import sandbox

    if config.program:
        from ..problem import stubs  # noqa: F401 - read by _stub_or in the run
        from . import programs  # noqa: F401 - the wire format, in the run
    solution = Path(config.path)
    closed = [os.getcwd(), solution.parent, layout.find_workspace(solution.parent), layout.catalogue_root()]
    forks = config.language == "cpp" and config.style != "stdin"  # its driver forks per timed call
    _SANDBOX.append(sandbox.Confinement(folder, config.program, plan, closed=closed, build=config.build_folder,
                                        forks=forks))


def _enter_sandbox(config):
    """In a new run, before any member code: Landlock, and for a Python run seccomp too. "" or why not."""
    if not _SANDBOX:
        return ""
    refused = _SANDBOX[0].enter_run()
    if not refused and not config.program:
        refused = _SANDBOX[0].enter_seccomp()
    return refused


class _Run:
    """One forked run, seen from the supervisor: its pipes, its folder, its process group."""

    def __init__(self, config, pid, requests, results, folder):
        self.config, self.pid, self.requests, self.results, self.folder = config, pid, requests, results, folder
        self.alive = True

    _count = 0

    @classmethod
    def start(cls, config, code, conn, keep):
        cls._count += 1
        folder = os.path.join(_base_folder(), f"run-{cls._count}")
        os.makedirs(os.path.join(folder, "work"))
        request_r, request_w = os.pipe()
        result_r, result_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the run
            try:
                conn.close()
                os.close(request_w)
                os.close(result_r)
                _run_main(config, code, request_r, result_w, folder, keep)
            finally:
                os._exit(70)
        os.close(request_r)
        os.close(result_w)
        return cls(config, pid, request_w, result_r, folder)

    def serve(self, args_blob, loops, time_limit, conn, warm=True):
        """Hand one request to the run and wait for its answer within the limits: the call's Outcome.

        None when the kit went away meanwhile.
        """
        _write_message(self.requests, pickle.dumps((args_blob, loops, warm)))
        started = time.monotonic()
        stage, deadline = "import", started + IMPORT_TIMEOUT
        cpu_budget = cpu_start = waiting = None  # the call's CPU time is watched once it starts
        reader = _Reader(self.results)
        while True:
            for message in reader.messages():
                if message == b"i":  # top-level code done: the input's copies come next
                    stage, deadline = "copies", time.monotonic() + IMPORT_TIMEOUT
                elif message == b"r":  # copies made: the call's own clock starts (a timing's warm-up too)
                    stage = "call"
                    allowed = allowed_seconds(self.config, time_limit, loops, warm)
                    cpu_start = self._cpu()
                    watched = cpu_start is not None
                    cpu_budget = allowed + PICKLING_ALLOWANCE if watched else None
                    deadline = time.monotonic() + allowed * (WALL_FACTOR if watched else 1) + PICKLING_ALLOWANCE
                    waiting = Waiting(time_limit, allowed, cpu_start, self._queued()) if watched else None
                else:
                    return self._answer(pickle.loads(message), time_limit, loops)
            if reader.ended:
                return self._ended(time.monotonic() - started)
            wait = deadline - time.monotonic()
            if cpu_budget is not None:
                wait = min(wait, CPU_POLL)
            ready = select.select([self.results, conn], [], [], wait)[0] if wait > 0 else []
            if conn in ready and _kit_gone(conn):
                self.end()
                return None
            if self.results in ready:
                reader.feed()
                continue
            used = self._cpu() if cpu_budget is not None else None
            over_cpu = used is not None and used - cpu_start > cpu_budget
            if not over_cpu and time.monotonic() >= deadline and waiting is not None and used is not None:
                judged = waiting.judge(used, self._queued())
                if judged is None:  # starved, not waiting: look again when it could have waited long enough
                    deadline = time.monotonic() + waiting.left(used, self._queued())
                    continue
                self.end()
                return dataclasses.replace(judged, output=self._printed())
            if over_cpu or time.monotonic() >= deadline:
                self.end()
                return stopped(stage, time_limit, used - cpu_start if over_cpu else None,
                               time.monotonic() - started, self._printed())

    def _cpu(self):
        """The run's CPU seconds: a compiled program's whole tree (it runs in a child of the run)."""
        return _tree_cpu_seconds(self.pid) if self.config.program else _cpu_seconds(self.pid)

    def _queued(self):
        """Seconds the run's threads spent ready to run but waiting for a CPU (a compiled program's tree too)."""
        return _queued_seconds(self.pid, tree=bool(self.config.program))

    def _answer(self, answer, time_limit, loops):
        printed = self._printed()
        if answer.ok and answer.seconds > time_limit * max(loops, 1):
            return Outcome(Status.TLE, seconds=answer.seconds, output=printed,
                           message=f"over {time_limit:g} s (took {answer.seconds / max(loops, 1):.2f} s)")
        if answer.status == Status.MLE:
            return dataclasses.replace(answer, message=f"over {self.config.memory_mb} MiB of memory", output=printed)
        return dataclasses.replace(answer, output=printed)

    def _ended(self, seconds):
        """The run exited without an answer: a crash, os._exit, or a stdin program's os._exit(0)."""
        _, status = os.waitpid(self.pid, 0)
        self.alive = False
        code = os.waitstatus_to_exitcode(status)
        if code == 0 and self.config.style == "stdin":  # os._exit(0) after writing: the judge reads stdout
            with open(os.path.join(self.folder, "stdout"), "rb") as f:
                return Outcome(Status.OK, f.read().decode("utf-8", errors="replace"), seconds, output=self._printed())
        return Outcome(Status.RE, seconds=seconds, message=_exit_message(code), output=self._printed())

    def _printed(self):
        """The first OUTPUT_KEPT characters the run printed (for a stdin program, stderr: stdout is its answer)."""
        parts = []
        for name in ("stderr",) if self.config.style == "stdin" else ("stdout", "stderr"):
            try:
                with open(os.path.join(self.folder, name), "rb") as f:
                    parts.append(f.read(OUTPUT_KEPT + 1).decode("utf-8", errors="replace"))
                    size = os.fstat(f.fileno()).st_size
            except OSError:
                continue
            if size > OUTPUT_KEPT:
                parts[-1] = parts[-1][:OUTPUT_KEPT] + f"\n... ({size - OUTPUT_KEPT} more characters)"
        return "".join(parts)

    def clean(self):
        """Between calls of a kept run: end whatever the last call started, keep the run."""
        _kill_strays(keep=self.pid)
        for name in ("stdout", "stderr"):
            try:
                os.truncate(os.path.join(self.folder, name), 0)
            except OSError:
                pass

    def end(self, keep=None):
        """End the run and its whole process tree (sparing run ``keep``), and remove its folder."""
        import shutil

        _kill_group(self.pid)
        if self.alive:
            try:
                os.waitpid(self.pid, 0)
            except ChildProcessError:
                pass
            self.alive = False
        _kill_strays(keep)
        for fd in (self.requests, self.results):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.folder, ignore_errors=True)


def _cpu_seconds(pid):
    """The CPU time (user + system, every thread) a process has used, from /proc; None where there is none."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICKS  # utime and stime, fields 14 and 15
    except (OSError, IndexError, ValueError):
        return None


def _queued_seconds(pid, tree=False):
    """Seconds ``pid``'s threads (and with ``tree`` its descendants') spent runnable but not running:
    the scheduler's run delay, from /proc/<pid>/task/*/schedstat; None where the kernel gives none."""
    try:
        total = 0
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/schedstat", "rb") as f:
                total += int(f.read().split()[1])
            if tree:
                with open(f"/proc/{pid}/task/{task}/children") as f:
                    total += sum(int((_queued_seconds(int(child), tree) or 0) * 1e9) for child in f.read().split())
        return total / 1e9
    except (OSError, IndexError, ValueError):
        return None


class Waiting:
    """Tells a call that waits from one that is starved, once its wall time has passed WALL_FACTOR limits.

    Waiting is wall time minus CPU time minus the time the run was ready but not given a
    CPU (``queued``, the scheduler's run delay; None where unknown, and then only CPU time
    is taken out). A run that has waited WALL_FACTOR limits is TLE, "waited N s without
    computing"; one that has not, but has taken STARVED_CAP limits of wall time, is BUSY.
    Shared by both runners: the portable one counts ``queued`` from the process's state.
    """

    def __init__(self, time_limit, allowed, cpu_start, queued_start):
        self.time_limit, self.allowed = time_limit, allowed  # the call's limit, and what the watch allows
        self.cpu_start, self.queued_start = cpu_start, queued_start
        self.started = time.monotonic()

    def waited(self, cpu, queued):
        """Seconds the call has spent neither computing nor ready to compute."""
        elapsed = time.monotonic() - self.started
        starved = (queued - self.queued_start) if queued is not None and self.queued_start is not None else 0.0
        return max(0.0, elapsed - (cpu - self.cpu_start) - starved)

    def left(self, cpu, queued):
        """Seconds until the call could have waited long enough, or reached the cap (at least a poll)."""
        elapsed = time.monotonic() - self.started
        to_wait = self.allowed * WALL_FACTOR + PICKLING_ALLOWANCE - self.waited(cpu, queued)
        to_cap = self.allowed * STARVED_CAP + PICKLING_ALLOWANCE - elapsed
        return max(CPU_POLL, min(to_wait, to_cap))

    def judge(self, cpu, queued):
        """The Outcome to stop the call with, or None to let it go on (starved, not waiting)."""
        elapsed = time.monotonic() - self.started
        waited = self.waited(cpu, queued)
        if waited >= self.allowed * WALL_FACTOR + PICKLING_ALLOWANCE:
            return Outcome(Status.TLE, message=f"over {self.time_limit:g} s (stopped after it waited {waited:.1f} s "
                                               f"without computing)")
        if elapsed >= self.allowed * STARVED_CAP + PICKLING_ALLOWANCE:
            if cpu - self.cpu_start >= self.allowed:  # starved, but it had already used its limit: its own TLE
                return Outcome(Status.TLE, message=f"over {self.time_limit:g} s (stopped after "
                                                   f"{cpu - self.cpu_start:.1f} s of CPU)")
            return Outcome(Status.BUSY, message=f"not judged: the machine was too busy ({elapsed:.1f} s of wall time "
                                                f"gave the run {cpu - self.cpu_start:.1f} s of CPU); run it again "
                                                f"when the machine is quieter")
        return None


def allowed_seconds(config, time_limit, loops, warm=True):
    """The CPU seconds a request may use before it is stopped: the limit per call (and a timing's
    warm-up, which a built program's driver always makes), plus a built program's runtime start-up,
    once per program started (a stdin program is started once per timed run). A long call timed
    without its warm-up gets one limit, not two: a file too slow for it is stopped as soon as a
    warm-up would have been."""
    allowed = time_limit * (loops + (1 if warm or config.program else 0) if loops else 1)
    if config.program:
        allowed += config.startup * (loops + 1 if loops and config.style == "stdin" else 1)
    return allowed


def stopped(stage, time_limit, cpu_used, elapsed, printed) -> Outcome:
    """The TLE of a run stopped by the watch: by its CPU time (``cpu_used``) or by the clock."""
    if stage == "call":
        why = f"{cpu_used:.1f} s of CPU" if cpu_used is not None else f"{elapsed:.1f} s of wall time"
        return Outcome(Status.TLE, message=f"over {time_limit:g} s (stopped after {why})", output=printed)
    what = "its top-level code" if stage == "import" else "copying the input"
    return Outcome(Status.TLE, message=f"{what} took over {IMPORT_TIMEOUT:g} s", output=printed)


def _tree_cpu_seconds(pid):
    """CPU seconds of ``pid`` and every descendant, live or reaped (Linux /proc); None where there is none."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        total = sum(int(fields[i]) for i in (11, 12, 13, 14)) / _TICKS  # utime, stime, cutime, cstime
    except (OSError, IndexError, ValueError):
        return None
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                for child in f.read().split():
                    total += _tree_cpu_seconds(int(child)) or 0.0
    except OSError:
        pass
    return total


def _kit_gone(conn):
    """True when the kit closed its end (or died); anything else it sent mid-run is ignored."""
    try:
        conn.recv_bytes()
        return False
    except (EOFError, OSError):
        return True


_BASE = []


def _base_folder():
    """This supervisor's folder for its runs' folders: in memory (/dev/shm) where there is one."""
    if not _BASE:
        import tempfile

        shm = "/dev/shm"
        where = shm if os.path.isdir(shm) and os.access(shm, os.W_OK) else None
        _BASE.append(tempfile.mkdtemp(prefix="algokit-", dir=where))
    return _BASE[0]


class _Reader:
    """Messages from a run: single-byte markers b"i" and b"r", or b"R" + 8-byte length + pickle."""

    def __init__(self, fd):
        self.fd, self.buffer, self.ended = fd, b"", False

    def feed(self):
        chunk = os.read(self.fd, 1 << 20)
        if chunk:
            self.buffer += chunk
        else:
            self.ended = True

    def messages(self):
        """Every complete message received so far, in order."""
        while self.buffer:
            if self.buffer[:1] in (b"i", b"r"):
                marker, self.buffer = self.buffer[:1], self.buffer[1:]
                yield marker
            elif len(self.buffer) >= 9:
                (length,) = struct.unpack("<Q", self.buffer[1:9])
                if len(self.buffer) < 9 + length:
                    return
                message, self.buffer = self.buffer[9:9 + length], self.buffer[9 + length:]
                yield message
            else:
                return


def _write_message(fd, data):
    view = memoryview(b"R" + struct.pack("<Q", len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


def _read_message(fd):
    header = _read_exactly(fd, 9)
    return _read_exactly(fd, struct.unpack("<Q", header[1:])[0])


def _read_exactly(fd, size):
    parts, left = [], size
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            raise EOFError
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def _children():
    """PIDs of this process's live children (Linux /proc)."""
    me = os.getpid()
    try:
        found = []
        for task in os.listdir(f"/proc/{me}/task"):
            with open(f"/proc/{me}/task/{task}/children") as f:
                found += [int(pid) for pid in f.read().split()]
        return found
    except OSError:
        return []


def _kill_strays(keep=None):
    """Kill and reap every child but ``keep``; as a subreaper, orphans of a run come back here."""
    for _ in range(200):
        strays = [pid for pid in _children() if pid != keep]
        if not strays:
            return
        for pid in strays:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        for pid in strays:
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass


_LIBC = []  # libc, loaded once per supervisor: runs inherit it instead of loading it per call


def _prctl(option, value):
    """prctl(2) on Linux; nothing elsewhere."""
    if not sys.platform.startswith("linux"):
        return
    try:
        if not _LIBC:
            import ctypes

            _LIBC.append(ctypes.CDLL("libc.so.6", use_errno=True))
        _LIBC[0].prctl(option, value)
    except OSError:
        pass


def _set_parent_death_signal():
    """Die with the parent (Linux): nothing here outlives the process that started it."""
    _prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _become_subreaper():
    """Orphaned descendants are handed to this process instead of init (Linux 3.4+)."""
    _prctl(36, 1)  # PR_SET_CHILD_SUBREAPER


def _exit_message(code):
    if code is None:
        return "the run vanished"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        if name == "SIGSYS" and _SANDBOX and _SANDBOX[0].refuses_processes:
            from .sandbox import STARTED_A_PROCESS

            return STARTED_A_PROCESS
        return {"SIGSEGV": "crashed (segmentation fault)", "SIGKILL": "was killed (SIGKILL, often memory)",
                "SIGABRT": "aborted (SIGABRT)"}.get(name, f"crashed ({name})")
    return f"exited with code {code} (os._exit or a crash)"


# --- the run -------------------------------------------------------------------------------------


def _run_main(config, code, requests, results, folder, keep):
    """A run's life: isolate, then answer one request (or, kept, every request) and exit."""
    os.setpgid(0, 0)
    _set_parent_death_signal()
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write over the cap fails (EFBIG) instead of killing
    if config.any_int_digits and hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)  # str(int(...)) of a 10^5-digit answer works there, so here too
    capped = _limit(config.memory_mb, address_space=not config.program)
    os.chdir(os.path.join(folder, "work"))
    stdout = os.open(os.path.join(folder, "stdout"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    stderr = os.open(os.path.join(folder, "stderr"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(stdout, 1)
    os.dup2(stderr, 2)
    os.close(stdout)
    os.close(stderr)
    refused = _enter_sandbox(config)
    module = None
    while True:
        try:
            args_blob, loops, warm = pickle.loads(_read_message(requests))
        except (EOFError, OSError):
            os._exit(0)
        if refused:
            answer = Outcome(Status.RE, message=f"algokit could not apply its sandbox: {refused} (ALGOKIT_SANDBOX=off "
                                                f"runs without it)")
        elif config.program:
            answer = _run_built(config, pickle.loads(args_blob), loops, results, folder)
        elif config.style == "stdin":
            answer = _run_program(config, code, pickle.loads(args_blob)[0], loops, results, capped, folder, warm)
        else:
            answer, module = _run_function(config, code, args_blob, loops, results, capped,
                                           module if keep else None, warm)
        try:
            data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as error:  # noqa: BLE001 - an answer pickle cannot carry
            data = pickle.dumps(Outcome(Status.RE, seconds=answer.seconds, exception=type(error).__name__,
                                        message=f"returned {type(answer.value).__name__}, which cannot be sent "
                                                f"back ({error})"))
        _write_message(results, data)
        if not keep or not answer.ok:
            os._exit(0)


def _limit(memory_mb, address_space=True):
    """Cap memory, file size and core dumps; raise the stack. Returns whether memory is capped.

    ``address_space=False``: a built program's run, whose own child gets its cap (``_run_built``).
    """
    try:
        import resource
    except ImportError:
        return False
    capped = False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        size = OUTPUT_LIMIT_MB * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
        soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
        want = 512 * 1024 * 1024 if hard == resource.RLIM_INFINITY else min(hard, 512 * 1024 * 1024)
        if soft != resource.RLIM_INFINITY and soft < want:
            resource.setrlimit(resource.RLIMIT_STACK, (want, hard))  # deep recursion, as judges allow
        if address_space:
            limit = _mapped() + memory_mb * 1024 * 1024  # what the run starts with, plus the allowance
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            capped = True
    except (OSError, ValueError):
        pass
    return capped


_MAPPED = []


def _mapped():
    """Address space the supervisor has mapped, measured once: a run starts as its copy."""
    if not _MAPPED:
        with open("/proc/self/statm") as f:
            _MAPPED.append(int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE"))
    return _MAPPED[0]


def _fresh_streams(text=None):
    """sys.stdin/stdout/stderr anew on fds 0, 1 and 2, as a starting interpreter makes them."""
    import io

    if text is not None:
        data = text.encode("utf-8")
        if hasattr(os, "memfd_create"):
            fd = os.memfd_create("algokit-stdin")
        else:
            import tempfile

            fd = os.dup(tempfile.TemporaryFile().fileno())
        os.write(fd, data)
        os.lseek(fd, 0, os.SEEK_SET)
        os.dup2(fd, 0)
        os.close(fd)
    else:
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.close(devnull)
    sys.stdin = sys.__stdin__ = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)),
                                                 encoding="utf-8")
    sys.stdout = sys.__stdout__ = io.TextIOWrapper(io.BufferedWriter(io.FileIO(1, "w", closefd=False)),
                                                   encoding="utf-8")
    sys.stderr = sys.__stderr__ = io.TextIOWrapper(io.BufferedWriter(io.FileIO(2, "w", closefd=False)),
                                                   encoding="utf-8", line_buffering=True)


def _load(config, code):
    """A fresh module with the solution's top-level code run in it; the callable for one call."""
    import types

    name = Path(config.path).stem
    module = types.ModuleType(name)
    module.__file__ = config.path
    if config.prelude:
        exec(config.prelude, module.__dict__)
    sys.modules[name] = module  # pickle and dataclasses find the module by name, as after an import
    exec(code, module.__dict__)
    if config.style == "design":
        cls = module.__dict__.get(config.class_name)
        if not isinstance(cls, type):
            raise AttributeError(f"{Path(config.path).name} defines no class {config.class_name}")
        return module, lambda operations, arguments: _design(module, operations, arguments)
    if config.style == "class":
        cls = module.__dict__.get(config.class_name)
        if not isinstance(cls, type) or not callable(getattr(cls, config.function, None)):
            raise AttributeError(f"{Path(config.path).name} defines no class {config.class_name} "
                                 f"with a method {config.function}()")
        return module, lambda *args: getattr(cls(), config.function)(*args)
    solve = module.__dict__.get(config.function)
    if not callable(solve):
        raise AttributeError(f"{Path(config.path).name} defines no function {config.function}()")
    return module, solve


def _design(module, operations, arguments):
    """LeetCode's driver for a design problem: construct the class the first operation names, then call
    each operation in turn on that object; the results, None for the constructor and void calls."""
    cls = module.__dict__.get(operations[0])
    if not isinstance(cls, type):
        raise AttributeError(f"no class {operations[0]}")
    made = cls(*arguments[0])
    results = [None]
    for name, args in zip(operations[1:], arguments[1:]):
        results.append(getattr(made, name)(*args))
    return results


def _run_function(config, code, args_blob, loops, results, capped, kept, warm=True):
    """One request of a function- or class-style solution: ``(Outcome, module to keep)``.

    ``warm``: a timing's untimed first call (``Worker.time``)."""
    import gc

    if kept is None:
        _fresh_streams()
    seconds = 0.0
    try:
        module, solve = kept if kept is not None else _load(config, code)
    except BaseException as error:  # noqa: BLE001 - anything a module can do at import
        os.write(results, b"i")
        return _failure(error, config.path, 0.0, capped, "while importing: "), None
    os.write(results, b"i")
    calls = max(loops, 1)
    warm = bool(loops) and warm
    copies = [pickle.loads(args_blob) for _ in range(calls + warm)]
    if config.shapes:
        copies = [nodes.to_call(args, config.shapes) for args in copies]
    if config.recursion_limit:
        sys.setrecursionlimit(config.recursion_limit)
    if loops:
        gc.collect()
    os.write(results, b"r")
    value = None
    try:
        for i, args in enumerate(copies):
            if warm and i == 0:  # timing: one untimed call first, so the new process's memory is warm
                solve(*args)
                continue
            if i:  # timing: every call meets a fresh module, as a separate test case would
                module, solve = _load(config, code)
            start = time.process_time()
            value = solve(*args)
            seconds += time.process_time() - start
    except BaseException as error:  # noqa: BLE001 - sys.exit, KeyboardInterrupt, everything
        return _failure(error, config.path, seconds, capped), None
    problem = _flush()
    if problem:
        return Outcome(Status.RE, seconds=seconds, message=problem, exception="OSError"), None
    if config.result_shape:
        try:
            value = nodes.from_call(value, config.result_shape)
        except nodes.ShapeError as error:
            return Outcome(Status.RE, seconds=seconds, message=str(error), exception="ShapeError"), None
    return Outcome(Status.OK, value, seconds), (module, solve)


def _run_program(config, code, text, loops, results, capped, folder, warm=True):
    """One request of a stdin program: run it as ``python file.py < input`` would; the answer is its stdout."""
    import builtins
    import threading

    os.write(results, b"i")
    os.write(results, b"r")
    seconds = 0.0
    warm = bool(loops) and warm
    for i in range(max(loops, 1) + warm):  # timing: the first run is an untimed warm-up
        os.ftruncate(1, 0)
        _fresh_streams(text)
        start = time.process_time()
        try:
            try:
                exec(code, {"__name__": "__main__", "__file__": config.path, "__builtins__": builtins})
            except SystemExit as error:
                if error.code not in (None, 0):
                    raise
            for thread in threading.enumerate():  # CPython waits for non-daemon threads before exiting
                if thread is not threading.main_thread() and not thread.daemon:
                    thread.join()
        except BaseException as error:  # noqa: BLE001 - the program's own failure
            return _failure(error, config.path, seconds + time.process_time() - start, capped)
        if not (warm and i == 0):
            seconds += time.process_time() - start
        problem = _flush()
        if problem:
            return Outcome(Status.RE, seconds=seconds, message=problem, exception="OSError")
    with open(os.path.join(folder, "stdout"), "rb") as f:
        return Outcome(Status.OK, f.read().decode("utf-8", errors="replace"), seconds)


def _flush():
    """Flush what the solution printed; None, or why the output could not be written."""
    for stream in (sys.stdout, sys.stderr):
        try:
            if not stream.closed:  # a closed stdout is CPython's quiet case at exit, not an error
                stream.flush()
        except ValueError:
            pass
        except OSError as error:
            if error.errno == 27:  # EFBIG: over RLIMIT_FSIZE
                return f"wrote more than {OUTPUT_LIMIT_MB} MiB (output or files)"
            return f"could not write its output ({error})"
    return None


def _failure(error, path, seconds, capped, prefix=""):
    """The Outcome of an exception: RE, or MLE for a MemoryError under the cap."""
    status = Status.MLE if isinstance(error, MemoryError) and capped else Status.RE
    message = "over the memory limit" if status == Status.MLE else prefix + _describe(error, path)
    if isinstance(error, OSError) and error.errno == 27:
        message = f"wrote more than {OUTPUT_LIMIT_MB} MiB (output or files)"
    return Outcome(status, seconds=seconds, message=message, exception=type(error).__name__)


def _describe(error, path):
    """One line: the exception, where in the solution file it happened, and its message."""
    import traceback

    if isinstance(error, SystemExit):
        return f"called sys.exit({error.code!r})"
    if isinstance(error, KeyboardInterrupt):
        return "raised KeyboardInterrupt"
    where = ""
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename == path:
            where = f" at {Path(path).name}:{frame.lineno}"
    if isinstance(error, SyntaxError) and error.filename == path:
        where = f" at {Path(path).name}:{error.lineno}"
    text = str(error).splitlines()[0] if str(error) else ""
    said = f"{type(error).__name__}{where}" + (f": {text[:120]}" if text else "")
    if isinstance(error, PermissionError) and _SANDBOX:
        frames = traceback.extract_tb(error.__traceback__)
        if error.filename is None and any(Path(frame.filename).name == "socket.py" for frame in frames):
            said += " (opened a network socket, which the sandbox refuses, localhost included)"
        elif error.filename is not None:
            said += " (the sandbox: a run reads only its runtime and writes only its own folder)"
    return said


# --- a built program's run (Java, C++, JavaScript) -------------------------------------------------


def _run_built(config, args, loops, results, folder):
    """One request of a built program: started afresh per call, as the platform starts it per test case.

    The program runs in a child of this run (so the run can read its exit and answer), with
    stdin the input text (stdin style) or nothing, and the run's stdout and stderr. A
    function's answer and the call's own CPU time come back in the answer file; a stdin
    program's answer is its stdout. Timing a stdin program starts it once untimed, then
    ``loops`` times; a function's driver loops itself, a fresh state per call.
    """
    from . import programs

    os.write(results, b"i")
    answer_path, args_path = os.path.join(folder, "answer"), os.path.join(folder, "args")
    text = None
    if config.style == "stdin":
        text = args[0]
    else:
        with open(args_path, "wb") as f:
            f.write(programs.encode(args))
    os.write(results, b"r")
    starts = loops + 1 if loops and config.style == "stdin" else 1
    seconds, value = 0.0, None
    for i in range(starts):
        try:
            os.remove(answer_path)
        except FileNotFoundError:
            pass
        if config.style == "stdin":
            os.ftruncate(1, 0)
        argv = [part.replace("{args}", args_path).replace("{answer}", answer_path)
                .replace("{loops}", str(loops if config.style != "stdin" else 0)) for part in config.program]
        if config.serves and config.style != "stdin":
            outcome = _serve_built(config, argv, answer_path, folder, loops)
        else:
            outcome = _start_built(config, argv, text, answer_path, folder)
        if not outcome.ok:
            return outcome
        if not (loops and config.style == "stdin" and i == 0):  # a timed stdin program's first start is a warm-up
            seconds += outcome.seconds
        value = outcome.value
    if config.style == "stdin":
        with open(os.path.join(folder, "stdout"), "rb") as f:
            value = f.read().decode("utf-8", errors="replace")
    else:
        value = programs.fit(value, config.returns)
    return Outcome(Status.OK, value, seconds)


def _exec_program(config, argv, env):
    """In a fresh child: the program's cap, then exec (never returns)."""
    try:
        if config.address_space_mb:
            import resource

            limit = config.address_space_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        if _SANDBOX and _SANDBOX[0].refuses_processes:
            refused = _SANDBOX[0].enter_seccomp()
            if refused:
                os.write(2, f"algokit could not apply its sandbox: {refused}\n".encode())
                return
            if config.language == "cpp":  # drivers/no_processes.cpp refuses them from inside
                env = dict(env, ALGOKIT_REFUSE="processes" if config.style == "stdin" else "exec")
        os.execve(argv[0], argv, env)
    except OSError as error:
        os.write(2, f"algokit could not start {argv[0]}: {error}\n".encode())
    finally:
        os._exit(127)


def _start_built(config, argv, text, answer_path, folder):
    """Start the program once and wait for it: its Outcome (value: the decoded answer of a function)."""
    env = dict(os.environ, ALGOKIT_TIME_FILE=answer_path)
    pid = os.fork()
    if pid == 0:  # the program's process: stdin, its own cap, then exec
        try:
            _program_stdin(text)
        finally:
            _exec_program(config, argv, env)
    _, status, usage = os.wait4(pid, 0)
    return _built_outcome(config, os.waitstatus_to_exitcode(status), usage, answer_path, folder)


_SERVER = []  # this run's serving driver: (pid, requests fd, replies fd)


def _serve_built(config, argv, answer_path, folder, loops):
    """One call through the run's serving driver (Java, JavaScript), started on the first call.

    The driver loads the member's code afresh for every call (a class loader, a ``vm``
    context), so nothing carries between calls, as with a new process per test case, for a
    start-up paid once per run instead of once per call (a JVM costs about 0.1 s of it).
    A call that fails ends the run, and with it the driver: the next call starts anew.
    """
    if not _SERVER:
        requests_r, requests_w = os.pipe()
        replies_r, replies_w = os.pipe()
        serving = argv[: argv.index(answer_path) - 1] + ["--serve"] + (["keep"] if config.keeps_state else [])
        pid = os.fork()
        if pid == 0:
            try:
                os.dup2(requests_r, 0)
                os.dup2(replies_w, 3)
                for fd in (requests_r, requests_w, replies_r, replies_w):
                    if fd not in (0, 3):
                        os.close(fd)
            finally:
                _exec_program(config, serving, dict(os.environ))
        os.close(requests_r)
        os.close(replies_w)
        _SERVER.append((pid, requests_w, replies_r))
    pid, requests, replies = _SERVER[0]
    args_path = argv[argv.index(answer_path) - 1]
    try:
        _write_all(requests, f"{args_path}\t{answer_path}\t{loops}\n".encode())
        reply = b""
        while not reply.endswith(b"\n"):
            chunk = os.read(replies, 64)
            if not chunk:
                break
            reply += chunk
    except OSError:
        reply = b""
    if reply == b"done\n":
        return _built_outcome(config, 0, None, answer_path, folder)
    _, status, usage = os.wait4(pid, 0)  # the driver ended mid-call: System.exit, a crash, the heap
    _SERVER.clear()
    outcome = _built_outcome(config, os.waitstatus_to_exitcode(status), usage, answer_path, folder)
    if outcome.ok:  # exited 0 in the middle of a call, after an answer of an earlier one
        return Outcome(Status.RE, message="exited before returning an answer (System.exit or process.exit "
                                          "in the solution?)")
    return outcome


def _write_all(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _built_outcome(config, code, usage, answer_path, folder):
    """What one start (or served call) of a built program came to, from its exit and answer file."""
    from . import programs

    try:
        with open(answer_path, "rb") as f:
            answer = f.read()
    except OSError:
        answer = b""
    head, _, rest = answer.partition(b"\n")
    words = head.decode("utf-8", errors="replace").split()
    if code == programs.MLE_EXIT or words[:1] == ["mle"] or (code != 0 and _heap_exhausted(folder)):
        return Outcome(Status.MLE, message=f"over {config.memory_mb} MiB of memory")
    if code != 0:
        said = _exit_message(code) if code < 0 else f"exited with code {code}"
        return Outcome(Status.RE, message=said + _first_complaint(folder), exception=_stub_or(None, _stderr_tail(folder)))
    if words[:1] == ["error"]:
        message = rest.decode("utf-8", errors="replace").strip()[:300]
        return Outcome(Status.RE, message=message, exception=_stub_or(words[1] if len(words) > 1 else "Error", message))
    if config.style == "stdin":
        measured = (float(words[1]) if words[:1] == ["ok"] and len(words) > 1
                    else usage.ru_utime + usage.ru_stime if usage is not None else 0.0)
        return Outcome(Status.OK, None, measured)
    if words[:1] != ["ok"] or len(words) < 2:
        return Outcome(Status.RE, message="exited before returning an answer (System.exit, exit() or "
                                          "process.exit in the solution?)")
    try:
        return Outcome(Status.OK, programs.decode(rest), float(words[1]))
    except (programs.WireError, ValueError) as error:
        return Outcome(Status.RE, message=f"returned something the kit cannot read back ({error})")


def _stub_or(name, said):
    """``NotImplementedError`` for an untouched stub (it throws the stubs' phrase in every language), else ``name``."""
    from ..problem.stubs import STUB_PHRASE

    return "NotImplementedError" if STUB_PHRASE in said else name


def _program_stdin(text):
    """fd 0 of a program about to start: the input text (stdin style), else an empty input."""
    if text is None:
        fd = os.open(os.devnull, os.O_RDONLY)
    elif hasattr(os, "memfd_create"):
        fd = os.memfd_create("algokit-stdin")
    else:
        import tempfile

        fd = os.dup(tempfile.TemporaryFile().fileno())
    if text is not None:
        data = memoryview(text.encode("utf-8"))
        while data:
            data = data[os.write(fd, data):]
        os.lseek(fd, 0, os.SEEK_SET)
    os.dup2(fd, 0)
    os.close(fd)


def _heap_exhausted(folder):
    """Whether the runtime said it ran out of its heap (Node.js's fatal error, the JVM's OutOfMemoryError)."""
    tail = _stderr_tail(folder)
    return "heap out of memory" in tail or "OutOfMemoryError" in tail


def _stderr_tail(folder, size=4096):
    try:
        with open(os.path.join(folder, "stderr"), "rb") as f:
            f.seek(max(0, os.fstat(f.fileno()).st_size - size))
            return f.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


def _first_complaint(folder):
    """The runtime's own words on a failure, one line: an uncaught exception, a C++ terminate, a JS error."""
    lines = [line.strip() for line in _stderr_tail(folder).splitlines() if line.strip()]
    for i, line in enumerate(lines):
        if any(word in line for word in ("Exception", "Error", "terminate called", "what():", "Assertion")):
            if line.startswith("terminate called") and i + 1 < len(lines) and lines[i + 1].startswith("what():"):
                line += " (" + lines[i + 1] + ")"  # C++: the exception's type, then its message
            return f": {line[:200]}"
    return ""
