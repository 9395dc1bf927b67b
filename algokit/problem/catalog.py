"""Finding the problem a user names, in the workspace and in the shipped catalogue."""

from __future__ import annotations

from pathlib import Path

from .. import layout, names, platforms
from ..errors import AlgokitError, SpecError
from . import sets
from .spec import load_spec


class UnknownProblem(AlgokitError):
    """No problem matches the name the user gave, or several do."""


def load_all(workspace, catalogue=True):
    """Specs of the workspace, then of the catalogue (a workspace copy shadows the catalogue's).

    A spec that does not load is left out here; naming its folder still reports its error.
    """
    roots = [workspace] if workspace else []
    cat = layout.catalogue_root() if catalogue else None
    if cat and (not workspace or cat.resolve() != Path(workspace).resolve()):
        roots.append(cat)
    specs, seen = [], set()
    for root in roots:
        for folder in layout.problem_dirs(root):
            if folder.name in seen:
                continue
            try:
                specs.append(load_spec(folder))
                seen.add(folder.name)
            except SpecError:
                continue
    return specs


def select(specs, set_name=None, level=None, tag=None, platform=None):
    """The specs that match every filter given: a set, a level, a technique, a platform.

    Unknown set or platform names raise UnknownProblem listing the known ones.
    """
    chosen = in_set(specs, set_name) if set_name else list(specs)
    if level is not None:
        chosen = [spec for spec in chosen if spec.level == level]
    if tag:
        wanted = names.normal(tag)
        chosen = [spec for spec in chosen if any(wanted in names.normal(t) for t in spec.techniques)]
    if platform:
        found = platforms.named(platform)
        if found is None:
            raise UnknownProblem(f"--platform {platform!r}: use one of {', '.join(platforms.IDS)}")
        chosen = [spec for spec in chosen if spec.platform == found.id]
    return sorted(chosen, key=lambda spec: (sets.order(spec.sets), spec.level or 0, spec.slug))


def in_set(specs, name):
    """The specs in the set ``name`` (an id, a Korean or English title, an alias), in catalogue order.

    Raises UnknownProblem listing the known sets when ``name`` is none of them.
    """
    found = sets.find(name)
    set_id = found.id if found else name.strip().lower()
    chosen = [spec for spec in specs if sets.contains(set_id, spec.sets)]
    if not chosen:
        known = ", ".join(s.id for s in sets.KNOWN)
        raise UnknownProblem(f"no problems in set {name!r}; known sets: {known}")
    return chosen


def resolve(workspace, name, catalogue=False, note=None):
    """The spec ``name`` refers to: a slug, id, platform/id, URL, title or alias, misspelt or not.

    ``note(text)`` hears about a near miss that was resolved. Raises UnknownProblem
    listing the closest names when there is no clear answer.
    """
    if workspace is not None:
        folder = layout.problem_dir(workspace, name.strip().rstrip("/"))
        if (folder / layout.SPEC_FILE).is_file():
            return load_spec(folder)  # a folder named exactly: its own errors are reported
    specs = load_all(workspace, catalogue)
    found = names.resolve(name, specs)
    if found.spec is not None:
        if not found.exact and note:
            note(f"resolved {name!r} to {describe(found.spec)}")
        return found.spec
    where = "the workspace or the catalogue" if catalogue else Path(workspace or ".", layout.PROBLEMS)
    if found.candidates:
        listed = "; ".join(describe(c.spec) for c in found.candidates)
        raise UnknownProblem(f"{name!r} is not a problem in {where}; closest: {listed}")
    elsewhere = None if catalogue else names.resolve(name, load_all(None)).spec
    if elsewhere is not None:
        raise UnknownProblem(f"{describe(elsewhere)} is in the catalogue but not set up here: "
                             f"run `algokit new {elsewhere.slug}`")
    known = ", ".join(spec.slug for spec in specs) or "none"
    raise UnknownProblem(f"no problem {name!r} in {where}; known: {known}")


def resolve_anywhere(root, name, note=None):
    """The spec ``name`` means for a command that only reads it (check, time, show), from workspace ``root``.

    The workspace's copy when there is one; else the shipped catalogue's, with a
    note saying how to set it up here. Works outside any workspace (``root`` None).
    """
    spec = resolve(root, name, catalogue=True, note=note)
    if note and (root is None or root.resolve() not in spec.path.resolve().parents):
        note(f"using the catalogue's {spec.slug}: run `algokit new {spec.slug}` to set it up in this workspace")
    return spec


def describe(spec):
    """``시소 짝꿍 (Seesaw Partners, programmers-152996)``."""
    return f"{spec.title_ko} ({spec.title_en}, {spec.slug})"
