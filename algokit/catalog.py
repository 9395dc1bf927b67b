"""Finding the workspace and the problem a user names.

A workspace is a folder holding ``problems/`` (and ``solutions/``). A problem is
named by its slug (``programmers-152996``), its platform id (``152996``) or
``platform/id`` (``programmers/152996``).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from .errors import AlgokitError
from .spec import SPEC_FILE, load_spec


class UnknownProblem(AlgokitError):
    """No problem matches the name the user gave."""


def find_workspace(start=None) -> Path:
    """The nearest folder at or above ``start`` (default: here) that holds ``problems/``."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "problems").is_dir():
            return folder
    raise UnknownProblem(f"no problems/ folder in {here} or above: run algokit inside a workspace")


def problem_dirs(workspace):
    """Every ``problems/<slug>/`` folder that holds a spec, sorted by slug."""
    return sorted(p.parent for p in Path(workspace, "problems").glob(f"*/{SPEC_FILE}"))


def resolve(workspace, name):
    """Load the spec that ``name`` refers to: slug, platform id or ``platform/id``.

    Cost: reads the top of every spec in the workspace when ``name`` is not a slug.
    """
    name = name.strip().rstrip("/")
    folder = Path(workspace, "problems", name)
    if (folder / SPEC_FILE).is_file():
        return load_spec(folder)
    platform, _, problem_id = name.rpartition("/")
    for folder in problem_dirs(workspace):
        head = _head(folder / SPEC_FILE)
        if str(head.get("id")) == problem_id and platform in ("", head.get("platform")):
            return load_spec(folder)
    known = ", ".join(f"{d.name}" for d in problem_dirs(workspace)) or "none"
    raise UnknownProblem(f"no problem {name!r} in {Path(workspace, 'problems')}; known: {known}")


def _head(path):
    """The spec's raw TOML, or {} when it cannot be read (its own check reports why)."""
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError):
        return {}
