"""Where problems live, and finding the one a user names.

A workspace is a folder holding ``problems/`` and ``solutions/`` (``algokit init``
adds ``algokit.toml``). The catalogue is the kit's own workspace: the
repository's ``problems/`` and ``solutions/`` in a source checkout, or their
copy inside the installed package, so ``algokit new`` works with no network.
"""

from __future__ import annotations

from pathlib import Path

from . import names
from .errors import AlgokitError, SpecError
from .spec import SPEC_FILE, load_spec


class UnknownProblem(AlgokitError):
    """No problem matches the name the user gave, or several do."""


def find_workspace(start=None, required=True):
    """The nearest folder at or above ``start`` (default: here) that holds ``problems/``."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "problems").is_dir():
            return folder
    if required:
        raise UnknownProblem(f"no problems/ folder in {here} or above: run `algokit init` to make a workspace here")
    return None


def catalogue_root():
    """The catalogue's workspace folder: packaged data, else the source checkout; None if neither."""
    package = Path(__file__).resolve().parent
    for root in (package / "data", package.parent):
        if (root / "problems").is_dir() and (root / "solutions").is_dir():
            return root
    return None


def problem_dirs(workspace):
    """Every ``problems/<slug>/`` folder that holds a spec, sorted by slug."""
    return sorted(p.parent for p in Path(workspace, "problems").glob(f"*/{SPEC_FILE}"))


def load_all(workspace, catalogue=True):
    """Specs of the workspace, then of the catalogue (a workspace copy shadows the catalogue's).

    A spec that does not load is left out here; naming its folder still reports its error.
    """
    roots = [workspace] if workspace else []
    cat = catalogue_root() if catalogue else None
    if cat and (not workspace or cat.resolve() != Path(workspace).resolve()):
        roots.append(cat)
    specs, seen = [], set()
    for root in roots:
        for folder in problem_dirs(root):
            if folder.name in seen:
                continue
            try:
                specs.append(load_spec(folder))
                seen.add(folder.name)
            except SpecError:
                continue
    return specs


def resolve(workspace, name, catalogue=False, note=None):
    """The spec ``name`` refers to: a slug, id, platform/id, URL, title or alias, misspelt or not.

    ``note(text)`` hears about a near miss that was resolved. Raises UnknownProblem
    listing the closest names when there is no clear answer.
    """
    if workspace is not None:
        folder = Path(workspace, "problems", name.strip().rstrip("/"))
        if (folder / SPEC_FILE).is_file():
            return load_spec(folder)  # a folder named exactly: its own errors are reported
    specs = load_all(workspace, catalogue)
    found = names.resolve(name, specs)
    if found.spec is not None:
        if not found.exact and note:
            note(f"resolved {name!r} to {describe(found.spec)}")
        return found.spec
    where = "the workspace or the catalogue" if catalogue else Path(workspace or ".", "problems")
    if found.candidates:
        listed = "; ".join(describe(c.spec) for c in found.candidates)
        raise UnknownProblem(f"{name!r} is not a problem in {where}; closest: {listed}")
    known = ", ".join(spec.slug for spec in specs) or "none"
    raise UnknownProblem(f"no problem {name!r} in {where}; known: {known}")


def describe(spec):
    """``시소 짝꿍 (Seesaw Partners, programmers-152996)``."""
    return f"{spec.title_ko} ({spec.title_en}, {spec.slug})"
