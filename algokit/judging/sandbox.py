"""Confine a run: what a member's code may read, write, connect to and start, without root.

Judges confine submissions, and a study group runs everyone's code after a ``git pull``.
The usual tools need privileges a laptop or a container does not give: isolate (CMS,
Judge0) is setuid root with cgroups, and its authors advise against containers;
bubblewrap, nsjail and firejail need user namespaces or setuid, which Ubuntu 24.04's
AppArmor and Docker's default profile refuse. DMOJ's judge needs no root: ptrace plus
seccomp. The kit uses two kernel features any process may apply to itself, after
``PR_SET_NO_NEW_PRIVS``, and which Docker's and Podman's default profiles allow:

- **files** (Landlock, Linux 5.13+): a run may read its runtime (the Python installation
  and its site-packages, the system's libraries, the JDK or Node.js, its own built
  program) and ``/proc`` and ``/sys``, and may write only its own run folder. The
  workspace (other members' files, the references, ``.git``), the user's home and
  ``/tmp`` are closed to it: ``open`` fails with EACCES.
- **network**: Landlock refuses TCP connect and bind (ABI 4+, Linux 6.7+), and seccomp
  refuses ``socket()`` of every family with EACCES, ``localhost`` included. A
  ``socketpair`` stays: it reaches nothing outside the run.
- **processes** (seccomp): ``fork``, ``vfork``, ``clone`` without ``CLONE_THREAD`` and
  ``execve`` end the run with SIGSYS, which the kit reports as RE "started a process",
  as Baekjoon and Programmers refuse them. Threads stay (the big-stack
  ``threading.Thread`` idiom): ``clone3``, whose flags a filter cannot read, answers
  ENOSYS, and glibc falls back to ``clone``. A built program (Java, C++, JavaScript)
  is started by one ``execve``, so its filter allows that call; the C++ drivers add a
  filter refusing it before ``main`` (``drivers/no_exec.h``), and the JVM and Node.js
  cannot start a program without forking, which stays refused. Landlock's scopes
  (ABI 6+) keep a run from signalling the supervisor or the kit, and from abstract
  Unix sockets.
- **kernel calls** (seccomp): ``ptrace``, ``mount``, ``bpf``, ``perf_event_open``,
  ``keyctl``, ``io_uring`` (whose operations seccomp cannot see) and the like fail
  with EPERM.

Each protection stands alone: where the kernel lacks one (an old kernel, a missing
libseccomp, macOS, Windows, the portable runner), runs go on with the rest, and
``status()`` says which are on and why (``algokit doctor``, and one line in ``check``
and ``week``). ``ALGOKIT_SANDBOX=off`` turns all of them off, for debugging a runtime.

Landlock's calls come from ``landlockpy``: no dependencies, typed, every ABI up to 11
with best-effort degradation, and a ruleset that can be built once and enforced in each
forked run. seccomp's filters are compiled by libseccomp (through ``pyseccomp``, a
ctypes binding with libseccomp's own API), which knows every architecture's syscall
numbers and their pitfalls (x32, multiplexed calls). The filters are compiled once per
kit process into BPF (``filters()``), handed to each supervisor, and loaded in each run
by one ``prctl``; the Landlock ruleset is built once per supervisor (``Confinement``).
``benchmarks/sandbox.py`` measures what a run pays.
"""

from __future__ import annotations

import errno
import functools
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import AlgokitError

ENV = "ALGOKIT_SANDBOX"  # on (the default), off, or only one of landlock and seccomp
NAMES = ("files", "network", "processes", "kernel calls")
# What seccomp refuses, by how. Names unknown on an architecture (aarch64 has no fork) are skipped.
PROCESS_CALLS = ("fork", "vfork", "execve", "execveat")
KERNEL_CALLS = ("ptrace", "process_vm_readv", "process_vm_writev", "mount", "umount2", "pivot_root", "chroot",
                "unshare", "setns", "kexec_load", "kexec_file_load", "bpf", "perf_event_open", "keyctl",
                "add_key", "request_key", "init_module", "finit_module", "delete_module", "reboot", "swapon",
                "swapoff", "io_uring_setup", "io_uring_enter", "io_uring_register", "userfaultfd",
                "open_by_handle_at", "name_to_handle_at", "fanotify_init", "quotactl", "acct", "syslog",
                "settimeofday", "clock_settime", "iopl", "ioperm", "mount_setattr", "move_mount", "open_tree",
                "fsopen", "fsmount", "fspick")
CLONE_THREAD = 0x00010000
# Paths every runtime reads: the system's programs and libraries, its settings, and the kernel's views.
SYSTEM_READS = ("/usr", "/lib", "/lib64", "/lib32", "/bin", "/sbin", "/etc", "/proc", "/sys")
DEVICES = ("/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom")
EXIT_SIGNAL = 31  # SIGSYS: what a refused process call ends a run with
STARTED_A_PROCESS = ("started a process (fork, exec or a subprocess), which the judge refuses as Baekjoon and "
                     "Programmers do")


@dataclass(frozen=True)
class Protection:
    """One protection, as ``doctor``, ``check`` and ``week`` report it."""

    name: str  # files, network, processes, kernel calls
    on: bool
    how: str  # what it does where on, or why it is off


class BadSetting(AlgokitError):
    """ALGOKIT_SANDBOX holds a value the kit does not know."""


def wanted() -> frozenset:
    """The parts of the sandbox ``ALGOKIT_SANDBOX`` asks for: {"landlock", "seccomp"} by default.

    ``off`` runs without it (to tell a runtime's failure from the sandbox's); ``landlock``
    or ``seccomp`` keeps only that part, as a kernel that lacks the other would.
    """
    value = os.environ.get(ENV, "").strip().lower()
    if value in ("", "on", "1", "yes", "true"):
        return frozenset({"landlock", "seccomp"})
    if value in ("off", "0", "no", "false"):
        return frozenset()
    if value in ("landlock", "seccomp"):
        return frozenset({value})
    raise BadSetting(f"{ENV}={value!r}: use on (the default), off, landlock or seccomp")


@dataclass(frozen=True)
class Plan:
    """What each supervisor applies in its runs: Landlock or not, and the seccomp filters (empty: none)."""

    landlock: bool
    bpf: Filters


def plan() -> Plan | None:
    """This process's sandbox for the supervisors it starts; None when ``ALGOKIT_SANDBOX=off``."""
    parts = wanted()
    if not parts:
        return None
    return Plan("landlock" in parts and landlock_abi() > 0, filters() if "seccomp" in parts else Filters())


def landlock_abi() -> int:
    """The kernel's Landlock ABI version; 0 where there is none (not Linux, too old, disabled)."""
    if not sys.platform.startswith("linux"):
        return 0
    try:
        import landlockpy
    except ImportError:
        return 0
    try:
        return landlockpy.abi_version()
    except OSError:
        return 0


@dataclass(frozen=True)
class Filters:
    """The seccomp filters as BPF bytes, by what the run is.

    ``python``: a Python run, which never needs a new process. ``program``: a built
    program, started by one execve (the JVM and Node.js cannot start another without a
    fork, which stays refused). ``forking``: a C++ function driver, which forks for a fresh
    state per timed call and refuses processes itself before the member's code runs
    (``drivers/no_processes.cpp``).
    """

    python: bytes = b""
    program: bytes = b""
    forking: bytes = b""
    why_not: str = ""  # why there are none


@functools.cache
def filters() -> Filters:
    """Compile the seccomp filters once per process (libseccomp), or say why there are none."""
    if not sys.platform.startswith("linux"):
        return Filters(why_not="seccomp is Linux's")
    try:
        import pyseccomp
    except ImportError:
        return Filters(why_not="pyseccomp is not installed (pip install pyseccomp)")
    except (OSError, RuntimeError):
        return Filters(why_not="libseccomp is not installed (Debian and Ubuntu: apt install libseccomp2)")
    if not _seccomp_in_kernel():
        return Filters(why_not="this kernel has no seccomp filters")
    try:
        return Filters(python=_compile(pyseccomp, exec_=False, fork=False),
                       program=_compile(pyseccomp, exec_=True, fork=False),
                       forking=_compile(pyseccomp, exec_=True, fork=True))
    except (OSError, RuntimeError, ValueError) as error:
        return Filters(why_not=f"libseccomp could not compile the filter ({error})")


def _compile(pyseccomp, exec_, fork):
    """One filter: ``exec_``/``fork`` leave execve/fork allowed, for a program that refuses them itself."""
    import tempfile

    rules = pyseccomp.SyscallFilter(pyseccomp.ALLOW)
    for name in PROCESS_CALLS:
        if (exec_ and name.startswith("execve")) or (fork and not name.startswith("execve")):
            continue
        _add(pyseccomp, rules, pyseccomp.KILL_PROCESS, name)
    if not fork:
        _add(pyseccomp, rules, pyseccomp.KILL_PROCESS, "clone",
             pyseccomp.Arg(0, pyseccomp.MASKED_EQ, CLONE_THREAD, 0))
    _add(pyseccomp, rules, pyseccomp.ERRNO(errno.ENOSYS), "clone3")
    _add(pyseccomp, rules, pyseccomp.ERRNO(errno.EACCES), "socket")
    for name in KERNEL_CALLS:
        _add(pyseccomp, rules, pyseccomp.ERRNO(errno.EPERM), name)
    with tempfile.TemporaryFile() as f:
        rules.export_bpf(f)
        f.seek(0)
        return f.read()


def _add(pyseccomp, rules, action, name, *args):
    try:
        rules.add_rule(action, name, *args)
    except (OSError, RuntimeError, ValueError):  # no such call on this architecture
        pass


@functools.cache
def _libc():
    """libc, loaded once (in the supervisor): a run inherits it instead of loading it per call."""
    import ctypes

    return ctypes.CDLL(None, use_errno=True)


def _seccomp_in_kernel():
    """Whether the kernel has seccomp filters: PR_GET_SECCOMP answers instead of failing with EINVAL."""
    return _libc().prctl(21, 0, 0, 0, 0) >= 0  # PR_GET_SECCOMP


def status(runner="linux") -> list[Protection]:
    """Which protections a run gets here, each with how it works or why it is off."""
    if runner != "linux":
        why = ("off: the portable runner (macOS, Windows, ALGOKIT_RUNNER=portable) runs without it; "
               "Landlock and seccomp are Linux's")
        return [Protection(name, False, why) for name in NAMES]
    parts = wanted()
    if not parts:
        return [Protection(name, False, f"off: {ENV}=off") for name in NAMES]
    abi = landlock_abi() if "landlock" in parts else 0
    bpf = filters() if "seccomp" in parts else Filters(why_not=f"{ENV}={next(iter(parts))} leaves seccomp out")
    no_landlock = "off: this kernel has no Landlock (Linux 5.13+, with landlock among its LSMs)"
    if "landlock" not in parts:
        no_landlock = f"off: {ENV}={next(iter(parts))} leaves Landlock out"
    elif sys.platform.startswith("linux") and not _has_landlockpy():
        no_landlock = "off: landlockpy is not installed (pip install landlockpy)"
    files = Protection("files", abi > 0, (
        f"Landlock ABI {abi}: reads only its runtime, /proc and /sys; writes only its own run folder; the workspace, "
        "your home and /tmp are closed" if abi else no_landlock))
    net = []
    if abi >= 4:
        net.append("Landlock refuses TCP connect and bind")
    if bpf.python:
        net.append("seccomp refuses socket()")
    network = Protection("network", bool(net), "; ".join(net) + ", localhost included" if net else
                         f"off: {no_landlock.removeprefix('off: ') if abi < 1 else f'no Landlock TCP rules (ABI {abi} < 4)'}"
                         f" and {bpf.why_not}")
    signals = "; Landlock keeps it from signalling the kit (ABI 6+)" if abi >= 6 else ""
    processes = Protection("processes", bool(bpf.python), (
        "seccomp: fork, vfork, clone without CLONE_THREAD and exec end the run: RE, started a process; threads "
        f"stay{signals}" if bpf.python else f"off: {bpf.why_not}"))
    kernel = Protection("kernel calls", bool(bpf.python), (
        "seccomp: ptrace, mount, bpf, perf_event_open, keyctl, io_uring and the like fail" if bpf.python
        else f"off: {bpf.why_not}"))
    return [files, network, processes, kernel]


def _has_landlockpy():
    try:
        import landlockpy  # noqa: F401
    except ImportError:
        return False
    return True


def off_line(protections) -> str:
    """One line naming the protections that are off, or "" when all are on."""
    off = [p.name for p in protections if not p.on]
    if not off:
        return ""
    reasons = sorted({p.how.removeprefix("off: ") for p in protections if not p.on})
    return f"sandbox: {', '.join(off)} unprotected here ({'; '.join(reasons)}); see algokit doctor"


def as_json(protections) -> dict:
    """``environment.sandbox`` in ``--json``: each protection, on or off, and how or why."""
    return {p.name: {"on": p.on, "how": p.how} for p in protections}


def environment(runner, protections=None) -> dict:
    """What ``--json`` records of where a command ran members' code: the runner and the sandbox
    (``protections``: ``status(runner)``, when the caller has it already)."""
    return {"runner": runner, "sandbox": as_json(protections if protections is not None else status(runner))}


def tag(runner) -> str:
    """The protections on here, as one word for a cache key: a verdict reached without one is not reused."""
    return ",".join(p.name for p in status(runner) if p.on) or "none"


# --- in the supervisor and its runs ---------------------------------------------------------------


class Confinement:
    """One supervisor's sandbox, built once: ``enter_run()`` in each run, ``enter_seccomp()`` where code starts.

    ``folder``: the supervisor's folder of run folders, the only place a run may write.
    ``program``: a built program's argv (empty for Python): its runtime's installation may
    be read and its first word executed. ``build``: the member's build folder, readable.
    ``closed``: folders that stay closed (``reads``). ``forks``: the program forks by design
    and refuses processes itself (``Filters.forking``).
    """

    def __init__(self, folder, program=(), plan: Plan | None = None, closed=(), build="", forks=False):
        self.ruleset = None
        self.problem = ""
        bpf = plan.bpf if plan is not None else Filters()
        self.seccomp = _Program(bpf.forking if forks else bpf.program if program else bpf.python)
        if plan is not None and plan.landlock:
            try:
                self.ruleset = _ruleset(folder, program, closed, build)
            except OSError as error:
                self.problem = f"Landlock refused the rules ({error})"

    @property
    def refuses_processes(self) -> bool:
        """Whether seccomp refuses new processes in these runs (a SIGSYS then means one was tried)."""
        return bool(self.seccomp.code)

    def enter_run(self) -> str:
        """Confine the calling run (Landlock; and seccomp for a Python run): "" or why it failed.

        A built program's run is the kit's own code, which starts the program: its
        seccomp filter comes in ``enter_seccomp``, in the child about to exec.
        """
        if self.problem:
            return self.problem
        libc = _libc()
        if libc.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS, which both need
            return f"no_new_privs could not be set ({os.strerror(_errno())})"
        # landlock_restrict_self(ruleset, 0), called directly: landlockpy's restrict() costs
        # about 0.2 ms of Python per run where the call itself costs 0.03 ms.
        if self.ruleset is not None and libc.syscall(446, self.ruleset.fileno(), 0) != 0:
            return f"Landlock could not be applied ({os.strerror(_errno())})"
        return ""

    def enter_seccomp(self) -> str:
        """Load the seccomp filter: in a Python run after ``enter_run`` (a fork or an exec then ends
        it), or in a built program's child about to exec it. "" or why it failed."""
        return self.seccomp.load()


class _Program:
    """A BPF program, kept in memory ready for prctl(PR_SET_SECCOMP)."""

    def __init__(self, code: bytes):
        import ctypes

        self.code = code
        if not code:
            return

        class SockFprog(ctypes.Structure):
            _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

        self._buffer = ctypes.create_string_buffer(code, len(code))
        self._fprog = SockFprog(len(code) // 8, ctypes.cast(self._buffer, ctypes.c_void_p))
        self._prctl = _libc().prctl
        self._ref = ctypes.byref(self._fprog)

    def load(self) -> str:
        if not self.code:
            return ""
        if self._prctl(38, 1, 0, 0, 0) != 0 or self._prctl(22, 2, self._ref, 0, 0) != 0:  # NO_NEW_PRIVS, SECCOMP
            return f"seccomp could not be applied ({os.strerror(_errno())})"
        return ""


def _errno():
    import ctypes

    return ctypes.get_errno()


def _ruleset(folder, program, closed, build):
    """The Landlock ruleset of a supervisor's runs (see the module's docstring for what it allows)."""
    from landlockpy import AccessFS, AccessNet, Ruleset, Scope

    read = AccessFS.READ_FILE | AccessFS.READ_DIR
    handled = AccessFS.NONE
    for flag in AccessFS:
        if flag != AccessFS.IOCTL_DEV:  # ioctl on devices stays open: isatty() on /dev/null
            handled |= flag
    ruleset = Ruleset(handled_fs=handled, handled_net=AccessNet.BIND_TCP | AccessNet.CONNECT_TCP
                      | AccessNet.BIND_UDP | AccessNet.CONNECT_SEND_UDP,
                      scoped=Scope.ABSTRACT_UNIX_SOCKET | Scope.SIGNAL)
    for path in reads(program, closed, build):
        ruleset.allow_path(path, read)
    if program:  # the one program this run may start (the runtime's launcher, or the member's C++ binary)
        binary = os.path.realpath(program[0])
        for path in (binary, _interpreter(binary)):  # ...and the loader the kernel starts it with
            if path:
                ruleset.allow_path(path, AccessFS.EXECUTE | AccessFS.READ_FILE)
    for device in DEVICES:
        if os.path.exists(device):
            ruleset.allow_path(device, AccessFS.READ_FILE | AccessFS.WRITE_FILE | AccessFS.TRUNCATE)
    ruleset.allow_path(folder, handled)
    return ruleset


def _interpreter(binary) -> str:
    """The dynamic loader an ELF binary names (PT_INTERP), which the kernel executes with it; "" if none."""
    import struct

    try:
        with open(binary, "rb") as f:
            head = f.read(64)
            if head[:4] != b"\x7fELF" or head[4] != 2:  # 64-bit ELF only
                return ""
            order = "<" if head[5] == 1 else ">"
            phoff, = struct.unpack(order + "Q", head[32:40])
            entsize, count = struct.unpack(order + "HH", head[54:58])
            for i in range(count):
                f.seek(phoff + i * entsize)
                kind, _, offset, _, _, size = struct.unpack(order + "IIQQQQ", f.read(40))
                if kind == 3:  # PT_INTERP
                    f.seek(offset)
                    return os.path.realpath(f.read(size).rstrip(b"\0").decode())
    except (OSError, struct.error, UnicodeDecodeError):
        pass
    return ""


def reads(program=(), closed=(), build="") -> list[str]:
    """Every folder a run may read: the system's, Python's installation, the runtime's and the member's build.

    ``closed``: folders that stay closed (the workspace, the solution's own folder, the
    kit's packaged catalogue with its references). A folder that holds one is not
    opened, except a Python installation (the catalogue lies in its site-packages),
    which is opened child by child around it. Nothing that holds the home is opened,
    and nothing inside a closed folder but a Python installation (a ``.venv``).
    """
    import site

    prefixes = [os.path.realpath(p) for p in {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}]
    closed = [os.path.realpath(p) for p in closed if p and os.path.realpath(p) != os.sep]
    home = os.path.realpath(os.path.expanduser("~"))
    candidates = [*SYSTEM_READS, *prefixes]
    if site.ENABLE_USER_SITE and site.getusersitepackages() in sys.path:
        candidates.append(site.getusersitepackages())  # pip install --user: a member's numpy may live there
    if program:
        candidates.append(str(Path(os.path.realpath(program[0])).parent.parent))
    found = []
    for path in candidates:
        real = os.path.realpath(path)
        if not os.path.isdir(real) or _holds(real, home) or any(_holds(f, real) for f in found):
            continue
        python = any(_holds(prefix, real) for prefix in prefixes)
        inside = any(_holds(zone, real) for zone in closed)
        holds = any(_holds(real, zone) for zone in closed)
        if (inside or holds) and not python:
            continue
        found += _around(real, closed)
    if build:
        found.append(os.path.realpath(build))
    return found


def _around(folder, closed) -> list[str]:
    """``folder`` whole, or, where it holds a closed folder, its children around it."""
    if folder in closed:
        return []
    if not any(_holds(folder, zone) for zone in closed):
        return [folder]
    opened = []
    try:
        children = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return []
    for child in children:
        if child.is_dir(follow_symlinks=False):
            opened += _around(os.path.realpath(child.path), closed)
    return opened


def _holds(folder, path):
    """Whether ``folder`` is ``path`` or one of its ancestors."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)
