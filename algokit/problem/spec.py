"""Problem specs: ``problems/<slug>/problem.toml`` read into a checked :class:`Spec`.

A spec declares the call signature with the platform's parameter names, typed
parameters with their constraints, the return type, the examples, the reference
solutions and the time limit at the constraint maximum. Everything else (input
generation, validation, checking and timing) is derived from it.

The file's shape is declared once, in :mod:`algokit.problem.specfile`; this module adds
the rules that cross fields: a length naming another parameter, the oracle among
the references, examples that obey the constraints. Every mistake raises
:class:`~algokit.errors.SpecError` naming the file, the field and what to do.
"""

from __future__ import annotations

import builtins
import collections
import dataclasses
import functools
import importlib.util
import json
import keyword
import math
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import msgspec

from .. import languages, layout, platforms
from ..errors import SpecError
from ..valuetypes import depth, node_shape, parse_type, scalar, short, type_error
from .specfile import Bounds, Checker, Hint, Param, ProblemFile, Revision, Rule, decode

VERDICTS_EXPECTABLE = ("OK", "TLE", "MLE")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_SET = re.compile(r"^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*$")
_SIZE = re.compile(r"^(?:len\((\w+)\)|(\w+))$")
_TYPES = "use int, float, bool, str, list[T], ListNode or TreeNode"

__all__ = ["Checker", "Example", "Hint", "Param", "Revision", "Rule", "Spec", "SpecError", "load_spec"]


@dataclass(frozen=True)
class Example:
    """An input as call arguments, its expected output, and the one-line reason it is there."""

    args: tuple
    output: object
    why: str

    @property
    def official(self) -> bool:
        """An example from the platform's statement; the others are our edge cases (spoilers)."""
        return self.why.startswith("official")


@dataclass(frozen=True)
class Spec:
    """A loaded, checked problem spec: the file as written plus what is derived from it.

    Build it with :func:`load_spec`. ``file`` holds every table as declared;
    ``params`` has the lengths normalised to ``(lo, hi)`` or a parameter's name.
    """

    path: Path
    file: ProblemFile
    params: tuple[Param, ...]
    crosscheck_params: tuple[Param, ...]
    examples: tuple[Example, ...]
    expect: dict
    size_param: str
    size_is_len: bool
    checker: Checker
    inferred: tuple[str, ...] = ()  # parameters whose cross-check bounds come from the examples (not filled in)
    input_format: object = None  # a stdin program's declared input (algokit.problem.formats.InputFormat), if any
    input_small: dict = dataclasses.field(default_factory=dict)  # smaller bounds by name for the cross-check

    # --- what the file says, by name -----------------------------------------------
    slug = property(lambda self: self.file.slug)
    platform = property(lambda self: self.file.platform)
    id = property(lambda self: self.slug if self.file.id is None else str(self.file.id))
    url = property(lambda self: self.file.url)
    title_ko = property(lambda self: self.file.title.ko)
    title_en = property(lambda self: self.file.title.en or self.file.title.ko)
    aliases = property(lambda self: self.file.aliases)
    summary = property(lambda self: self.file.summary.strip())
    level = property(lambda self: self.file.level)
    techniques = property(lambda self: self.file.techniques)
    sets = property(lambda self: self.file.sets)
    hints = property(lambda self: self.file.hints)
    revisions = property(lambda self: self.file.revisions)
    rules = property(lambda self: self.file.rules)
    scoring = property(lambda self: self.file.scoring)
    style = property(lambda self: self.file.signature.style)
    function = property(lambda self: self.file.signature.function or (
        self.file.signature.class_ if self.file.signature.style == "design" else "main"))
    class_name = property(lambda self: self.file.signature.class_)
    returns = property(lambda self: self.file.signature.returns or "str")
    time_limit = property(lambda self: float(self.file.limits.time))
    memory_mb = property(lambda self: self.file.limits.memory)
    limit_note = property(lambda self: self.file.limits.note.strip())

    def limit_for(self, language) -> float:
        """The time limit for a file in ``language`` (``algokit.languages``): its own, or its share of CPython's."""
        return language.time_limit(self.time_limit, self.file.limits.languages.get(language.id))

    def limit_rule(self, language) -> str:
        """How ``limit_for`` was set, in a few words."""
        return language.limit_rule(self.time_limit, self.file.limits.languages.get(language.id))
    oracle = property(lambda self: self.file.solutions.oracle)
    references = property(lambda self: self.file.solutions.references)
    crosscheck_examples = property(lambda self: self.file.crosscheck.examples)

    @property
    def crosscheck_derived(self) -> bool:
        """Whether inputs derived from the bounds join the cross-check (stdin text: from its declared format)."""
        if self.style == "design":  # random words are no operations: a design problem's gen.py makes the sequences
            return False
        return self.file.crosscheck.derived and (self.style != "stdin" or self.input_format is not None)

    # --- where it lives ----------------------------------------------------------------
    @property
    def dir(self) -> Path:
        return self.path.parent

    @property
    def workspace(self) -> Path:
        """The folder holding ``problems/`` and ``solutions/``."""
        return layout.workspace_of(self.path)

    @property
    def solutions_dir(self) -> Path:
        return layout.solutions_dir(self.workspace, self.slug)

    def reference(self, name) -> Path:
        """Where reference ``name`` (the oracle, the trusted one, any in ``solutions.references``) is.

        In ``solutions/<slug>/`` where it is there: the kit's own catalogue, a problem the
        group wrote, references revealed after a session. Otherwise in the installed
        catalogue: ``algokit new`` leaves a catalogue problem's references there, since
        their names alone (``counting.py``, ``sorted_bisect.py``) give the technique away
        beside a member's stub.
        """
        own = self.solutions_dir / name
        if own.is_file():
            return own
        root = layout.catalogue_root()
        if root is not None:
            theirs = layout.solutions_dir(root, self.slug) / name
            if theirs.is_file():
                return theirs
        return own

    def is_reference(self, path) -> bool:
        """Whether ``path`` is one of this problem's references, wherever it lives."""
        path = Path(path).resolve()
        return any(self.reference(name).resolve() == path for name in self.references)

    # --- derived ---------------------------------------------------------------------
    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)

    @property
    def trusted(self) -> str | None:
        """The first reference expected to pass at maximum size: it judges those runs (None without one)."""
        return next((r for r in self.references if self.expected_verdicts(r) == ("OK",)), None)

    @property
    def has_max(self) -> bool:
        """Whether the spec says which parameter scales, and how far: the runs at maximum size need it."""
        return self.size_param is not None

    @property
    def size_label(self) -> str:
        """How the size reads in messages: ``n`` or ``len(weights)``."""
        return f"len({self.size_param})" if self.size_is_len else str(self.size_param)

    @property
    def size_bounds(self) -> tuple[int, int]:
        """The smallest and largest size the constraints allow."""
        if not self.has_max:
            raise SpecError(self.path, "signature.size", "missing: no runs at maximum size or timing without it",
                            'name the parameter that scales, e.g. size = "n" or "len(nums)", with its bounds')
        if self.style == "stdin":
            low, high = self.file.signature.size_range or self.input_format.bounds[self.size_param]
        else:
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

    @property
    def case_lines(self) -> int:
        """Lines per test case of a multi-case stdin input (``signature.cases``); 0 for one case per input."""
        return self.file.signature.cases if self.style == "stdin" else 0

    @property
    def call_shapes(self) -> tuple[str, ...]:
        """Per parameter, the objects the call sees (``algokit.nodes.to_call``); empty when all are plain values."""
        if self.style == "stdin":
            return ()
        index = {p.name: i for i, p in enumerate(self.params)}
        linked = {p.cycle for p in self.params if p.cycle}
        shapes = tuple("-" if p.name in linked else node_shape(p.parsed) + (f"@{index[p.cycle]}" if p.cycle else "")
                       for p in self.params)
        return shapes if any(shapes) else ()

    @property
    def result_shape(self) -> str:
        """``ListNode``, ``TreeNode`` or ``list[...]`` when the call returns nodes, read back to a list form; else ""."""
        return "" if self.style == "stdin" else node_shape(parse_type(self.returns))

    def kwargs(self, args) -> dict:
        """``args`` keyed by parameter name."""
        return dict(zip(self.names, args))

    def violations(self, args, params=None) -> list[str]:
        """Every way ``args`` break the declared types, bounds and rules.

        Cost: O(total size of args) plus the rules' own cost.
        """
        params = params or self.params
        values = dict(zip((p.name for p in params), args))
        problems = []
        for p in params:
            problem = _violation(p, values[p.name], values)
            if problem:
                problems.append(problem)
        if not problems and self.input_format is not None:
            from .formats import violations

            problems += violations(self.input_format, args[0])
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
    """Read and check a spec from ``problem.toml`` or the folder holding it."""
    path = Path(path)
    if path.is_dir():
        path = path / layout.SPEC_FILE
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise SpecError(path, "", "file not found", f"a problem folder needs a {layout.SPEC_FILE}") from None
    except tomllib.TOMLDecodeError as e:
        raise SpecError(path, "", f"not valid TOML: {e}", "fix the syntax at that line") from None
    todo = list(_todos(data))
    if todo:
        raise SpecError(path, todo[0], f"still to fill: {', '.join(todo)}",
                        f"replace every TODO; `algokit examples add {path.parent.name}` fills the types from the "
                        f"page's examples")
    return _Builder(path, decode(path, data)).spec()


class _Builder:
    """The rules across fields, applied to a decoded file; each failure is a SpecError."""

    def __init__(self, path, file: ProblemFile):
        self.path, self.file = path, file

    def fail(self, field, problem, hint=""):
        raise SpecError(self.path, field, problem, hint)

    def spec(self) -> Spec:
        f = self.file
        if not _SLUG.match(f.slug):
            self.fail("slug", f"{f.slug!r} is not a stable ASCII slug",
                      "use lowercase letters, digits and '-', e.g. programmers-152996")
        if f.slug != self.path.parent.name:
            self.fail("slug", f"{f.slug!r} does not match the folder name {self.path.parent.name!r}",
                      "rename one of them")
        for i, name in enumerate(f.sets):
            if not _SET.match(name):
                self.fail(f"sets[{i}]", f"{name!r} is not a set name",
                          'use lowercase ASCII words joined by "/" or "-", e.g. "kit/hash"')
        params, size_param, size_is_len = self.signature()
        self.limits()
        expect = self.solutions()
        checker = self.checker()
        self.notes()
        form, small = self.input_format()
        spec = Spec(self.path, f, params, self.crosscheck(params), (), expect, size_param, size_is_len, checker,
                    input_format=form, input_small=small)
        spec = dataclasses.replace(spec, examples=self.examples(spec))
        inferred = [p.name for p in spec.crosscheck_params if p.type != "bool" and not _bounded(p)]
        if inferred and spec.style != "stdin":
            small = tuple(_bounds_from_examples(p, [ex.args[i] for ex in spec.examples]) if p.name in inferred else p
                          for i, p in enumerate(spec.crosscheck_params))
            spec = dataclasses.replace(spec, crosscheck_params=small, inferred=tuple(inferred))
        return spec

    def input_format(self):
        """The stdin input's declared format and the cross-check's smaller bounds, or (None, {})."""
        from .formats import parse_format

        table = self.file.input
        if table is None:
            return None, {}
        if self.file.signature.style != "stdin":
            self.fail("input", "only a stdin program has an input format", "declare [[params]] instead")
        form = parse_format(self.path, table.lines, {k: list(v) for k, v in table.bounds.items()})
        small = {}
        for name, bounds in self.file.crosscheck.limits.items():
            if name not in form.names():
                self.fail(f"crosscheck.limits.{name}", "unknown name", f"known names here: {', '.join(form.names())}")
            low, high = form.bounds[name]
            small[name] = (low if bounds.min is None else bounds.min, high if bounds.max is None else bounds.max)
        return form, small

    def signature(self):
        sig = self.file.signature
        if sig.style == "stdin":
            if self.file.params:
                self.fail("params", "a stdin problem has no parameters: its input is the text on stdin",
                          "remove [[params]]; give the size as signature.size and signature.size_range")
            if sig.returns not in (None, "str"):
                self.fail("signature.returns", "a stdin problem returns its output text", 'use returns = "str"')
            declared = self.file.input is not None and sig.size in self.file.input.bounds
            if bool(sig.size) != bool(sig.size_range) and not declared:
                missing = "size_range" if sig.size else "size"
                self.fail(f"signature.{missing}", "missing", "give size (the name, e.g. \"N\") and size_range = [lo, hi] "
                                                             "together, or neither (then there are no max-size runs)")
            if sig.size_range:
                self.length(sig.size_range, "signature.size_range", ())
            params, size_param, size_is_len = (Param(name="stdin", type="str"),), sig.size or None, False
        else:
            for key in ("function", "returns") if sig.style != "design" else ("returns",):
                if getattr(sig, key) is None:
                    self.fail(f"signature.{key}", "missing", f"add {key} = <string>")
            params = self.params()
            if sig.style == "design":
                self.design(sig, params)
            try:
                parse_type(sig.returns)
            except ValueError:
                self.fail("signature.returns", f"unknown type {sig.returns!r}", _TYPES)
            size_param, size_is_len = self.size(sig.size, params) if sig.size is not None else (None, False)
        for key, name in (("function", "main" if sig.function is None else sig.function), ("class", sig.class_)):
            if not name.isidentifier() or keyword.iskeyword(name):
                self.fail(f"signature.{key}", f"{name!r} is not a Python name")
        for language in sig.declared:
            if language not in languages.IDS or language == languages.PYTHON.id:
                self.fail(f"signature.declared.{language}", "not a language with its own stub",
                          f"use {', '.join(i for i in languages.IDS if i != languages.PYTHON.id)}")
        return params, size_param, size_is_len

    def design(self, sig, params):
        """A design problem: LeetCode's two arrays, the operations and their arguments, and the methods' stub."""
        if [p.type.startswith("list[list[") for p in params] != [False, True] or params[0].type != "list[str]":
            self.fail("params", "a design problem takes two parameters: the operations (list[str]) and their "
                                "arguments (list[list[T]])", 'e.g. operations = ["LRUCache", "put", "get"] and '
                                                             "arguments = [[2], [1, 1], [1]]")
        if not sig.methods or not any(m.startswith("__init__(") for m in sig.methods):
            self.fail("signature.methods", "missing", 'list the methods as LeetCode\'s stub declares them, '
                                                      'starting with "__init__(self, ...)"')

    def params(self):
        if not self.file.params:
            self.fail("params", "missing or empty", "declare each parameter in a [[params]] table")
        params, seen = [], set()
        for i, p in enumerate(self.file.params):
            where = f"params[{i}]"
            if not p.name.isidentifier() or keyword.iskeyword(p.name) or p.name in seen:
                self.fail(f"{where}.name", f"{p.name!r} is not a new Python name")
            seen.add(p.name)
            params.append(self.param(p, where, params))
        return tuple(params)

    def param(self, p: Param, where, earlier) -> Param:
        """``p`` checked against its own type and the parameters declared before it; lengths normalised."""
        try:
            parsed = parse_type(p.type)
        except ValueError:
            self.fail(f"{where}.type", f"unknown type {p.type!r}", _TYPES)
        for key in ("min", "max"):
            if getattr(p, key) is not None and scalar(parsed) not in ("int", "float"):
                self.fail(f"{where}.{key}", f"{key} needs a number and an int or float parameter")
        if p.min is not None and p.max is not None and p.min > p.max:
            self.fail(f"{where}.min", f"min {p.min} is above max {p.max}")
        lengths = {}
        for key, levels in (("len", 0), ("item_len", 1)):
            if getattr(p, key) is not None:
                lengths[key] = self.length(getattr(p, key), f"{where}.{key}", earlier)
                if depth(parsed) + (scalar(parsed) == "str") <= levels:
                    self.fail(f"{where}.{key}", f"{p.type} has no {'items with ' if levels else ''}length")
        if p.alphabet is not None and (scalar(parsed) != "str" or not p.alphabet):
            self.fail(f"{where}.alphabet", "alphabet needs a non-empty string and a str parameter")
        if p.cycle is not None:
            if p.type != "ListNode":
                self.fail(f"{where}.cycle", "only a ListNode parameter can link back into itself")
            if not any(e.name == p.cycle and e.type == "int" for e in earlier) and not any(
                    e.name == p.cycle and e.type == "int" for e in self.file.params):
                self.fail(f"{where}.cycle", f"{p.cycle!r} is not an int parameter", "name the parameter that gives pos")
        return msgspec.structs.replace(p, **lengths)

    def length(self, value, where, earlier):
        if type(value) is int and value >= 0:
            return (value, value)
        if type(value) is str:
            if not any(p.name == value and p.type == "int" for p in earlier):
                self.fail(where, f"{value!r} is not an int parameter declared above",
                          "declare it first, or give [lo, hi]")
            return value
        if type(value) is tuple and len(value) == 2 and 0 <= value[0] <= value[1]:
            return value
        self.fail(where, f"expected [lo, hi], a number or an int parameter's name, got {short(value)}")

    def size(self, text, params):
        match = _SIZE.match(text.replace(" ", ""))
        names = {p.name: p for p in params}
        if match and match.group(1) in names and type(names[match.group(1)].len) is tuple:
            return match.group(1), True
        if match and match.group(2) in names and names[match.group(2)].type == "int" \
                and names[match.group(2)].max is not None:
            return match.group(2), False
        self.fail("signature.size", f"{text!r} names no bounded parameter",
                  "use an int parameter with min and max, like \"n\", or \"len(name)\" of a list with len = [lo, hi]")

    def limits(self):
        limits = self.file.limits
        if not limits.time > 0 or math.isinf(limits.time):
            self.fail("limits.time", "must be a positive number of seconds")
        if limits.memory < 64:
            self.fail("limits.memory", f"{limits.memory} MiB is too small for Python", "use at least 64")

    def solutions(self):
        table = self.file.solutions
        if not all(r.endswith(".py") and "/" not in r for r in table.references):
            self.fail("solutions.references", "expected a list of file names like \"counting.py\"")
        if table.oracle is not None and table.oracle not in table.references:
            self.fail("solutions.oracle", f"{table.oracle!r} is not in solutions.references", "list it there too")
        expect = {}
        for name, text in table.expect.items():
            if name not in table.references:
                self.fail(f"solutions.expect.{name}", "not in solutions.references")
            verdicts = tuple(v.strip() for v in text.split(" or "))
            if any(v not in VERDICTS_EXPECTABLE for v in verdicts):
                self.fail(f"solutions.expect.{name}", f"unknown verdict {text!r}",
                          f"use one of {', '.join(VERDICTS_EXPECTABLE)}, or several joined by ' or '")
            expect[name] = verdicts
        if table.references and all(expect.get(r, ("OK",)) != ("OK",) for r in table.references):
            self.fail("solutions.expect", "no reference is expected to pass at the maximum size",
                      "at least one must be OK: it judges the runs at maximum size")
        return expect

    def checker(self) -> Checker:
        table = self.file.checker
        kind = table.kind or platforms.default_checker(self.file.signature.style, self.file.platform)
        for key in ("abs", "rel"):
            value = getattr(table, key)
            if value < 0 or (value and kind != "float"):
                self.fail(f"checker.{key}", "a non-negative tolerance, for kind = \"float\" only")
        if kind == "float" and not (table.abs or table.rel):
            self.fail("checker", "a float checker needs abs or rel", "e.g. abs = 1e-6")
        if kind == "custom" and not (self.path.parent / layout.CHECKER_FILE).is_file():
            self.fail("checker.kind", f"custom needs {layout.CHECKER_FILE} beside the spec",
                      f"define {table.function}(input, expected, got) there")
        return msgspec.structs.replace(table, kind=kind, abs=float(table.abs), rel=float(table.rel))

    def crosscheck(self, params):
        table = self.file.crosscheck
        if table.examples < 1:
            self.fail("crosscheck.examples", "must be at least 1")
        if self.file.input is not None:
            return params  # a stdin program's smaller bounds are its input format's (input_format)
        names = {p.name for p in params}
        unknown = sorted(set(table.limits) - names)
        if unknown:
            self.fail(f"crosscheck.limits.{unknown[0]}", "unknown field",
                      f"known fields here: {', '.join(sorted(names))}")
        small = []
        for p in params:
            bounds = table.limits.get(p.name)
            if bounds is None:
                small.append(p)
                continue
            changed = {f: getattr(bounds, f) for f in Bounds.__struct_fields__ if getattr(bounds, f) is not None}
            small.append(self.param(msgspec.structs.replace(p, **changed), f"crosscheck.limits.{p.name}", small))
        return tuple(small)

    def notes(self):
        """Hints, revisions and rules: each says something, and the rules are Python."""
        f = self.file
        if len(f.hints) > 3:
            self.fail("hints", f"{len(f.hints)} hints; give at most 3", "1 the technique, 2 the key idea, 3 the pitfall")
        for i, hint in enumerate(f.hints, 1):
            if not (hint.ko.strip() and hint.en.strip()):
                self.fail(f"hints[{i}]", "empty hint", "write the hint in Korean (ko) and English (en)")
        for i, revision in enumerate(f.revisions, 1):
            if not revision.what.strip():
                self.fail(f"revisions[{i}].what", "empty", "say in one line what changed")
        for i, rule in enumerate(f.rules, 1):
            try:
                _compiled(rule.expr)
            except SyntaxError as e:
                self.fail(f"rules[{i}].expr", f"not a Python expression: {e.msg}",
                          "write one expression over the parameter names, e.g. len(set(nums)) == len(nums)")
            if not rule.text.strip():
                self.fail(f"rules[{i}].text", "empty", "say the rule in words")

    def examples(self, spec):
        if not self.file.examples:
            self.fail("examples", "none yet", f"paste the page's examples into `algokit examples add "
                                              f"{self.file.slug}`, or add [[examples]] tables")
        returns = parse_type(spec.returns)
        examples = []
        for i, table in enumerate(self.file.examples, 1):
            where = f"examples[{i}]"
            if not table.why.strip():
                self.fail(f"{where}.why", "empty", "say in one line why this example is here")
            if spec.style == "stdin":
                if type(table.input) is not str or type(table.output) is not str:
                    self.fail(where, "a stdin problem's input and output are texts", 'write input = """...""" and output = "..."')
                problems = spec.violations((table.input,))
                if problems:
                    self.fail(f"{where}.input", problems[0], "examples must follow the [input] format")
                examples.append(Example((table.input,), table.output, table.why))
                continue
            if type(table.input) is not dict:
                self.fail(f"{where}.input", f"expected table, got string {short(table.input)}",
                          f"give the arguments by name: input = {{ {spec.names[0]} = ... }}")
            missing = [n for n in spec.names if n not in table.input]
            if missing or len(table.input) != len(spec.names):
                self.fail(f"{where}.input", f"needs exactly the parameters {', '.join(spec.names)}",
                          f"missing {missing}" if missing else f"unknown {sorted(set(table.input) - set(spec.names))}")
            args = tuple(_list_form(table.input[n], p.parsed) for n, p in zip(spec.names, spec.params))
            try:
                problems = spec.violations(args)
            except RuleError as error:
                self.fail(f"rules[{error.index}].expr", str(error), "fix the expression")
            if problems:
                self.fail(f"{where}.input", problems[0], "examples must respect the constraints")
            output = _list_form(table.output, ("list", returns) if spec.style == "design" else returns)
            problem = (_calls_error(output, returns) if spec.style == "design"
                       else type_error(output, returns, "output"))
            if problem:
                self.fail(f"{where}.output", problem, f"signature.returns is {spec.returns}")
            examples.append(Example(args, output, table.why))
        return tuple(examples)


_BOUND_FIELDS = ("min", "max", "len", "item_len", "alphabet")


def _calls_error(output, returns):
    """Why a design problem's answer is not a list of results (``returns``, or null for a void call), or None."""
    if type(output) is not list:
        return "should be the list of every call's result, null for the constructor and void calls: " \
               'write it as LeetCode\'s text, "[null, 1, -1]", since TOML has no null'
    for i, item in enumerate(output):
        problem = None if item is None else type_error(item, returns, f"output[{i}]")
        if problem:
            return problem
    return None


def _list_form(value, parsed):
    """A node type's value as written in a spec: TOML has no null, so a tree with holes is LeetCode's
    text, ``"[1,null,2]"``, read here as JSON; any other value is returned as it is."""
    if type(value) is str and (node_shape(parsed) or parsed[0] == "list") and value.lstrip().startswith("["):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _bounded(p) -> bool:
    return any(getattr(p, key) is not None for key in _BOUND_FIELDS)


def _bounds_from_examples(p, values):
    """Small bounds for a parameter whose constraints are not filled in yet: what the examples show.

    Numbers stay within the examples' range, lengths within theirs (plus two), strings
    within the characters they use. The cross-check says it used these.
    """
    leaves = [leaf for value in values for leaf in _flat(value)]
    numbers = [x for x in leaves if type(x) in (int, float)]
    bounds = {}
    if numbers:
        low, high = min(numbers), max(numbers)
        bounds["min"], bounds["max"] = low, high if high > low else low + 1
    if isinstance(values[0], (list, str)):
        lengths = [len(v) for v in values]
        bounds["len"] = (min(lengths), max(lengths) + 2)
        items = [item for v in values if isinstance(v, list) for item in v if isinstance(item, (list, str))]
        if items:
            bounds["item_len"] = (min(map(len, items)), max(map(len, items)))
    text = "".join(x for x in leaves if type(x) is str)
    if text:
        bounds["alphabet"] = "".join(sorted(set(text)))
    return msgspec.structs.replace(p, **bounds)


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
        bound = p.item_len
        low, high = (values.get(bound), values.get(bound)) if type(bound) is str else bound
        for i, item in enumerate(value):
            if not low <= len(item) <= high:  # the path is named only for the item that breaks it
                return length_problem(len(item), bound, f"{p.name}[{i}]")
    if _leaves_fit(p, value):  # the common case, without naming a path per item (10^6 items: ~0.2 s)
        return None
    for where, leaf in _leaves(value, p.name):
        if isinstance(leaf, (int, float)) and not isinstance(leaf, bool):
            if p.min is not None and leaf < p.min or p.max is not None and leaf > p.max:
                return f"{where} = {leaf} is outside [{p.min}, {p.max}]"
            if isinstance(leaf, float) and not math.isfinite(leaf):
                return f"{where} = {leaf} is not finite"
        if isinstance(leaf, str) and p.alphabet and any(c not in p.alphabet for c in leaf):
            return f"{where} = {short(leaf)} has characters outside {p.alphabet!r}"
    return None


def _flat(value):
    """Every scalar inside nested lists, without their paths."""
    if type(value) is not list:
        return [value]
    while value and type(value[0]) is list:
        value = [leaf for item in value for leaf in item]
    return value if all(type(x) is not list for x in value) else [x for item in value for x in _flat(item)]


def _leaves_fit(p, value):
    """True when every number is within [min, max] and finite, and every string within the alphabet."""
    leaves = _flat(value)
    numbers = [x for x in leaves if type(x) in (int, float)]
    if numbers:
        if p.min is not None and min(numbers) < p.min or p.max is not None and max(numbers) > p.max:
            return False
        if any(type(x) is float and not math.isfinite(x) for x in numbers):
            return False
    if p.alphabet:
        strings = [x for x in leaves if type(x) is str]
        return not strings or set("".join(strings)) <= set(p.alphabet)
    return True


def _leaves(value, where):
    """Yield ``(path, scalar)`` for every scalar inside nested lists."""
    if isinstance(value, list):
        for i, item in enumerate(value):
            yield from _leaves(item, f"{where}[{i}]")
    else:
        yield where, value
