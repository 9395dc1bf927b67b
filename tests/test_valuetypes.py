"""The spec type language and the strict comparison the judge relies on."""

import pytest

from algokit.valuetypes import depth, describe_difference, parse_type, scalar, strict_equal, type_error

# --- parse_type ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, parsed",
    [
        ("int", "int"),
        ("float", "float"),
        ("bool", "bool"),
        ("str", "str"),
        ("list[int]", ("list", "int")),
        ("list[list[int]]", ("list", ("list", "int"))),
        ("list[list[list[str]]]", ("list", ("list", ("list", "str")))),
        ("  list[ float ] ", ("list", "float")),
    ],
)
def test_parse_type_accepts_scalars_and_nested_lists(text, parsed):
    assert parse_type(text) == parsed


@pytest.mark.parametrize(
    "text",
    ["", "integer", "Int", "List[int]", "list", "list[]", "list[intt]", "list[int",
     "list[list[int]", "list[int]]", "tuple[int]", "dict[str, int]", "list[int, str]"],
)
def test_parse_type_rejects_unknown_types_naming_the_accepted_forms(text):
    with pytest.raises(ValueError, match=r"unknown type .*use int, float, bool, str, list\[T\], ListNode or TreeNode"):
        parse_type(text)


def test_depth_and_scalar_of_nested_lists():
    parsed = parse_type("list[list[str]]")
    assert depth(parsed) == 2
    assert scalar(parsed) == "str"
    assert depth(parse_type("int")) == 0
    assert scalar(parse_type("int")) == "int"


# --- strict_equal ----------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        (3, 3),
        (3.5, 3.5),
        ("abc", "abc"),
        (True, True),
        (None, None),
        ([], []),
        ([1, 2, 3], [1, 2, 3]),
        ([[1, 2], [3]], [[1, 2], [3]]),
        ((1, 2), (1, 2)),
        ({"a": 1, "b": [2, 3]}, {"b": [2, 3], "a": 1}),
    ],
)
def test_strict_equal_accepts_equal_values_of_equal_types(a, b):
    assert strict_equal(a, b) is True
    assert strict_equal(b, a) is True


@pytest.mark.parametrize(
    "a, b",
    [
        (3, 3.0),                        # int is not float, though 3 == 3.0
        (True, 1),                       # bool is not int, though True == 1
        (False, 0),
        (1.0, True),
        ((1,), [1]),                     # tuple is not list
        ([1, 2], (1, 2)),
        ("1", 1),
        (3, 4),                          # plainly different
        ([1, 2], [1, 2, 3]),             # a prefix is not equal
        ([1, 2, 3], [1, 2]),
        ([1, [2, 3]], [1, [2, 3.0]]),    # a float deep inside
        ([[1], [2]], [[1], [2, 0]]),     # a longer inner list
        ([[0, 1]], [[False, True]]),     # bools deep inside
        ([[1, 2]], [(1, 2)]),            # a tuple deep inside
        ({"a": 1}, {"a": 1.0}),          # value types inside dicts
        ({"a": 1}, {"b": 1}),
        ({"a": 1}, {"a": 1, "b": 2}),
        ({"a": [1]}, {"a": [True]}),
        pytest.param({1: "x"}, {1.0: "x"}, id="dict-key-int-vs-float"),  # keys are parts too
        pytest.param({1: "x"}, {True: "x"}, id="dict-key-int-vs-bool"),
    ],
)
def test_strict_equal_rejects_values_differing_in_value_or_in_any_part_type(a, b):
    assert strict_equal(a, b) is False
    assert strict_equal(b, a) is False


# --- type_error ------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, text",
    [
        (3, "int"),
        (3.0, "float"),
        (False, "bool"),
        ("", "str"),
        ([], "list[int]"),
        ([[1, 2], []], "list[list[int]]"),
        (["ab", "c"], "list[str]"),
    ],
)
def test_type_error_is_none_for_values_of_the_type(value, text):
    assert type_error(value, parse_type(text)) is None


@pytest.mark.parametrize(
    "value, text, message",
    [
        (3.0, "int", "output should be int, got float 3.0"),
        (True, "int", "output should be int, got bool True"),
        (1, "bool", "output should be bool, got int 1"),
        (1, "float", "output should be float, got int 1"),
        ("3", "int", "output should be int, got str '3'"),
        ((1, 2), "list[int]", "output should be a list, got tuple (1, 2)"),
        (5, "list[int]", "output should be a list, got int 5"),
        ([1, 2.0], "list[int]", "output[1] should be int, got float 2.0"),
        ([[1], [2, "3"]], "list[list[int]]", "output[1][1] should be int, got str '3'"),
        ([[1], 2], "list[list[int]]", "output[1] should be a list, got int 2"),
    ],
)
def test_type_error_names_the_place_the_expected_type_and_what_was_got(value, text, message):
    assert type_error(value, parse_type(text), "output") == message


def test_type_error_default_name_and_long_values_are_shortened():
    assert type_error(2.5, "int") == "value should be int, got float 2.5"
    message = type_error(tuple(range(1000)), parse_type("list[int]"), "weights")
    assert message.startswith("weights should be a list, got tuple (0, 1, 2")
    assert "(1000 items)" in message
    assert len(message) < 200


# --- describe_difference ---------------------------------------------------------


@pytest.mark.parametrize(
    "expected, got, type_names",
    [
        (3, 3.0, ("int", "float")),
        (1, True, ("int", "bool")),
        ([1], (1,), ("list", "tuple")),
        (3, None, ("int", "NoneType")),
    ],
)
def test_describe_difference_says_wrong_type_when_types_differ(expected, got, type_names):
    phrase = describe_difference(expected, got)
    assert phrase == f"wrong type: expected {type_names[0]}, got {type_names[1]}"


def test_describe_difference_says_wrong_answer_for_same_type():
    assert describe_difference(3, 4) == "wrong answer"
    assert describe_difference([1, 2], [2, 1]) == "wrong answer"
