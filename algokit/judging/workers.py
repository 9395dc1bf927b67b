"""Which runner runs solutions here: the Linux runner (``runner``), or the portable one (``portable``).

Everything that runs a solution asks for its worker here, so that one switch decides:
the Linux runner where Linux's /proc, fork and ``resource`` are there, the portable
runner anywhere else, or wherever ``ALGOKIT_RUNNER=portable`` asks for it (CI runs the
runner, judge and idioms tests a second time that way, so the path macOS and Windows
take is exercised on every push).
"""

from __future__ import annotations

import os
import sys

from . import runner
from .runner import _config_of


def backend() -> tuple[str, str]:
    """Which runner runs solutions here, and why: ``("linux", ...)`` or ``("portable", ...)``.

    The Linux runner needs Linux's /proc, fork and ``resource``; anywhere else, or with
    ``ALGOKIT_RUNNER=portable``, the portable one (``portable``) runs them.
    """
    wanted = os.environ.get("ALGOKIT_RUNNER", "").strip().lower()
    if wanted == "portable":
        return "portable", "ALGOKIT_RUNNER=portable"
    missing = [what for what, there in (
        ("Linux", sys.platform.startswith("linux")), ("/proc", os.path.exists("/proc/self/stat")),
        ("os.fork", hasattr(os, "fork")), ("the resource module", _has_module("resource"))) if not there]
    if missing:
        return "portable", f"this system has no {', '.join(missing)}"
    return "linux", "Linux: /proc, fork, prctl and rlimits" + (" (ALGOKIT_RUNNER=linux)" if wanted == "linux" else "")


def _has_module(name):
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False



def Worker(*args, **kwargs):  # noqa: N802 - used as the class it stands for: Worker(path, ...) as worker
    """A worker for a solution file, from the runner ``backend`` picks; ``runner.Worker``'s arguments."""
    if backend()[0] == "portable":
        from .portable import PortableWorker

        return PortableWorker(_config_of(*args, **kwargs))
    return runner.Worker(*args, **kwargs)


def close_all():
    """End every worker this process started, on either runner: for a process that ends without atexit
    (one of multiprocessing's, such as ``algokit week``'s check processes)."""
    runner.close_all()
    portable = sys.modules.get(f"{__package__}.portable")
    if portable is not None:
        portable._close_all()
