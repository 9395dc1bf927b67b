"""Checkers: ``algokit.judging.checkers.rejection`` accepts right answers and rejects wrong ones with a reason.

Each test builds a minimal spec in tmp_path (function or stdin style) declaring one
``[checker]``; the custom checker is also exercised through the real leetcode-1
checker.py. ``rejection`` returns None for an accepted answer, else a one-line reason.
"""

import math
import textwrap
from pathlib import Path

import pytest

from algokit.errors import SpecError
from algokit.judging.checkers import rejection
from algokit.problem.spec import load_spec

ROOT = Path(__file__).resolve().parents[1]

FUNCTION_SPEC = """
slug = "{slug}"
platform = "toy"
id = 1
url = "https://example.org/toy"
title = {{ ko = "장난감", en = "Toy" }}

[signature]
function = "solution"
returns = "{returns}"
size = "n"

[[params]]
name = "n"
type = "int"
min = 1
max = 10

[limits]
time = 1.0

[solutions]
oracle = "a.py"
references = ["a.py"]

{checker}

[[examples]]
why = "one"
input = {{ n = 1 }}
output = {output}
"""

STDIN_SPEC = '''
slug = "{slug}"
platform = "toy"
id = 2
url = "https://example.org/toy-stdin"
title = {{ ko = "표준 입력", en = "Stdin Toy" }}

[signature]
style = "stdin"
size = "N"
size_range = [1, 10]

[limits]
time = 1.0

[solutions]
oracle = "a.py"
references = ["a.py"]

{checker}

[[examples]]
why = "one"
input = """
1 2
"""
output = "{output}"
'''


def write_spec(tmp_path, text, slug, checker_py=None):
    folder = tmp_path / "problems" / slug
    folder.mkdir(parents=True)
    (folder / "problem.toml").write_text(text, encoding="utf-8")
    if checker_py is not None:
        (folder / "checker.py").write_text(textwrap.dedent(checker_py), encoding="utf-8")
    return folder


def function_spec(tmp_path, returns="int", output="3", checker="", checker_py=None, slug="toy"):
    text = FUNCTION_SPEC.format(slug=slug, returns=returns, output=output, checker=checker)
    return load_spec(write_spec(tmp_path, text, slug, checker_py))


def stdin_spec(tmp_path, output="3", checker="", checker_py=None, slug="toy-stdin"):
    text = STDIN_SPEC.format(slug=slug, output=output, checker=checker)
    return load_spec(write_spec(tmp_path, text, slug, checker_py))


def rejected(reason, *words):
    """``reason`` is a rejection: a non-empty one-line string holding every word."""
    assert isinstance(reason, str) and reason, reason
    assert "\n" not in reason, reason
    for word in words:
        assert word in reason, reason
    return reason


# --- exact -------------------------------------------------------------------------------------------


def test_exact_is_the_default_for_function_style(tmp_path):
    spec = function_spec(tmp_path)
    assert spec.checker.kind == "exact"
    assert rejection(spec, (1,), 3, 3) is None


def test_exact_rejects_a_float_for_an_int(tmp_path):
    spec = function_spec(tmp_path)
    rejected(rejection(spec, (1,), 3, 3.0), "wrong type", "expected int", "got float")


def test_exact_rejects_a_bool_for_an_int(tmp_path):
    spec = function_spec(tmp_path, output="1")
    rejected(rejection(spec, (1,), 1, True), "wrong type", "expected int", "got bool")


def test_exact_rejects_a_wrong_value(tmp_path):
    spec = function_spec(tmp_path)
    rejected(rejection(spec, (1,), 3, 4), "wrong answer")


def test_exact_on_lists_is_strict_about_container_order_and_items(tmp_path):
    spec = function_spec(tmp_path, returns="list[int]", output="[1, 2]")
    assert rejection(spec, (1,), [1, 2], [1, 2]) is None
    rejected(rejection(spec, (1,), [1, 2], (1, 2)), "wrong type", "expected list", "got tuple")
    rejected(rejection(spec, (1,), [1, 2], [2, 1]), "wrong answer")
    rejected(rejection(spec, (1,), [1, 2], [1, 2.0]), "wrong answer")
    rejected(rejection(spec, (1,), [1, 2], [1, 2, 3]), "wrong answer")


# --- tokens ------------------------------------------------------------------------------------------


def test_tokens_is_the_default_for_stdin_style(tmp_path):
    spec = stdin_spec(tmp_path)
    assert spec.checker.kind == "tokens"
    assert spec.examples[0].args == ("1 2\n",) and spec.examples[0].output == "3"
    assert rejection(spec, ("1 2\n",), "3", "3\n") is None


@pytest.mark.parametrize("got", ["1 2", "1 2\n", "  1   2  ", "1\n2\n", "\n\n1\t2\r\n\n", "1\n\n\n2"])
def test_tokens_ignores_spacing_and_newlines(tmp_path, got):
    spec = stdin_spec(tmp_path, output="1 2")
    assert rejection(spec, ("1 2\n",), "1 2", got) is None


def test_tokens_names_the_first_wrong_token(tmp_path):
    spec = stdin_spec(tmp_path, output="1 2")
    reason = rejected(rejection(spec, ("x\n",), "1 2", "1 3\n"), "wrong answer", "token 2")
    assert "'3'" in reason and "'2'" in reason  # what came, and what was expected


def test_tokens_compare_text_not_numbers_or_case(tmp_path):
    spec = stdin_spec(tmp_path, output="1 YES")
    rejected(rejection(spec, ("x\n",), "1 YES", "1.0 YES"), "token 1")
    rejected(rejection(spec, ("x\n",), "1 YES", "1 yes"), "token 2")


def test_tokens_rejects_a_missing_token(tmp_path):
    spec = stdin_spec(tmp_path, output="1 2")
    rejected(rejection(spec, ("x\n",), "1 2", "1\n"), "wrong answer", "1 tokens", "expected 2")
    rejected(rejection(spec, ("x\n",), "1 2", ""), "0 tokens", "expected 2")


def test_tokens_rejects_an_extra_token(tmp_path):
    spec = stdin_spec(tmp_path, output="1 2")
    rejected(rejection(spec, ("x\n",), "1 2", "1 2 2\n"), "3 tokens", "expected 2")


@pytest.mark.parametrize("got, kind", [(3, "int"), (None, "NoneType"), (["1", "2"], "list"), (b"1 2", "bytes")])
def test_tokens_rejects_anything_but_text(tmp_path, got, kind):
    spec = stdin_spec(tmp_path, output="1 2")
    rejected(rejection(spec, ("x\n",), "1 2", got), "wrong type", "expected text", f"got {kind}")


# --- float -------------------------------------------------------------------------------------------


@pytest.fixture
def abs_spec(tmp_path):
    return function_spec(tmp_path, returns="float", output="1.0",
                         checker='[checker]\nkind = "float"\nabs = 1e-6', slug="toy-abs")


@pytest.fixture
def rel_spec(tmp_path):
    return function_spec(tmp_path, returns="float", output="1000.0",
                         checker='[checker]\nkind = "float"\nrel = 1e-3', slug="toy-rel")


def test_float_spec_is_read(abs_spec, rel_spec):
    assert (abs_spec.checker.kind, abs_spec.checker.abs, abs_spec.checker.rel) == ("float", 1e-6, 0.0)
    assert (rel_spec.checker.kind, rel_spec.checker.abs, rel_spec.checker.rel) == ("float", 0.0, 1e-3)


@pytest.mark.parametrize("got", [1.0, 1.0000005, 0.9999995, 1])
def test_float_abs_accepts_within_tolerance(abs_spec, got):
    assert rejection(abs_spec, (1,), 1.0, got) is None


@pytest.mark.parametrize("got", [1.00001, 0.99999, 2.0, -1.0])
def test_float_abs_rejects_outside_tolerance(abs_spec, got):
    rejected(rejection(abs_spec, (1,), 1.0, got), "wrong answer", "not within tolerance", repr(got))


def test_float_rel_scales_with_the_answer(rel_spec):
    assert rejection(rel_spec, (1,), 1000.0, 1000.9) is None
    assert rejection(rel_spec, (1,), 1e9, 1e9 + 5e5) is None
    rejected(rejection(rel_spec, (1,), 1000.0, 1001.5), "not within tolerance")
    # Relative only: near zero, a tiny absolute difference is still far off.
    rejected(rejection(rel_spec, (1,), 1e-9, 2e-9), "not within tolerance")


def test_float_checks_every_number_inside_lists(tmp_path):
    spec = function_spec(tmp_path, returns="list[list[float]]", output="[[1.0, 2.0], [3.0]]",
                         checker='[checker]\nkind = "float"\nabs = 1e-6')
    expected = [[1.0, 2.0], [3.0]]
    assert rejection(spec, (1,), expected, [[1.0000001, 1.9999999], [3.0]]) is None
    rejected(rejection(spec, (1,), expected, [[1.0, 2.1], [3.0]]), "not within tolerance", "2.1")
    rejected(rejection(spec, (1,), expected, [[1.0, 2.0]]), "expected a list of 2")
    rejected(rejection(spec, (1,), expected, [[1.0, 2.0], [3.0, 4.0]]), "expected a list of 1")
    rejected(rejection(spec, (1,), expected, [[1.0, 2.0], 3.0]), "expected a list of 1")
    rejected(rejection(spec, (1,), expected, ((1.0, 2.0), (3.0,))), "expected a list of 2")


def test_float_on_text_compares_numeric_tokens_within_tolerance(tmp_path):
    spec = stdin_spec(tmp_path, output="YES 3.14159265",
                      checker='[checker]\nkind = "float"\nabs = 1e-6')
    assert spec.checker.kind == "float"
    expected = "YES 3.14159265"
    assert rejection(spec, ("x\n",), expected, "YES 3.1415927\n") is None
    assert rejection(spec, ("x\n",), expected, "YES\n3.14159225") is None
    rejected(rejection(spec, ("x\n",), expected, "YES 3.15"), "not within tolerance", "3.15")
    rejected(rejection(spec, ("x\n",), expected, "NO 3.14159265"), "wrong answer", "'NO'")  # words exactly
    rejected(rejection(spec, ("x\n",), expected, "YES"), "1 tokens", "expected 2")
    rejected(rejection(spec, ("x\n",), expected, "YES 3.14159265 0"), "3 tokens", "expected 2")


@pytest.mark.parametrize("got", [math.nan, math.inf, -math.inf])
def test_float_rejects_nan_and_infinity(abs_spec, got):
    rejected(rejection(abs_spec, (1,), 1.0, got), "wrong answer")


def test_float_rejects_nan_inside_lists_and_as_a_token(tmp_path):
    spec = function_spec(tmp_path, returns="list[float]", output="[1.0]",
                         checker='[checker]\nkind = "float"\nabs = 1e-6')
    rejected(rejection(spec, (1,), [1.0], [math.nan]), "wrong answer")
    text = stdin_spec(tmp_path, output="1.0", checker='[checker]\nkind = "float"\nabs = 1e-6')
    rejected(rejection(text, ("x\n",), "1.0", "nan"), "wrong answer", "nan")
    rejected(rejection(text, ("x\n",), "1.0", "inf"), "wrong answer", "inf")


@pytest.mark.parametrize("got", ["abc", "", None, [1.0]])
def test_float_rejects_non_numbers(abs_spec, got):
    rejected(rejection(abs_spec, (1,), 1.0, got), "wrong type", "expected a number")


def test_float_text_rejects_a_word_for_a_number(tmp_path):
    spec = stdin_spec(tmp_path, output="1.5", checker='[checker]\nkind = "float"\nrel = 1e-9')
    rejected(rejection(spec, ("x\n",), "1.5", "one-and-a-half"), "wrong answer", "'one-and-a-half'")


def test_float_rejects_a_numeric_string_for_a_float_answer(abs_spec):
    # A function that returns the text "1.0" has returned the wrong type: only when both
    # sides are text (a stdin program's output) are numbers read out of tokens.
    rejected(rejection(abs_spec, (1,), 1.0, "1.0"))


@pytest.mark.parametrize("expected, got", [(1.0, True), (0.0, False), (1.0, False)])
def test_float_does_not_take_a_bool_for_a_number(abs_spec, expected, got):
    # True == 1.0 in Python, but a bool is not a number to a judge (as with exact).
    rejected(rejection(abs_spec, (1,), expected, got))


def test_float_does_not_take_a_bool_inside_a_list(tmp_path):
    spec = function_spec(tmp_path, returns="list[float]", output="[1.0, 0.0]",
                         checker='[checker]\nkind = "float"\nabs = 1e-6')
    rejected(rejection(spec, (1,), [1.0, 0.0], [True, False]))


# --- custom: the real leetcode-1 checker -----------------------------------------------------------


@pytest.fixture(scope="module")
def two_sum():
    spec = load_spec(ROOT / "problems" / "leetcode-1")
    assert spec.checker.kind == "custom" and spec.checker.function == "check"
    return spec


ARGS = ([2, 7, 11, 15], 9)


@pytest.mark.parametrize("got", [[0, 1], [1, 0]])
def test_two_sum_accepts_either_order(two_sum, got):
    assert rejection(two_sum, ARGS, [0, 1], got) is None


def test_two_sum_judges_the_answer_not_the_expected_value(two_sum):
    # Only the input decides: an unusual "expected" does not make a right answer wrong.
    assert rejection(two_sum, ([3, 3], 6), [0, 1], [1, 0]) is None
    assert rejection(two_sum, ([-3, 4, 3, 90], 0), [0, 2], [2, 0]) is None


def test_two_sum_rejects_the_same_index_twice(two_sum):
    rejected(rejection(two_sum, ([3, 2, 4], 6), [1, 2], [0, 0]), "wrong answer", "the same index twice")


@pytest.mark.parametrize("got", [[0, 4], [-1, 1], [1, 99]])
def test_two_sum_rejects_an_index_out_of_range(two_sum, got):
    rejected(rejection(two_sum, ARGS, [0, 1], got), "wrong answer", "index out of range")


def test_two_sum_rejects_a_wrong_sum(two_sum):
    rejected(rejection(two_sum, ARGS, [0, 1], [0, 2]), "wrong answer", "nums[0] + nums[2] = 13, not 9")


@pytest.mark.parametrize("got", [[0], [0, 1, 2], [], "0 1", None, 1, [0.0, 1.0], [0, True], [[0], [1]]])
def test_two_sum_rejects_the_wrong_shape(two_sum, got):
    rejected(rejection(two_sum, ARGS, [0, 1], got), "wrong answer", "expected a list of two indices")


def test_two_sum_takes_a_tuple_as_leetcode_serialises_it_as_a_list(two_sum):
    assert rejection(two_sum, ARGS, [0, 1], (0, 1)) is None
    assert rejection(two_sum, ARGS, [0, 1], (1, 0)) is None


@pytest.mark.parametrize("got, kind", [({0, 1}, "set"), ((i for i in (0, 1)), "generator")])
def test_two_sum_rejects_what_json_cannot_carry(two_sum, got, kind):
    rejected(rejection(two_sum, ARGS, [0, 1], got), "wrong type", f"returned a {kind}", "cannot serialise")


# --- custom: other checkers --------------------------------------------------------------------------

CUSTOM = '[checker]\nkind = "custom"'


def test_custom_checker_that_raises_is_a_rejection_not_a_crash(tmp_path):
    spec = function_spec(tmp_path, returns="list[int]", output="[1, 2]", checker=CUSTOM, checker_py="""
        def check(input, expected, got):
            a, b = got  # breaks on anything but a pair
            return a + b == input["n"] + 2
    """)
    assert rejection(spec, (1,), [1, 2], [1, 2]) is None
    assert rejection(spec, (1,), [1, 2], [0, 3]) is None
    rejected(rejection(spec, (1,), [1, 2], [5, 5]), "wrong answer (rejected by the checker)")
    rejected(rejection(spec, (1,), [1, 2], 7), "rejected by the checker", "TypeError")
    rejected(rejection(spec, (1,), [1, 2], [1, 2, 3]), "rejected by the checker", "ValueError")


def test_custom_checker_may_return_none_true_false_or_a_reason(tmp_path):
    spec = function_spec(tmp_path, checker=CUSTOM, checker_py="""
        def check(input, expected, got):
            if got == 0:
                return None
            if got == 1:
                return True
            if got == 2:
                return False
            return f"{got} is not {expected}"
    """)
    assert rejection(spec, (1,), 3, 0) is None
    assert rejection(spec, (1,), 3, 1) is None
    assert rejected(rejection(spec, (1,), 3, 2)) == "wrong answer (rejected by the checker)"
    assert rejected(rejection(spec, (1,), 3, 9)) == "wrong answer: 9 is not 3"


def test_custom_checker_of_a_stdin_problem_sees_the_input_text(tmp_path):
    spec = stdin_spec(tmp_path, checker=CUSTOM + '\nfunction = "verify"', checker_py="""
        def verify(input, expected, got):
            a, b = map(int, input["stdin"].split())
            return got.split() == [str(a + b)] or f"{got.strip()!r} is not the sum"
    """)
    assert spec.checker.function == "verify"
    assert rejection(spec, ("1 2\n",), "3", "3\n") is None
    assert rejection(spec, ("40 2\n",), "ignored", "  42 ") is None
    rejected(rejection(spec, ("1 2\n",), "3", "4\n"), "wrong answer: '4' is not the sum")


def test_custom_checker_without_the_function_is_a_spec_error(tmp_path):
    spec = function_spec(tmp_path, checker=CUSTOM, checker_py="def verify(input, expected, got):\n    return True\n")
    with pytest.raises(SpecError, match="check: not defined"):
        rejection(spec, (1,), 3, 3)


# --- mistakes in [checker] ---------------------------------------------------------------------------


@pytest.mark.parametrize("checker, field, words", [
    ('[checker]\nkind = "fuzzy"', "checker.kind", "unknown value 'fuzzy' (use one of value, json, exact, tokens, float, custom)"),
    ('[checker]\nkind = "float"', "checker", "a float checker needs abs or rel"),
    ('[checker]\nkind = "exact"\nabs = 1e-6', "checker.abs", 'for kind = "float" only'),
    ('[checker]\nrel = 0.01', "checker.rel", 'for kind = "float" only'),
    ('[checker]\nkind = "tokens"\nabs = 0.5', "checker.abs", 'for kind = "float" only'),
    ('[checker]\nkind = "float"\nabs = -1.0', "checker.abs", "non-negative"),
    ('[checker]\nkind = "custom"', "checker.kind", "custom needs checker.py"),
    ('[checker]\nkind = "exact"\nstrict = true', "checker.strict", "unknown field"),
])
def test_checker_mistakes_are_spec_errors_naming_the_field(tmp_path, checker, field, words):
    with pytest.raises(SpecError) as caught:
        function_spec(tmp_path, checker=checker)
    error = caught.value
    assert error.field == field
    assert f"problem.toml: {field}: " in str(error) and words in str(error)


def test_stdin_checker_mistakes_are_spec_errors_too(tmp_path):
    with pytest.raises(SpecError, match=r"checker\.abs: .*float"):
        stdin_spec(tmp_path, checker='[checker]\nabs = 1e-6')  # the default here is tokens
    with pytest.raises(SpecError, match=r"checker\.kind: custom needs checker\.py"):
        stdin_spec(tmp_path, checker=CUSTOM, slug="toy-stdin-2")
