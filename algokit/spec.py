"""Problem specs: ``problems/<slug>/problem.toml`` read into typed objects.

A spec declares the call signature with the platform's parameter names, typed
parameters with their constraints, the return type, the examples, the reference
solutions and the time limit at the constraint maximum. Everything else (input
generation, validation, checking and timing) is derived from it.

Every mistake in a spec raises :class:`~algokit.errors.SpecError` naming the
file, the field and what is expected.
"""

from __future__ import annotations

import builtins
import collections
import datetime
import functools
import importlib.util
import keyword
import math
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SpecError
from .valuetypes import depth, parse_type, scalar, short, type_error

SPEC_FILE = "problem.toml"
CHECKER_FILE = "checker.py"
STYLES = ("function", "class", "stdin")
CHECKERS = ("exact", "tokens", "float", "custom")
VERDICTS_EXPECTABLE = ("OK", "TLE", "MLE")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_SET = re.compile(r"^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*$")
_SIZE = re.compile(r"^(?:len\((\w+)\)|(\w+))$")
_BOUND_KEYS = ("min", "max", "len", "item_len", "alphabet")


@dataclass(frozen=True)
class Param:
    """One parameter of the solution function and its constraints.

    ``min``/``max`` bound every number inside the value; ``len`` bounds the
    length of a list or string, as ``(lo, hi)`` or as the name of an int
    parameter it must equal; ``item_len`` does the same for each item of a list;
    ``alphabet`` lists the characters a string may hold.
    """

    name: str
    type: str
    min: int | float | None = None
    max: int | float | None = None
    len: tuple[int, int] | str | None = None
    item_len: tuple[int, int] | str | None = None
    alphabet: str | None = None

    @property
    def parsed(self):
        return parse_type(self.type)

    def with_bounds(self, **bounds):
        """A copy with some constraints replaced (used for small cross-check inputs)."""
        return Param(**{**self.__dict__, **bounds})


@dataclass(frozen=True)
class Example:
    """An input, its expected output, and the one-line reason it is there."""

    args: tuple
    output: object
    why: str


@dataclass(frozen=True)
class Hint:
    """One level of hint, in Korean and English: 1 the technique, 2 the key idea, 3 the pitfall."""

    ko: str
    en: str


@dataclass(frozen=True)
class Revision:
    """A rewrite of the problem in place by its platform: when, and what changed."""

    date: str  # ISO date, e.g. 2024-11-14
    what: str


@dataclass(frozen=True)
class Rule:
    """A constraint the per-parameter bounds cannot say: a Python expression over the parameters.

    ``expr`` is evaluated with the parameters as names (and builtins such as len, set,
    all, sorted, Counter); ``text`` says it in words for messages and ``algokit show``.
    """

    expr: str
    text: str


@dataclass(frozen=True)
class Checker:
    """How an answer is judged: ``exact`` (strict, typed), ``tokens`` (whitespace-separated
    text), ``float`` (numbers within ``abs`` or ``rel``) or ``custom`` (``function`` in the
    problem's checker.py validates the answer against the input)."""

    kind: str
    abs: float = 0.0
    rel: float = 0.0
    function: str = "check"


@dataclass(frozen=True)
class Spec:
    """A loaded, validated problem spec. Build it with :func:`load_spec`."""

    path: Path
    slug: str
    platform: str
    id: str
    url: str
    title_ko: str
    title_en: str
    aliases: tuple[str, ...]
    summary: str
    level: int | None
    techniques: tuple[str, ...]
    function: str
    params: tuple[Param, ...]
    returns: str
    size_param: str
    size_is_len: bool
    time_limit: float
    memory_mb: int
    oracle: str
    references: tuple[str, ...]
    expect: dict = field(default_factory=dict)
    examples: tuple[Example, ...] = ()
    crosscheck_examples: int = 100
    crosscheck_params: tuple[Param, ...] = ()
    crosscheck_derived: bool = True
    style: str = "function"
    class_name: str = "Solution"
    size_range: tuple[int, int] | None = None
    checker: Checker = field(default_factory=lambda: Checker("exact"))
    sets: tuple[str, ...] = ()
    limit_note: str = ""  # shown with a TLE at maximum size, e.g. what the platform itself accepts
    hints: tuple[Hint, ...] = ()
    revisions: tuple[Revision, ...] = ()
    rules: tuple[Rule, ...] = ()

    @property
    def dir(self) -> Path:
        return self.path.parent

    @property
    def workspace(self) -> Path:
        """The folder holding ``problems/`` and ``solutions/``."""
        return self.dir.parent.parent

    @property
    def solutions_dir(self) -> Path:
        return self.workspace / "solutions" / self.slug

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)

    @property
    def trusted(self) -> str:
        """The first reference expected to pass at maximum size: it judges those runs."""
        return next(r for r in self.references if self.expected_verdicts(r) == ("OK",))

    @property
    def size_label(self) -> str:
        """How the size reads in messages: ``n`` or ``len(weights)``."""
        return f"len({self.size_param})" if self.size_is_len else self.size_param

    @property
    def size_bounds(self) -> tuple[int, int]:
        """The smallest and largest size the constraints allow."""
        if self.size_range is not None:
            return self.size_range
        param = self.param(self.size_param)
        low, high = param.len if self.size_is_len else (param.min, param.max)
        return int(low), int(high)

    @property
    def size_max(self) -> int:
        """The largest value of the size parameter the constraints allow."""
        return self.size_bounds[1]

    def param(self, name) -> Param:
        return next(p for p in self.params if p.name == name)

    def expected_verdicts(self, solution_file) -> tuple[str, ...]:
        """The verdicts a solution may get at maximum size: ("OK",) unless the spec says otherwise."""
        return self.expect.get(solution_file, ("OK",))

    def kwargs(self, args) -> dict:
        """``args`` keyed by parameter name."""
        return dict(zip(self.names, args))

    def violations(self, args, params=None) -> list[str]:
        """Every way ``args`` break the declared types and constraints.

        Cost: O(total size of args).
        """
        params = params or self.params
        values = dict(zip((p.name for p in params), args))
        problems = []
        for p in params:
            problem = _violation(p, values[p.name], values)
            if problem:
                problems.append(problem)
        if not problems:  # the rules may assume the types are right
            problems += rule_violations(self.rules, values)
        return problems


@functools.lru_cache(maxsize=None)
def import_problem_file(path, what):
    """Import a problem's own Python file (gen.py, checker.py) once per run; SpecError if it breaks.

    ``what`` names the file's role in the error: "the generator file", "the checker".
    """
    module_spec = importlib.util.spec_from_file_location(
        f"algokit_{path.stem}_{path.parent.name.replace('-', '_')}", path)
    module = importlib.util.module_from_spec(module_spec)
    try:
        module_spec.loader.exec_module(module)
    except Exception as e:
        raise SpecError(path, "", f"cannot be imported: {type(e).__name__}: {e}", f"fix {what}") from None
    return module


def load_spec(path) -> Spec:
    """Read and validate a spec from ``problem.toml`` or the folder holding it."""
    path = Path(path)
    if path.is_dir():
        path = path / SPEC_FILE
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise SpecError(path, "", "file not found", f"a problem folder needs a {SPEC_FILE}") from None
    except tomllib.TOMLDecodeError as e:
        raise SpecError(path, "", f"not valid TOML: {e}", "fix the syntax at that line") from None
    return _Reader(path, data).spec()


class _Reader:
    """Walks the parsed TOML, turning each field into typed values or a SpecError."""

    TOP = {"slug", "platform", "id", "url", "title", "aliases", "summary", "level", "techniques", "sets",
           "signature", "params", "rules", "limits", "solutions", "crosscheck", "checker", "examples",
           "hints", "revisions"}

    def __init__(self, path, data):
        self.path, self.data = path, data

    def fail(self, field, problem, hint=""):
        raise SpecError(self.path, field, problem, hint)

    def get(self, table, key, kind, where, default=None, required=True):
        if key not in table:
            if required:
                self.fail(where, "missing", f"add {key} = <{kind.__name__ if isinstance(kind, type) else kind}>")
            return default
        value = table[key]
        if isinstance(kind, type) and (type(value) is not kind and not (kind is float and type(value) is int)):
            self.fail(where, f"expected {kind.__name__}, got {type(value).__name__} {short(value)}")
        return value

    def unknown(self, table, allowed, where):
        extra = sorted(set(table) - set(allowed))
        if extra:
            prefix = f"{where}." if where else ""
            self.fail(prefix + extra[0], "unknown field", f"known fields here: {', '.join(sorted(allowed))}")

    def spec(self) -> Spec:
        d = self.data
        todo = list(_todos(d))
        if todo:
            self.fail(todo[0], f"still to fill: {', '.join(todo)}", "replace every TODO with the real value")
        self.unknown(d, self.TOP, "")
        slug = self.get(d, "slug", str, "slug")
        if not _SLUG.match(slug):
            self.fail("slug", f"{slug!r} is not a stable ASCII slug", "use lowercase letters, digits and '-', e.g. programmers-152996")
        if slug != self.path.parent.name:
            self.fail("slug", f"{slug!r} does not match the folder name {self.path.parent.name!r}", "rename one of them")
        title = self.get(d, "title", dict, "title")
        self.unknown(title, ("ko", "en"), "title")
        problem_id = d.get("id")
        if type(problem_id) not in (int, str):
            self.fail("id", "missing or not a number/string", "add the platform's problem id, e.g. id = 152996")
        aliases = self.get(d, "aliases", list, "aliases", [], required=False)
        if not all(type(a) is str for a in aliases):
            self.fail("aliases", "every alias must be a string")
        signature = self.get(d, "signature", dict, "signature")
        self.unknown(signature, ("style", "function", "class", "returns", "size", "size_range"), "signature")
        style = self.get(signature, "style", str, "signature.style", "function", required=False)
        if style not in STYLES:
            self.fail("signature.style", f"unknown style {style!r}",
                      "function (Programmers), class (LeetCode's class Solution) or stdin (Baekjoon)")
        class_name = self.get(signature, "class", str, "signature.class", "Solution", required=False)
        size_range = None
        if style == "stdin":
            if "params" in d:
                self.fail("params", "a stdin problem has no parameters: its input is the text on stdin",
                          "remove [[params]]; give the size as signature.size and signature.size_range")
            params = (Param("stdin", "str"),)
            function = self.get(signature, "function", str, "signature.function", "main", required=False)
            returns = self.get(signature, "returns", str, "signature.returns", "str", required=False)
            if returns != "str":
                self.fail("signature.returns", "a stdin problem returns its output text", 'use returns = "str"')
            size_param = self.get(signature, "size", str, "signature.size")
            size_is_len = False
            size_range = self.length(self.get(signature, "size_range", list, "signature.size_range"),
                                     "signature.size_range", ())
        else:
            params = self.params()
            function = self.get(signature, "function", str, "signature.function")
            returns = self.get(signature, "returns", str, "signature.returns")
            try:
                parse_type(returns)
            except ValueError:
                self.fail("signature.returns", f"unknown type {returns!r}", "use int, float, bool, str or list[T]")
            size_param, size_is_len = self.size(signature, params)
        for key, name in (("function", function), ("class", class_name)):
            if not name.isidentifier() or keyword.iskeyword(name):
                self.fail(f"signature.{key}", f"{name!r} is not a Python name")
        limits = self.get(d, "limits", dict, "limits")
        self.unknown(limits, ("time", "memory", "note"), "limits")
        time_limit = float(self.get(limits, "time", float, "limits.time"))
        if not time_limit > 0:
            self.fail("limits.time", "must be a positive number of seconds")
        memory = self.get(limits, "memory", int, "limits.memory", 512, required=False)
        if memory < 64:
            self.fail("limits.memory", f"{memory} MiB is too small for Python", "use at least 64")
        oracle, references, expect = self.solutions()
        spec_fields = dict(
            path=self.path, slug=slug, platform=self.get(d, "platform", str, "platform"),
            id=str(problem_id), url=self.get(d, "url", str, "url"),
            title_ko=self.get(title, "ko", str, "title.ko"), title_en=self.get(title, "en", str, "title.en"),
            aliases=tuple(aliases), level=self.get(d, "level", int, "level", None, required=False),
            summary=self.get(d, "summary", str, "summary", "", required=False).strip(),
            techniques=tuple(self.get(d, "techniques", list, "techniques", [], required=False)),
            function=function, params=params, returns=returns, style=style, class_name=class_name,
            size_param=size_param, size_is_len=size_is_len, size_range=size_range,
            checker=self.checker(style),
            time_limit=time_limit, memory_mb=memory,
            limit_note=self.get(limits, "note", str, "limits.note", "", required=False).strip(),
            oracle=oracle, references=references, expect=expect,
            sets=self.sets(), hints=self.hints(), revisions=self.revisions(), rules=self.rules(params),
        )
        examples_n, crosscheck_params, derived = self.crosscheck(params)
        spec = Spec(**spec_fields, crosscheck_examples=examples_n, crosscheck_params=crosscheck_params,
                    crosscheck_derived=derived and style != "stdin")
        return Spec(**{**spec.__dict__, "examples": self.examples(spec)})

    def sets(self):
        sets = self.get(self.data, "sets", list, "sets", [], required=False)
        for i, name in enumerate(sets):
            if type(name) is not str or not _SET.match(name):
                self.fail(f"sets[{i}]", f"{short(name)} is not a set name",
                          'use lowercase ASCII words joined by "/" or "-", e.g. "kit/hash"')
        return tuple(sets)

    def hints(self):
        raw = self.get(self.data, "hints", list, "hints", [], required=False)
        if len(raw) > 3:
            self.fail("hints", f"{len(raw)} hints; give at most 3",
                      "1 the technique, 2 the key idea, 3 the pitfall")
        hints = []
        for i, table in enumerate(raw, 1):
            where = f"hints[{i}]"
            if type(table) is not dict:
                self.fail(where, "expected a [[hints]] table with ko and en")
            self.unknown(table, ("ko", "en"), where)
            texts = [self.get(table, key, str, f"{where}.{key}").strip() for key in ("ko", "en")]
            if not all(texts):
                self.fail(where, "empty hint", "write the hint in Korean (ko) and English (en)")
            hints.append(Hint(*texts))
        return tuple(hints)

    def revisions(self):
        raw = self.get(self.data, "revisions", list, "revisions", [], required=False)
        revisions = []
        for i, table in enumerate(raw, 1):
            where = f"revisions[{i}]"
            if type(table) is not dict:
                self.fail(where, "expected a [[revisions]] table with date and what")
            self.unknown(table, ("date", "what"), where)
            date = table.get("date")
            if type(date) is not datetime.date:
                self.fail(f"{where}.date", f"expected a TOML date like 2024-11-14, got {short(date)}")
            what = self.get(table, "what", str, f"{where}.what").strip()
            if not what:
                self.fail(f"{where}.what", "empty", "say in one line what changed")
            revisions.append(Revision(date.isoformat(), what))
        return tuple(revisions)

    def rules(self, params):
        raw = self.get(self.data, "rules", list, "rules", [], required=False)
        rules = []
        for i, table in enumerate(raw, 1):
            where = f"rules[{i}]"
            if type(table) is not dict:
                self.fail(where, "expected a [[rules]] table with expr and text")
            self.unknown(table, ("expr", "text"), where)
            expr = self.get(table, "expr", str, f"{where}.expr")
            try:
                _compiled(expr)
            except SyntaxError as e:
                self.fail(f"{where}.expr", f"not a Python expression: {e.msg}",
                          "write one expression over the parameter names, e.g. len(set(nums)) == len(nums)")
            text = self.get(table, "text", str, f"{where}.text").strip()
            if not text:
                self.fail(f"{where}.text", "empty", "say the rule in words")
            rules.append(Rule(expr, text))
        return tuple(rules)

    def params(self):
        raw = self.get(self.data, "params", list, "params")
        if not raw:
            self.fail("params", "empty", "declare each parameter in a [[params]] table")
        params, seen = [], set()
        for i, table in enumerate(raw):
            where = f"params[{i}]"
            if type(table) is not dict:
                self.fail(where, "expected a [[params]] table")
            self.unknown(table, ("name", "type") + _BOUND_KEYS, where)
            name = self.get(table, "name", str, f"{where}.name")
            if not name.isidentifier() or keyword.iskeyword(name) or name in seen:
                self.fail(f"{where}.name", f"{name!r} is not a new Python name")
            seen.add(name)
            params.append(self.param(table, name, self.get(table, "type", str, f"{where}.type"), where, params))
        return tuple(params)

    def param(self, table, name, type_text, where, earlier):
        try:
            parsed = parse_type(type_text)
        except ValueError:
            self.fail(f"{where}.type", f"unknown type {type_text!r}", "use int, float, bool, str or list[T]")
        bounds = {}
        for key in ("min", "max"):
            if key in table:
                value = table[key]
                if type(value) not in (int, float) or scalar(parsed) not in ("int", "float"):
                    self.fail(f"{where}.{key}", f"{key} needs a number and an int or float parameter")
                bounds[key] = value
        if "min" in bounds and "max" in bounds and bounds["min"] > bounds["max"]:
            self.fail(f"{where}.min", f"min {bounds['min']} is above max {bounds['max']}")
        for key, levels in (("len", 0), ("item_len", 1)):
            if key in table:
                bounds[key] = self.length(table[key], f"{where}.{key}", earlier)
                if depth(parsed) + (scalar(parsed) == "str") <= levels:
                    self.fail(f"{where}.{key}", f"{type_text} has no {'items with ' if levels else ''}length")
        if "alphabet" in table:
            if scalar(parsed) != "str" or type(table["alphabet"]) is not str or not table["alphabet"]:
                self.fail(f"{where}.alphabet", "alphabet needs a non-empty string and a str parameter")
            bounds["alphabet"] = table["alphabet"]
        return Param(name=name, type=type_text, **bounds)

    def length(self, value, where, earlier):
        if type(value) is int and value >= 0:
            return (value, value)
        if type(value) is str:
            if not any(p.name == value and p.type == "int" for p in earlier):
                self.fail(where, f"{value!r} is not an int parameter declared above", "declare it first, or give [lo, hi]")
            return value
        if type(value) is list and len(value) == 2 and all(type(v) is int for v in value) and 0 <= value[0] <= value[1]:
            return tuple(value)
        self.fail(where, f"expected [lo, hi], an int or an int parameter's name, got {short(value)}")

    def size(self, signature, params):
        text = self.get(signature, "size", str, "signature.size")
        match = _SIZE.match(text.replace(" ", ""))
        names = {p.name: p for p in params}
        if match and match.group(1) in names and type(names[match.group(1)].len) is tuple:
            return match.group(1), True
        if match and match.group(2) in names and names[match.group(2)].type == "int" and names[match.group(2)].max is not None:
            return match.group(2), False
        self.fail("signature.size", f"{text!r} names no bounded parameter",
                  "use an int parameter with min and max, like \"n\", or \"len(name)\" of a list with len = [lo, hi]")

    def solutions(self):
        table = self.get(self.data, "solutions", dict, "solutions")
        self.unknown(table, ("oracle", "references", "expect"), "solutions")
        references = self.get(table, "references", list, "solutions.references")
        if not references or not all(type(r) is str and r.endswith(".py") and "/" not in r for r in references):
            self.fail("solutions.references", "expected a list of file names like \"counting.py\"")
        oracle = self.get(table, "oracle", str, "solutions.oracle")
        if oracle not in references:
            self.fail("solutions.oracle", f"{oracle!r} is not in solutions.references", "list it there too")
        raw = self.get(table, "expect", dict, "solutions.expect", {}, required=False)
        expect = {}
        for name, text in raw.items():
            if name not in references:
                self.fail(f"solutions.expect.{name}", "not in solutions.references")
            verdicts = tuple(v.strip() for v in text.split(" or ")) if type(text) is str else ()
            if not verdicts or any(v not in VERDICTS_EXPECTABLE for v in verdicts):
                self.fail(f"solutions.expect.{name}", f"unknown verdict {text!r}",
                          f"use one of {', '.join(VERDICTS_EXPECTABLE)}, or several joined by ' or '")
            expect[name] = verdicts
        if all(expect.get(r, ("OK",)) != ("OK",) for r in references):
            self.fail("solutions.expect", "no reference is expected to pass at the maximum size",
                      "at least one must be OK: it judges the runs at maximum size")
        return oracle, tuple(references), expect

    def checker(self, style):
        table = self.get(self.data, "checker", dict, "checker", {}, required=False)
        self.unknown(table, ("kind", "abs", "rel", "function"), "checker")
        kind = self.get(table, "kind", str, "checker.kind", "tokens" if style == "stdin" else "exact", required=False)
        if kind not in CHECKERS:
            self.fail("checker.kind", f"unknown checker {kind!r}", f"use one of {', '.join(CHECKERS)}")
        tolerance = {}
        for key in ("abs", "rel"):
            value = float(self.get(table, key, float, f"checker.{key}", 0.0, required=False))
            if value < 0 or (value and kind != "float"):
                self.fail(f"checker.{key}", "a non-negative tolerance, for kind = \"float\" only")
            tolerance[key] = value
        if kind == "float" and not (tolerance["abs"] or tolerance["rel"]):
            self.fail("checker", "a float checker needs abs or rel", "e.g. abs = 1e-6")
        function = self.get(table, "function", str, "checker.function", "check", required=False)
        if kind == "custom" and not (self.path.parent / CHECKER_FILE).is_file():
            self.fail("checker.kind", f"custom needs {CHECKER_FILE} beside the spec",
                      f"define {function}(input, expected, got) there")
        return Checker(kind, tolerance["abs"], tolerance["rel"], function)

    def crosscheck(self, params):
        table = self.get(self.data, "crosscheck", dict, "crosscheck", {}, required=False)
        self.unknown(table, ("examples", "limits", "derived"), "crosscheck")
        derived = self.get(table, "derived", bool, "crosscheck.derived", True, required=False)
        examples = self.get(table, "examples", int, "crosscheck.examples", 100, required=False)
        if examples < 1:
            self.fail("crosscheck.examples", "must be at least 1")
        overrides = self.get(table, "limits", dict, "crosscheck.limits", {}, required=False)
        by_name = {p.name: p for p in params}
        small = []
        for p in params:
            if p.name not in overrides:
                small.append(p)
                continue
            where = f"crosscheck.limits.{p.name}"
            if type(overrides[p.name]) is not dict:
                self.fail(where, f"expected a table of bounds, got {short(overrides[p.name])}",
                          f"write {p.name} = {{ max = ... }}")
            self.unknown(overrides[p.name], _BOUND_KEYS, where)
            small.append(self.param({**_bounds_table(p), **overrides[p.name]}, p.name, p.type, where, small))
        self.unknown(overrides, by_name, "crosscheck.limits")
        return examples, tuple(small), derived

    def examples(self, spec):
        raw = self.get(self.data, "examples", list, "examples")
        if not raw:
            self.fail("examples", "empty", "add the official examples as [[examples]] tables")
        examples = []
        returns = parse_type(spec.returns)
        for i, table in enumerate(raw, 1):
            where = f"examples[{i}]"
            if type(table) is not dict:
                self.fail(where, "expected an [[examples]] table")
            self.unknown(table, ("input", "output", "why"), where)
            if spec.style == "stdin":
                examples.append(self.text_example(table, where))
                continue
            inputs = self.get(table, "input", dict, f"{where}.input")
            missing = [n for n in spec.names if n not in inputs]
            if missing or len(inputs) != len(spec.names):
                self.fail(f"{where}.input", f"needs exactly the parameters {', '.join(spec.names)}",
                          f"missing {missing}" if missing else f"unknown {sorted(set(inputs) - set(spec.names))}")
            args = tuple(inputs[n] for n in spec.names)
            try:
                problems = spec.violations(args)
            except RuleError as error:
                self.fail(f"rules[{error.index}].expr", str(error), "fix the expression")
            if problems:
                self.fail(f"{where}.input", problems[0], "examples must respect the constraints")
            if "output" not in table:
                self.fail(f"{where}.output", "missing")
            problem = type_error(table["output"], returns, "output")
            if problem:
                self.fail(f"{where}.output", problem, f"signature.returns is {spec.returns}")
            why = self.get(table, "why", str, f"{where}.why")
            if not why.strip():
                self.fail(f"{where}.why", "empty", "say in one line why this example is here")
            examples.append(Example(args, table["output"], why))
        return tuple(examples)


    def text_example(self, table, where):
        """A stdin problem's example: input and output are texts."""
        text = self.get(table, "input", str, f"{where}.input")
        output = self.get(table, "output", str, f"{where}.output")
        why = self.get(table, "why", str, f"{where}.why")
        if not why.strip():
            self.fail(f"{where}.why", "empty", "say in one line why this example is here")
        return Example((text,), output, why)


class RuleError(Exception):
    """A rule's expression failed to evaluate (a bug in the spec, not a broken rule)."""

    def __init__(self, index, message):
        super().__init__(message)
        self.index = index


_RULE_NAMES = {name: getattr(builtins, name) for name in ("len", "all", "any", "set", "sorted", "sum", "min", "max", "range", "zip",
                            "enumerate", "abs", "int", "str", "list", "tuple", "dict", "isinstance",
                            "reversed", "map", "filter", "divmod", "frozenset")}
_RULE_NAMES["Counter"] = collections.Counter


@functools.lru_cache(maxsize=None)
def _compiled(expr):
    return compile(expr, "<rule>", "eval")


def rule_violations(rules, values):
    """The text of every rule ``values`` (parameters by name) break.

    Raises RuleError when an expression cannot be evaluated. Cost: the rules' own.
    """
    broken = []
    for index, rule in enumerate(rules, 1):
        try:
            # The values are globals, so that generator expressions inside the rule see them too.
            held = eval(_compiled(rule.expr), {"__builtins__": _RULE_NAMES, **values})  # noqa: S307 - the spec's own
        except Exception as e:
            raise RuleError(index, f"{rule.expr!r} failed: {type(e).__name__}: {e}") from None
        if not held:
            broken.append(f"breaks the rule: {rule.text} ({rule.expr})")
    return broken


def _todos(value, where=""):
    """Yield the field paths whose value (or key) still says TODO: a new problem's blanks."""
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{where}.{key}" if where else key
            if str(key).startswith("TODO"):
                yield where or key
            else:
                yield from _todos(item, path)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _todos(item, f"{where}[{i + (where == 'examples')}]")
    elif isinstance(value, str) and value.strip().startswith("TODO"):
        yield where


def _bounds_table(p):
    """A param's constraints as the TOML table that would declare them."""
    table = {}
    for key in _BOUND_KEYS:
        value = getattr(p, key)
        if value is not None:
            table[key] = list(value) if type(value) is tuple else value
    return table


def _violation(p, value, values):
    """The first way ``value`` breaks parameter ``p``'s type or constraints, or None."""
    parsed = p.parsed
    problem = type_error(value, parsed, p.name)
    if problem:
        return problem

    def length_problem(length, bound, where):
        if type(bound) is str:
            if length != values.get(bound):
                return f"len({where}) is {length} but should equal {bound} = {values.get(bound)}"
        elif bound and not bound[0] <= length <= bound[1]:
            return f"len({where}) is {length}, outside [{bound[0]}, {bound[1]}]"
        return None

    if isinstance(value, (list, str)):
        problem = length_problem(len(value), p.len, p.name)
        if problem:
            return problem
    if p.item_len is not None and isinstance(value, list):
        for i, item in enumerate(value):
            problem = length_problem(len(item), p.item_len, f"{p.name}[{i}]")
            if problem:
                return problem
    for where, leaf in _leaves(value, p.name):
        if isinstance(leaf, (int, float)) and not isinstance(leaf, bool):
            if p.min is not None and leaf < p.min or p.max is not None and leaf > p.max:
                return f"{where} = {leaf} is outside [{p.min}, {p.max}]"
            if isinstance(leaf, float) and not math.isfinite(leaf):
                return f"{where} = {leaf} is not finite"
        if isinstance(leaf, str) and p.alphabet and any(c not in p.alphabet for c in leaf):
            return f"{where} = {short(leaf)} has characters outside {p.alphabet!r}"
    return None


def _leaves(value, where):
    """Yield ``(path, scalar)`` for every scalar inside nested lists."""
    if isinstance(value, list):
        for i, item in enumerate(value):
            yield from _leaves(item, f"{where}[{i}]")
    else:
        yield where, value
