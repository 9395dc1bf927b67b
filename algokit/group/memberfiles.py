"""Where members' files live: the group's own layout, declared once as a pattern.

Study groups keep a repository with a layout of their own, and algokit fits it
rather than making them move every file. ``algokit.toml`` may say::

    solutions = "Week{week:02}/{platform}{id}_{member}.py"     # Week04/BOJ2470_김주성.py
    solutions = "{member}/week{week}/{title}.py"               # 민웅/week4/시소짝꿍.py
    solutions = "{title}/{member}.py"                          # 시소 짝꿍/민웅.py
    solutions = "{platform}/{level}/{id}. {title}/{title}.py"  # BaekjoonHub's own layout

The fields are ``week``, ``member``, ``platform``, ``id``, ``title``, ``slug`` and
``level``; ``{week:02}`` pads when a path is written. The default is
``solutions/{slug}/{member}.py``. A pattern without ``{member}`` (BaekjoonHub
pushes each member's solutions with the same paths) takes each file's author
from git: whoever committed the file first.

Titles in paths match in any spelling: NFC or NFD (macOS), spacing, and
BaekjoonHub's full-width punctuation and U+2005 spaces all fold away (NFKC, then
the name key of ``names``). Platforms match by any of their spellings (``BOJ``,
``백준``, ``baekjoon``..., as ``platforms`` lists them), and the group's own spelling is kept in
``[platforms]`` so that ``algokit new`` writes paths the way the group does.
"""

from __future__ import annotations

import functools
import re
import subprocess
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import languages, layout, platforms
from ..errors import AlgokitError, shown
from ..names import folded
from . import workspace

DEFAULT = f"{layout.SOLUTIONS}/{{slug}}/{{member}}.py"
FIELDS = ("week", "member", "platform", "id", "title", "slug", "level")
# What each field matches inside one path segment. Ids are numbers on every platform.
_FIELD_RE = {"week": r"\d+", "id": r"\d+", "level": r"[^/]+?", "platform": r"[^/]*?",
             "member": r"[^/]+?", "title": r"[^/]+?", "slug": r"[^/]+?"}
SKIPPED_DIRS = {"node_modules", "venv", "__pycache__", "site-packages", layout.PROBLEMS, "build", "dist"}


class PatternError(AlgokitError):
    """algokit.toml's ``solutions`` pattern cannot be used."""


def platform_of(text) -> str | None:
    """``"BOJ"``, ``"백준"`` -> ``"boj"``; None for a word that names no platform."""
    found = platforms.named(text)
    return found.id if found else None


@dataclass(frozen=True)
class Pattern:
    """A parsed ``solutions`` pattern: match a path to its fields, or write a path from them."""

    text: str
    fields: tuple  # the fields in order of appearance, repeats included
    regex: re.Pattern

    @property
    def has(self):
        return set(self.fields)

    def root_dir(self) -> str:
        """The literal folders the pattern starts with: where its files can be, at the least."""
        literal = re.split(r"\{", self.text, maxsplit=1)[0]
        return literal.rsplit("/", 1)[0] if "/" in literal else ""

    def match(self, relpath) -> dict | None:
        """The fields of a workspace-relative POSIX path, or None when it does not fit.

        A field that appears twice (BaekjoonHub's title) must read the same both times, in any spelling.
        """
        original = unicodedata.normalize("NFC", relpath)
        plain = unicodedata.normalize("NFKC", original)  # U+2005 and full-width forms fold to plain ones
        found = self.regex.fullmatch(plain)
        if found is None:
            return None
        same_length = len(plain) == len(original)  # then each value is read as the path spells it
        values = {}
        for group, text in found.groupdict().items():
            if same_length and text is not None:
                text = original[found.start(group):found.end(group)]
            name = group.rstrip("0123456789_")
            if name in values and folded(values[name]) != folded(text):
                return None
            values.setdefault(name, text)
        return values

    def render(self, values, where="algokit.toml: solutions") -> str:
        """The path for ``values``; PatternError naming the field a value is missing for."""
        def one(found):
            name, fmt = found.group(1), found.group(2) or ""
            value = values.get(name)
            if value is None or value == "":
                raise PatternError(f"{where}: the pattern needs {{{name}}}, and there is none here"
                                   + (": give --week N" if name == "week" else ""))
            if fmt:
                try:
                    return format(int(value), fmt)
                except ValueError:
                    return str(value)
            return str(value)

        return re.sub(r"\{(\w+)(?::([^}]*))?\}", one, self.text)


def parse(text, where="algokit.toml: solutions") -> Pattern:
    """Check and compile a pattern; PatternError saying what is wrong and how to write it."""
    if not isinstance(text, str) or not text.strip():
        raise PatternError(f"{where}: give a path pattern such as {DEFAULT!r}")
    text = unicodedata.normalize("NFC", text.strip()).replace("\\", "/")
    if text.startswith("/") or re.match(r"^[A-Za-z]:", text) or ".." in text.split("/"):
        raise PatternError(f"{where}: {text!r} must be a path inside the repository, relative to algokit.toml")
    extension = Path(text).suffix.lower()
    if extension not in languages.EXTENSIONS:
        raise PatternError(f"{where}: {text!r} must end in a solution's extension, such as .py; "
                           f"it matches files of every language the kit judges ({languages.SUPPORTED})")
    written, text = text, text[: -len(extension)]  # the extension stands for any language's
    parts, fields, counts = [], [], {}
    position = 0
    for found in re.finditer(r"\{([^{}]*)\}", text):
        literal = text[position:found.start()]
        if "{" in literal or "}" in literal:
            raise PatternError(f"{where}: unbalanced braces in {text!r}")
        parts.append(re.escape(literal))
        name, _, fmt = found.group(1).partition(":")
        if name not in FIELDS:
            raise PatternError(f"{where}: unknown field {{{name}}} in {text!r}; the fields are "
                               + ", ".join(f"{{{f}}}" for f in FIELDS))
        if fmt and (name != "week" or not re.fullmatch(r"0?\d+", fmt)):
            raise PatternError(f"{where}: {{{found.group(1)}}}: only {{week}} takes a width, as in {{week:02}}")
        counts[name] = counts.get(name, 0) + 1
        group = name if counts[name] == 1 else f"{name}_{counts[name]}"
        parts.append(f"(?P<{group}>{_FIELD_RE[name]})")
        fields.append(name)
        position = found.end()
    tail = text[position:]
    if "{" in tail or "}" in tail:
        raise PatternError(f"{where}: unbalanced braces in {text!r}")
    parts.append(re.escape(tail))
    parts.append("(?:" + "|".join(re.escape(e) for e in languages.EXTENSIONS) + ")")
    if counts.get("member", 0) > 1:
        raise PatternError(f"{where}: {{member}} appears twice in {text!r}; name the member once")
    if not {"slug", "id", "title"} & set(fields):
        raise PatternError(f"{where}: {text!r} does not say which problem a file solves; "
                           "use {slug}, {id} or {title}")
    return Pattern(written, tuple(fields), re.compile("".join(parts)))


@dataclass
class MemberFile:
    """A file the pattern places: whose, which problem, which week; or why it could not be placed."""

    path: Path
    fields: dict
    slug: str | None = None
    member: str | None = None
    week: int | None = None
    problem: str = ""  # how the path names the problem, for messages
    reason: str = ""  # why it is not placed, when slug or member is None


@dataclass
class Group:
    """The group in one workspace: where its files live (the pattern), its platforms' spellings, its members.

    The folder is read once per Group: build one per command (``load``) and ask it as often as needed.
    """

    root: Path
    pattern: Pattern
    platforms: dict = field(default_factory=dict)  # {"boj": "BOJ"}: the group's spelling, for writing paths
    members: list = field(default_factory=list)

    @property
    def is_default(self):
        return self.pattern.text == DEFAULT

    @functools.cached_property
    def _candidates(self):
        """The ``.py`` files where the pattern can place any, and their authors from git when the paths lack them."""
        authors = {} if "member" in self.pattern.has else git_authors(self.root)
        return candidate_files(self.root, self.pattern.root_dir()), authors

    def files(self, specs) -> list[MemberFile]:
        """Every ``.py`` file the pattern fits, placed against ``specs``; references are not members' files."""
        paths, authors = self._candidates
        found = []
        for path in paths:
            placed = read(self.pattern, path.relative_to(self.root).as_posix(), specs, authors)
            if placed is None or (placed.slug and _is_reference(self.root, placed.slug, path, specs)):
                continue
            placed.path = path
            found.append(placed)
        return found

    def member_name(self, name) -> str | None:
        """The configured member ``name`` is, in any spelling; None for someone else."""
        wanted = folded(name)
        return next((m for m in self.members if folded(m) == wanted), None)

    def path_for(self, spec, member, week=None) -> Path:
        """Where ``member``'s file for ``spec`` goes: the stub path of ``algokit new``.

        A file of theirs that is already there is theirs (``new`` keeps it). Otherwise the
        title, level and platform are spelled as the group's other files for the problem
        spell them ("시소짝꿍/" stays one folder), else from the spec.
        """
        others = [f for f in self.files([spec]) if f.slug == spec.slug] if not self.is_default else []
        wanted = folded(member)
        for found in others:
            mine = "member" not in self.pattern.has or (found.member and folded(found.member) == wanted)
            if mine and (week is None or found.week in (None, week)):  # without {member}, one path per problem
                return found.path
        values = {"slug": spec.slug, "member": layout.member_stem(member), "week": week, "id": spec.id,
                  "title": spec.title_ko, "level": spec.level,
                  "platform": self.platforms.get(spec.platform, spec.platform)}
        for name in ("title", "level", "platform"):
            spelled = [f.fields[name] for f in others if f.fields.get(name)]
            if spelled:
                values[name] = max(set(spelled), key=spelled.count)
        return self.root / self.pattern.render(values)


def read(pattern, relpath, specs, authors) -> MemberFile | None:
    """What a workspace-relative path is under ``pattern``: None when it does not fit, else its
    problem, week and author (from the path, else ``authors``, git's), or why it has none."""
    fields = pattern.match(relpath)
    if fields is None:
        return None
    found = place(fields, specs)
    member = fields.get("member") or authors.get(relpath)
    if member:
        found.member = unicodedata.normalize("NFC", member).strip()
    elif not found.reason:
        found.reason = "no {member} in the pattern and git does not know who added it"
    return found


def place(fields, specs) -> MemberFile:
    """Which problem (and week) a matched path's fields name; ``reason`` says why when none does."""
    week = int(fields["week"]) if fields.get("week", "").isdigit() else None
    by = fields.get("slug") or " ".join(v for k, v in fields.items() if k in ("platform", "id", "title") and v)
    found = MemberFile(Path(), fields, week=week, problem=by)
    candidates = list(specs)
    if fields.get("slug"):
        candidates = [s for s in candidates if s.slug == fields["slug"]]
    if fields.get("platform"):
        platform = platform_of(fields["platform"])
        if platform is not None:
            candidates = [s for s in candidates if s.platform == platform]
    if fields.get("id"):
        candidates = [s for s in candidates if str(s.id) == fields["id"]]
    if fields.get("title"):
        wanted = folded(fields["title"])
        candidates = [s for s in candidates if wanted in {folded(s.title_ko), folded(s.title_en), *map(folded, s.aliases)}]
    slugs = sorted({s.slug for s in candidates})
    if len(slugs) > 1:  # two problems share a title (Baekjoon's two 토마토): the one set up in the workspace wins
        shipped = layout.catalogue_root()
        local = sorted({s.slug for s in candidates if shipped is None or s.workspace.resolve() != shipped.resolve()})
        slugs = local if len(local) == 1 else slugs
    if len(slugs) == 1:
        found.slug = slugs[0]
    elif not slugs:
        found.reason = f"no problem here or in the catalogue is {by!r}: set it up with `algokit new`"
    else:
        found.reason = f"{by!r} could be {', '.join(slugs)}: put the id or the slug in the path"
    return found


def _is_reference(root, slug, path, specs):
    """A reference the kit copied into ``solutions/<slug>/`` is not a member's file."""
    spec = next((s for s in specs if s.slug == slug), None)
    return (spec is not None and path.parent == layout.solutions_dir(root, slug)
            and path.name in spec.references)


def candidate_files(root, start=""):
    """Every ``.py`` file under ``root/start``, skipping hidden folders, virtualenvs and problems/."""
    base = Path(root, start) if start else Path(root)
    if not base.is_dir():
        return []
    found = []
    stack = [base]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir():
                if not entry.name.startswith(".") and entry.name not in SKIPPED_DIRS \
                        and not (entry / "pyvenv.cfg").exists():
                    stack.append(entry)
            elif languages.is_solution(entry) and entry.is_file():
                found.append(entry)
    return sorted(found)


def git_authors(root) -> dict:
    """``{relpath: author}``: who first committed each file, from git; {} outside a repository."""
    try:
        done = subprocess.run(["git", "log", "--reverse", "--diff-filter=A", "--format=\x01%aN", "--name-only",
                               "-z", "--", "."], cwd=root, capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return {}
    if done.returncode != 0:
        return {}
    authors, current = {}, None
    prefix = _git_prefix(root)
    for chunk in done.stdout.decode("utf-8", "replace").split("\0"):
        chunk = chunk.strip("\n")
        if not chunk:
            continue
        if chunk.startswith("\x01"):
            head, _, rest = chunk[1:].partition("\n")
            current = unicodedata.normalize("NFC", head.strip())
            chunk = rest.strip("\n")
            if not chunk:
                continue
        path = unicodedata.normalize("NFC", chunk)
        if prefix and path.startswith(prefix):
            path = path[len(prefix):]
        authors.setdefault(path, current)
    return authors


def _git_prefix(root):
    try:
        done = subprocess.run(["git", "rev-parse", "--show-prefix"], cwd=root, capture_output=True, text=True,
                              timeout=10)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def load(root) -> Group:
    """The layout ``algokit.toml`` declares (``solutions``, ``[platforms]``, ``members``), or the default."""
    data = workspace.read(root)
    pattern = parse(data.get("solutions", DEFAULT))
    spelled = {}
    for name, spelling in data.get("platforms", {}).items():
        platform = platform_of(name)
        if platform is None or not isinstance(spelling, str):
            raise PatternError(f"algokit.toml: platforms.{name}: give one of {', '.join(platforms.IDS)} "
                               f"= \"how your paths spell it\", e.g. boj = \"BOJ\"")
        spelled[platform] = spelling
    return Group(Path(root), pattern, spelled, list(data.get("members", [])))


def problems_touched(root, paths, specs) -> list[str]:
    """The slugs whose spec, references or members' files are among ``paths`` (relative to ``root``).

    For checks on a pull request: only the problems it changed are run. A problem
    folder counts by its spec file even when the spec no longer loads: the change that
    broke it must be checked, and pytest reports the error.
    """
    group = load(root)
    known = {spec.slug for spec in specs}
    slugs = set()
    for given in paths:
        relpath = unicodedata.normalize("NFC", Path(given).as_posix())
        parts = relpath.split("/")
        if len(parts) >= 3 and parts[0] in (layout.PROBLEMS, layout.SOLUTIONS):
            if parts[1] in known or (layout.problem_dir(root, parts[1]) / layout.SPEC_FILE).is_file():
                slugs.add(parts[1])
            continue
        fields = group.pattern.match(relpath)
        if fields is not None:
            placed = place(fields, specs)
            if placed.slug in known:
                slugs.add(placed.slug)
    return sorted(slugs)


def week_files(group, specs, week) -> tuple[dict, list]:
    """``({(slug, member): path}, [(slug, path, author)])``: each member's file for each problem of week
    ``week``, by :func:`solutions`, and the files for these problems whose author is not a member, or
    unknown ("?"): listed once each, never dropped silently.

    With ``{week}`` in the pattern only that week's files count. When a member has several files for one
    problem, the one changed last is theirs.
    """
    def this_week(found_week):
        return "week" not in group.pattern.has or found_week == week

    chosen, unknown = [], []
    for spec in specs:
        for found in solutions(group.root, spec, members_only=True, group=group):
            if not this_week(found.week):
                continue
            if group.member_name(found.member) is None:
                unknown.append((spec.slug, found.path, found.member))
            else:
                chosen.append(((spec.slug, found.member), found))
    slugs = {spec.slug for spec in specs}
    unknown += [(f.slug, f.path, "?") for f in group.files(specs)  # the layout places them, git knows no author
                if f.slug in slugs and not f.member and this_week(f.week)]
    return {key: found.path for key, found in _newest(chosen)}, unknown


def _newest(keyed):
    """``[(key, Solution)]`` with only the file changed last for each key, in the order keys are first seen."""
    newest = {}
    for key, found in keyed:
        if key not in newest or _mtime(found.path) > _mtime(newest[key].path):
            newest[key] = found
    return list(newest.items())


def _mtime(path):
    try:
        return Path(path).stat().st_mtime_ns
    except OSError:
        return 0


@dataclass(frozen=True)
class Solution:
    """One file to judge for a problem: one of its references, or a member's (``member`` says whose)."""

    path: Path
    member: str | None = None  # None for the problem's own references
    week: int | None = None  # the week its path names, where the layout has {week}


def solutions(root, spec, *, members_only=False, latest=False, group=None) -> list[Solution]:
    """Every file to judge for ``spec``: the one rule that ``check``, ``time``, ``week``, ``pytest`` and the
    judge's cross-check among members all follow.

    The files in ``solutions/<slug>/`` (the references, and members' files named for the
    member), then the members' files that the group's layout places elsewhere; with no
    workspace (``root`` None), the folder alone. ``members_only`` leaves the references
    out; ``latest`` keeps each member's newest file only (a member's own check). ``group``:
    the workspace's loaded Group, to read the folder once for many problems.
    """
    references = [spec.reference(name) for name in spec.references]  # wherever they live (Spec.reference)
    found = sorted([Solution(path) for path in references if path.is_file()]
                   + [Solution(path, path.stem) for path in layout.solution_files(spec.workspace, spec.slug)
                      if path.name not in spec.references], key=lambda s: s.path.name)
    if root is not None:
        group = group or load(root)
        inside = spec.solutions_dir.resolve()
        found += [Solution(f.path, f.member, f.week) for f in group.files([spec])
                  if f.slug == spec.slug and f.member and f.path.resolve().parent != inside]
        found = [s if s.member is None else replace(s, member=group.member_name(s.member) or s.member)
                 for s in found]
    if members_only:
        found = [s for s in found if s.member is not None]
    if latest:  # in the order first seen: the folder's files by name, then the layout's by path
        found = [s for _, s in _newest((s.member or s.path.name, s) for s in found)]
    return found


def peers(root, group=None):
    """``peers(spec)`` for a Judge: every solution file of a problem, by :func:`solutions` (the folder read once)."""
    group = group or (load(root) if root is not None else None)

    def files(spec):
        return [found.path for found in solutions(root, spec, group=group)]

    return files


def to_judge(root, spec, given=(), *, members_only=False, group=None) -> list[Solution]:
    """The files a command judges: each FILE argument found (all before any work), or with none every
    solution by :func:`solutions`, each member's newest (``members_only``: the members' files alone).

    Raises AlgokitError saying what to give when there is nothing to judge.
    """
    group = group or (load(root) if root is not None else None)
    if given:
        return [locate(spec, name, root, group) for name in given]
    found = solutions(root, spec, members_only=members_only, latest=True, group=group)
    if not found and members_only:
        raise AlgokitError(f"no member has a file for {spec.slug} yet: give a FILE to check")
    if not found:
        raise AlgokitError(f"no solutions in {shown(spec.solutions_dir)}: add one, or name FILEs")
    return found


def locate(spec, given, root=None, group=None) -> Solution:
    """The file a FILE argument means: a path, a file in ``solutions/<slug>/``, or a member's name.

    A member's name finds their file for ``spec`` through the group's layout, so
    ``algokit check 2470 김주성`` works wherever the group keeps its files.
    """
    for candidate in (Path(given), spec.solutions_dir / given, spec.reference(given)):
        if candidate.is_file():
            return Solution(candidate)
    if root is not None:
        mine = {s.member: s for s in solutions(root, spec, members_only=True, latest=True, group=group)}
        wanted = folded(given)
        for member, found in mine.items():
            if folded(member) == wanted:
                return found
        if mine:
            raise layout.MissingFile(f"FILE {given!r}: no such file, and no member of that name has a file for "
                                     f"{spec.slug}; members with one: {', '.join(mine)}")
    raise layout.MissingFile(f"FILE {given!r}: no such file here or in {shown(spec.solutions_dir)}; "
                             f"give a path to a .py solution, or a member's name")
