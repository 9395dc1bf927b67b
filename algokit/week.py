"""``algokit week``: the week's problems against the members, with a verdict and a speed each.

Each cell is the member's verdict from the full check (examples, cross-check,
runs at maximum size) and, when it is OK, the member's time at the largest size
against the baseline (the spec's trusted reference), timed in pairs on every
worst case and reported on the member's slowest, with an interval.

The checks of different members and problems run in parallel (``jobs``
processes); timing runs after them, one solution at a time, since timing next to
anything else is not fair. Results are cached in the workspace, keyed by
everything they depend on (the member's file, the baseline, the spec, gen.py,
checker.py, algokit and Python), so a second ``algokit week`` with nothing
changed prints at once, and a changed file is checked and timed again.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
from dataclasses import asdict, dataclass
from pathlib import Path

from . import __version__, catalog, layout, workspace
from .errors import AlgokitError

WEEK_REPEAT = 3  # rounds per worst case at the largest size: one number per member and problem


@dataclass
class Cell:
    """One member on one problem."""

    status: str  # a Status, "stub", or "" when the member has no file
    message: str = ""
    counterexample: dict | None = None
    ratio: float | None = None
    low: float | None = None
    high: float | None = None
    case: str | None = None  # the worst case the ratio was taken on: the member's slowest
    cached: bool = False


@dataclass
class Week:
    number: int
    members: list
    rows: list  # [(spec, {member: Cell})]
    baselines: dict  # {slug: baseline file name}

    @property
    def cached(self):
        return sum(cell.cached for _, cells in self.rows for cell in cells.values() if cell.status)


def latest_week(root):
    known = workspace.weeks(root)
    if not known:
        raise AlgokitError("no weeks in algokit.toml yet: add problems with `algokit new NAME --week N`")
    return max(known)


def table(root, number, jobs=None, fresh=False, progress=None) -> Week:
    """Week ``number``: every member's cell on every problem, from the cache where nothing changed."""
    known = workspace.weeks(root)
    if number not in known:
        raise AlgokitError(f"week {number} is not in algokit.toml; weeks there: {', '.join(map(str, sorted(known)))}")
    members = workspace.members(root)
    specs = [catalog.resolve(root, slug) for slug in known[number]]
    cells, keys, todo = {}, {}, []
    for spec in specs:
        for member in members:
            path = layout.member_file(root, spec.slug, member)
            if not path.exists():
                cells[spec.slug, member] = Cell("")
                continue
            keys[spec.slug, member] = key = cache_key(spec, path)
            hit = None if fresh else _cached(root, key)
            if hit is not None:
                cells[spec.slug, member] = hit
            else:
                todo.append((spec, member, path))
    _check_all(root, todo, cells, jobs, progress)
    _time_all(specs, todo, cells, progress)
    for (slug, member), key in keys.items():
        if not cells[slug, member].cached:
            _store(root, key, cells[slug, member])
    rows = [(spec, {member: cells[spec.slug, member] for member in members}) for spec in specs]
    return Week(number, members, rows, {spec.slug: spec.trusted for spec in specs})


def cache_key(spec, path) -> str:
    """Everything a cell depends on, hashed: change any of it and the cell is worked out again."""
    digest = hashlib.sha256()
    parts = [Path(path), spec.path, spec.dir / "gen.py", spec.dir / "checker.py", spec.solutions_dir / spec.trusted]
    for part in parts:
        digest.update(part.read_bytes() if part.exists() else b"-")
        digest.update(b"\0")
    digest.update(f"{__version__}|{platform.python_version()}|{platform.python_implementation()}".encode())
    return digest.hexdigest()


def _cached(root, key):
    path = layout.cache_dir(root) / "week" / f"{key}.json"
    try:
        found = Cell(**json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
    found.cached = True
    return found


def _store(root, key, cell):
    folder = layout.cache_dir(root) / "week"
    folder.mkdir(parents=True, exist_ok=True)
    data = {**asdict(cell), "cached": False}
    (folder / f"{key}.json").write_text(json.dumps(data, ensure_ascii=False, default=repr), encoding="utf-8")


def _check_all(root, todo, cells, jobs, progress):
    """Check every (problem, member) in ``todo``, in parallel processes; fills ``cells``."""
    if not todo:
        return
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    database = str(layout.examples_database(root))
    requests = [(str(spec.path), str(path), database) for spec, _, path in todo]
    if jobs == 1:
        results = []
        for (spec, member, _), request in zip(todo, requests):
            if progress:
                progress(f"{spec.slug}: checking {member}")
            results.append(_check_one(*request))
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("forkserver" if "forkserver" in multiprocessing.get_all_start_methods()
                                              else "spawn")
        if progress:
            progress(f"checking {len(todo)} files, {jobs} at a time")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            results = list(pool.map(_check_one, *zip(*requests)))
    for (spec, member, _), result in zip(todo, results):
        cells[spec.slug, member] = Cell(**result)


def _check_one(spec_path, path, database):
    """One member's check, in a process of its own: a plain dict for the cell."""
    from .judge import Judge
    from .report.verdicts import counterexample
    from .spec import load_spec

    spec = load_spec(spec_path)
    with Judge() as judge:
        verdict = judge.check_file(spec, path, database=database)
    status = "stub" if verdict.stub else str(verdict.status)
    return {"status": status, "message": verdict.message,
            "counterexample": json.loads(json.dumps(counterexample(spec, verdict), default=repr))}


def _time_all(specs, todo, cells, progress):
    """Time every member whose check passed, problem by problem, paired against the baseline."""
    from .timing import measure

    for spec in specs:
        timed = [(member, path) for s, member, path in todo if s.slug == spec.slug
                 and cells[spec.slug, member].status == "OK"]
        if not timed:
            continue
        if progress:
            progress(f"{spec.slug}: timing {len(timed)} files at {spec.size_label} = {spec.size_max}")
        baseline = ("baseline:" + Path(spec.trusted).stem, spec.solutions_dir / spec.trusted)
        result = measure(spec, timed + [baseline], sizes=[spec.size_max], repeat=WEEK_REPEAT)
        for member, _ in timed:
            row = result.row(member)
            cell = cells[spec.slug, member]
            cell.ratio, cell.low, cell.high, cell.case = row.ratio, row.ratio_low, row.ratio_high, row.case
            shown = row.cells.get(spec.size_max)
            if shown is not None and shown.status not in ("OK", "skipped"):
                cell.status, cell.message = str(shown.status), shown.message  # slower when timed than when checked
