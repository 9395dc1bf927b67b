"""``algokit week``: the week's problems against the members, with a verdict and a speed each.

Each cell is the member's verdict from the full check (examples, cross-check,
runs at maximum size) and, when it is OK, the member's time at the largest size
relative to the fastest reference, timed side by side on the same input.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import catalog, layout, workspace
from .errors import AlgokitError
from .judge import Judge
from .timing import measure


@dataclass
class Entry:
    status: str  # a Status, "stub", or "" when the member has no file
    ratio: float | None = None
    message: str = ""


def latest_week(root):
    known = workspace.weeks(root)
    if not known:
        raise AlgokitError("no weeks in algokit.toml yet: add problems with `algokit new NAME --week N`")
    return max(known)


def table(root, week, progress=None):
    """``(members, [(spec, {member: Entry})])`` for week ``week``."""
    known = workspace.weeks(root)
    if week not in known:
        raise AlgokitError(f"week {week} is not in algokit.toml; weeks there: {', '.join(map(str, sorted(known)))}")
    members = workspace.members(root)
    rows = []
    for slug in known[week]:
        spec = catalog.resolve(root, slug)
        rows.append((spec, entries(spec, root, members, progress)))
    return members, rows


def entries(spec, root, members, progress=None):
    """Each member's verdict and ratio on one problem."""
    found, timed = {}, []
    with Judge() as judge:
        for member in members:
            path = layout.member_file(root, spec.slug, member)
            if not path.exists():
                found[member] = Entry("")
                continue
            if progress:
                progress(f"{spec.slug}: checking {member}")
            verdict = judge.check_file(spec, path, database=layout.examples_database(root))
            found[member] = Entry("stub" if verdict.stub else verdict.status, message=verdict.message)
            if verdict.ok:
                timed.append((member, path))
    if timed:
        if progress:
            progress(f"{spec.slug}: timing at {spec.size_label} = {spec.size_max}")
        references = [(f"reference:{name}", spec.solutions_dir / name) for name in spec.references
                      if spec.expected_verdicts(name) == ("OK",)]
        result = measure(spec, references + timed, sizes=[spec.size_max], repeat=3)
        medians = {row.label: row.cells.get(spec.size_max) for row in result.rows}
        fastest = min((c.median for label, c in medians.items()
                       if label.startswith("reference:") and c and c.median), default=None)
        for member, _ in timed:
            cell = medians.get(member)
            if fastest and cell and cell.median:
                found[member].ratio = cell.median / fastest
    return found
