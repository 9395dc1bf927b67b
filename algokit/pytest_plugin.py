"""The pytest plugin: ``pytest problems/`` checks every solution of every problem.

Modelled on pytest's "non-python tests" example. A folder holding a
``problem.toml`` becomes a :class:`ProblemDir`; each solution file (any language) in the
matching ``solutions/<slug>/``, and each member's file that the group's layout
pattern (``algokit.toml``'s ``solutions``) places elsewhere, becomes a
:class:`SolutionNode`, whose items are

- ``example[i]``: the spec's i-th example (1-based);
- ``crosscheck``: Hypothesis against the oracle (not for the oracle itself);
- ``max[<case>]``: each worst case at the constraint maximum, within the time limit.

Ids read ``problems/<slug>::<solution>::example[2]``.
"""

from __future__ import annotations

import warnings

import pytest

from . import layout
from .errors import AlgokitError, SpecError
from .group import memberfiles
from .judging.judge import Judge
from .problem.spec import load_spec
from .report.verdicts import verdict_lines
from .verdicts import Status

_JUDGE = pytest.StashKey[Judge]()
_GROUPS = pytest.StashKey[dict]()  # {workspace: memberfiles.Group}: each read once per session


def pytest_addoption(parser):
    group = parser.getgroup("algokit", "algokit problem checks")
    group.addoption("--algokit-examples", type=int, default=None, dest="algokit_examples",
                    help="inputs per oracle cross-check (default: the spec's crosscheck.examples)")
    parser.addini("algokit_examples", "inputs per oracle cross-check (default: each spec's own)", default="")


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: runs a solution at the constraint maximum")
    config.stash[_JUDGE] = Judge(peers=lambda spec: [found.path for found in memberfiles.solutions(
        spec.workspace, spec, group=_group(config, spec.workspace))])


def pytest_report_header(config):
    """One header line: which protections of the sandbox members' code runs under (``judging.sandbox``)."""
    from .judging import sandbox
    from .judging.workers import backend

    try:
        protections = sandbox.status(backend()[0])
    except AlgokitError as error:
        return f"algokit sandbox: {error}"
    return sandbox.off_line(protections) or f"algokit sandbox: {', '.join(sandbox.NAMES)} protected"


def pytest_unconfigure(config):
    judge = config.stash.get(_JUDGE, None)
    if judge is not None:
        judge.close()


@pytest.hookimpl(tryfirst=True)
def pytest_collect_directory(path, parent):
    if (path / layout.SPEC_FILE).is_file():
        return ProblemDir.from_parent(parent, path=path)
    return None


class ProblemDir(pytest.Directory):
    """``problems/<slug>/``: collects one node per solution file."""

    def collect(self):
        from .problem.generate import worst_cases

        spec = load_spec(self.path)
        folder = spec.solutions_dir
        missing = [name for name in spec.references if not spec.reference(name).is_file()]
        if missing:
            raise SpecError(spec.path, "solutions.references",
                            f"{missing[0]} is listed but {folder / missing[0]} does not exist, nor does the "
                            f"installed catalogue have it", "add the file or remove it from the list")
        cases = list(worst_cases(spec)) if spec.has_max else []
        root = spec.workspace
        for found in memberfiles.solutions(root, spec, group=_group(self.config, root)):
            # Named by their file in solutions/<slug>/, by their path in the repository elsewhere,
            # so two weeks' files of one member stay apart.
            # A Python file by its stem (kim), another language's with its extension (kim.java): both may be there.
            inside = found.member is None or found.path.parent == folder  # a reference: by name, wherever it is
            own = found.path.stem if found.path.suffix == ".py" else found.path.name
            name = own if inside else found.path.relative_to(root).as_posix()
            yield SolutionNode.from_parent(self, name=name, spec=spec, solution=found.path, cases=cases)
        if spec.oracle is None:  # no oracle yet: the members' solutions are cross-checked against each other
            yield MembersItem.from_parent(self, name="members", spec=spec)

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, AlgokitError):
            return str(excinfo.value)
        return super().repr_failure(excinfo)


def _group(config, root):
    """The group of the workspace ``root``: its folder is read once per session, whatever the problems."""
    found = config.stash.setdefault(_GROUPS, {})
    if root not in found:
        found[root] = memberfiles.load(root)
    return found[root]


class SolutionNode(pytest.Collector):
    """One solution file: its examples, its cross-check and its runs at maximum size."""

    def __init__(self, *, spec, solution, cases, **kwargs):
        super().__init__(**kwargs)
        self.spec, self.solution, self.cases = spec, solution, cases

    def collect(self):
        for i in range(1, len(self.spec.examples) + 1):
            yield ExampleItem.from_parent(self, name=f"example[{i}]", index=i)
        if self.spec.oracle is not None and self.solution.name != self.spec.oracle:
            yield CrossCheckItem.from_parent(self, name="crosscheck")
        # A reference expected to fail at the maximum runs the first worst case only: one run
        # shows the limit tells it apart, and each run costs the whole time limit.
        slow = self.spec.expected_verdicts(self.solution.name) != ("OK",)
        for case in self.cases[:1] if slow else self.cases:
            item = MaxItem.from_parent(self, name=f"max[{case}]", case=case)
            item.add_marker("slow")
            yield item


class PlatformWarning(UserWarning):
    """An answer the platform accepts although its type is not the declared one (4.0 for 4)."""


class VerdictFailed(Exception):
    """Raised by an item whose verdict is not the expected one; carries the report."""

    def __init__(self, lines):
        super().__init__("\n".join(lines))


def _short_failure(item, excinfo, style=None):
    """Our own failures as their report (input, expected, got), anything else as pytest shows it."""
    if isinstance(excinfo.value, (VerdictFailed, AlgokitError)):
        return str(excinfo.value)
    return pytest.Item.repr_failure(item, excinfo)


class _Item(pytest.Item):
    @property
    def spec(self):
        return self.parent.spec

    @property
    def solution(self):
        return self.parent.solution

    @property
    def judge(self) -> Judge:
        return self.config.stash[_JUDGE]

    def settle(self, verdict, expected=("OK",)):
        """Pass, skip, xfail or fail according to the verdict and what was expected."""
        if verdict.stub:
            reason = (f"{self.solution.name} is an untouched stub (raises NotImplementedError): "
                      f"write {self.spec.function}() and run again")
            # Report the skip at the solution, not at this line of the plugin.
            raise pytest.skip.Exception(reason, _use_item_location=True)
        if verdict.status == Status.BUSY:  # not a verdict on the file: the machine could not judge it
            raise pytest.skip.Exception(f"{self.solution.name}: {verdict.message}", _use_item_location=True)
        if verdict.status in expected:
            if not verdict.ok:
                pytest.xfail(f"{verdict.status} as expected ({verdict.message})")
            if verdict.message.startswith("warning:"):  # passes only as the platform compares: say so
                warnings.warn(PlatformWarning(f"{self.solution.name}: {verdict.message[len('warning: '):]}"))
            return
        lines = verdict_lines(self.spec, self.solution.name, verdict)
        if expected != ("OK",):
            lines.insert(0, f"expected {' or '.join(expected)} here (solutions.expect in {self.spec.path.name}), "
                            f"got {verdict.status}"
                         + (f" in {verdict.seconds:.3f} s" if verdict.ok and verdict.seconds is not None else ""))
        lines.append(f"  rerun: pytest '{self.nodeid}'")
        raise VerdictFailed(lines)

    def repr_failure(self, excinfo, style=None):
        return _short_failure(self, excinfo, style)

    def reportinfo(self):
        return self.solution, _def_line(self.solution, self.spec.function), f"{self.spec.slug}::{self.solution.stem}::{self.name}"


class ExampleItem(_Item):
    def __init__(self, *, index, **kwargs):
        super().__init__(**kwargs)
        self.index = index

    def runtest(self):
        self.settle(self.judge.example(self.spec, self.solution, self.index))


class CrossCheckItem(_Item):
    def runtest(self):
        wanted = self.config.getoption("algokit_examples") or self.config.getini("algokit_examples")
        database = layout.examples_database(self.spec.workspace)
        self.settle(self.judge.crosscheck(self.spec, self.solution, int(wanted) if wanted else None,
                                          database=database))


class MaxItem(_Item):
    def __init__(self, *, case, **kwargs):
        super().__init__(**kwargs)
        self.case = case

    def runtest(self):
        verdict = self.judge.at_max(self.spec, self.solution, self.case)
        self.settle(verdict, self.spec.expected_verdicts(self.solution.name))


class MembersItem(pytest.Item):
    """``problems/<slug>::members``: with no oracle, every passing solution against every other."""

    def __init__(self, *, spec, **kwargs):
        super().__init__(**kwargs)
        self.spec = spec

    def runtest(self):
        judge = self.config.stash[_JUDGE]
        wanted = self.config.getoption("algokit_examples") or self.config.getini("algokit_examples")
        verdict = judge.crosscheck_members(self.spec, judge.others(self.spec), int(wanted) if wanted else None,
                                           database=layout.examples_database(self.spec.workspace))
        if not verdict.ok:
            lines = verdict_lines(self.spec, f"solutions/{self.spec.slug}/", verdict)
            lines.append(f"  rerun: pytest '{self.nodeid}'")
            raise VerdictFailed(lines)

    repr_failure = _short_failure

    def reportinfo(self):
        return self.spec.solutions_dir, 0, f"{self.spec.slug}::members"


def _def_line(path, function):
    """The 0-based line where ``function`` is defined in ``path``, or 0."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return 0
    return next((i for i, line in enumerate(lines) if line.startswith(f"def {function}(")), 0)
