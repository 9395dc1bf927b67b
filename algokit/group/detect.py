"""``algokit init --detect``: read an existing group repository and propose its layout.

Every solution file's path (``.py``, ``.java``, ``.cpp``, ``.js``...) is read segment by segment. What a segment can be is
recognised: a platform (``BOJ``, ``프로그래머스``), a level (``2``, ``Gold``), a week
(``Week04``, ``week4``, ``4주차``), BaekjoonHub's ``152996. 시소 짝꿍``, a catalogue
title or slug in any spelling, or ``BOJ2470_김주성``-style names. A segment that is
none of these is either a member's name or a fixed folder. Each file thus
proposes a few patterns; the pattern that places the most files (a known problem
and a known author) wins. Its members, its weeks with their problems, the
platforms' spellings and the files it could not place make the proposal.

Cost: O(files x candidate patterns); a repository of a few hundred files takes
well under a second.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .. import languages, layout
from ..names import folded
from .memberfiles import candidate_files, git_authors, parse, platform_of, read

TIERS = ("bronze", "silver", "gold", "platinum", "diamond", "ruby", "unrated", "브론즈", "실버", "골드", "플래티넘",
         "다이아몬드", "루비")
MAX_UNKNOWN = 3  # segments a file may leave unexplained: each is a member or a fixed folder


@dataclass
class Proposal:
    """What ``init --detect`` proposes; nothing is written until it is accepted."""

    pattern: str | None
    files: int  # solution files looked at
    placed: list = field(default_factory=list)  # [MemberFile]: a problem and an author each
    unplaced: list = field(default_factory=list)  # [(relpath, reason)]
    members: list = field(default_factory=list)
    weeks: dict = field(default_factory=dict)  # {week: [slug]}
    platforms: dict = field(default_factory=dict)  # {"boj": "BOJ"}: the spelling the paths use
    to_set_up: list = field(default_factory=list)  # catalogue slugs not yet in the workspace's problems/
    languages: dict = field(default_factory=dict)  # {member: language id}, where most of their files are not Python


def segment_templates(text, title_keys, slugs):
    """What one path segment (a file's stem, for the last) can stand for, as pattern pieces.

    ``None`` in the list means "unexplained": a member's name or a fixed folder.
    """
    s = unicodedata.normalize("NFKC", text)
    found = []
    if platform_of(s):
        found.append("{platform}")
    if re.fullmatch(r"[0-5]", s) or s.casefold() in TIERS:
        found.append("{level}")
    if m := re.fullmatch(r"(?i)(week|wk|w)([ _-]?)(\d+)", s):
        # "Week04" is padded; "Week4" is not; "Week12" could be either: both are proposed, and the
        # pattern the most files propose wins.
        widths = [":02"] if m[3].startswith("0") else ["", ":02"] if len(m[3]) == 2 else [""]
        found += [_lit(m[1] + m[2]) + "{week" + width + "}" for width in widths]
    if m := re.fullmatch(r"(\d+)(\s*)(주차|주)", s):
        found.append("{week}" + _lit(m[2] + m[3]))
    if m := re.fullmatch(r"(\d+)\.(\s*)(.+)", s):  # BaekjoonHub: "152996. 시소 짝꿍"
        found.append("{id}." + _lit(m[2]) + "{title}")
    if folded(s) in title_keys:
        found.append("{title}")
    if s in slugs:
        found.append("{slug}")
    for m in [re.fullmatch(r"([^\W\d_]+?)([ _-]?)(\d{3,})([ _-]+)(.+)", s)]:  # BOJ2470_김주성
        if m and platform_of(m[1]):
            rest = "{title}" if folded(m[5]) in title_keys else "{member}"
            found.append("{platform}" + _lit(m[2]) + "{id}" + _lit(m[4]) + rest)
    if (m := re.fullmatch(r"(.+?)([ _-]+)([^\W\d_]+?)([ _-]?)(\d{3,})", s)) and platform_of(m[3]):  # 김주성_BOJ2470
        found.append("{member}" + _lit(m[2]) + "{platform}" + _lit(m[4]) + "{id}")
    if (m := re.fullmatch(r"([^\W\d_]+?)([ _-]?)(\d{3,})", s)) and platform_of(m[1]):  # BOJ2470
        found.append("{platform}" + _lit(m[2]) + "{id}")
    if re.fullmatch(r"\d{3,}", s):
        found.append("{id}")
    if m := re.fullmatch(r"(\d{3,})([ _-]+)(.+)", s):  # 2470_김주성 or 2470_두용액
        found.append("{id}" + _lit(m[2]) + ("{title}" if folded(m[3]) in title_keys else "{member}"))
    if not found:
        found.append(None)
    return found


def _lit(text):
    """Literal text inside a pattern: braces cannot appear in one."""
    return text.replace("{", "").replace("}", "")


def candidates(relpath, title_keys, slugs):
    """The patterns one file's path proposes: every reading of its segments, unexplained ones as
    ``{member}`` (at most one) or kept as they are."""
    parts = relpath.split("/")
    stem, extension = parts[-1][: -len(Path(parts[-1]).suffix)], Path(parts[-1]).suffix
    options = [segment_templates(p, title_keys, slugs) for p in parts[:-1]] + [segment_templates(stem, title_keys,
                                                                                                 slugs)]
    originals = parts[:-1] + [stem]
    if sum(None in o for o in options) > MAX_UNKNOWN:
        return set()
    found = set()
    for choice in itertools.product(*options):
        unknown = [i for i, c in enumerate(choice) if c is None]
        members_in = sum("{member}" in c for c in choice if c)
        for member_at in [None, *unknown]:
            if members_in + (member_at is not None) > 1:
                continue
            pieces = ["{member}" if i == member_at else _lit(originals[i]) if c is None else c
                      for i, c in enumerate(choice)]
            found.add("/".join(pieces) + extension)
    return found


def propose(root, specs) -> Proposal:
    """The layout that places most of ``root``'s solution files among ``specs`` (workspace and catalogue)."""
    root = Path(root)
    title_keys = {k for s in specs for k in (folded(s.title_ko), folded(s.title_en), *map(folded, s.aliases)) if k}
    slugs = {s.slug for s in specs}
    references = {(layout.SOLUTIONS, s.slug, name) for s in specs for name in s.references}
    files = [p.relative_to(root).as_posix() for p in candidate_files(root)]
    files = [unicodedata.normalize("NFC", f) for f in files if tuple(f.split("/")) not in references]
    authors = git_authors(root)
    counted = Counter()
    for relpath in files:
        for text in candidates(relpath, title_keys, slugs):
            counted[text] += 1
    best, best_score = None, (0,)
    for text, _ in counted.most_common(200):
        try:
            pattern = parse(text)
        except Exception:  # a reading that is not a usable pattern (no problem field, say)
            continue
        placed = sum(1 for relpath in files if _fits(read(pattern, relpath, specs, authors)))
        score = (placed, "member" in pattern.has, counted[text], -text.count("{"), text)
        if score > best_score:
            best, best_score = pattern, score
    proposal = Proposal(best.text if best else None, len(files))
    if best is None:
        proposal.unplaced = [(f, "no pattern fits: write `solutions = \"...\"` in algokit.toml by hand") for f in files]
        return proposal
    for relpath in files:
        found = read(best, relpath, specs, authors)
        if _fits(found):
            found.path = root / relpath
            proposal.placed.append(found)
        else:
            proposal.unplaced.append((relpath, found.reason if found else f"does not fit {best.text}"))
    proposal.members = sorted({f.member for f in proposal.placed})
    weeks = {}
    for f in proposal.placed:
        if f.week is not None:
            weeks.setdefault(f.week, set()).add(f.slug)
    proposal.weeks = {w: sorted(s) for w, s in sorted(weeks.items())}
    proposal.platforms = _spellings(proposal.placed)
    proposal.languages = _languages(proposal.placed)
    here = {p.name for p in layout.problem_dirs(root)}
    proposal.to_set_up = sorted({f.slug for f in proposal.placed} - here)
    return proposal


def _fits(found):
    """A path the pattern places: a known problem and an author."""
    return found is not None and found.slug is not None and bool(found.member)


def _languages(placed):
    """``{member: language id}``: each member's most common language, where it is not Python."""
    seen = {}
    for f in placed:
        seen.setdefault(f.member, Counter())[languages.of_path(f.path).id] += 1
    found = {member: counts.most_common(1)[0][0] for member, counts in sorted(seen.items())}
    return {member: language for member, language in found.items() if language != languages.PYTHON.id}


def _spellings(placed):
    """``{platform: spelling}``: how the paths spell each platform, the most common spelling."""
    seen = {}
    for f in placed:
        if f.fields.get("platform"):
            platform = platform_of(f.fields["platform"])
            if platform is not None:
                seen.setdefault(platform, Counter())[f.fields["platform"]] += 1
    return {p: c.most_common(1)[0][0] for p, c in sorted(seen.items())}


def apply(root, proposal):
    """Write the proposal into ``algokit.toml`` (in place, comments kept) and set up the catalogue problems
    it found, as ``algokit new`` would, without any stub: the members' files are left as they are.

    Returns ``[(path, action)]``.
    """
    import tomlkit

    from ..problem import catalog
    from . import scaffold, workspace

    done = []
    path = Path(root, layout.CONFIG)  # `algokit init` has made it
    workspace.read(root)  # a broken file is reported before tomlkit sees it
    document = tomlkit.parse(path.read_text(encoding="utf-8"))
    document["solutions"] = proposal.pattern
    if proposal.platforms:
        table = document.setdefault("platforms", tomlkit.table())
        for platform, spelling in proposal.platforms.items():
            table[platform] = spelling
    members = document.setdefault("members", tomlkit.array())
    for member in proposal.members:
        if member not in members:
            members.append(member)
    if proposal.languages:
        table = document.setdefault("languages", tomlkit.table())
        for member, language in proposal.languages.items():
            table.setdefault(member, language)
    weeks = document.setdefault("weeks", tomlkit.table())
    for week, slugs in proposal.weeks.items():
        listed = weeks.setdefault(str(week), tomlkit.array())
        for slug in slugs:
            if slug not in listed:
                listed.append(slug)
    path.write_text(tomlkit.dumps(document), encoding="utf-8")
    done.append((path, "updated"))
    specs = catalog.load_all(root)
    for slug in proposal.to_set_up:
        spec = next(s for s in specs if s.slug == slug)
        done.extend(scaffold.copy_problem(spec, root, force=False))
    return list(dict.fromkeys(done))  # the schema is reported once, not once per problem
