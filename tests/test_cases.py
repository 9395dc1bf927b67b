"""A stdin input that holds several test cases (``signature.cases``): a failure is shown as the one case
that fails on its own, with its own answer line, as a member would debug it."""

import textwrap

import pytest

from algokit.judging.judge import Judge
from algokit.problem import formats
from algokit.problem.spec import load_spec
from algokit.verdicts import Status

SPEC = '''
    slug = "toy-double"
    platform = "boj"
    url = "https://example.org/toy-double"
    title = { ko = "두 배", en = "Double" }
    [signature]
    style = "stdin"
    cases = 1
    [limits]
    time = 1.0
    [solutions]
    oracle = "double.py"
    references = ["double.py"]
    [[examples]]
    why = "official: three cases"
    input = """
    3
    1
    2
    3
    """
    output = """
    2
    4
    6
    """
'''


@pytest.fixture
def spec(tmp_path):
    (tmp_path / "problems/toy-double").mkdir(parents=True)
    (tmp_path / "problems/toy-double/problem.toml").write_text(textwrap.dedent(SPEC))
    (tmp_path / "solutions/toy-double").mkdir(parents=True)
    (tmp_path / "solutions/toy-double/double.py").write_text(
        '"""Twice each n. Time: O(T). Space: O(1)."""\n'
        "for _ in range(int(input())):\n    print(2 * int(input()))\n")
    return load_spec(tmp_path / "problems/toy-double")


@pytest.fixture(scope="module")
def judge():
    with Judge() as judge:
        yield judge


def test_cases_split_into_one_case_inputs():
    assert formats.split_cases("3\n1\n2\n3\n", 1) == ["1\n1\n", "1\n2\n", "1\n3\n"]
    assert formats.split_cases("2\na b\nc d\n", 2) is None  # two cases of two lines need four
    assert formats.split_cases("x\n1\n", 1) is None


def test_the_failing_case_is_shown_alone(spec, judge, tmp_path):
    assert judge.example(spec, spec.solutions_dir / "double.py", 1).ok
    wrong = tmp_path / "wrong_on_two.py"
    wrong.write_text("for _ in range(int(input())):\n    n = int(input())\n    print(5 if n == 2 else 2 * n)\n")
    verdict = judge.example(spec, wrong, 1)
    assert verdict.status == Status.WA
    assert verdict.args == ("1\n2\n",) and verdict.expected == "4"
    assert "case 2 of 3" in verdict.message


def test_state_carried_between_cases_is_named(spec, judge, tmp_path):
    carries = tmp_path / "running_total.py"  # prints a running total: right for the first case only
    carries.write_text("total = 0\nfor _ in range(int(input())):\n    total += 2 * int(input())\n    print(total)\n")
    verdict = judge.example(spec, carries, 1)
    assert verdict.status == Status.WA and verdict.args == ("3\n1\n2\n3\n",)
    assert "every case passes on its own" in verdict.message


def test_a_missing_answer_is_shown_on_the_whole_input(spec, judge, tmp_path):
    first_only = tmp_path / "first_only.py"  # answers the first case and stops
    first_only.write_text("input()\nprint(2 * int(input()))\n")
    verdict = judge.example(spec, first_only, 1)
    assert verdict.status == Status.WA and verdict.args == ("3\n1\n2\n3\n",)
    assert "1 answer lines for 3 cases" in verdict.message
