"""Run untrusted solutions in worker processes and turn whatever they do into a verdict.

Design, from measuring the alternatives on a 2-core machine:

- One persistent worker process per solution file, talking over a Pipe. A round
  trip costs about 0.05 ms plus pickling, against 2.5 ms for a fork per call.
- The parent waits with ``poll(deadline)`` and kills the worker when it runs
  over; a dead or killed worker is replaced on the next call. ProcessPoolExecutor
  and in-process SIGALRM are avoided: both fail against hostile code.
- Arguments are pickled for every call, so every call gets its own fresh copy:
  a solution that sorts or empties its input cannot affect anything else.
- The worker limits its address space (MLE), silences the real stdout/stderr
  and keeps the first few KiB of what the solution printed.

Processes are not a security sandbox: code from strangers needs a container.
"""

from __future__ import annotations

import atexit
import gc
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
import traceback
import weakref
from dataclasses import dataclass
from pathlib import Path

from .verdicts import Status

OUTPUT_KEPT = 4096  # characters of a solution's printing kept for the report
IMPORT_TIMEOUT = 10.0  # seconds a solution file may take to import
PICKLING_ALLOWANCE = 0.5  # seconds past the time limit before a silent worker is killed
_FATAL = (MemoryError, RecursionError, SystemExit, KeyboardInterrupt)
_live_workers = weakref.WeakSet()


@dataclass
class Outcome:
    """What one call did.

    ``status`` is OK, RE, TLE or MLE (WA is for the caller, who knows the
    expected answer). ``seconds`` is measured inside the worker around the call
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


class Worker:
    """A solution file loaded in its own process: ``call(args, time_limit)`` runs it once.

    Cost per call: about 0.05 ms plus pickling the arguments and the answer
    (about 4 ms for a list of 100,000 ints). Starting or replacing the process
    costs a fork plus importing the file.
    """

    def __init__(self, path, function, memory_mb=512, style="function", class_name="Solution"):
        # Absolute, because tracebacks name files that way: messages can then say kim.py:12.
        self.path, self.function, self.memory_mb = Path(path).resolve(), function, memory_mb
        self.style, self.class_name = style, class_name
        self._process = self._conn = None
        _live_workers.add(self)

    def call(self, args, time_limit) -> Outcome:
        """Run ``function(*args)`` in the worker; never raises for anything the solution does."""
        return self._request(args, 0, time_limit)

    def time(self, args, loops, time_limit) -> Outcome:
        """Time ``loops`` calls, each on its own copy of ``args`` made before the clock starts.

        ``seconds`` is the mean per call; ``value`` is the last call's answer. The
        worker collects garbage first, so one sample's garbage does not land in the
        next. ``time_limit`` applies to each call.
        """
        return self._request(args, loops, time_limit)

    def _request(self, args, loops, time_limit) -> Outcome:
        first = self._process is None
        if first:
            self._start()
        # The deadline leaves room for pickling the arguments and the answer.
        deadline = time_limit * max(loops, 1) + PICKLING_ALLOWANCE
        try:
            self._conn.send((tuple(args), loops))
            # A fresh worker imports the file first and says so: import time is not call time.
            if first and not (self._conn.poll(IMPORT_TIMEOUT) and self._conn.recv() == "imported"):
                self.close()
                return Outcome(Status.TLE, message=f"importing {self.path.name} took over {IMPORT_TIMEOUT:g} s")
        except (BrokenPipeError, ConnectionResetError, EOFError, OSError):
            return self._died()
        if not self._conn.poll(deadline):
            self.close()
            return Outcome(Status.TLE, seconds=None, message=f"over {time_limit:g} s (stopped after {deadline:.1f} s)")
        try:
            kind, payload, seconds, output, exception = self._conn.recv()
        except (EOFError, ConnectionResetError, OSError):
            return self._died()
        except Exception as e:  # the answer could not be unpickled here
            self.close()
            return Outcome(Status.RE, message=f"returned a value the kit cannot read back ({type(e).__name__})")
        if kind == "ok":
            seconds /= max(loops, 1)
            if seconds > time_limit:
                return Outcome(Status.TLE, payload, seconds, f"over {time_limit:g} s (took {seconds:.2f} s)", output)
            return Outcome(Status.OK, payload, seconds, "", output)
        if kind in ("fatal", "mle"):
            self.close()  # the worker has exited; the next call starts a fresh one
        if kind == "mle":
            return Outcome(Status.MLE, None, seconds, f"over {self.memory_mb} MiB of memory", output, exception)
        return Outcome(Status.RE, None, seconds, payload, output, exception)

    def close(self):
        """Stop the worker process, whatever it is doing."""
        process, self._process = self._process, None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if process is not None and process.is_alive():
            process.kill()
        if process is not None:
            process.join(5)

    def _start(self):
        context = _context()
        parent, child = context.Pipe()
        self._process = context.Process(
            target=_serve, args=(child, str(self.path), self.function, self.memory_mb, self.style, self.class_name),
            daemon=True, name=f"algokit:{self.path.name}")
        self._process.start()
        child.close()
        self._conn = parent

    def _died(self):
        process = self._process
        if process is not None:
            process.join(2)
        code = process.exitcode if process is not None else None
        self.close()
        return Outcome(Status.RE, message=_exit_message(code), exception=None)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _context():
    """fork where it exists and is safe (one thread); otherwise forkserver or spawn."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _exit_message(code):
    if code is None:
        return "the worker vanished"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        what = {"SIGSEGV": "crashed (segmentation fault)", "SIGKILL": "was killed (SIGKILL, often memory)",
                "SIGABRT": "aborted (SIGABRT)"}.get(name, f"crashed ({name})")
        return what
    return f"exited with code {code} (os._exit or a crash)"


@atexit.register
def close_all():
    """Stop every worker this process started."""
    for worker in list(_live_workers):
        worker.close()


# --- the worker side -------------------------------------------------------

class _Capture:
    """A stdout/stderr stand-in that keeps the first OUTPUT_KEPT characters."""

    encoding = "utf-8"

    def __init__(self):
        self.parts, self.size = [], 0

    def write(self, text):
        if self.size < OUTPUT_KEPT:
            self.parts.append(text[: OUTPUT_KEPT - self.size])
        self.size += len(text)
        return len(text)

    def flush(self):
        pass

    def isatty(self):
        return False

    def take(self):
        text = "".join(self.parts)
        if self.size > OUTPUT_KEPT:
            text += f"\n... ({self.size - OUTPUT_KEPT} more characters)"
        self.parts, self.size = [], 0
        return text


def _serve(conn, path, function, memory_mb, style="function", class_name="Solution"):
    """Worker main loop: import the solution on the first request, then answer calls."""
    capped = _isolate(memory_mb)
    capture = _Capture()
    sys.stdout = sys.stderr = capture
    solve = failure = None
    while True:
        try:
            args, loops = conn.recv()
        except (EOFError, OSError):
            os._exit(0)
        if solve is None and failure is None:
            try:
                solve = _load(path, function, style, class_name)
            except BaseException as e:  # noqa: BLE001 - anything a module can do at import
                failure = ("fatal" if isinstance(e, _FATAL) else "error",
                           "while importing: " + _describe(e, path), 0.0, capture.take(), type(e).__name__)
            conn.send("imported")
        if failure is not None:
            conn.send(failure)
            if failure[0] == "fatal":
                os._exit(0)
            continue
        copies = [args]  # unpickled just now: already a fresh copy
        if loops:  # timing: a fresh copy per call and a clean heap, before the clock starts
            blob = pickle.dumps(args)
            copies += [pickle.loads(blob) for _ in range(loops - 1)]
            gc.collect()
        start = time.perf_counter()
        try:
            for args in copies:
                value = solve(*args)
        except BaseException as e:  # noqa: BLE001 - sys.exit, KeyboardInterrupt, everything
            seconds = time.perf_counter() - start
            message, exception = _describe(e, path), type(e).__name__
            kind = "fatal" if isinstance(e, _FATAL) else "error"
            if isinstance(e, MemoryError) and capped:
                kind = "mle"  # ran into the address-space cap; uncapped, it is an ordinary RE
            del e  # drop the traceback's frames, and the memory they hold, before replying
            conn.send((kind, message, seconds, capture.take(), exception))
            if kind != "error":
                os._exit(0)
            continue
        seconds = time.perf_counter() - start
        try:
            conn.send(("ok", value, seconds, capture.take(), None))
        except Exception as e:  # noqa: BLE001 - an answer pickle cannot carry
            conn.send(("error", f"returned {type(value).__name__}, which cannot be sent back ({e})",
                       seconds, capture.take(), type(e).__name__))


def _isolate(memory_mb):
    """In the worker: die with the parent, cap memory, detach from the terminal's streams.

    Returns whether the memory cap is in force.
    """
    capped = False
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except OSError:
            pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # pytest's faulthandler writes to a copy of the real stderr: a segfault would dump there.
    import faulthandler

    faulthandler.disable()
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        # Address space already mapped plus the allowance: the parent may be large.
        with open("/proc/self/statm") as f:
            mapped = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = mapped + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        capped = True
    except (ImportError, OSError, ValueError):
        pass  # no rlimits here (not Linux): memory is not capped
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    sys.stdin = open(os.devnull)
    return capped


def _load(path, function, style="function", class_name="Solution"):
    """The callable that runs one call of the solution, by problem style.

    - function (Programmers): the module's ``function``.
    - class (LeetCode): ``class_name().function``, a fresh instance per call; like
      LeetCode, ``List``, ``Optional`` and friends need no import.
    - stdin (Baekjoon): the whole file, compiled once and run per call with the
      input text on stdin; it returns what the program printed.
    """
    import importlib.util

    if style == "stdin":
        with open(path, "rb") as f:
            code = compile(f.read(), path, "exec")
        return lambda text: _run_program(code, path, text)
    spec = importlib.util.spec_from_file_location(f"algokit_solution_{Path(path).stem}", path)
    module = importlib.util.module_from_spec(spec)
    if style == "class":
        import typing

        for name in ("List", "Dict", "Set", "Tuple", "Optional", "Deque"):
            setattr(module, name, getattr(typing, name))
    spec.loader.exec_module(module)
    if style == "class":
        cls = getattr(module, class_name, None)
        if not isinstance(cls, type) or not callable(getattr(cls, function, None)):
            raise AttributeError(f"{Path(path).name} defines no class {class_name} with a method {function}()")
        return lambda *args: getattr(cls(), function)(*args)
    solve = getattr(module, function, None)
    if not callable(solve):
        raise AttributeError(f"{Path(path).name} defines no function {function}()")
    return solve


def _put_on_fd0(data):
    """Make file descriptor 0 a fresh file holding ``data``, read from the start."""
    if hasattr(os, "memfd_create"):
        fd = os.memfd_create("algokit-stdin")
    else:
        import tempfile

        fd = os.dup(tempfile.TemporaryFile().fileno())
    with os.fdopen(os.dup(fd), "wb") as f:
        f.write(data)
    os.lseek(fd, 0, os.SEEK_SET)
    os.dup2(fd, 0)
    os.close(fd)


def _run_program(code, path, text):
    """Run a compiled program as ``__main__`` with ``text`` on stdin; return its stdout.

    ``sys.exit()`` or ``exit()`` with status 0 ends the program normally, as on a judge.
    """
    import builtins
    import io

    data = text.encode("utf-8")
    _put_on_fd0(data)  # for programs that read open(0) or os.read(0, ...)
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    written = io.BytesIO()
    stdout = io.TextIOWrapper(written, encoding="utf-8", write_through=True)
    saved = sys.stdin, sys.stdout
    sys.stdin, sys.stdout = stdin, stdout
    try:
        exec(code, {"__name__": "__main__", "__file__": path, "__builtins__": builtins})
    except SystemExit as e:
        if e.code not in (None, 0):
            raise
    finally:
        stdout.flush()
        sys.stdin, sys.stdout = saved
    return written.getvalue().decode("utf-8", errors="replace")


def _describe(error, path):
    """One line: the exception, where in the solution file it happened, and its message."""
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
    return f"{type(error).__name__}{where}" + (f": {text[:120]}" if text else "")
