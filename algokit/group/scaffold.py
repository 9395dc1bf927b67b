"""``algokit new``: the week's problem in the group's workspace, and a stub for the member.

The one rule: a file that exists is never overwritten or deleted. ``force``
lets the kit rewrite its own files (spec, statement, generators, references) with
the catalogue's, and even then a member's solution is never touched.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from .. import languages, layout, names
from ..errors import AlgokitError
from ..problem import catalog, newproblem, stubs
from ..problem.spec import load_spec
from . import memberfiles, workspace


@dataclass
class Created:
    """What ``algokit new`` did: the problem's slug, each file and what happened to it, the stub."""

    slug: str
    stub: Path
    files: list = field(default_factory=list)  # [(path, "created" | "kept" | "rewritten")]
    new: bool = False  # a problem the catalogue does not have: its spec is a skeleton


def new(root, name, *, week=None, author=None, force=False, create=False, slug=None, choose=None, note=None,
        source=None, signature=None, language=None):
    """Set up problem ``name`` in workspace ``root`` with a stub for ``author``; returns :class:`Created`.

    ``choose(name, candidates)`` settles an unclear name: it returns one of the
    candidate specs, or None for a new problem; without it an unclear name is an
    error. ``note(text)`` hears about a near miss that was resolved. A new problem's
    signature comes from ``source`` (a member's file) or ``signature`` (its text). ``language``
    (``--lang``, as typed) is the stub's language, recorded in algokit.toml as the author's;
    without it, the author's recorded language, else Python.
    """
    if source is not None or signature is not None:
        create = True
    if root is None:
        raise AlgokitError("no workspace here: run `algokit init` first")
    who = workspace.author(root, author)
    chosen = workspace.language_of(root, who, language)
    if week is not None and not (Path(root) / layout.CONFIG).exists():
        raise AlgokitError(f"--week needs {layout.CONFIG}: run `algokit init` first")
    group = memberfiles.load(root)  # where members' files live: the group's own pattern, or the default
    spec = None if create else _pick(name, catalog.load_all(root), choose, note)
    if spec is not None:
        refuse_reference_name(spec, who)
        mine = group.path_for(spec, who, week)  # before any file is written: a pattern it cannot fill stops here
        if not mine.exists():  # a file of theirs already there stays theirs, in its own language
            mine = mine.with_suffix(chosen.extension)
        files = copy_problem(_catalogue_twin(spec) if force else spec, root, force)
        spec = catalog.resolve(root, spec.slug)
        files.append(write_stub(spec, root, who, mine, chosen))
        made = Created(spec.slug, mine, files)
    else:
        found = (newproblem.signature_from_file(source) if source is not None
                 else newproblem.signature_from_text(signature) if signature is not None else None)
        paths = {}

        def member_path(made_slug):
            paths[made_slug] = _new_problem_path(group, made_slug, name, who, week, source, note)
            return paths[made_slug]

        made_slug, files = newproblem.skeleton(root, name, slug, who, found, source, member_path)
        made = Created(made_slug, paths[made_slug], files, new=True)
    if (Path(root) / layout.CONFIG).exists():
        workspace.record(root, week, made.slug, who, chosen if language is not None else None)
    return made


def new_set(root, set_name, *, week=None, author=None, force=False, language=None):
    """Set up every problem of a set (``kit/해시``) with a stub each; returns ``[Created]``.

    As :func:`new` does for one problem: nothing that exists is overwritten.
    """
    if root is None:
        raise AlgokitError("no workspace here: run `algokit init` first")
    chosen = catalog.in_set(catalog.load_all(root), set_name)
    return [new(root, spec.slug, week=week, author=author, force=force, language=language) for spec in chosen]


def _pick(name, specs, choose, note):
    """The spec ``name`` means; None for a new problem."""
    found = names.resolve(name, specs)
    if found.spec is not None:
        if not found.exact and note:
            note(f"resolved {name!r} to {catalog.describe(found.spec)}")
        return found.spec
    if not found.candidates:
        return None
    if choose is None:
        raise AlgokitError(f"{name!r} is ambiguous: pass --yes (take the closest) or --new (create a new problem)")
    return choose(name, [c.spec for c in found.candidates])


def _catalogue_twin(spec):
    """The catalogue's copy of a workspace problem, to rewrite the kit's files from (--force)."""
    root = layout.catalogue_root()
    if root is None or not (layout.problem_dir(root, spec.slug) / layout.SPEC_FILE).is_file():
        return spec
    return load_spec(layout.problem_dir(root, spec.slug))


def copy_problem(spec, root, force=False):
    """Copy a catalogue problem (spec, statement, gen.py, checker.py) into ``root``.

    Not its references: they stay with the installed catalogue, where the judge finds
    them (``Spec.reference``). Beside a member's stub their names alone would give the
    technique away; ``algokit reveal`` shows them after the session.
    Returns ``[(path, "created" | "kept" | "rewritten")]``.
    """
    done = [workspace.ensure_schema(root)]
    target_dir = layout.problem_dir(root, spec.slug)
    for source in layout.problem_files(spec.dir):
        done.append(_copy(source, target_dir / source.name, force))
    return done


def reveal(spec, root):
    """Copy the problem's references into ``solutions/<slug>/``, for the discussion after a session.

    Never over a file already there. Returns ``[(path, "created" | "kept")]``; the judge
    then finds them there (``Spec.reference``), as it found them in the catalogue.
    """
    target = layout.solutions_dir(root, spec.slug)
    return [_copy(spec.reference(name), target / name, force=False) for name in _oracle_first(spec)]


def _oracle_first(spec):
    return [spec.oracle] * (spec.oracle is not None) + [r for r in spec.references if r != spec.oracle]


def _copy(source, target, force):
    if source.resolve() == target.resolve():
        return target, "kept"
    if not (force and target.exists()):
        return target, layout.write_new(target, source.read_bytes())
    shutil.copyfile(source, target)  # --force: the kit's own file, never a member's, back as the catalogue has it
    return target, "rewritten"


def _new_problem_path(group, slug, name, author, week, source, note):
    """A new problem's file for its author: where the group's pattern puts it.

    A member's own file (``--from``) that already sits where the pattern looks stays
    where it is. A pattern that needs what a new problem lacks (an id, say) falls back
    to the default place, with a note.
    """
    if source is not None:
        try:
            relpath = Path(source).resolve().relative_to(Path(group.root).resolve()).as_posix()
        except ValueError:
            relpath = None
        if relpath is not None and group.pattern.match(relpath) is not None:
            return Path(source)
    bare = SimpleNamespace(slug=slug, id=None, title_ko=name, level=None, platform=None)
    try:
        return group.path_for(bare, author, week)
    except memberfiles.PatternError as e:
        fallback = layout.member_file(group.root, slug, author)
        if note:
            note(f"{e}; wrote {layout.SOLUTIONS}/{slug}/{fallback.name} instead: move it where your layout wants it")
        return fallback


def write_stub(spec, root, author, path=None, language=None):
    """The member's stub at ``path`` (default: the workspace's default place), in ``language`` (default
    Python): exact signature, the summary and examples, and a body that raises until written.

    Never overwrites: returns ``(path, "created" | "kept")``.
    """
    refuse_reference_name(spec, author)
    extension = language.extension if language is not None else ".py"
    path = Path(path) if path is not None else layout.member_file(root, spec.slug, author, extension)
    return path, layout.write_new(path, stubs.for_spec(spec, author, path.relative_to(root).as_posix(),
                                                       languages.of_path(path)))


def refuse_reference_name(spec, author):
    """A member's file must not take a reference's name: it would be the reference."""
    if layout.member_stem(author) + ".py" in spec.references:
        raise AlgokitError(f"--author {author!r}: {layout.member_stem(author)}.py is a reference solution of "
                           f"{spec.slug}; pick another name")
