"""``algokit new``: the week's problem in the group's workspace, and a stub for the member.

The one rule: a file that exists is never overwritten or deleted. ``force``
lets the kit rewrite its own files (spec, statement, generators, references) with
the catalogue's, and even then a member's solution is never touched.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from . import catalog, layout, names, workspace
from .errors import AlgokitError
from .generate import GEN_FILE
from .spec import CHECKER_FILE, SPEC_FILE, load_spec
from .specfile import SCHEMA_LINE
from .valuetypes import short

STATEMENT = "README.md"


@dataclass
class Created:
    """What ``algokit new`` did: the problem's slug, each file and what happened to it, the stub."""

    slug: str
    stub: Path
    files: list = field(default_factory=list)  # [(path, "created" | "kept" | "rewritten")]


def new(root, name, *, week=None, author=None, force=False, create=False, slug=None, choose=None, note=None):
    """Set up problem ``name`` in workspace ``root`` with a stub for ``author``; returns :class:`Created`.

    ``choose(name, candidates)`` settles an unclear name: it returns one of the
    candidate specs, or None for a new problem; without it an unclear name is an
    error. ``note(text)`` hears about a near miss that was resolved.
    """
    if root is None:
        raise AlgokitError("no workspace here: run `algokit init` first")
    who = workspace.author(root, author)
    if week is not None and not (Path(root) / layout.CONFIG).exists():
        raise AlgokitError(f"--week needs {layout.CONFIG}: run `algokit init` first")
    spec = None if create else _pick(name, catalog.load_all(root), choose, note)
    if spec is not None:
        check_author(spec, who)
        files = copy_problem(_catalogue_twin(spec) if force else spec, root, force)
        spec = catalog.resolve(root, spec.slug)
        files.append(write_stub(spec, root, who))
        made = Created(spec.slug, layout.member_file(root, spec.slug, who), files)
    else:
        made_slug, files = skeleton(root, name, slug, who)
        made = Created(made_slug, layout.member_file(root, made_slug, who), files)
    if (Path(root) / layout.CONFIG).exists():
        workspace.record(root, week, made.slug, who)
    return made


def new_set(root, set_name, *, week=None, author=None, force=False):
    """Set up every problem of a set (``kit/해시``) with a stub each; returns ``[Created]``.

    As :func:`new` does for one problem: nothing that exists is overwritten.
    """
    if root is None:
        raise AlgokitError("no workspace here: run `algokit init` first")
    chosen = catalog.in_set(catalog.load_all(root), set_name)
    return [new(root, spec.slug, week=week, author=author, force=force) for spec in chosen]


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
    if root is None or not (layout.problem_dir(root, spec.slug) / SPEC_FILE).is_file():
        return spec
    return load_spec(layout.problem_dir(root, spec.slug))


def copy_problem(spec, root, force=False):
    """Copy a catalogue problem (spec, statement, gen.py, checker.py, references) into ``root``.

    Returns ``[(path, "created" | "kept" | "rewritten")]``.
    """
    done = [workspace.ensure_schema(root)]
    target_dir = layout.problem_dir(root, spec.slug)
    for name in (SPEC_FILE, STATEMENT, GEN_FILE, CHECKER_FILE):
        source = spec.dir / name
        if source.exists():
            done.append(_copy(source, target_dir / name, force))
    target_solutions = layout.solutions_dir(root, spec.slug)
    for name in spec.references:
        done.append(_copy(spec.solutions_dir / name, target_solutions / name, force))
    return done


def _copy(source, target, force):
    if source.resolve() == target.resolve():
        return target, "kept"
    if target.exists() and not force:
        return target, "kept"
    action = "rewritten" if target.exists() else "created"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target, action


def write_stub(spec, root, author):
    """The member's stub: exact signature, the summary and examples, NotImplementedError.

    Never overwrites: returns ``(path, "created" | "kept")``.
    """
    check_author(spec, author)
    path = layout.member_file(root, spec.slug, author)
    if path.exists():
        return path, "kept"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(stub_text(spec, author), encoding="utf-8")
    return path, "created"


def check_author(spec, author):
    """A member's file must not take a reference's name: it would be the reference."""
    if layout.member_stem(author) + ".py" in spec.references:
        raise AlgokitError(f"--author {author!r}: {layout.member_stem(author)}.py is a reference solution of "
                           f"{spec.slug}; pick another name")


def stub_text(spec, author):
    """The stub's text: a docstring to fill in, then the platform's exact entry point."""
    summary = "\n".join(line.strip() for line in spec.summary.splitlines()) or "See the statement."
    return f'''"""{spec.title_ko} ({spec.title_en}): {spec.platform} {spec.id}, by {author}.

{summary}

Examples:
{_examples(spec)}

Statement: problems/{spec.slug}/README.md
Source: {spec.url}
Check it: algokit check {spec.slug} {Path(layout.SOLUTIONS, spec.slug, layout.member_stem(author) + ".py").as_posix()}

Idea: (your idea in a sentence or two)
Time: O(?). Space: O(?).
"""
{_entry_point(spec)}'''


def _examples(spec):
    if spec.style == "stdin":
        shown = []
        for ex in _official(spec)[:2]:
            text = "\n".join(f"        {line}" for line in ex.args[0].strip().splitlines())
            shown.append(f"    stdin:  # {ex.why}\n{text}\n    stdout: {ex.output.strip()}")
        return "\n".join(shown)
    call = f"Solution().{spec.function}" if spec.style == "class" else spec.function
    return "\n".join(f"    {call}({', '.join(short(a, 60) for a in ex.args)}) == {short(ex.output, 30)}  # {ex.why}"
                     for ex in _official(spec)[:4])


def _official(spec):
    """The platform's own examples: the edge cases are for the member to find, so stubs leave them out."""
    return [ex for ex in spec.examples if ex.official] or list(spec.examples[:1])


def _entry_point(spec):
    """``def solution(...)``, ``class Solution`` with the method, or a stdin program."""
    if spec.style == "stdin":
        return '''import sys

input = sys.stdin.readline

raise NotImplementedError  # read the input, print the answer
'''
    if spec.style == "class":
        hints = ", ".join(f"{p.name}: {_hint(p.type)}" for p in spec.params)
        return f'''from typing import List


class {spec.class_name}:
    def {spec.function}(self, {hints}) -> {_hint(spec.returns)}:
        raise NotImplementedError
'''
    return f'''

def {spec.function}({", ".join(spec.names)}):
    raise NotImplementedError
'''


def _hint(type_text):
    """LeetCode's spelling of a spec type: list[int] -> List[int]."""
    return type_text.replace("list[", "List[")


def new_slug(name):
    """An ASCII slug for a problem the catalogue does not know."""
    from .names import looks_like_url

    text = unicodedata.normalize("NFC", name).strip()
    if looks_like_url(text):
        match = re.search(r"(acmicpc\.net|programmers\.co\.kr|leetcode\.com)/.*?([\w-]+)/?$", text)
        if match:
            platform = {"acmicpc.net": "boj", "programmers.co.kr": "programmers", "leetcode.com": "leetcode"}[
                match.group(1)]
            return f"{platform}-{match.group(2).lower()}"
    ascii_words = re.findall(r"[a-z0-9]+", text.lower())
    if ascii_words:
        return "-".join(ascii_words)[:60]
    return "problem-" + hashlib.sha1(text.encode()).hexdigest()[:8]


def skeleton(root, name, slug, author):
    """A new problem with every field to fill marked TODO, a brute force to write first and a stub."""
    slug = slug or new_slug(name)
    if not re.match(r"^[a-z0-9][a-z0-9-]*$", slug):
        raise AlgokitError(f"--slug {slug!r}: use lowercase ASCII letters, digits and '-'")
    korean = any("\uac00" <= ch <= "\ud7a3" for ch in name)
    title_ko = name if korean else "TODO: the Korean title"
    title_en = "TODO: the English title" if korean else name
    problem = layout.problem_dir(root, slug)
    solutions = layout.solutions_dir(root, slug)
    files = {
        problem / SPEC_FILE: SKELETON_SPEC.format(slug=slug, ko=title_ko, en=title_en, name=name),
        problem / STATEMENT: SKELETON_README.format(name=name),
        solutions / "brute_force.py": SKELETON_BRUTE,
        layout.member_file(root, slug, author): SKELETON_STUB.format(author=author, name=name, slug=slug),
    }
    done = []
    for path, text in files.items():
        if path.exists():
            done.append((path, "kept"))
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        done.append((path, "created"))
    return slug, done


SKELETON_SPEC = SCHEMA_LINE + '''
# A new problem. Fill in every TODO, then run: pytest problems/{slug}
# The seed problems show complete specs, e.g. the catalogue's programmers-152996.
slug = "{slug}"
platform = "TODO: programmers, boj or leetcode"
id = "TODO: the platform's problem id"
url = "TODO: the problem's URL"
title = {{ ko = "{ko}", en = "{en}" }}
aliases = []
summary = "TODO: the statement in two or three sentences of your own"

[signature]
function = "solution"
returns = "TODO: int, float, bool, str or list[...]"
size = "TODO: the parameter that scales, like n or len(nums)"

[[params]]
name = "TODO: the platform's parameter name"
type = "TODO: int, list[int], ..."
# min = 1, max = 100_000, len = [1, 100_000]: the constraints, for generated inputs

[limits]
time = 1.0  # seconds at the constraint maximum: calibrate it with `algokit time`

[solutions]
oracle = "brute_force.py"
references = ["brute_force.py"]

[[examples]]
why = "official"
input = {{ TODO = "the official example's arguments, by parameter name" }}
output = "TODO: its answer"
'''

SKELETON_README = '''\
# {name}

Source: TODO: the URL (the statement below is our own summary).

TODO: the statement in your own words, the signature, the constraints and the examples.
'''

SKELETON_BRUTE = '''\
"""Brute force: TODO: the most obvious correct method. Write it first: it is the oracle.

Time: O(?). Space: O(?).
"""


def solution(*args):
    raise NotImplementedError("write the brute force first, with the platform's signature")
'''

SKELETON_STUB = '''\
"""{name}: by {author}. Fill in problems/{slug}/problem.toml first.

Idea: (your idea in a sentence or two)
Time: O(?). Space: O(?).
"""


def solution(*args):
    raise NotImplementedError
'''
