"""``algokit week``: the week's problems against the members, with a verdict and a speed each.

Each cell is the member's verdict from the full check (examples, cross-check,
runs at maximum size) and, when it is OK, the member's time at the largest size
relative to the fastest reference, timed side by side on the same input.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import catalog, workspace
from .errors import AlgokitError
from .judge import Judge
from .scaffold import stub_path
from .timing import measure


@dataclass
class Entry:
    verdict: str  # OK, WA, RE, TLE, MLE, stub, or "" when the member has no file
    ratio: float | None = None
    message: str = ""

    @property
    def text(self):
        if not self.verdict:
            return "—"
        if self.verdict == "OK" and self.ratio is not None:
            return f"OK {self.ratio:.2f}x"
        return self.verdict


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
            path = stub_path(spec, root, member)
            if not path.exists():
                found[member] = Entry("")
                continue
            if progress:
                progress(f"{spec.slug}: checking {member}")
            verdict = judge.check_file(spec, path, database=root / ".hypothesis" / "examples")
            found[member] = Entry("stub" if verdict.stub else verdict.verdict, message=verdict.message)
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


def markdown(members, rows, week):
    lines = [f"| week {week} | " + " | ".join(members) + " |", "|---|" + "---|" * len(members)]
    for spec, cells in rows:
        lines.append(f"| {spec.title_ko} ({spec.slug}) | " + " | ".join(cells[m].text for m in members) + " |")
    lines.append("")
    lines.append("Cells: the verdict of `algokit check`; for OK, time at the largest size relative to the "
                 "fastest reference (1.00x = as fast).")
    return "\n".join(lines)

