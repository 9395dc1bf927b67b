"""Members' stubs: one writer for catalogue problems and new ones, so the two cannot drift apart."""

import ast

import pytest

from algokit.problem import catalog, stubs
from algokit.problem.newproblem import Signature, signature_from_text

TWO_SUM = "leetcode-1"


@pytest.fixture(scope="module")
def two_sum():
    return catalog.resolve(None, TWO_SUM, catalogue=True)


def test_a_new_problem_typed_like_a_catalogue_one_gets_the_same_entry_point(two_sum):
    """Both type LeetCode's way (List[int]); before, only the catalogue's stub did."""
    typed = Signature("class", "twoSum", "Solution", [("nums", "list[int]"), ("target", "int")], "list[int]")
    new = stubs.for_signature(typed, "Two Sum", "민웅")
    mine = stubs.for_spec(two_sum, "민웅")
    entry = "def twoSum(self, nums: List[int], target: int) -> List[int]:"
    assert entry in new and entry in mine
    assert new.split('"""\n', 2)[-1] == mine.split('"""\n', 2)[-1]  # the code after the docstring


@pytest.mark.parametrize("text", ["solution(queue1, queue2)", "Solution.twoSum(nums, target)", "stdin"])
def test_every_style_of_stub_is_python_that_raises_not_implemented(text):
    code = stubs.for_signature(signature_from_text(text), "문제", "민웅")
    tree = ast.parse(code)
    raised = [node for node in ast.walk(tree) if isinstance(node, ast.Raise)]
    assert [ast.unparse(node.exc) for node in raised] == ["NotImplementedError"]


def test_untyped_parameters_stay_untyped():
    code = stubs.entry_point("class", "solve", "Solution", [("grid", None), ("k", "int")], None)
    assert "def solve(self, grid, k: int):" in code


def test_a_catalogue_stub_shows_only_the_official_examples_and_how_to_check_it(two_sum):
    text = stubs.for_spec(two_sum, "민웅", "solutions/leetcode-1/민웅.py")
    official = [ex for ex in two_sum.examples if ex.official]
    spoilers = [ex for ex in two_sum.examples if not ex.official]
    assert all(f"# {ex.why}" in text for ex in official[:4])
    assert not any(f"# {ex.why}" in text for ex in spoilers)
    assert "Check it: algokit check leetcode-1 solutions/leetcode-1/민웅.py" in text
