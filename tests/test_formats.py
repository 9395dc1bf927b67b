"""Declared stdin formats: each shape parsed, rendered, drawn, made worst, checked and proposed."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from algokit.errors import SpecError
from algokit.problem.formats import Line, parse_format, propose, strategy, violations, worst

PATH = "problems/toy/problem.toml"
QUICK = settings(max_examples=40, deadline=None, database=None)

# One format per shape; every size is at least 1 so each text has content to corrupt.
SHAPES = {
    "names": (["N M"], {"N": [1, 5], "M": [-3, 3]}),
    "row": (["N", "a: N ints"], {"N": [1, 6], "a": [-9, 9]}),
    "grid": (["N M", "grid: N lines of M ints"], {"N": [1, 4], "M": [1, 4], "grid": [0, 99]}),
    "chars": (["N M", "maze: N lines of M chars '01'"], {"N": [1, 4], "M": [1, 4]}),
    "records": (["V E", "edges: E lines of u v w"],
                {"V": [1, 5], "E": [1, 6], "u": [1, "V"], "v": [1, "V"], "w": [-5, 5]}),
    "text": (["L", "s: L chars 'abc'"], {"L": [1, 8]}),
}


def form_of(shape):
    return parse_format(PATH, *SHAPES[shape])


def assert_one(messages, *words):
    """Exactly one violation, and it says every word."""
    assert len(messages) == 1, messages
    for word in words:
        assert word in messages[0], f"{word!r} not in {messages[0]!r}"


# --- parse_format -----------------------------------------------------------------


@pytest.mark.parametrize("entry, bounds, line", [
    ("N M", {}, Line("names", names=("N", "M"))),
    ("a: N ints", {"a": [0, 9]}, Line("row", "a", count="N")),
    ("a: 3 ints", {"a": [0, 9]}, Line("row", "a", count="3")),
    ("grid: N lines of M ints", {"grid": [0, 9]}, Line("grid", "grid", count="N", width="M")),
    ("maze: N lines of M chars '01'", {}, Line("chars", "maze", count="N", width="M", alphabet="01")),
    ("edges: N lines of u v w", {"u": [1, "N"], "v": [1, "M"], "w": [0, 9]},
     Line("records", "edges", names=("u", "v", "w"), count="N")),
    ("s: M chars 'abc'", {}, Line("text", "s", width="M", alphabet="abc")),
])
def test_each_shape_parses_into_its_line(entry, bounds, line):
    """Each shape becomes a Line of its kind with its counts; bounds keep names of earlier integers."""
    form = parse_format(PATH, ["N M", entry], {"N": [1, 5], "M": [1, 5], **bounds})
    assert form.lines == (Line("names", names=("N", "M")), line)
    assert form.bounds == {"N": (1, 5), "M": (1, 5), **{k: tuple(v) for k, v in bounds.items()}}


@pytest.mark.parametrize("lines, bounds, field, words", [
    (["N M", "a: N integers"], {"N": [1, 2], "M": [1, 2]}, "input.lines[1]", ["'a: N integers'", "not an input line"]),
    (["N M", ""], {"N": [1, 2], "M": [1, 2]}, "input.lines[1]", ["not an input line"]),
    (["a: N ints", "N"], {"N": [1, 2], "a": [1, 2]}, "input.lines[0]", ["'N'", "earlier line"]),
    (["N", "grid: N lines of K ints"], {"N": [1, 2], "grid": [1, 2]}, "input.lines[1]", ["'K'"]),
    (["N", "maze: K lines of N chars '01'"], {"N": [1, 2]}, "input.lines[1]", ["'K'"]),
    (["N", "edges: E lines of u v"], {"N": [1, 2], "u": [1, 2], "v": [1, 2]}, "input.lines[1]", ["'E'"]),
    (["N", "s: L chars 'ab'"], {"N": [1, 2]}, "input.lines[1]", ["'L'"]),
    (["N", "a: N ints", "b: a ints"], {"N": [1, 2], "a": [1, 2], "b": [1, 2]}, "input.lines[2]", ["'a'"]),
    (["N M"], {"N": [1, 2]}, "input.bounds.M", ["missing", "M = [low, high]"]),
    (["N", "a: N ints"], {"N": [1, 2]}, "input.bounds.a", ["missing"]),
    (["N"], {"N": [1, 2], "K": [1, 2]}, "input.bounds.K", ["unknown name", "N"]),
    (["N", "maze: N lines of N chars '01'"], {"N": [1, 2], "maze": [0, 1]}, "input.bounds.maze", ["unknown"]),
    (["N"], {"N": [1]}, "input.bounds.N", ["[low, high]", "[1]"]),
    (["N"], {"N": [1, 2, 3]}, "input.bounds.N", ["[low, high]"]),
    (["N"], {"N": "1..2"}, "input.bounds.N", ["'1..2'"]),
    (["N"], {"N": [1.0, 2]}, "input.bounds.N", ["[low, high]"]),
    (["N"], {"N": [True, 2]}, "input.bounds.N", ["[low, high]"]),
    (["N", "a: N ints"], {"N": [1, 2], "a": [1, "X"]}, "input.bounds.a", ["'X'"]),
])
def test_parse_errors_name_the_entry(lines, bounds, field, words):
    """A bad line or bound is a SpecError naming the file, then the field, then what is wrong."""
    with pytest.raises(SpecError) as info:
        parse_format(PATH, lines, bounds)
    message = str(info.value)
    assert info.value.field == field
    assert message.startswith(f"{PATH}: {field}: "), message
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"


# --- round trips: worst, strategy and violations agree ----------------------------


@pytest.mark.parametrize("shape", SHAPES)
@QUICK
@given(data=st.data())
def test_drawn_texts_obey_and_a_corrupted_character_breaks_them(shape, data):
    """Every drawn text has no violation; an 'x' in place of any character gives one, on its line."""
    form = form_of(shape)
    text = data.draw(strategy(form))
    assert text.endswith("\n")
    assert violations(form, text) == []
    at = data.draw(st.integers(0, len(text) - 1))
    assert_one(violations(form, text[:at] + "x" + text[at + 1:]), f"line {text[:at].count(chr(10)) + 1}:")


@pytest.mark.parametrize("shape, size", [
    ("names", "N"), ("row", "N"), ("grid", "M"), ("chars", "N"), ("records", "E"), ("text", "L")])
@pytest.mark.parametrize("seed", range(5))
def test_worst_obeys_puts_the_size_at_n_and_the_rest_at_the_top(shape, size, seed):
    """The worst case has no violation; the size is n, every other integer of the first line its high."""
    lines, bounds = SHAPES[shape]
    form, n = form_of(shape), bounds[size][1] - 1 - seed % 2
    text = worst(form, size, n, random.Random(seed))
    assert violations(form, text) == []
    names = lines[0].split()
    assert text.split("\n")[0].split() == [str(n if name == size else bounds[name][1]) for name in names]


def test_worst_puts_an_integer_bounded_by_an_earlier_one_at_that_value():
    """K = [1, "N"] at its top is N itself, the size the caller asked for."""
    form = parse_format(PATH, ["N K", "a: K ints"], {"N": [1, 100], "K": [1, "N"], "a": [0, 0]})
    assert worst(form, "N", 7, random.Random(0)) == "7 7\n0 0 0 0 0 0 0\n"


@QUICK
@given(data=st.data())
def test_strategy_respects_smaller_bounds(data):
    """Overrides shrink the drawn texts: they obey the format with the smaller bounds."""
    lines, bounds = SHAPES["records"]
    small = {**bounds, "V": [1, 2], "E": [0, 2], "w": [0, 1]}
    text = data.draw(strategy(form_of("records"), {"V": (1, 2), "E": (0, 2), "w": (0, 1)}))
    assert violations(parse_format(PATH, lines, small), text) == []


# --- violations -------------------------------------------------------------------

ROW = (["N", "a: N ints"], {"N": [1, 5], "a": [0, 9]})
EDGES = SHAPES["records"]
MAZE = SHAPES["chars"]
TEXT = SHAPES["text"]


@pytest.mark.parametrize("spec, text, words", [
    (ROW, "", ["line 1:", "missing", "N"]),
    (ROW, "3\n", ["line 2:", "missing", "a"]),
    (EDGES, "3 2\n1 2 3\n", ["line 3:", "missing", "edges"]),
    (MAZE, "2 2\n01\n", ["line 3:", "missing", "maze"]),
    (ROW, "3\n1 2\n", ["line 2:", "2 integers", "expected 3", "a"]),
    (ROW, "3\n1 2 3 4\n", ["line 2:", "4 integers", "expected 3"]),
    (EDGES, "3 1\n1 2\n", ["line 2:", "2 integers", "expected 3", "edges"]),
    (SHAPES["names"], "3\n", ["line 1:", "1 integers", "expected 2", "N M"]),
    (ROW, "3\n1 two 3\n", ["line 2:", "'1 two 3'", "integers"]),
    (ROW, "3.0\n1 2 3\n", ["line 1:", "'3.0'"]),
    (ROW, "6\n1 2 3 4 5 6\n", ["line 1:", "N = 6", "[1, 5]"]),
    (ROW, "3\n1 10 3\n", ["line 2:", "a = 10", "[0, 9]"]),
    (ROW, "3\n1 2 -1\n", ["line 2:", "a = -1"]),
    (SHAPES["grid"], "2 2\n1 2\n3 100\n", ["line 3:", "grid = 100", "[0, 99]"]),
    (EDGES, "3 2\n1 2 0\n3 4 0\n", ["line 3:", "v = 4", "[1, 3]"]),
    (EDGES, "3 1\n0 2 0\n", ["line 2:", "u = 0", "[1, 3]"]),
    (MAZE, "2 2\n01\n0\n", ["line 3:", "'0'", "2 characters", "'01'", "maze"]),
    (MAZE, "2 2\n011\n00\n", ["line 2:", "'011'", "2 characters"]),
    (MAZE, "2 2\n01\n0a\n", ["line 3:", "'0a'", "maze"]),
    (MAZE, "2 2\n0 1\n00\n", ["line 2:"]),
    (TEXT, "3\nab\n", ["line 2:", "'ab'", "3 characters", "'abc'", "s"]),
    (TEXT, "3\nabd\n", ["line 2:", "'abd'", "s"]),
    (ROW, "1\n5\n6\n", ["line 3:", "more input"]),
    (MAZE, "1 1\n0\n\n1\n", ["line 3:", "more input"]),
])
def test_each_violation_names_its_line(spec, text, words):
    """A broken text gives one message: the line number, the value's name and what is wrong."""
    assert_one(violations(parse_format(PATH, *spec), text), *words)


@pytest.mark.parametrize("spec, text", [
    (ROW, "3\n1 2 3\n"), (ROW, "3\n1 2 3"), (ROW, "3\n1 2 3\n\n \n"), (ROW, "  3\n1  2\t3 \n"),
    (EDGES, "3 2\n1 3 -5\n3 3 5\n"), (MAZE, "2 2\n01\n11\n"), (TEXT, "3\ncab\n"),
])
def test_a_fitting_text_has_no_violation(spec, text):
    """Bounds are inclusive, a missing final newline, blank lines at the end and extra spaces are fine."""
    assert violations(parse_format(PATH, *spec), text) == []


# --- propose ----------------------------------------------------------------------


@pytest.mark.parametrize("texts, lines, bounds", [
    (["3\n1 5 2\n", "2\n-4 7\n"], ["N", "a: N ints"], {"N": [2, 3], "a": [-4, 7]}),
    (["2 3\n010\n111\n"], ["N M", "maze: N lines of M chars '01'"], {"N": [2, 2], "M": [3, 3]}),
    (["2 2\n1 20\n3 4\n", "1 3\n0 5 6\n"], ["N M", "grid: N lines of M ints"],
     {"N": [1, 2], "M": [2, 3], "grid": [0, 20]}),
    (["3 2\n1 2 5\n2 3 7\n"], ["V E", "edges: E lines of u v w"],
     {"V": [3, 3], "E": [2, 2], "u": [1, "V"], "v": [1, "V"], "w": [5, 7]}),
    (["4 3\n1 2\n2 3\n3 4\n"], ["V E", "edges: E lines of u v"],
     {"V": [4, 4], "E": [3, 3], "u": [1, "V"], "v": [1, "V"]}),
])
def test_propose_reads_each_known_shape(texts, lines, bounds):
    """The proposed table is the shape with bounds spanning the examples; it parses, and they fit it."""
    proposed = propose(texts)
    assert proposed == {"lines": lines, "bounds": bounds}
    form = parse_format(PATH, proposed["lines"], proposed["bounds"])
    assert all(violations(form, text) == [] for text in texts)


@pytest.mark.parametrize("texts", [
    [], ["hello\n"], ["3\n1 2\n"], ["2 2\n1 2\n"], ["3\n1 2 3\n", "2 2\n1 2\n3 4\n"],
    ["3 2\n1 2 3\n4 5\n"], ["2 1\n1 2 3 4\n"],
])
def test_propose_gives_up_on_mixed_or_unknown_shapes(texts):
    """No guess when the examples disagree or match no known shape."""
    assert propose(texts) is None


@pytest.mark.parametrize("lines, bounds, field, words", [
    (["N M"], {"N": [1, "M"], "M": [1, 5]}, "input.bounds.N", ["'M' is not declared before N"]),
    (["N"], {"N": [1, "N"]}, "input.bounds.N", ["'N' is not declared before N"]),
    (["N"], {"N": [5, 1]}, "input.bounds.N", ["low 5 is above high 1"]),
])
def test_a_bound_that_could_never_be_met_is_refused_when_the_spec_loads(lines, bounds, field, words):
    """Once accepted, these made every generator and validator crash (KeyError) or reject its own inputs."""
    with pytest.raises(SpecError) as info:
        parse_format(PATH, lines, bounds)
    assert info.value.field == field
    for word in words:
        assert word in str(info.value)


def test_a_bound_may_name_an_integer_earlier_on_the_same_line():
    form = parse_format(PATH, ["N K"], {"N": [1, 5], "K": [1, "N"]})
    text = worst(form, "N", 4, random.Random(0))
    assert text.split()[0] == "4" and int(text.split()[1]) == 4 and not violations(form, text)
