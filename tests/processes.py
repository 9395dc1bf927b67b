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
