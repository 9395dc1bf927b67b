"""Process helpers for the tests that check no worker outlives a command (Linux /proc)."""

from pathlib import Path

HAS_PROC = Path("/proc/self/stat").exists()


def children(pid):
    """PIDs whose parent is ``pid``, zombies left out."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def alive(pid):
    """True while ``pid`` exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def still_alive(pids, timeout=10.0):
    """The PIDs of ``pids`` still alive after waiting up to ``timeout`` seconds for them to go.

    Polls instead of sleeping a fixed time: a killed process may take a moment to be reaped.
    """
    import time

    deadline = time.monotonic() + timeout
    left = [pid for pid in pids if alive(pid)]
    while left and time.monotonic() < deadline:
        time.sleep(0.02)
        left = [pid for pid in left if alive(pid)]
    return left


def descendants(pid):
    """Every live process below ``pid``: children, grandchildren, and so on (zombies left out)."""
    found, frontier = [], [pid]
    while frontier:
        below = [child for parent in frontier for child in children(parent)]
        found += below
        frontier = below
    return found


def runs_below(pid):
    """The kit's supervisors and runs: every process below ``pid`` but its direct children.

    Supervisors start from multiprocessing's fork server, a child of the kit that lives
    as long as the kit does; what the kit starts for a solution is one level further down.
    """
    direct = set(children(pid))
    return [p for p in descendants(pid) if p not in direct]
