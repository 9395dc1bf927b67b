"""The shape of ``problem.toml``, declared once: typed tables decoded by msgspec.

Every table of the file is a frozen :class:`msgspec.Struct` below. Decoding is
strict (a bool is not an int, a string is not a number) and refuses unknown keys,
and a failure is reported in TOML's words with the field's path, what was found,
and, for a misspelt key, the key that was probably meant. The same Structs give
the JSON Schema that editors use to complete and check the file
(:func:`json_schema`; shipped as ``problems/problem.schema.json`` and named by the
``#:schema`` first line of every spec: ``layout.SCHEMA_FILE`` and ``layout.SCHEMA_LINE``).

What a shape cannot say (a length naming another parameter, the oracle among the
references, examples that obey the constraints) is checked in :mod:`algokit.problem.spec`.
"""

from __future__ import annotations

import datetime
import difflib
import json
import re
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import msgspec
from msgspec import Meta, Struct, field

from ..errors import SpecError
from ..valuetypes import parse_type, short

Bound = Union[int, float]
Length = Union[int, str, tuple[int, ...]]  # n, [lo, hi], or an int parameter's name


def _doc(text):
    return Meta(description=text)


class _Table(Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    """Base of every table: immutable, strict about its keys."""


class Title(_Table):
    """The problem's title in Korean and English."""

    ko: str
    en: Annotated[str, _doc("the English title (default: the Korean one)")] = ""


class Signature(_Table):
    """How solutions are called: a function (Programmers), LeetCode's class, or a stdin program."""

    style: Annotated[Literal["function", "class", "design", "stdin"], _doc(
        "function (Programmers), class (LeetCode's class Solution), design (LeetCode's class called as a "
        "sequence of operations) or stdin (Baekjoon)")] = "function"
    function: Annotated[str | None, _doc("the function or method name, e.g. solution or twoSum")] = None
    class_: Annotated[str, _doc("the class of a class-style problem")] = field(name="class", default="Solution")
    returns: Annotated[str | None, _doc("the return type: int, float, bool, str or list[T]")] = None
    size: Annotated[str | None, _doc('the parameter that scales: "n" or "len(name)"')] = None
    size_range: Annotated[tuple[int, ...], _doc("[lo, hi] of the size, for stdin problems")] = ()
    cases: Annotated[int, _doc(
        "a stdin input that holds several test cases: the first line is their count T, then each case takes "
        "this many lines, and each case's answer is one line of output (0: one case per input)")] = 0
    methods: Annotated[tuple[str, ...], _doc(
        'a design problem\'s methods as LeetCode\'s Python stub declares them: '
        '["__init__(self, capacity: int)", "get(self, key: int) -> int"]')] = ()
    declared: Annotated[dict[str, str], _doc(
        'the entry point as the platform\'s own stub declares it, per language: '
        '{ java = "public long solution(int[] weights)" }; stubs use it as written')] = {}


class Bounds(_Table):
    """Constraints on one parameter: ``min``/``max`` bound every number in it."""

    min: Bound | None = None
    max: Bound | None = None
    len: Annotated[Length | None, _doc("length: [lo, hi], a number, or an int parameter's name")] = None
    item_len: Annotated[Length | None, _doc("each item's length: [lo, hi], a number or a name")] = None
    alphabet: Annotated[str | None, _doc("the characters a string may hold")] = None


class Param(Bounds, kw_only=True):
    """One parameter of the solution, with the platform's exact name, its type and constraints."""

    name: str
    type: Annotated[str, _doc("int, float, bool, str, list[T], or LeetCode's ListNode and TreeNode (in list form)")]
    cycle: Annotated[str | None, _doc(
        "a ListNode's tail links to the node this int parameter names (-1: none), as LeetCode's pos; "
        "that parameter is not passed to the call")] = None

    @property
    def parsed(self):
        """The type as a nested tuple: ``list[int]`` -> ``("list", "int")``."""
        return parse_type(self.type)


class InputTable(_Table):
    """A stdin program's input, one entry per line of it, with bounds for every name (see algokit.problem.formats)."""

    lines: Annotated[tuple[str, ...], _doc('e.g. ["N M", "maze: N lines of M chars \'01\'"]')]
    bounds: Annotated[dict[str, tuple[Union[int, str], ...]], _doc('e.g. { N = [2, 100], u = [1, "V"] }')] = {}


class Rule(_Table):
    """A constraint the bounds cannot say, as one Python expression over the parameter names."""

    expr: Annotated[str, _doc("e.g. len(set(nums)) == len(nums)")]
    text: Annotated[str, _doc("the rule in words, for messages")]


class Limits(_Table):
    """The time limit at the constraint maximum, calibrated on a reference machine."""

    time: Annotated[float, _doc("seconds per call at the constraint maximum")]
    memory: Annotated[int, _doc("MiB")] = 512
    note: Annotated[str, _doc("shown with a TLE at maximum size, e.g. what the platform accepts")] = ""
    languages: Annotated[dict[str, float], _doc(
        "seconds per call for a language, where the share of the CPython limit does not fit: { cpp = 0.5 }")] = {}


class Solutions(_Table):
    """The reference solutions in solutions/<slug>/ and the oracle among them.

    A new problem may have neither: members' solutions are then cross-checked
    against each other until one is promoted (``algokit promote``).
    """

    oracle: Annotated[str | None, _doc("the obviously right reference the others are checked against")] = None
    references: tuple[str, ...] = ()
    expect: Annotated[dict[str, str], _doc('verdicts at maximum size: "TLE", "TLE or MLE", ...')] = {}


class Crosscheck(_Table):
    """The cross-check against the oracle on small generated inputs."""

    examples: Annotated[int, _doc("inputs per cross-check")] = 100
    limits: Annotated[dict[str, Bounds], _doc("smaller bounds per parameter, so the oracle stays fast")] = {}
    derived: Annotated[bool, _doc("also draw inputs derived from the bounds")] = True


class Checker(_Table):
    """How an answer is judged."""

    kind: Annotated[Literal["value", "json", "exact", "tokens", "float", "custom"] | None, _doc(
        "value (Programmers' ==), json (LeetCode), exact (typed), tokens (stdin), float (abs/rel) "
        "or custom (checker.py); the default is the platform's")] = None
    abs: float = 0.0
    rel: float = 0.0
    function: Annotated[str, _doc("the custom checker's function in checker.py")] = "check"


class ExampleTable(_Table):
    """An input with its answer and the one-line reason it is there."""

    input: Annotated[Union[dict[str, Any], str], _doc("arguments by name, or a stdin problem's text")]
    output: Any
    why: Annotated[str, _doc('"official", or the mistake this example catches')]


class Hint(_Table):
    """One hint level, in Korean and English; none gives the code."""

    ko: str
    en: str


class Revision(_Table):
    """A rewrite of the problem in place by its platform."""

    date: datetime.date
    what: str


class ProblemFile(_Table):
    """A problem spec: problems/<slug>/problem.toml."""

    slug: Annotated[str, _doc("lowercase ASCII, equal to the folder name, e.g. programmers-152996")]
    title: Title
    signature: Signature
    limits: Limits
    examples: tuple[ExampleTable, ...] = ()
    platform: Annotated[str, _doc("programmers, boj or leetcode")] = ""
    id: Annotated[Union[int, str, None], _doc("the platform's problem id (default: the slug)")] = None
    url: str = ""
    solutions: Solutions = Solutions()
    aliases: tuple[str, ...] = ()
    summary: str = ""
    level: int | None = None
    techniques: tuple[str, ...] = ()
    sets: Annotated[tuple[str, ...], _doc('e.g. ["kit/hash"]')] = ()
    params: tuple[Param, ...] = ()
    input: Annotated[InputTable | None, _doc("a stdin program's input format: then no gen.py is needed")] = None
    rules: tuple[Rule, ...] = ()
    crosscheck: Crosscheck = Crosscheck()
    checker: Checker = Checker()
    scoring: Annotated[Literal["total", "split"], _doc(
        "split: Programmers grades 정확성 (correctness) and 효율성 (efficiency) apart")] = "total"
    hints: Annotated[tuple[Hint, ...], _doc("1 the technique, 2 the key idea, 3 the pitfall")] = ()
    revisions: tuple[Revision, ...] = ()


def decode(path, data) -> ProblemFile:
    """``data`` (parsed TOML) as a :class:`ProblemFile`; SpecError naming the field otherwise."""
    try:
        return msgspec.convert(data, ProblemFile, strict=True)
    except msgspec.ValidationError as error:
        raise _spec_error(path, data, str(error)) from None


def json_schema() -> dict:
    """The JSON Schema of problem.toml, for editors (Taplo, Even Better TOML)."""
    schema = msgspec.json.schema(ProblemFile)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "algokit problem.toml"
    return schema


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


# --- turning msgspec's messages into ours ------------------------------------------

_AT = re.compile(r"^(?P<message>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.S)
_STEP = re.compile(r"\.(\w+)|\[(\d+|\.\.\.)\]")
# Arrays of tables are counted from 1 in messages, as members count examples and hints.
_FROM_ONE = {"examples", "hints", "revisions", "rules"}
_WORDS = {"str": "string", "int": "integer", "float": "float", "bool": "boolean", "array": "array",
          "object": "table", "null": None, "date": "date"}
_LENGTHS = {"len", "item_len", "size_range"}


def _spec_error(path, data, text):
    match = _AT.match(text)
    steps, message = _find_key(data, _steps(match.group("path") or ""), match.group("message"))
    found = re.match(r"Object (missing required|contains unknown) field `(\w+)`", message)
    if found:
        kind, key = found.groups()
        table_type = _type_at(steps)
        where = _where(steps + [key])
        if kind == "missing required":
            return SpecError(path, where, "missing", f"add {key} = <{_field_word(table_type, key)}>")
        known = sorted(_field_names(table_type))
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        hint = (f"did you mean {close[0]!r}? " if close else "") + f"known fields here: {', '.join(known)}"
        return SpecError(path, where, "unknown field", hint)
    # A length goes wrong inside its [lo, hi]: report the whole length.
    for i, step in enumerate(steps):
        if step in _LENGTHS:
            steps = steps[: i + 1]
            return SpecError(path, _where(steps), f"expected [lo, hi], a number or an int parameter's name, "
                                                  f"got {short(_value_at(data, steps))}")
    value = _value_at(data, steps)
    expected = re.match(r"Expected `([^`]*)`(.*?), got `(\w+)`", message)
    if expected:
        wanted, extra, _ = expected.groups()
        words = " or ".join(w for w in (_WORDS.get(t.strip(), t.strip()) for t in wanted.split("|")) if w)
        parent = steps[-2] if len(steps) >= 2 and isinstance(steps[-1], int) else None
        if wanted == "object" and parent is not None:
            words = f"a [[{parent}]] table"
        return SpecError(path, _where(steps), f"expected {words}{extra}, got {_describe(value)}")
    if message.startswith("Invalid RFC3339"):
        return SpecError(path, _where(steps), f"expected a date like 2024-11-14, got {_describe(value)}",
                         "write a TOML date, without quotes")
    if message.startswith("Invalid enum value"):
        options = _literal_options(steps)
        return SpecError(path, _where(steps), f"unknown value {short(value)}",
                         f"use one of {', '.join(options)}" if options else "")
    return SpecError(path, _where(steps), message[0].lower() + message[1:])


def _steps(text):
    return [name or (index if index == "..." else int(index)) for name, index in _STEP.findall(text)]


def _find_key(data, steps, message):
    """msgspec writes a table key it checked as ``[...]``: find the key whose value fails."""
    if "..." not in steps:
        return steps, message
    i = steps.index("...")
    table, kind = _value_at(data, steps[:i]), _type_at(steps[:i])
    for key, value in table.items():
        try:
            msgspec.convert(value, get_args(kind)[1], strict=True)
        except msgspec.ValidationError as error:
            inner = _AT.match(str(error))
            return _find_key(data, steps[:i] + [key] + _steps(inner.group("path") or ""), inner.group("message"))
    return steps[:i], message


def _where(steps):
    """``["examples", 1, "why"]`` -> ``examples[2].why``."""
    out, previous = "", None
    for step in steps:
        if isinstance(step, int):
            out += f"[{step + (previous in _FROM_ONE)}]"
        else:
            out += f".{step}" if out else step
        previous = step
    return out


def _value_at(data, steps):
    for step in steps:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _describe(value):
    """``integer 5``, ``string 'Toy'``, ``table``, ``array [1]``: a TOML value in TOML's words."""
    kinds = {bool: "boolean", int: "integer", float: "float", str: "string", list: "array", dict: "table",
             datetime.date: "date", datetime.datetime: "date-time", datetime.time: "time"}
    word = kinds.get(type(value), type(value).__name__)
    return word if isinstance(value, dict) else f"{word} {short(value)}"


def _unwrap(kind):
    """The type inside Annotated[...] and Optional[...]."""
    while get_origin(kind) is Annotated:
        kind = get_args(kind)[0]
    args = [a for a in get_args(kind) if a is not type(None)] if get_origin(kind) in (Union, type(int | str)) else []
    return args[0] if len(args) == 1 else kind


def _type_at(steps):
    """The Struct (or container type) found at ``steps`` from the top of the file."""
    kind = ProblemFile
    for step in steps:
        kind = _unwrap(kind)
        if isinstance(step, int):
            kind = get_args(kind)[0] if get_args(kind) else Any
        elif isinstance(kind, type) and issubclass(kind, Struct):
            kind = {f.encode_name: f.type for f in msgspec.structs.fields(kind)}.get(step, Any)
        elif get_origin(kind) is dict:
            kind = get_args(kind)[1]
    return _unwrap(kind)


def _field_names(kind):
    return [f.encode_name for f in msgspec.structs.fields(kind)] if isinstance(kind, type) else []


def _field_word(kind, key):
    """The TOML word for field ``key``'s type: string, integer, table, array..."""
    fields = {f.encode_name: f.type for f in msgspec.structs.fields(kind)}
    return _type_word(_unwrap(fields[key]))


def _type_word(kind):
    origin = get_origin(kind) or kind
    if origin in (tuple, list):
        return "array"
    if origin is dict or (isinstance(kind, type) and issubclass(kind, Struct)):
        return "table"
    if origin in (Union, type(int | str)):
        return " or ".join(_type_word(a) for a in get_args(kind) if a is not type(None))
    return _WORDS.get(getattr(kind, "__name__", ""), "value")


def _literal_options(steps):
    kind = _type_at(steps)
    while get_origin(kind) in (Union, type(int | str)):
        kind = next(a for a in get_args(kind) if a is not type(None))
    return [str(option) for option in get_args(kind)] if get_origin(kind) is Literal else []
