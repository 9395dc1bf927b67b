"""``algokit week``'s work on every CPU at once: members' checks and problems' timings, as one stream of jobs.

There is a lane per CPU (``timing.lane_cpus``), each a thread of this process. A lane
takes the next check while any is left, and runs it in a process of its own pinned
to the lane's CPU (the check's runs inherit the pin). Once every check of a problem
is done, its timing (``timing.Session``) is started, and a lane with no check left
takes the next step of a timing instead: a unit, or one solution's follow-ups, on
the same CPU. So a timed run never shares its CPU with a check or with another
lane's run, the first problem is timed while the second is still being checked,
and a lane whose share of one problem's timing is done takes the next problem's.

Before, all checks ran first, two at a time, and then each problem was timed in
turn: a cold week of 3 members x 2 problems left one CPU idle while the other
finished its last check (the checks of 150369 take 4 to 8 s each), and again at
the end of each timing, waiting for its longest unit (``benchmarks/week_cost.py``
measures the whole; the numbers are in the README's timing section).

With one lane (one CPU, a system that cannot pin, or ``--jobs 1``), the checks run
here one after another, and then the timings.
"""

from __future__ import annotations

import threading

POLL = 0.05  # seconds a lane with nothing to do waits before it looks again


def run(cpus, checks, check, timed, progress=None):
    """Check every job, and time each group of them once all its checks are done.

    ``checks``: ``[(key, label, args)]`` in the order to take them; ``check(*args)`` runs in
    the lane's process (a module-level function: it is pickled) and returns the job's result.
    ``timed(key, results)`` is called in a lane thread once every job of ``key`` is checked,
    with their results in order, and returns a ``timing.Session`` to run on these lanes
    (built with ``cpus``), or None. ``progress(text)`` hears each check as it starts, and
    each timing as it is started.
    Returns ``(results, sessions)``: each job's result in order, and ``{key: session}``
    (each closed; ``session.result()`` is its timing). The first error in any lane stops
    every lane before its next job, and is raised here.
    """
    state = _State(cpus, checks, check, timed, progress)
    threads = [threading.Thread(target=state.lane, args=(i,), name=f"algokit-week-lane-{cpu}", daemon=True)
               for i, cpu in enumerate(cpus)]
    try:
        if len(cpus) == 1:  # one lane: no process to start, nothing to pin
            while (job := state.take()) is not None:
                state.checked(job, state.run_check(job, None))
        for thread in threads:
            thread.start()
        for thread in threads:
            while thread.is_alive():
                thread.join(POLL)
    except BaseException:
        state.halt()
        for thread in threads:
            if thread.is_alive():
                thread.join()
        raise
    finally:
        state.close()
    if state.failures:
        raise state.failures[0]
    return state.results, state.sessions


class _State:
    """What the lanes share: the checks left, each result, the timings started and who is done with them."""

    def __init__(self, cpus, checks, check, timed, progress):
        self.cpus, self.checks, self.check, self.timed, self.progress = cpus, checks, check, timed, progress
        self.results = [None] * len(checks)
        self.left = list(range(len(checks)))  # checks not taken yet
        self.unchecked = {}  # key -> its checks not done yet
        for key, _, _ in checks:
            self.unchecked[key] = self.unchecked.get(key, 0) + 1
        self.sessions, self.done = {}, set()  # {key: Session}; (key, lane) pairs with nothing left there
        self.checkers = [None] * len(cpus)
        self.failures = []
        self.stop = threading.Event()
        self.changed = threading.Condition()

    def take(self):
        with self.changed:
            return self.left.pop(0) if self.left else None

    def lane(self, index):
        try:
            while not self.stop.is_set():
                job = self.take()
                if job is not None:
                    self.checked(job, self.run_check(job, index))
                    continue
                self.close_checker(index)
                if self.time_step(index):
                    continue
                with self.changed:
                    if self.finished(index):
                        return
                    self.changed.wait(POLL)
        except BaseException as error:  # noqa: BLE001 - raised again in the calling thread
            if not isinstance(error, _Halted):
                self.failures.append(error)
            self.halt()

    def run_check(self, job, index):
        key, label, args = self.checks[job]
        self.say(f"{key}: checking {label}")
        if index is None:
            return self.check(*args)
        if self.checkers[index] is None:
            self.checkers[index] = _Checker(self.cpus[index])
        return self.checkers[index].run(self.check, args, self.stop)

    def say(self, text):
        if self.progress:
            with self.changed:
                self.progress(text)

    def checked(self, job, result):
        """Record a check; the last of its key's starts that key's timing."""
        key, _, _ = self.checks[job]
        with self.changed:
            self.results[job] = result
            self.unchecked[key] -= 1
            complete = self.unchecked[key] == 0
        if complete:
            session = self.timed(key, [self.results[i] for i, (k, _, _) in enumerate(self.checks) if k == key])
            with self.changed:
                if session is not None:
                    self.sessions[key] = session
                self.changed.notify_all()

    def time_step(self, index):
        """One step of the earliest timing with work for this lane; False when none has any now."""
        for key, session in list(self.sessions.items()):
            if (key, index) in self.done:
                continue
            if self.stop.is_set():
                raise _Halted
            try:
                state = session.step(session.lanes[index])
            except Exception:
                if self.stop.is_set():  # stopped by another lane's failure, or Ctrl-C
                    raise _Halted from None
                raise
            if state == "worked":
                return True
            if state == "done":
                with self.changed:
                    self.done.add((key, index))
                    self.changed.notify_all()
        return False

    def finished(self, index):
        """No check left or running, and every timing's share of this lane is done."""
        return (not self.left and not any(self.unchecked.values())
                and all((key, index) in self.done for key in self.sessions))

    def close_checker(self, index):
        checker, self.checkers[index] = self.checkers[index], None
        if checker is not None:
            checker.close()

    def halt(self):
        """Stop every lane before its next job, and every timing before its next run."""
        self.stop.set()
        for session in list(self.sessions.values()):
            session.stop.set()
        with self.changed:
            self.changed.notify_all()

    def close(self):
        for index in range(len(self.checkers)):
            self.close_checker(index)
        for session in self.sessions.values():
            session.close()


class _Checker:
    """A lane's process for checks, pinned to its CPU: one check at a time, over a pipe. Not a pool: a check
    starts processes of its own (a pool's daemonic workers may not), and a halted lane ends it at once."""

    def __init__(self, cpu):
        from ..judging.runner import process_context

        context = process_context()  # the supervisors' fork server, with their preload, whoever starts it first
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, cpu), name="algokit-week-checks")
        self.process.start()
        child.close()

    def run(self, function, args, stop):
        from ..errors import AlgokitError

        self.conn.send((function, args))
        while not self.conn.poll(POLL):
            if stop.is_set():
                raise _Halted
            if not self.process.is_alive():
                break
        try:
            ok, value = self.conn.recv()
        except (EOFError, OSError):
            self.process.join(5)
            raise AlgokitError(f"a check's process ended without a verdict (exit code {self.process.exitcode}); "
                               f"run `algokit check` on that file to see why") from None
        if not ok:
            raise value
        return value

    def close(self):
        """End the process, and with it a check in progress: its supervisors end with their parent."""
        self.conn.close()
        self.process.join(0.5)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(5)


def _serve(conn, cpu):
    """A lane's check process: pinned, then ``function(*args)`` per request, until the lane hangs up; then
    every worker the checks kept is closed (a process of multiprocessing's ends without atexit)."""
    from ..judging.workers import close_all

    _pin(cpu)
    while True:
        try:
            function, args = conn.recv()
        except (EOFError, OSError):
            close_all()
            return
        try:
            reply = (True, function(*args))
        except Exception as error:  # noqa: BLE001 - raised again in the lane
            reply = (False, error)
        conn.send(reply)


class _Halted(Exception):
    """Another lane failed, or Ctrl-C was pressed: this lane ends before its next job."""


def _pin(cpu):
    """In a lane's check process: stay on the lane's CPU (the check's supervisors and runs inherit it)."""
    import os

    if cpu is not None and hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {cpu})
        except OSError:  # a CPU the system no longer offers: run anywhere
            pass
