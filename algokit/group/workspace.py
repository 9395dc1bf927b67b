"""The group's workspace file, ``algokit.toml``: who you are, the members, and each week's problems.

It is the group's own file, so it is edited in place with tomlkit, which keeps
every comment and the layout; it is never rewritten from scratch.

    author = "민웅"                  # the default --author of `algokit new`
    members = ["민웅", "지수"]       # the columns of `algokit week`

    solutions = "{member}/week{week}/{title}.py"   # where members' files live (see memberfiles), any language

    [languages]                      # a member's language for `algokit new` (default python)
    지수 = "java"

    [weeks]
    4 = ["programmers-152996", "programmers-150369"]
"""

from __future__ import annotations

import subprocess
import tomllib
import unicodedata
from pathlib import Path

from .. import languages, layout
from ..errors import AlgokitError, SpecError
from ..problem.specfile import schema_text

IGNORED = ((layout.HYPOTHESIS, "Hypothesis remembers failing inputs here, per machine."),
           (layout.CACHE, "algokit keeps results here between commands (algokit week), per machine."))
TEMPLATE = """\
# algokit workspace: the group's members and each week's problems.
# `algokit new NAME --week N --author NAME` fills this in as you go.
author = {author}        # you: the default --author of `algokit new`
members = {members}      # the columns of `algokit week`

[weeks]
"""


class NoWorkspace(AlgokitError):
    """A command needs ``algokit.toml`` and there is none."""


def read(workspace):
    """``algokit.toml`` as a dict; {} when the workspace has none."""
    path = Path(workspace, layout.CONFIG)
    if not path.exists():
        return {}
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise SpecError(path, "", f"not valid TOML: {e}", "fix the syntax at that line") from None
    for key, kind in (("author", str), ("members", list), ("weeks", dict), ("solutions", str), ("platforms", dict),
                      ("languages", dict)):
        if key in data and type(data[key]) is not kind:
            raise SpecError(path, key, f"expected {kind.__name__}, got {type(data[key]).__name__}")
    return data


def init(folder, author=None, members=()):
    """Make ``folder`` a workspace; returns ``[(path, "created" | "kept" | "updated")]``. Never overwrites."""
    import tomlkit

    folder = Path(folder)
    done = []
    for sub in (layout.PROBLEMS, layout.SOLUTIONS):
        path = folder / sub
        done.append((path, "kept" if path.is_dir() else "created"))
        path.mkdir(parents=True, exist_ok=True)
    config = folder / layout.CONFIG
    everyone = list(dict.fromkeys([*([author] if author else []), *members]))
    done.append((config, layout.write_new(config, TEMPLATE.format(author=tomlkit.item(author or "").as_string(),
                                                                  members=tomlkit.item(everyone).as_string()))))
    done.append(ensure_schema(folder))
    done.append(ensure_gitignored(folder))
    return done


def ensure_schema(root):
    """Write ``problems/problem.schema.json`` (the kit's own file) when it is missing or out of date."""
    path = layout.schema_file(root)
    text = schema_text()
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return path, "kept"
    action = "updated" if path.exists() else "created"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path, action


def ensure_gitignored(folder):
    """Keep per-machine folders (Hypothesis's examples, algokit's cache) out of git: append, never replace."""
    path = Path(folder, ".gitignore")
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    present = {line.strip().rstrip("/") for line in text.splitlines()}
    missing = [(name, why) for name, why in IGNORED if name not in present]
    if not missing:
        return path, "kept"
    prefix = "" if not text or text.endswith("\n") else "\n"
    with path.open("a", encoding="utf-8") as f:
        f.write(prefix + "".join(f"# {why}\n{name}/\n" for name, why in missing))
    return path, "updated" if text else "created"


def author(workspace, given=None):
    """Who writes the stub: --author, else algokit.toml's author, else git's user.name."""
    if given:
        return unicodedata.normalize("NFC", given)
    configured = read(workspace).get("author")
    if configured:
        return unicodedata.normalize("NFC", configured)
    try:
        name = subprocess.run(["git", "config", "user.name"], cwd=workspace, capture_output=True,
                              text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        name = ""
    if not name:
        raise AlgokitError("who is writing this? give --author NAME, or set author in algokit.toml")
    return unicodedata.normalize("NFC", name)


def language_of(workspace, member, given=None):
    """The language of ``member``'s new files: ``given`` (``--lang``), else algokit.toml's
    ``[languages]`` entry for them, else Python. A spelling the kit does not know is an error naming where."""
    if given is not None:
        found = languages.named(given)
        if found is None:
            raise AlgokitError(f"--lang {given!r}: give one of {', '.join(languages.IDS)}")
        return found
    path = Path(workspace, layout.CONFIG)
    recorded = read(workspace).get("languages", {}) if path.exists() else {}
    wanted = unicodedata.normalize("NFC", member)
    for name, text in recorded.items():
        if unicodedata.normalize("NFC", name) == wanted:
            found = languages.named(text) if isinstance(text, str) else None
            if found is None:
                raise SpecError(path, f"languages.{name}", f"{text!r} is not a language the kit judges",
                                f"use one of {', '.join(languages.IDS)}")
            return found
    return languages.PYTHON


def record(workspace, week, slug, member, language=None):
    """Add ``slug`` to week ``week`` and ``member`` to the members (with their ``language``, when given),
    editing algokit.toml in place."""
    import tomlkit

    path = Path(workspace, layout.CONFIG)
    if not path.exists():
        raise NoWorkspace(f"{layout.CONFIG} not found in {workspace}: run `algokit init` first to record weeks")
    read(workspace)  # reports a broken file clearly before tomlkit sees it
    document = tomlkit.parse(path.read_text(encoding="utf-8"))
    changed = False
    if member is not None:
        member = unicodedata.normalize("NFC", member)  # the same name typed on macOS arrives as NFD
        members = document.setdefault("members", tomlkit.array())
        if member not in members:
            members.append(member)
            changed = True
        if language is not None:
            table = document.setdefault("languages", tomlkit.table())
            if table.get(member) != language.id:
                table[member] = language.id
                changed = True
    if week is not None:
        weeks = document.setdefault("weeks", tomlkit.table())
        problems = weeks.setdefault(str(week), tomlkit.array())
        if slug not in problems:
            problems.append(slug)
            changed = True
    if changed:
        path.write_text(tomlkit.dumps(document), encoding="utf-8")
    return changed


def weeks(workspace):
    """``{week number: [slug, ...]}`` from algokit.toml."""
    found = {}
    for key, slugs in read(workspace).get("weeks", {}).items():
        try:
            found[int(key)] = list(slugs)
        except ValueError:
            raise SpecError(Path(workspace, layout.CONFIG), f"weeks.{key}", "week keys are numbers") from None
    return found
