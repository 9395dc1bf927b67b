"""Which files are judged is decided in one place, and check, time, pytest and the judge all follow it."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from algokit.group import memberfiles
from algokit.judging.judge import Judge
from algokit.judging.timing import solutions_to_time
from algokit.problem import catalog

ROOT = Path(__file__).resolve().parents[1]
SLUG = "boj-2470"
WRONG = "print(1)\n"


@pytest.fixture
def group(tmp_path):
    """A group that keeps members' files in its own folders, plus one member's file in solutions/<slug>/."""
    for part in ("problems", "solutions"):
        shutil.copytree(ROOT / part / SLUG, tmp_path / part / SLUG)
    (tmp_path / "algokit.toml").write_text('members = ["민웅", "지수", "서연"]\n'
                                           'solutions = "{member}/week{week}/{title}.py"\n', encoding="utf-8")
    right = (ROOT / "solutions" / SLUG / "two_pointers.py").read_text(encoding="utf-8")
    for relpath, code in (("민웅/week4/두 용액.py", right), ("서연/week4/두 용액.py", WRONG),
                          (f"solutions/{SLUG}/지수.py", right)):
        (tmp_path / relpath).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relpath).write_text(code, encoding="utf-8")
    return tmp_path


def test_every_solution_is_listed_once_with_whose_it_is(group):
    spec = catalog.resolve(group, SLUG)
    found = {path.relative_to(group).as_posix(): member
             for path, member in ((s.path, s.member) for s in memberfiles.solutions(group, spec))}
    references = {f"solutions/{SLUG}/{name}": None for name in spec.references}
    assert found == {**references, f"solutions/{SLUG}/지수.py": "지수", "민웅/week4/두 용액.py": "민웅",
                     "서연/week4/두 용액.py": "서연"}
    members = memberfiles.solutions(group, spec, members_only=True)
    assert sorted(s.member for s in members) == ["민웅", "서연", "지수"]


def test_time_labels_members_files_by_name_and_adds_the_baseline(group):
    spec = catalog.resolve(group, SLUG)
    chosen = memberfiles.to_judge(group, spec, ["민웅"])
    labels = [label for label, _ in solutions_to_time(spec, [(s.path, s.member) for s in chosen])]
    assert labels == ["민웅", Path(spec.trusted).stem]


def test_without_an_oracle_the_judge_cross_checks_against_files_wherever_the_layout_keeps_them(group):
    """The judge's peers are the group's files too: before, it saw solutions/<slug>/ only."""
    spec = catalog.resolve(group, SLUG)
    with Judge(peers=memberfiles.peers(group)) as judge:
        others = {Path(p).relative_to(group).as_posix() for p in judge.others(spec)}
    assert "민웅/week4/두 용액.py" in others and f"solutions/{SLUG}/지수.py" in others
    assert "서연/week4/두 용액.py" not in others  # it fails the examples: it has its own verdict


def test_pytest_collects_the_same_files(group):
    done = subprocess.run([sys.executable, "-m", "pytest", f"problems/{SLUG}", "--collect-only", "-q",
                           "-p", "no:cacheprovider", "-p", "no:xdist"], cwd=group, capture_output=True, text=True,
                          timeout=300)
    collected = {line.split("::")[1] for line in done.stdout.splitlines() if line.startswith("problems/")}
    spec = catalog.resolve(group, SLUG)
    assert collected == {Path(name).stem for name in spec.references} | {"지수", "민웅/week4/두 용액.py",
                                                                         "서연/week4/두 용액.py"}


def test_week_takes_each_members_newest_file_by_the_same_rule(group):
    """With {week} in the pattern, a week counts the files that name it; without, the folder's members count too."""
    spec = catalog.resolve(group, SLUG)
    (group / "손님/week4").mkdir(parents=True)
    (group / "손님/week4/두 용액.py").write_text(WRONG, encoding="utf-8")
    found, unknown = memberfiles.week_files(memberfiles.load(group), [spec], 4)
    assert sorted(member for _, member in found) == ["민웅", "서연"]
    assert [(slug, path.relative_to(group).as_posix(), who) for slug, path, who in unknown] == [
        (SLUG, "손님/week4/두 용액.py", "손님")]
    (group / "algokit.toml").write_text('members = ["민웅", "지수", "서연"]\nsolutions = "{member}/week4/{title}.py"\n',
                                        encoding="utf-8")
    found, _ = memberfiles.week_files(memberfiles.load(group), [spec], 4)
    assert found[SLUG, "지수"] == group / "solutions" / SLUG / "지수.py"  # as check and time judge it
