"""``algokit doctor``: what this machine gives the kit, in one screen.

The first line answers the question a member on a MacBook or a Windows laptop asks
first: are timing ratios from here comparable with the group's Linux CI? Then the
Python version, the toolchains for Java, C++ and JavaScript members, the runner in
use and why, each containment guarantee with whether it is in force here, and the
workspace found.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys

from .. import languages

# The guarantees, as each runner gives them: (name, Linux runner, portable runner).
GUARANTEES = (
    ("memory cap", "an address-space limit per run (RLIMIT_AS; Java and Node.js: their heap caps): MLE",
     "the process tree's resident memory, polled every 5 ms: MLE; a fast allocation can overshoot between two looks"),
    ("output cap", "64 MiB per run (RLIMIT_FSIZE): RE past it",
     "64 MiB per run, counted as it is written: RE past it"),
    ("process tree ended", "after every run: its process group, and as a subreaper every orphan, daemons included",
     "after every run: its process group and every process seen in its tree; a daemon that double-forks "
     "between two looks escapes"),
    ("CPU time", "read from /proc for the whole run, every 50 ms",
     "read with psutil for the whole tree, every 5 ms"),
    ("CPU pinning for timing", "each timed run and what it starts kept on one CPU (sched_setaffinity)",
     "each timed run kept on one CPU where the system allows it (Linux and Windows; not macOS)"),
)


def _pinning_here():
    if hasattr(__import__("os"), "sched_setaffinity"):
        return True
    return sys.platform.startswith("win")


def facts(root=None) -> dict:
    """Everything ``doctor`` reports, as a dict (its ``--json``)."""
    from ..judging import sandbox
    from ..judging.workers import backend

    name, why = backend()
    linux = name == "linux"
    guarantees = []
    for title, on_linux, portable in GUARANTEES:
        how = on_linux if linux else portable
        in_force = title != "CPU pinning for timing" or linux or _pinning_here()
        guarantees.append({"guarantee": title, "in_force": in_force, "how": how})
    for protection in sandbox.status(name):  # each on or off, with how or why (judging.sandbox)
        guarantees.append({"guarantee": f"sandbox: {protection.name}", "in_force": protection.on,
                           "how": protection.how})
    comparable = linux
    headline = ("timing: ratios from this machine are comparable with the group's Linux CI (the same Linux runner)"
                if comparable else
                "timing: ratios from this machine are NOT directly comparable with the group's Linux CI: it runs "
                "the portable runner (a fresh interpreter per call, polled); compare members on one machine, or "
                "use Linux or WSL")
    return {"headline": headline, "timing_comparable_with_linux_ci": comparable,
            "python": {"version": platform.python_version(), "implementation": platform.python_implementation(),
                       "executable": sys.executable},
            "system": {"os": platform.system(), "release": platform.release(), "machine": platform.machine()},
            "runner": {"backend": name, "why": why},
            "guarantees": guarantees,
            "toolchains": [_tool(language, tool) for language in languages.LANGUAGES for tool in language.tools],
            "workspace": str(root) if root is not None else None}


def _tool(language, tool):
    """A tool's path and the first line of its version, or None where it is missing."""
    path = shutil.which(tool)
    version = None
    if path is not None:
        flag = "-version" if tool in ("java", "javac") else "--version"
        try:
            done = subprocess.run([path, flag], capture_output=True, text=True, timeout=20)
            lines = (done.stdout or done.stderr).strip().splitlines()
            version = lines[0] if lines else None
        except (OSError, subprocess.SubprocessError):
            version = None
    return {"language": language.name, "tool": tool, "path": path, "version": version,
            "install": None if path else language.install}


def text(found) -> str:
    """``doctor``'s screen."""
    lines = [found["headline"], "",
             f"Python {found['python']['version']} ({found['python']['implementation']}) on "
             f"{found['system']['os']} {found['system']['release']} ({found['system']['machine']})",
             f"runner: {found['runner']['backend']} ({found['runner']['why']})", "", "guarantees:"]
    for item in found["guarantees"]:
        lines.append(f"  {'yes' if item['in_force'] else 'no ':<4}{item['guarantee']}: {item['how']}")
    lines += ["", "toolchains (for Java, C++ and JavaScript members):"]
    for tool in found["toolchains"]:
        shown = f"{tool['version']} ({tool['path']})" if tool["path"] else f"missing: {tool['install']}"
        lines.append(f"  {tool['tool']:<6}{shown}")
    lines += ["", f"workspace: {found['workspace'] or 'none here (algokit init makes one)'}"]
    return "\n".join(lines)
