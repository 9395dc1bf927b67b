"""The problem-spec loader: the seed specs, every error path, and constraint checks."""

import copy
import json
import math
import tomllib
from pathlib import Path

import pytest

from algokit.errors import SpecError
from algokit.problem.spec import Param, load_spec

ROOT = Path(__file__).resolve().parent.parent
SEESAW = ROOT / "problems" / "programmers-152996"
PARCEL = ROOT / "problems" / "programmers-150369"


# --- helpers ---------------------------------------------------------------------

BASE = {
    "slug": "toy-trips",
    "platform": "toy",
    "id": 1,
    "url": "https://example.org/toy-trips",
    "title": {"ko": "장난감 배달", "en": "Toy Trips"},
    "signature": {"function": "solution", "returns": "int", "size": "n"},
    "params": [
        {"name": "n", "type": "int", "min": 1, "max": 1000},
        {"name": "boxes", "type": "list[int]", "len": "n", "min": 0, "max": 50},
    ],
    "limits": {"time": 1.0},
    "solutions": {
        "oracle": "brute.py",
        "references": ["brute.py", "fast.py"],
        "expect": {"brute.py": "TLE"},
    },
    "crosscheck": {"examples": 10, "limits": {"n": {"max": 4}}},
    "examples": [
        {"why": "official", "input": {"n": 2, "boxes": [1, 2]}, "output": 3},
        {"why": "all empty", "input": {"n": 3, "boxes": [0, 0, 0]}, "output": 0},
        {"why": "one full house", "input": {"n": 1, "boxes": [50]}, "output": 50},
    ],
}
DELETE = object()


def _toml_value(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {_toml_value(v)}" for k, v in value.items())
        return "{ " + items + " }" if items else "{}"
    raise TypeError(value)


def to_toml(data):
    """``data`` as TOML text: one ``key = value`` line per top-level field, tables inline."""
    text = "".join(f"{json.dumps(k, ensure_ascii=False)} = {_toml_value(v)}\n" for k, v in data.items())
    assert repr(tomllib.loads(text)) == repr(data)  # the helper itself must be right (repr: nan)
    return text


def write_spec(root, spec, folder=None):
    """Write ``root/problems/<folder>/problem.toml`` from a dict or TOML text.

    The folder defaults to the spec's slug (or the base slug when that is unusable).
    """
    if isinstance(spec, dict):
        slug = spec.get("slug")
        folder = folder or (slug if isinstance(slug, str) and slug else BASE["slug"])
        spec = to_toml(spec)
    path = root / "problems" / (folder or BASE["slug"]) / "problem.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(spec, encoding="utf-8")
    return path


def spec_with(*edits):
    """A deep copy of BASE with edits ``("a/0/b", value)`` applied; DELETE removes the key."""
    data = copy.deepcopy(BASE)
    for where, value in edits:
        *parents, last = [int(k) if k.isdigit() else k for k in where.split("/")]
        target = data
        for key in parents:
            target = target[key]
        if value is DELETE:
            del target[last]
        else:
            target[last] = value
    return data


def spec_error(path, field, *phrases):
    """Load ``path``, expecting a SpecError that names the file, ``field`` and every phrase."""
    with pytest.raises(SpecError) as info:
        load_spec(path)
    error, message = info.value, str(info.value)
    # The file is shown as given or relative to the current folder: both end the same way.
    shown = "/".join(Path(path).parts[-3:])
    assert Path(error.path) == Path(path) or Path(error.path) == Path(path) / "problem.toml", message
    assert shown in message, message
    assert error.field == field, message
    if field:
        assert f"{shown}: {field}: " in message, message
    for phrase in phrases:
        assert phrase in message, f"{phrase!r} not in {message!r}"
    return error


@pytest.fixture(scope="module")
def seesaw():
    return load_spec(SEESAW)


@pytest.fixture(scope="module")
def parcel():
    return load_spec(PARCEL)


# --- the seed specs --------------------------------------------------------------


def test_seesaw_spec_facts(seesaw):
    assert seesaw.slug == "programmers-152996"
    assert seesaw.platform == "programmers"
    assert seesaw.id == "152996"
    assert seesaw.title_ko == "시소 짝꿍"
    assert seesaw.title_en == "Seesaw Partners"
    assert "시소짝꿍" in seesaw.aliases
    assert seesaw.level == 2
    assert seesaw.function == "solution"
    assert seesaw.returns == "int"
    assert seesaw.names == ("weights",)
    weights = seesaw.param("weights")
    assert (weights.type, weights.len, weights.min, weights.max) == ("list[int]", (2, 100_000), 100, 1000)
    assert (seesaw.size_param, seesaw.size_is_len, seesaw.size_label) == ("weights", True, "len(weights)")
    assert seesaw.size_max == 100_000
    assert seesaw.time_limit == 1.0
    assert seesaw.memory_mb == 512
    assert seesaw.oracle == "brute_force.py"
    assert seesaw.references == ("brute_force.py", "counting.py", "one_pass.py", "sorted_bisect.py")
    assert seesaw.trusted == "counting.py"
    assert seesaw.expected_verdicts("brute_force.py") == ("TLE",)
    assert seesaw.expected_verdicts("counting.py") == ("OK",)
    assert len(seesaw.examples) == 8
    first = seesaw.examples[0]
    assert (first.args, first.output, first.why) == (([100, 180, 360, 100, 270],), 4, "official")
    assert seesaw.crosscheck_examples == 200


def test_parcel_spec_facts(parcel):
    assert parcel.slug == "programmers-150369"
    assert parcel.id == "150369"
    assert parcel.title_ko == "택배 배달과 수거하기"
    assert parcel.title_en == "Parcel Delivery and Pickup"
    assert parcel.names == ("cap", "n", "deliveries", "pickups")
    assert parcel.param("deliveries").len == "n"
    assert parcel.param("pickups").len == "n"
    assert (parcel.param("cap").min, parcel.param("cap").max) == (1, 50)
    assert (parcel.size_param, parcel.size_is_len, parcel.size_label) == ("n", False, "n")
    assert parcel.size_max == 100_000
    assert parcel.time_limit == 8.0
    assert parcel.oracle == "exhaustive_search.py"
    assert parcel.trusted == "suffix_trips.py"
    assert parcel.expected_verdicts("exhaustive_search.py") == ("TLE", "MLE")
    assert parcel.expected_verdicts("owed_boxes.py") == ("OK",)
    assert len(parcel.examples) == 9
    official = [e for e in parcel.examples if e.why == "official"]
    assert [(e.args, e.output) for e in official] == [
        ((4, 5, [1, 0, 3, 1, 2], [0, 3, 0, 4, 0]), 16),
        ((2, 7, [1, 0, 2, 0, 1, 0, 2], [0, 2, 0, 1, 0, 2, 0]), 30),
    ]
    assert parcel.kwargs(official[0].args) == {
        "cap": 4, "n": 5, "deliveries": [1, 0, 3, 1, 2], "pickups": [0, 3, 0, 4, 0]}


@pytest.mark.parametrize("folder", [SEESAW, PARCEL], ids=["152996", "150369"])
def test_load_spec_accepts_the_folder_or_the_toml_path(folder):
    by_folder = load_spec(folder)
    by_file = load_spec(folder / "problem.toml")
    by_text = load_spec(str(folder))
    assert by_folder == by_file == by_text
    assert by_folder.path == folder / "problem.toml"
    assert by_folder.dir == folder
    assert by_folder.workspace == ROOT
    assert by_folder.solutions_dir == ROOT / "solutions" / by_folder.slug


# --- a minimal valid spec and its defaults ----------------------------------------


def test_minimal_spec_loads_with_defaults(tmp_path):
    spec = load_spec(write_spec(tmp_path, spec_with(("limits/time", 2), ("crosscheck", DELETE))))
    assert spec.slug == "toy-trips"
    assert spec.names == ("n", "boxes")
    assert spec.time_limit == 2.0 and type(spec.time_limit) is float  # an int time is fine
    assert spec.memory_mb == 512
    assert spec.level is None
    assert spec.aliases == () and spec.techniques == ()
    assert spec.crosscheck_examples == 100
    assert spec.crosscheck_params == spec.params
    assert spec.trusted == "fast.py"
    assert spec.expected_verdicts("fast.py") == ("OK",)
    assert [e.args for e in spec.examples] == [(2, [1, 2]), (3, [0, 0, 0]), (1, [50])]


def test_helper_writes_the_folder_named_after_the_slug(tmp_path):
    path = write_spec(tmp_path, BASE)
    assert path == tmp_path / "problems" / "toy-trips" / "problem.toml"
    assert load_spec(path.parent).examples[0].output == 3


# --- the file itself ---------------------------------------------------------------


def test_missing_file_in_a_problem_folder(tmp_path):
    folder = tmp_path / "problems" / "toy-trips"
    folder.mkdir(parents=True)
    spec_error(folder, "", "file not found", "problem.toml")
    with pytest.raises(SpecError, match="file not found"):
        load_spec(folder / "problem.toml")


def test_missing_folder(tmp_path):
    with pytest.raises(SpecError, match=r"nowhere.*file not found"):
        load_spec(tmp_path / "problems" / "nowhere")


def test_invalid_toml_names_the_file_and_the_line(tmp_path):
    path = write_spec(tmp_path, 'slug = "toy-trips"\nplatform = "toy"\ntitle = { ko = "x", en = \n')
    spec_error(path, "", "not valid TOML", "line 3", "fix the syntax")


def test_duplicate_key_is_invalid_toml(tmp_path):
    path = write_spec(tmp_path, 'slug = "toy-trips"\nslug = "toy-trips"\n')
    spec_error(path, "", "not valid TOML")


# --- one broken field per test -----------------------------------------------------


UNKNOWN_FIELDS = [
    ("titel", "Toy", "titel", "title"),
    ("title/jp", "x", "title.jp", "en, ko"),
    ("signature/retuns", "int", "signature.retuns", "returns"),
    ("params/1/maximum", 50, "params[1].maximum", "max"),
    ("limits/timeout", 1.0, "limits.timeout", "time"),
    ("solutions/oracles", "brute.py", "solutions.oracles", "oracle"),
    ("crosscheck/example", 5, "crosscheck.example", "examples"),
    ("crosscheck/limits/n/maxx", 3, "crosscheck.limits.n.maxx", "max"),
    ("examples/1/ouput", 0, "examples[2].ouput", "output"),
]


@pytest.mark.parametrize("where, value, field, known", UNKNOWN_FIELDS, ids=[c[2] for c in UNKNOWN_FIELDS])
def test_unknown_field_is_named_with_the_known_ones(tmp_path, where, value, field, known):
    spec_error(write_spec(tmp_path, spec_with((where, value))), field, "unknown field", "known fields here:", known)


MISSING = [
    ("slug", "slug", "add slug = <string>"),
    ("title", "title", "add title = <table>"),
    ("title/ko", "title.ko", "add ko = <string>"),
    ("signature", "signature", "add signature = <table>"),
    ("signature/function", "signature.function", "add function = <string>"),
    ("signature/returns", "signature.returns", "add returns = <string>"),
    ("params", "params", "declare each parameter"),
    ("params/0/name", "params[0].name", "add name = <string>"),
    ("params/1/type", "params[1].type", "add type = <string>"),
    ("limits", "limits", "add limits = <table>"),
    ("limits/time", "limits.time", "add time = <float>"),
    ("examples", "examples", ("none yet", "algokit examples add toy-trips")),
    ("examples/1/input", "examples[2].input", "add input = <table or string>"),
    ("examples/1/output", "examples[2].output", "add output = <value>"),
    ("examples/1/why", "examples[2].why", "add why = <string>"),
]


@pytest.mark.parametrize("where, field, expected", MISSING, ids=[c[1] for c in MISSING])
def test_missing_required_field(tmp_path, where, field, expected):
    words = expected if isinstance(expected, tuple) else ("missing", expected)
    spec_error(write_spec(tmp_path, spec_with((where, DELETE))), field, *words)


def test_a_new_problem_needs_no_platform_url_id_size_or_solutions(tmp_path):
    data = spec_with(("platform", DELETE), ("url", DELETE), ("id", DELETE), ("title/en", DELETE),
                     ("signature/size", DELETE), ("solutions", DELETE), ("crosscheck", DELETE))
    spec = load_spec(write_spec(tmp_path, data))
    assert (spec.platform, spec.url, spec.id, spec.title_en) == ("", "", "toy-trips", "장난감 배달")
    assert spec.oracle is None and spec.references == () and spec.trusted is None
    assert not spec.has_max
    # No constraints on boxes' numbers? Its cross-check bounds come from the examples, and say so.
    assert spec.inferred == ()


def test_bounds_missing_from_a_parameter_come_from_the_examples(tmp_path):
    data = spec_with(("params/1/min", DELETE), ("params/1/max", DELETE), ("params/1/len", DELETE))
    spec = load_spec(write_spec(tmp_path, data))
    assert spec.inferred == ("boxes",)
    boxes = spec.crosscheck_params[1]
    assert (boxes.min, boxes.max, boxes.len) == (0, 50, (1, 5))  # the examples hold 0..50, lengths 1..3


WRONG_TYPES = [
    ("slug", 5, "slug", "expected string, got integer 5"),
    ("title", "Toy", "title", "expected table, got string 'Toy'"),
    ("title/en", 3, "title.en", "expected string, got integer 3"),
    ("level", True, "level", "expected integer, got boolean True"),
    ("level", "2", "level", "expected integer, got string '2'"),
    ("aliases", "toy", "aliases", "expected array, got string 'toy'"),
    ("aliases", ["toy", 1], "aliases[1]", "expected string, got integer 1"),
    ("id", 1.5, "id", "expected integer or string, got float 1.5"),
    ("params", {"name": "n", "type": "int"}, "params", "expected array, got table"),
    ("params/0", "n", "params[0]", "expected a [[params]] table, got string 'n'"),
    ("params/0/name", 1, "params[0].name", "expected string, got integer 1"),
    ("params/0/type", ["int"], "params[0].type", "expected string, got array"),
    ("params/0/max", "1000", "params[0].max", "expected integer or float, got string '1000'"),
    ("signature/size", 3, "signature.size", "expected string, got integer 3"),
    ("limits/time", "1s", "limits.time", "expected float, got string '1s'"),
    ("limits/time", True, "limits.time", "expected float, got boolean True"),
    ("limits/memory", 512.0, "limits.memory", "expected integer, got float 512.0"),
    ("solutions/references", "brute.py", "solutions.references", "expected array, got string"),
    ("solutions/expect", "TLE", "solutions.expect", "expected table, got string 'TLE'"),
    ("crosscheck", 10, "crosscheck", "expected table, got integer 10"),
    ("crosscheck/examples", "10", "crosscheck.examples", "expected integer, got string '10'"),
    ("crosscheck/limits", [], "crosscheck.limits", "expected table, got array"),
    ("examples", {"why": "x"}, "examples", "expected array, got table"),
    ("examples/1", 3, "examples[2]", "expected a [[examples]] table, got integer 3"),
    ("examples/1/input", [3, [0, 0, 0]], "examples[2].input", "expected string or table, got array"),
    ("examples/1/why", 3, "examples[2].why", "expected string, got integer 3"),
    ("solutions/references", ["brute.py", 3], "solutions.references[1]", "expected string, got integer 3"),
    ("solutions/expect", {"brute.py": 1}, "solutions.expect.brute.py", "expected string, got integer 1"),
]


@pytest.mark.parametrize("where, value, field, expected", WRONG_TYPES,
                         ids=[f"{c[2]}={c[1]!r}"[:40] for c in WRONG_TYPES])
def test_wrong_value_type(tmp_path, where, value, field, expected):
    spec_error(write_spec(tmp_path, spec_with((where, value))), field, expected)


def test_crosscheck_limit_that_is_not_a_table_is_a_spec_error(tmp_path):
    # limits = { n = 4 } instead of { n = { max = 4 } }: an easy slip that must be reported,
    # not crash the loader.
    spec_error(write_spec(tmp_path, spec_with(("crosscheck/limits/n", 4))), "crosscheck.limits.n")


@pytest.mark.parametrize("slug", ["Toy-Trips", "toy_trips", "-toy", "toy trips", "toy.trips", "시소-짝꿍", ""])
def test_slug_must_be_lowercase_ascii(tmp_path, slug):
    spec_error(write_spec(tmp_path, spec_with(("slug", slug))), "slug",
               f"{slug!r} is not a stable ASCII slug", "lowercase letters, digits and '-'")


def test_slug_must_match_the_folder(tmp_path):
    path = write_spec(tmp_path, BASE, folder="toy-trip")
    spec_error(path, "slug", "'toy-trips' does not match the folder name 'toy-trip'", "rename")


@pytest.mark.parametrize("where, text, field", [
    ("params/0/type", "integer", "params[0].type"),
    ("params/1/type", "List[int]", "params[1].type"),
    ("params/1/type", "array[int]", "params[1].type"),
    ("params/1/type", "list[int", "params[1].type"),
    ("signature/returns", "tuple", "signature.returns"),
])
def test_unknown_type(tmp_path, where, text, field):
    spec_error(write_spec(tmp_path, spec_with((where, text))), field,
               f"unknown type {text!r}", "use int, float, bool, str, list[T], ListNode or TreeNode")


@pytest.mark.parametrize("edits, field, expected", [
    ((("params/0/min", 10), ("params/0/max", 5)), "params[0].min", "min 10 is above max 5"),
    ((("params/1/min", 60),), "params[1].min", "min 60 is above max 50"),
    ((("crosscheck/limits/n", {"max": 0}),), "crosscheck.limits.n.min", "min 1 is above max 0"),
])
def test_min_above_max(tmp_path, edits, field, expected):
    spec_error(write_spec(tmp_path, spec_with(*edits)), field, expected)


def test_min_on_a_non_number_parameter(tmp_path):
    data = spec_with(("params/1/type", "list[str]"))
    spec_error(write_spec(tmp_path, data), "params[1].min", "min needs a number and an int or float parameter")


def test_len_naming_an_undeclared_parameter(tmp_path):
    spec_error(write_spec(tmp_path, spec_with(("params/1/len", "m"))), "params[1].len",
               "'m' is not an int parameter declared above", "declare it first, or give [lo, hi]")


def test_len_naming_a_parameter_declared_later(tmp_path):
    data = spec_with()
    data["params"].reverse()
    spec_error(write_spec(tmp_path, data), "params[0].len", "'n' is not an int parameter declared above")


def test_len_naming_a_non_int_parameter(tmp_path):
    spec_error(write_spec(tmp_path, spec_with(("params/0/type", "float"))), "params[1].len",
               "'n' is not an int parameter declared above")


@pytest.mark.parametrize("bad", [[5, 2], [1], [1, 2, 3], [1.0, 5], [-1, 3], True, 2.5, -1])
def test_len_of_the_wrong_shape(tmp_path, bad):
    spec_error(write_spec(tmp_path, spec_with(("params/1/len", bad))), "params[1].len",
               "expected [lo, hi], a number or an int parameter's name")


def test_len_on_an_int(tmp_path):
    spec_error(write_spec(tmp_path, spec_with(("params/0/len", [1, 5]))), "params[0].len", "int has no length")


def test_item_len_on_a_list_of_ints(tmp_path):
    spec_error(write_spec(tmp_path, spec_with(("params/1/item_len", [1, 5]))), "params[1].item_len",
               "list[int] has no items with length")


def test_alphabet_on_an_int(tmp_path):
    spec_error(write_spec(tmp_path, spec_with(("params/0/alphabet", "ab"))), "params[0].alphabet",
               "alphabet needs a non-empty string and a str parameter")


@pytest.mark.parametrize("edits, size", [
    ((("signature/size", "len(boxes)"),), "len(boxes)"),  # len = "n" is a relation, not a bound
    ((("signature/size", "m"),), "m"),                    # no such parameter
    ((("signature/size", "boxes"),), "boxes"),            # a list, not an int
    ((("signature/size", "len(n)"),), "len(n)"),          # an int has no length
    ((("params/0/max", DELETE),), "n"),                   # n has no max
], ids=["len-relation", "undeclared", "list-as-int", "len-of-int", "no-max"])
def test_size_must_name_a_bounded_parameter(tmp_path, edits, size):
    spec_error(write_spec(tmp_path, spec_with(*edits)), "signature.size",
               f"{size!r} names no bounded parameter", 'like "n", or "len(name)"')


@pytest.mark.parametrize("name", ["my-solution", "2fast", "", "def"])
def test_function_must_be_a_python_name(tmp_path, name):
    spec_error(write_spec(tmp_path, spec_with(("signature/function", name))), "signature.function",
               "is not a Python name")


@pytest.mark.parametrize("name", ["n", "my-n", "1n"])
def test_param_name_must_be_a_new_python_name(tmp_path, name):
    spec_error(write_spec(tmp_path, spec_with(("params/1/name", name))), "params[1].name",
               f"{name!r} is not a new Python name")


@pytest.mark.parametrize("where, field, problem, expected", [
    ("params", "params", "missing or empty", "declare each parameter"),
    ("examples", "examples", "none yet", "algokit examples add"),
])
def test_empty_params_or_examples(tmp_path, where, field, problem, expected):
    spec_error(write_spec(tmp_path, spec_with((where, []))), field, problem, expected)


@pytest.mark.parametrize("time", [0, -1.0, math.nan])
def test_time_limit_must_be_positive(tmp_path, time):
    spec_error(write_spec(tmp_path, spec_with(("limits/time", time))), "limits.time",
               "must be a positive number of seconds")


def test_memory_limit_too_small(tmp_path):
    spec_error(write_spec(tmp_path, spec_with(("limits/memory", 32))), "limits.memory",
               "32 MiB is too small", "at least 64")


def test_crosscheck_examples_must_be_positive(tmp_path):
    spec_error(write_spec(tmp_path, spec_with(("crosscheck/examples", 0))), "crosscheck.examples",
               "must be at least 1")


def test_oracle_not_in_references(tmp_path):
    spec_error(write_spec(tmp_path, spec_with(("solutions/oracle", "slow.py"))), "solutions.oracle",
               "'slow.py' is not in solutions.references", "list it there too")


@pytest.mark.parametrize("references", [["brute"], ["sub/brute.py"]])
def test_references_must_be_file_names(tmp_path, references):
    spec_error(write_spec(tmp_path, spec_with(("solutions/references", references))), "solutions.references",
               'expected a list of file names like "counting.py"')


@pytest.mark.parametrize("verdict", ["WA", "tle", "TLE or WA", "TLE, MLE", "TLE or ", ""])
def test_unknown_expected_verdict(tmp_path, verdict):
    data = spec_with(("solutions/expect", {"brute.py": verdict}))
    spec_error(write_spec(tmp_path, data), "solutions.expect.brute.py",
               f"unknown verdict {verdict!r}", "use one of OK, TLE, MLE", "' or '")


def test_expect_naming_a_file_outside_references(tmp_path):
    data = spec_with(("solutions/expect", {"ghost.py": "TLE"}))
    spec_error(write_spec(tmp_path, data), "solutions.expect.ghost.py", "not in solutions.references")


@pytest.mark.parametrize("fast", ["TLE or MLE", "OK or TLE", "MLE"])
def test_some_reference_must_be_expected_ok(tmp_path, fast):
    data = spec_with(("solutions/expect", {"brute.py": "TLE", "fast.py": fast}))
    spec_error(write_spec(tmp_path, data), "solutions.expect",
               "no reference is expected to pass at the maximum size", "at least one must be OK")


def test_expected_verdicts_parse_into_tuples(tmp_path):
    data = spec_with(("solutions/expect", {"brute.py": "TLE or MLE", "fast.py": "OK"}))
    spec = load_spec(write_spec(tmp_path, data))
    assert spec.expected_verdicts("brute.py") == ("TLE", "MLE")
    assert spec.expected_verdicts("fast.py") == ("OK",)
    assert spec.trusted == "fast.py"


@pytest.mark.parametrize("inputs, hint", [
    ({"n": 3}, "missing ['boxes']"),
    ({"boxes": [0, 0, 0]}, "missing ['n']"),
    ({"n": 3, "boxes": [0, 0, 0], "m": 1}, "unknown ['m']"),
])
def test_example_must_give_exactly_the_parameters(tmp_path, inputs, hint):
    data = spec_with(("examples/1/input", inputs))
    spec_error(write_spec(tmp_path, data), "examples[2].input", "needs exactly the parameters n, boxes", hint)


@pytest.mark.parametrize("where, value, expected", [
    ("examples/1/input/boxes", [0, 51, 0], "boxes[1] = 51 is outside [0, 50]"),
    ("examples/1/input/boxes", [0, -1, 0], "boxes[1] = -1 is outside [0, 50]"),
    ("examples/1/input/n", 1001, "n = 1001 is outside [1, 1000]"),
    ("examples/1/input/boxes", [0, 0], "len(boxes) is 2 but should equal n = 3"),
    ("examples/1/input/boxes", [0, True, 0], "boxes[1] should be int, got bool True"),
    ("examples/1/input/n", 3.0, "n should be int, got float 3.0"),
], ids=["above-max", "below-min", "size-above-max", "len-relation", "bool-in-list", "float-for-int"])
def test_example_must_respect_the_constraints(tmp_path, where, value, expected):
    spec_error(write_spec(tmp_path, spec_with((where, value))), "examples[2].input",
               expected, "examples must respect the constraints")


@pytest.mark.parametrize("output, got", [(3.0, "float 3.0"), (True, "bool True"), ("0", "str '0'"), ([0], "list [0]")])
def test_example_output_of_the_wrong_type(tmp_path, output, got):
    spec_error(write_spec(tmp_path, spec_with(("examples/1/output", output))), "examples[2].output",
               f"output should be int, got {got}", "signature.returns is int")


@pytest.mark.parametrize("why", ["", "   "])
def test_example_why_must_not_be_empty(tmp_path, why):
    spec_error(write_spec(tmp_path, spec_with(("examples/1/why", why))), "examples[2].why",
               "empty", "say in one line why")


def test_crosscheck_limits_naming_an_unknown_param(tmp_path):
    spec_error(write_spec(tmp_path, spec_with(("crosscheck/limits/m", {"max": 3}))), "crosscheck.limits.m",
               "unknown field", "known fields here: boxes, n")


def test_crosscheck_limits_are_checked_like_params(tmp_path):
    data = spec_with(("crosscheck/limits/boxes", {"len": "m"}))
    spec_error(write_spec(tmp_path, data), "crosscheck.limits.boxes.len", "'m' is not an int parameter")


# --- crosscheck.limits -------------------------------------------------------------


def test_crosscheck_limits_override_only_the_named_bounds(parcel, seesaw):
    small = {p.name: p for p in parcel.crosscheck_params}
    assert [p.name for p in parcel.crosscheck_params] == list(parcel.names)
    assert small["n"] == Param(name="n", type="int", min=1, max=4)
    assert small["cap"] == Param(name="cap", type="int", min=1, max=3)
    assert small["deliveries"] == Param(name="deliveries", type="list[int]", min=0, max=1, len="n")
    assert small["pickups"] == Param(name="pickups", type="list[int]", min=0, max=1, len="n")
    # the full-size constraints are untouched
    assert parcel.param("n").max == 100_000 and parcel.param("deliveries").max == 50
    (weights,) = seesaw.crosscheck_params
    assert weights == Param(name="weights", type="list[int]", min=100, max=1000, len=(2, 12))
    assert seesaw.param("weights").len == (2, 100_000)


def test_crosscheck_params_leave_unnamed_params_as_they_are(tmp_path):
    spec = load_spec(write_spec(tmp_path, BASE))
    n, boxes = spec.crosscheck_params
    assert n == Param(name="n", type="int", min=1, max=4)
    assert boxes is spec.param("boxes")


def test_violations_against_crosscheck_params_use_the_small_bounds(parcel):
    args = (1, 5, [0] * 5, [0] * 5)
    assert parcel.violations(args) == []
    assert parcel.violations(args, parcel.crosscheck_params) == ["n = 5 is outside [1, 4]"]
    assert parcel.violations((1, 2, [2, 0], [0, 0]), parcel.crosscheck_params) == [
        "deliveries[0] = 2 is outside [0, 1]"]
    assert parcel.violations((1, 2, [0], [0, 0]), parcel.crosscheck_params) == [
        "len(deliveries) is 1 but should equal n = 2"]


# --- Spec.violations ---------------------------------------------------------------


def test_violations_empty_for_valid_args(seesaw, parcel):
    assert seesaw.violations(([100, 1000],)) == []
    assert seesaw.violations(([100] * 100_000,)) == []
    assert parcel.violations((50, 3, [0, 50, 1], [50, 0, 0])) == []
    for spec in (seesaw, parcel):
        for example in spec.examples:
            assert spec.violations(example.args) == []


@pytest.mark.parametrize("weights, expected", [
    ([100, 1001], "weights[1] = 1001 is outside [100, 1000]"),
    ([99, 100], "weights[0] = 99 is outside [100, 1000]"),
    ([100], "len(weights) is 1, outside [2, 100000]"),
    ([100] * 100_001, "len(weights) is 100001, outside [2, 100000]"),
    ([100, True], "weights[1] should be int, got bool True"),
    ([100, 200.0], "weights[1] should be int, got float 200.0"),
    ((100, 200), "weights should be a list, got tuple (100, 200)"),
    ("100,200", "weights should be a list, got str '100,200'"),
], ids=["above-max", "below-min", "too-short", "too-long", "bool", "float", "tuple", "str"])
def test_violations_of_a_list_param(seesaw, weights, expected):
    assert seesaw.violations((weights,)) == [expected]


@pytest.mark.parametrize("args, expected", [
    ((1, 3, [0, 0], [0, 0, 0]), ["len(deliveries) is 2 but should equal n = 3"]),
    ((1, 2, [0, 0], [0, 0, 0]), ["len(pickups) is 3 but should equal n = 2"]),
    ((True, 1, [0], [0]), ["cap should be int, got bool True"]),
    ((1, 1.0, [0], [0]), ["n should be int, got float 1.0"]),
    ((51, 1, [0], [51]), ["cap = 51 is outside [1, 50]", "pickups[0] = 51 is outside [0, 50]"]),
    ((0, 0, [1], [0, 0]), ["cap = 0 is outside [1, 50]", "n = 0 is outside [1, 100000]",
                           "len(deliveries) is 1 but should equal n = 0",
                           "len(pickups) is 2 but should equal n = 0"]),
], ids=["len-relation-deliveries", "len-relation-pickups", "bool-for-int", "float-for-int",
        "two-out-of-range", "one-per-param"])
def test_violations_of_related_params(parcel, args, expected):
    assert parcel.violations(args) == expected


# --- what the spec says beyond the signature: sets, hints, revisions, rules ----------------------


def test_a_misspelt_key_suggests_the_right_one(tmp_path):
    spec_error(write_spec(tmp_path, spec_with(("titel", "Toy"))), "titel", "unknown field", "did you mean 'title'?")
    spec_error(write_spec(tmp_path, spec_with(("limits/tiem", 1.0))), "limits.tiem", "did you mean 'time'?")


def test_sets_hints_revisions_and_rules_load(tmp_path):
    data = spec_with(("sets", ["kit/hash"]),
                     ("hints", [{"ko": "해시", "en": "hashing"}, {"ko": "둘", "en": "two"}]),
                     ("rules", [{"expr": "sum(boxes) <= 60", "text": "at most 60 boxes in all"}]))
    text = to_toml(data) + '\n[[revisions]]\ndate = 2024-11-14\nwhat = "ties now go to the shorter job"\n'
    spec = load_spec(write_spec(tmp_path, text, folder="toy-trips"))
    assert spec.sets == ("kit/hash",)
    assert [(h.ko, h.en) for h in spec.hints] == [("해시", "hashing"), ("둘", "two")]
    assert [(r.date.isoformat(), r.what) for r in spec.revisions] == [("2024-11-14", "ties now go to the shorter job")]
    assert spec.violations((2, [10, 10])) == []
    assert spec.violations((2, [50, 50])) == ["breaks the rule: at most 60 boxes in all (sum(boxes) <= 60)"]


@pytest.mark.parametrize("edit, field, words", [
    (("sets", ["Kit/Hash"]), "sets[0]", "is not a set name"),
    (("hints", [{"ko": "", "en": "x"}]), "hints[1]", "empty hint"),
    (("hints", [{"ko": "a", "en": "b"}] * 4), "hints", "give at most 3"),
    (("hints", [{"ko": "a"}]), "hints[1].en", "missing"),
    (("rules", [{"expr": "len(boxes) ==", "text": "x"}]), "rules[1].expr", "not a Python expression"),
    (("rules", [{"expr": "n > 0", "text": " "}]), "rules[1].text", "empty"),
    (("rules", [{"expr": "nosuch(n)", "text": "x"}]), "rules[1].expr", "NameError"),
    (("rules", [{"expr": "n >= 2", "text": "at least two houses"}]), "examples[3].input", "at least two houses"),
], ids=["set-name", "empty-hint", "four-hints", "hint-without-en", "rule-syntax", "rule-text", "rule-name",
        "example-breaks-rule"])
def test_mistakes_in_sets_hints_and_rules_name_the_field(tmp_path, edit, field, words):
    spec_error(write_spec(tmp_path, spec_with(edit)), field, words)


def test_a_revision_needs_a_toml_date(tmp_path):
    text = to_toml(BASE) + '\n[[revisions]]\ndate = "last year"\nwhat = "x"\n'
    spec_error(write_spec(tmp_path, text, folder="toy-trips"), "revisions[1].date", "expected a date like 2024-11-14, got string 'last year'")


def test_examples_only_official_ones_are_marked_official(seesaw):
    assert [e.official for e in seesaw.examples][:2] == [True, False]
