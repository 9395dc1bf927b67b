"""``algokit week``: the week's problems against the members, with a verdict and a speed each.

Each cell is the member's verdict from the full check (examples, cross-check,
runs at maximum size) and, when it is OK, the member's time at the largest size
against the baseline (the spec's trusted reference), timed in pairs on every
worst case and reported on the member's slowest, with an interval. The timing
also runs at a few smaller sizes (WEEK_POINTS, each a WEEK_FACTOR smaller) on
that case, so each member's complexity class can be fitted and shown next to the
baseline's; these runs need no baseline beside them, as no ratio is shown there.

Checks and timings share the CPUs as lanes (``lanes``): a lane per CPU, each doing
one thing at a time, so a timed run never shares its CPU; a problem is timed as
soon as its checks are done, while the next problem is checked, and a file that
fails its check is not timed. Results are cached in the workspace, keyed by
everything they depend on (the member's file, the baseline, the spec, gen.py,
checker.py, algokit and Python), so a second ``algokit week`` with nothing
changed prints at once, and a changed file is checked and timed again.
"""

from __future__ import annotations

import hashlib
import json
import platform
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .. import __version__, languages, layout
from ..errors import AlgokitError
from ..problem import catalog
from ..verdicts import Mark, Status, counterexample, status_of_text
from . import memberfiles, workspace

WEEK_REPEAT = 3  # rounds per worst case and size, then extra rounds at the largest while the interval is wide:
# 5 rounds everywhere, as `algokit time` takes, made a cold week of 3 members x 2 problems take 111-115 s
# instead of 69-82 s, with no steadier ratios
WEEK_POINTS, WEEK_FACTOR = 4, 4  # sizes timed: the maximum, /4, /16, /64: a 64x span for the fit at
# about 1.33x the work of the maximum alone (halving 5 times would cost 1.94x for a 16x span)
CACHE_FORMAT = 6  # bumped when a cell gains what older cells lack or its numbers are measured another way
# (2: the fit and the times per size; 3: timed runs on one CPU, baseline runs on both sides, 75% intervals;
# 6: the smaller sizes timed alone, on the case shown)


@dataclass
class Cell:
    """One member on one problem."""

    status: Status | Mark  # the check's verdict, or a stub, or no file
    message: str = ""
    counterexample: dict | None = None
    ratio: float | None = None
    low: float | None = None
    high: float | None = None
    case: str | None = None  # the worst case the ratio was taken on: the member's slowest
    complexity: str | None = None  # the fitted class on that case, e.g. "O(n log n)"
    fit_error: float | None = None  # the fit's relative RMS error: beyond timing.FIT_TRUSTED it is a guess
    growth: float | None = None  # times longer per doubling of n, at the two largest sizes
    times: dict | None = None  # {"n": median seconds per call} on that case; string keys, as JSON has them
    language: str = ""  # the file's language (``algokit.languages`` id); "" where there is no file
    cached: bool = False

    @property
    def fit_trusted(self) -> bool:
        from ..judging.timing import FIT_TRUSTED

        return self.fit_error is not None and self.fit_error <= FIT_TRUSTED


@dataclass
class Week:
    number: int
    members: list
    rows: list  # [(spec, {member: Cell})]
    baselines: dict  # {slug: baseline file name}
    unknown: list = field(default_factory=list)  # [(slug, relpath, author)]: this week's files by non-members
    references: dict = field(default_factory=dict)  # {slug: the baseline's own Cell: its fit and times}

    @property
    def cached(self):
        return sum(cell.cached for _, cells in self.rows for cell in cells.values() if cell.status != Mark.NO_FILE)

    @property
    def measured(self):
        """Cells judged and timed by this run, not read from the cache."""
        return sum(not cell.cached for _, cells in self.rows for cell in cells.values() if cell.status != Mark.NO_FILE)


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
    group = memberfiles.load(root)
    members = group.members
    specs = [catalog.resolve(root, slug) for slug in known[number]]
    found, unknown = memberfiles.week_files(group, specs, number)
    cells, keys, todo = {}, {}, []
    for spec in specs:
        for member in members:
            path = found.get((spec.slug, member))
            if path is None:
                cells[spec.slug, member] = Cell(Mark.NO_FILE)
                continue
            keys[spec.slug, member] = key = cache_key(spec, path)
            hit = None if fresh else _cached(root, key)
            if hit is not None:
                cells[spec.slug, member] = hit
            else:
                todo.append((spec, member, path))
    timed = _check_and_time(root, specs, todo, cells, jobs, progress)
    for (slug, member), _ in keys.items():
        cells[slug, member].language = languages.of_path(found[slug, member]).id
    for (slug, member), key in keys.items():
        if not cells[slug, member].cached:
            _store(root, key, cells[slug, member])
    rows = [(spec, {member: cells[spec.slug, member] for member in members}) for spec in specs]
    strangers = sorted((slug, Path(path).relative_to(root).as_posix(), author) for slug, path, author in unknown)
    references = _references(root, rows, timed, fresh, progress)
    return Week(number, members, rows, {spec.slug: spec.trusted for spec in specs}, strangers,
                references=references)


def cache_key(spec, path) -> str:
    """Everything a cell depends on, hashed: change any of it and the cell is worked out again."""
    digest = hashlib.sha256()
    parts = [Path(path), *layout.problem_files(spec.dir), spec.reference(spec.trusted)]
    digest.update(Path(path).suffix.lower().encode() + b"\0")  # the same text as .java and as .py is not one cell
    for part in parts:
        digest.update(part.read_bytes() if part.exists() else b"-")
        digest.update(b"\0")
    digest.update(f"{__version__}|{CACHE_FORMAT}|{platform.python_version()}|{platform.python_implementation()}"
                  f"|{_protections()}".encode())
    return digest.hexdigest()


def _protections():
    """The sandbox's protections in force: a file judged without one (RE refused, or OK unseen) is judged anew."""
    from ..judging import sandbox, workers

    return sandbox.tag(workers.backend()[0])


def _reference_key(spec):
    """The baseline's own cache entry: tagged, so a member's byte-for-byte copy of it keeps its own."""
    return "reference-" + cache_key(spec, spec.reference(spec.trusted))


def _cached(root, key):
    path = layout.cache_dir(root) / "week" / f"{key}.json"
    try:
        return _cell(json.loads(path.read_text(encoding="utf-8")), cached=True)
    except (OSError, ValueError, TypeError):
        return None


def _cell(data, cached=False):
    """A cell from its dict (a cached file's JSON, or a check's result in another process), statuses as enums."""
    return Cell(**{**data, "status": status_of_text(data["status"]), "cached": cached})


def _store(root, key, cell):
    if cell.status == Status.BUSY:  # the machine's fault, not the file's: worked out again next time
        return
    folder = layout.cache_dir(root) / "week"
    folder.mkdir(parents=True, exist_ok=True)
    data = {**asdict(cell), "cached": False}
    (folder / f"{key}.json").write_text(json.dumps(data, ensure_ascii=False, default=repr), encoding="utf-8")


def _check_and_time(root, specs, todo, cells, jobs, progress):
    """Check every (problem, member) in ``todo`` and time the files that pass, on every CPU at once
    (``lanes``): a problem is timed as soon as its checks are done, while the next one is checked.

    Fills ``cells``; returns ``{slug: Cell}``: the baseline's own cell for each problem timed.
    ``jobs``: at most this many lanes (checks at once), one per CPU.
    """
    from ..judging.timing import lane_cpus
    from . import lanes

    if not todo:
        return {}
    cpus = lane_cpus()[:max(1, jobs or len(todo))]
    database = str(layout.examples_database(root))
    entries, by_slug = {}, {spec.slug: spec for spec in specs}
    for spec, member, path in todo:
        entries.setdefault(spec.slug, []).append((member, path))
    checks = [(spec.slug, member, (str(spec.path), str(path), database, str(root))) for spec, member, path in todo]
    if progress and len(cpus) > 1:
        progress(f"checking {len(todo)} files and timing those that pass, {len(cpus)} at a time")

    def timed(slug, results):  # in a lane, once the problem's checks are all done
        for (member, _), result in zip(entries[slug], results):
            cells[slug, member] = _cell(result)
        members = [(member, path) for member, path in entries[slug] if cells[slug, member].status == Status.OK]
        return _session(by_slug[slug], members, progress, cpus) if members else None

    try:
        _, sessions = lanes.run(cpus, checks, _judge_one, timed, progress)
    finally:
        _forget_judges()  # with one lane the checks ran here: the next run reads its specs afresh
    references = {}
    for slug, session in sessions.items():
        result, spec = session.result(), by_slug[slug]
        for member, _ in entries[slug]:
            if cells[slug, member].status == Status.OK:
                _fill(cells[slug, member], result.row(member), spec)
        references[slug] = _fill(Cell(Status.OK), result.row(result.baseline), spec)
    return references


_JUDGES = {}  # (spec file, workspace) -> (spec, Judge): kept by a lane's check process for the week's run


def _forget_judges():
    for _, judge in _JUDGES.values():
        judge.close()
    _JUDGES.clear()


def _judge_one(spec_path, path, database, root):
    """One member's check, in a lane's process: a plain dict for the cell.

    The lane's process keeps one judge per problem for the run: the next member's check of
    that problem reuses its oracle's and trusted reference's workers, and the inputs and
    answers at the maximum (made once, 0.2-0.4 s each time for the seed problems); only
    the member's own workers are closed after each check. The process ends with the run (with
    one lane the checks run in the kit's own process, which forgets them after the run).
    """
    from ..judging.judge import Judge
    from ..problem.spec import load_spec

    key = (spec_path, root)
    if key not in _JUDGES:
        _JUDGES[key] = (load_spec(spec_path), Judge(peers=memberfiles.peers(Path(root))))
    spec, judge = _JUDGES[key]
    try:
        verdict = judge.verdict(spec, path, database=database)
    finally:
        judge.release(path)
    status = Mark.STUB if verdict.stub else verdict.status
    message = f"{verdict.headline}: {verdict.message}" if verdict.parts else verdict.message  # 정확성 OK, 효율성 TLE
    return {"status": status, "message": message,
            "counterexample": json.loads(json.dumps(counterexample(spec, verdict), default=repr))}


def _timing(spec, members, progress):
    """``(solutions, options)`` of one paired timing of ``members`` (``[(label, path)]``) and the baseline, at
    WEEK_POINTS sizes: the largest size first on every worst case, paired, then the smaller sizes, which
    only feed the fit, on the case shown for each file (``headline_first``). Only the largest size earns
    extra rounds for a wide interval: the headline ratio is taken there."""
    from ..judging.timing import default_sizes

    sizes = default_sizes(spec, WEEK_POINTS, WEEK_FACTOR)
    if progress:
        what = f"{len(members)} files" if members else "the baseline"
        progress(f"{spec.slug}: timing {what} at {spec.size_label} = {', '.join(map(str, sizes))}")
    baseline = ("baseline:" + Path(spec.trusted).stem, spec.reference(spec.trusted))
    return members + [baseline], dict(sizes=sizes, repeat=WEEK_REPEAT, settle_sizes=[spec.size_max],
                                      min_rounds=WEEK_REPEAT, headline_first=True)


def _session(spec, members, progress, cpus):
    """``_timing`` as a ``timing.Session`` for the week's lanes."""
    from ..judging.timing import Session

    solutions, options = _timing(spec, members, progress)
    return Session(spec, solutions, cpus=cpus, **options)


def _measure(spec, members, progress):
    """``_timing`` on lanes of its own (the baseline alone, when its cache entry is missing)."""
    from ..judging.timing import measure

    solutions, options = _timing(spec, members, progress)
    return measure(spec, solutions, **options)


def _fill(cell, row, spec):
    """Copy a timing row's headline ratio, fit and times into ``cell``; a failure when timed becomes its verdict."""
    cell.ratio, cell.low, cell.high, cell.case = row.ratio, row.ratio_low, row.ratio_high, row.case
    if row.fit is not None:
        cell.complexity, cell.fit_error, cell.growth = row.fit.name, row.fit.error, row.growth
    cell.times = {str(n): c.median for n, c in sorted(row.cells.items()) if c.median is not None}
    failed = sorted(((n, c) for n, c in row.cells.items() if c.status not in (Status.OK, Mark.SKIPPED)),
                    key=lambda item: item[0])
    if failed:  # slower, or wrong on a new input, when timed than when checked
        n, shown = failed[0]
        cell.status = shown.status
        cell.message = f"{shown.message} (when timed at {spec.size_label} = {n})".lstrip()
    return cell


def _references(root, rows, timed, fresh, progress):
    """The baseline's cell for each problem where some member is OK: from this run, the cache, or timed now.

    Stored apart from the members' cells, so a second run with nothing changed reads the
    same fit back; timed alone only when its entry is missing (a cache cleared by hand).
    """
    found = {}
    for spec, cells in rows:
        if not any(cell.status == Status.OK for cell in cells.values()):
            continue
        key = _reference_key(spec)
        cell = timed.get(spec.slug) or (None if fresh else _cached(root, key))
        if cell is None:
            result = _measure(spec, [], progress)
            cell = _fill(Cell(Status.OK), result.row(result.baseline), spec)
        if not cell.cached:
            _store(root, key, cell)
        found[spec.slug] = cell
    return found
