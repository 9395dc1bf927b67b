"""The pytest plugin, run on a throwaway workspace with pytester."""

import textwrap

import pytest

from toy import SUM_REFERENCES, sum_spec


def spec_text(sleepy_expect="TLE"):
    """The toy sum with sleepy.py as a third reference, expected to end ``sleepy_expect``."""
    return sum_spec(time=0.5, references=("loop.py", "builtin.py", "sleepy.py"), extra=f'''
[solutions.expect]
"sleepy.py" = "{sleepy_expect}"

[crosscheck]
examples = 50

[[examples]]
why = "negatives cancel"
input = {{ nums = [-5, 5] }}
output = 0
''')


REFERENCES = {
    **SUM_REFERENCES,
    "sleepy.py": '''
        """Correct but spins a second of CPU on big inputs. Time: O(n) plus a second."""
        import time
        def solution(nums):
            if len(nums) > 100:
                end = time.process_time() + 1
                while time.process_time() < end:
                    pass
            return sum(nums)
    ''',
}


@pytest.fixture
def workspace(pytester):
    """A workspace with one problem, its three references, and a way to add members' files."""

    def make(sleepy_expect="TLE", spec=None):
        pytester.path.joinpath("problems", "toy-sum").mkdir(parents=True)
        pytester.path.joinpath("problems", "toy-sum", "problem.toml").write_text(
            spec if spec is not None else spec_text(sleepy_expect), encoding="utf-8")
        for name, code in REFERENCES.items():
            add(name, code)
        return pytester

    def add(name, code):
        folder = pytester.path / "solutions" / "toy-sum"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(textwrap.dedent(code), encoding="utf-8")

    make.add = add
    return make


def test_ids_name_problem_solution_and_check(workspace):
    pytester = workspace()
    result = pytester.runpytest("--collect-only", "-q", "problems")
    ids = {line for line in result.outlines if "::" in line}
    assert "problems/toy-sum::builtin::example[1]" in ids
    assert "problems/toy-sum::builtin::example[2]" in ids
    assert "problems/toy-sum::builtin::crosscheck" in ids
    assert "problems/toy-sum::builtin::max[random]" in ids
    # The oracle is not cross-checked against itself.
    assert "problems/toy-sum::loop::crosscheck" not in ids


def test_references_pass_and_expected_tle_is_xfail(workspace):
    pytester = workspace()
    result = pytester.runpytest("problems", "-rx")
    result.assert_outcomes(passed=10, xfailed=1)
    assert "XFAIL problems/toy-sum::sleepy::max[random] - TLE as expected" in result.stdout.str()


def test_expected_tle_that_passes_is_a_failure(workspace):
    pytester = workspace(sleepy_expect="TLE")
    pytester.path.joinpath("solutions", "toy-sum", "sleepy.py").write_text(
        "def solution(nums):\n    return sum(nums)\n")
    result = pytester.runpytest("problems", "-k", "sleepy and max")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*expected TLE here*got OK*"])


def test_correct_member_passes(workspace):
    pytester = workspace()
    workspace.add("kim.py", "def solution(nums):\n    return sum(sorted(nums))\n")
    result = pytester.runpytest("problems", "-k", "kim")
    result.assert_outcomes(passed=4)


def test_wrong_member_fails_with_shrunk_counterexample(workspace):
    pytester = workspace()
    # Wrong only when a negative number appears: the examples pass, the cross-check must not.
    workspace.add("lee.py", "def solution(nums):\n    return sum(abs(x) for x in nums) if min(nums) < -10 else sum(nums)\n")
    result = pytester.runpytest("problems", "-k", "lee and crosscheck and not sleepy")
    result.assert_outcomes(failed=1)
    out = result.stdout.str()
    assert "WA: lee.py wrong answer" in out
    assert "shrunk by Hypothesis" in out
    # Shrinking leaves a single number, the smallest magnitude that triggers the bug.
    assert "nums = [-11]" in out
    assert "expected: -11" in out and "got:      11" in out
    assert "Traceback" not in out


def test_float_for_int_is_wrong_type(workspace):
    pytester = workspace()
    workspace.add("park.py", "def solution(nums):\n    return float(sum(nums))\n")
    result = pytester.runpytest("problems", "-k", "park and example")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(["*wrong type: expected int, got float*", "*expected: 6*", "*got:      6.0*"])


def test_untouched_stub_is_skipped_with_reason(workspace):
    pytester = workspace()
    workspace.add("choi.py", "def solution(nums):\n    raise NotImplementedError\n")
    result = pytester.runpytest("problems", "-k", "choi", "-rs")
    result.assert_outcomes(skipped=4)
    result.stdout.fnmatch_lines(["*choi.py*untouched stub*write solution()*"])


@pytest.mark.parametrize("body, verdict", [
    ("while True:\n        pass", "TLE"),
    ("import sys; sys.exit(0)", "RE: choi.py called sys.exit(0)"),
    ("import os; os._exit(3)", "RE: choi.py exited with code 3"),
])
def test_hostile_member_gets_a_verdict_and_pytest_carries_on(workspace, body, verdict):
    pytester = workspace()
    workspace.add("choi.py", f"def solution(nums):\n    {body}\n")
    result = pytester.runpytest("problems", "-k", "choi or builtin and example")
    result.assert_outcomes(failed=4, passed=2)  # every choi item fails; builtin's examples still run
    assert verdict in result.stdout.str()


def test_malformed_spec_is_one_clear_message(workspace):
    spec = spec_text("TLE").replace('type = "list[int]"', 'type = "list[integer]"')
    pytester = workspace(spec=spec)
    result = pytester.runpytest("problems")
    out = result.stdout.str()
    assert "problems/toy-sum/problem.toml: params[0].type: unknown type 'list[integer]'" in out
    assert "Traceback" not in out
    assert result.ret != 0


def test_missing_reference_file_is_named(workspace):
    pytester = workspace()
    pytester.path.joinpath("solutions", "toy-sum", "builtin.py").unlink()
    result = pytester.runpytest("problems")
    result.stdout.fnmatch_lines(["*solutions.references: builtin.py is listed but*builtin.py does not exist*"])
    assert result.ret != 0


def test_runs_under_xdist(workspace):
    pytest.importorskip("xdist")
    pytester = workspace()
    workspace.add("kim.py", "def solution(nums):\n    return sum(nums) + (len(nums) > 5)\n")
    result = pytester.runpytest_subprocess("-n", "2", "problems")
    result.assert_outcomes(passed=10 + 2, failed=2, xfailed=1)
