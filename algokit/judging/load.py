"""How busy the machine was while a command ran: the one line ``check`` and ``week`` print when it was too busy.

Verdicts count CPU time, so a busy machine does not change them (a run starved past its
wall-time cap is BUSY, never TLE: ``runner``). Times compared side by side are another
matter: on a machine whose CPUs are shared with a browser, a video call or another
``algokit time``, a run's CPU caches and frequency are shared too, and ratios drift.

The measure is the one every system keeps: the load average over the last minute (the
runnable tasks, ours included), against the CPUs. A CPU-bound run then gets about
``cpus / load`` of a CPU; below SHARE, ratios from this run are doubtful, and the
command says so. Windows has no load average: psutil estimates one from the moment it
is first asked, which :func:`start` does.
"""

from __future__ import annotations

import os

SHARE = 0.6  # of a CPU: below this share, the command warns that its timing ratios are doubtful


def _load_and_cpus():
    try:
        import psutil

        return psutil.getloadavg()[0], psutil.cpu_count() or os.cpu_count() or 1
    except (ImportError, OSError, AttributeError):
        try:
            return os.getloadavg()[0], os.cpu_count() or 1
        except (OSError, AttributeError):
            return None, os.cpu_count() or 1


def start():
    """Begin watching (on Windows, psutil's estimate starts with its first call)."""
    _load_and_cpus()


def share() -> tuple[float | None, float | None, int]:
    """``(share of a CPU a busy run got, load, cpus)``; the share is None where no load is known."""
    load, cpus = _load_and_cpus()
    if load is None or load <= 0:
        return None, load, cpus
    return min(1.0, cpus / load), load, cpus


def warning() -> str:
    """One line when the machine was too busy for fair timing ratios, else ""."""
    got, load, cpus = share()
    if got is None or got >= SHARE:
        return ""
    return (f"warning: the machine was busy (load {load:.1f} on {cpus} CPUs over the last minute; a run got about "
            f"{got:.0%} of a CPU): verdicts count CPU time and hold, but speed ratios from this run are doubtful; "
            f"run it again when the machine is quieter")
