"""A problem the catalogue does not have, usable on the day it is picked.

- :func:`signature_from_file` reads the entry point, parameter names and style from a
  member's solution; :func:`signature_from_text` from ``"solution(queue1, queue2)"``.
- :func:`skeleton` writes a spec holding everything known, each unknown marked TODO,
  with one commented constraint line per parameter.
- :func:`add_examples` adds examples pasted from the page to ``problem.toml`` (in
  place, comments kept), fills the types they settle, and proposes a stdin program's
  input format.
- :func:`promote` makes a member's file a reference, or the oracle, by copying it.

Until a spec names an oracle, members' solutions are cross-checked against each
other (:meth:`algokit.judging.judge.Judge.crosscheck_members`).
"""

from __future__ import annotations

import ast
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from .. import layout, platforms
from ..errors import AlgokitError, SpecError, shown
from . import stubs
from .paste import PasteError, infer_type, parse

TODO_TYPE = "TODO: a type (algokit examples add infers it from the page's examples)"
_HINTS = {"int": "int", "float": "float", "bool": "bool", "str": "str"}


@dataclass
class Signature:
    """What a solution's entry point says: the style, the names, and the types where hinted."""

    style: str = "function"  # function, class or stdin
    function: str = "solution"
    class_name: str = "Solution"
    params: list = field(default_factory=list)  # [(name, type or None)]
    returns: str | None = None

    @property
    def platform(self):
        """The platform a style usually means: a guess the spec says is one."""
        return platforms.of_style(self.style).id


def _hint(node):
    """A type hint as a spec type: ``List[int]`` -> ``list[int]``; None when it says nothing we use."""
    if node is None:
        return None
    text = ast.unparse(node).replace("List[", "list[").replace("typing.", "")
    return text if re.fullmatch(r"(list\[)*(int|float|bool|str)\]*", text) else None


def signature_from_file(path) -> Signature:
    """The signature of a member's solution file: a ``def solution``, a LeetCode class, or a stdin program."""
    path = Path(path)
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise AlgokitError(f"--from {shown(path)}: cannot read it ({error})") from None
    except SyntaxError as error:
        raise AlgokitError(f"--from {shown(path)}: line {error.lineno}: not valid Python; fix it first") from None
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            methods = [m for m in node.body if isinstance(m, ast.FunctionDef) and not m.name.startswith("_")]
            if methods:
                method = methods[0]
                params = [(a.arg, _hint(a.annotation)) for a in method.args.args[1:]]
                return Signature("class", method.name, node.name, params, _hint(method.returns))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "solution":
            return Signature("function", "solution", params=[(a.arg, _hint(a.annotation)) for a in node.args.args],
                             returns=_hint(node.returns))
    return Signature("stdin", "main")


def signature_from_text(text) -> Signature:
    """``solution(queue1, queue2)``, ``Solution.twoSum(nums, target)`` or ``stdin``."""
    text = text.strip()
    if text.lower() == "stdin":
        return Signature("stdin", "main")
    match = re.fullmatch(r"(?:(\w+)\.)?(\w+)\(([\w\s,]*)\)", text)
    if not match:
        raise AlgokitError(f"--signature {text!r}: write it as solution(a, b), Solution.method(a, b) or stdin")
    names = [n.strip() for n in match[3].split(",") if n.strip()]
    if match[1]:
        return Signature("class", match[2], match[1], [(n, None) for n in names])
    return Signature("function", match[2], params=[(n, None) for n in names])


def _q(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def skeleton_spec(slug, name, signature) -> str:
    """The skeleton problem.toml: what is known, and a TODO (or a commented line) for the rest."""
    korean = any("\uac00" <= ch <= "\ud7a3" for ch in name)
    title = f"{{ ko = {_q(name)} }}" if korean else f"{{ ko = {_q(name)}, en = {_q(name)} }}"
    lines = [layout.SCHEMA_LINE,
             f"# {name}: a problem the catalogue does not have. What is still to fill says TODO;",
             f"# `algokit examples add {slug}` reads the page's examples and fills the types.",
             f"slug = {_q(slug)}",
             f"title = {title}",
             f"platform = {_q(signature.platform)}  # guessed from the style: programmers, boj or leetcode",
             'url = ""  # the problem\'s page',
             "", "[signature]"]
    if signature.style == "stdin":
        lines += ['style = "stdin"',
                  '# size = "N"  # the integer that scales, once [input] bounds it: runs at the maximum',
                  "",
                  "# The input, one entry per line (examples add proposes one): names, then their bounds.",
                  '# [input]',
                  '# lines = ["N M", "maze: N lines of M chars \'01\'"]',
                  '# bounds = { N = [2, 100], M = [2, 100] }']
    else:
        if signature.style == "class":
            lines += ['style = "class"', f"class = {_q(signature.class_name)}"]
        lines += [f"function = {_q(signature.function)}",
                  f"returns = {_q(signature.returns or TODO_TYPE)}",
                  '# size = "len(name)"  # the parameter that scales, once its bounds are in: runs at the maximum']
        for param, hint in signature.params or [("TODO: the platform's parameter name", None)]:
            lines += ["", "[[params]]", f"name = {_q(param)}", f"type = {_q(hint or TODO_TYPE)}",
                      "# len = [1, 100_000]   min = 1   max = 1_000_000_000   "
                      "(the constraints; until then the cross-check uses what the examples show)"]
    lines += ["", "[limits]", "time = 1.0  # seconds at the constraint maximum: calibrate it with `algokit time`",
              "", "# No oracle yet: the members' solutions are cross-checked against each other, and a",
              f"# disagreement is shown shrunk. `algokit promote {slug} FILE --as NAME --oracle` trusts one.",
              "[solutions]", ""]
    return "\n".join(lines)


STATEMENT_TEMPLATE = '''\
# {name}

Source: (the problem's page)

(The statement in your own words: what is given, what to return, the constraints.)
'''


def skeleton(root, name, slug, author, signature=None, source=None, member_path=None):
    """A new problem: the skeleton spec, a statement to fill and the author's file; ``(slug, [(path, action)])``.

    ``source`` (a member's file) is copied as the author's solution (to ``member_path(slug)``, the
    group's layout; default ``solutions/<slug>/``); otherwise a stub with the signature is written. Nothing that exists is overwritten.
    """
    slug = slug or new_slug(name)
    if not re.match(r"^[a-z0-9][a-z0-9-]*$", slug):
        raise AlgokitError(f"--slug {slug!r}: use lowercase ASCII letters, digits and '-'")
    signature = signature or Signature()
    problem = layout.problem_dir(root, slug)
    mine = member_path(slug) if member_path else layout.member_file(root, slug, author)
    files = {problem / layout.SPEC_FILE: skeleton_spec(slug, name, signature),
             problem / layout.STATEMENT: STATEMENT_TEMPLATE.format(name=name)}
    if source is None or Path(source).resolve() != mine.resolve():
        files[mine] = Path(source).read_text(encoding="utf-8") if source else stubs.for_signature(signature, name, author)
    return slug, [(path, layout.write_new(path, text)) for path, text in files.items()]


def new_slug(name):
    """An ASCII slug for a problem the catalogue does not know."""
    import hashlib

    from ..names import looks_like_url

    text = unicodedata.normalize("NFC", name).strip()
    if looks_like_url(text):
        url = urlparse(text if "://" in text else "https://" + text)
        source = platforms.of_host(url.netloc)
        last = [part for part in url.path.split("/") if part][-1:]
        if source is not None and last and re.fullmatch(r"[\w-]+", last[0]):
            return f"{source.id}-{last[0].lower()}"
    ascii_words = re.findall(r"[a-z0-9]+", text.lower())
    if ascii_words:
        return "-".join(ascii_words)[:60]
    return "problem-" + hashlib.sha1(text.encode()).hexdigest()[:8]


# --- examples pasted from the page ---------------------------------------------------------------


@dataclass
class Added:
    """What `examples add` did: the examples added and skipped, the types filled, what is still to fill."""

    format: str
    added: int = 0
    duplicates: int = 0
    filled: list = field(default_factory=list)  # ["params[0].type = list[int]", ...]
    todo: list = field(default_factory=list)  # one line per thing the examples did not settle
    proposed_input: dict | None = None


def _todo(value):
    return isinstance(value, str) and value.strip().startswith("TODO")


def _toml_value(value):
    """``value`` as a spec writes it: TOML has no null, so a value holding one (a tree's hole, a void
    call's result) is kept as LeetCode's own text, ``"[1,null,2]"``, which the spec reads back."""
    import json

    def holds_none(v):
        return v is None or isinstance(v, list) and any(holds_none(x) for x in v)

    return json.dumps(value, separators=(",", ":"), ensure_ascii=False) if holds_none(value) else value


def add_examples(spec_path, text) -> Added:
    """Add the examples in pasted ``text`` to ``spec_path`` (why = "official"); duplicates are skipped.

    The paste is read and checked in full before anything is written.
    """
    import tomlkit

    spec_path = Path(spec_path)
    try:
        document = tomlkit.parse(spec_path.read_text(encoding="utf-8"))
    except OSError:
        raise SpecError(spec_path, "", "file not found", "run `algokit new NAME --new` first") from None
    except tomlkit.exceptions.ParseError as error:
        raise SpecError(spec_path, "", f"not valid TOML: {error}", "fix the syntax at that line") from None
    signature = document.get("signature", {})
    stdin = signature.get("style") == "stdin"
    params = list(document.get("params", []))
    names = None if stdin else [p["name"] for p in params]
    kind, pasted = parse(text, names)
    if stdin != (kind == "baekjoon"):
        want = "Baekjoon's 예제 입력/예제 출력 blocks" if stdin else "a Programmers table or LeetCode's Input:/Output:"
        raise PasteError(f"line 1: this is {kind}'s format, but the problem is a "
                         f"{'stdin program' if stdin else 'function'}: paste {want}")
    result = Added(kind)
    examples = document.get("examples")
    if examples is None:
        examples = tomlkit.aot()
        document["examples"] = examples
    existing = [(e.get("input"), e.get("output")) for e in examples]
    fresh = []
    for example in pasted:
        if any(_same(example.input, old) for old, _ in existing + fresh):
            result.duplicates += 1
            continue
        fresh.append((example.input, example.output))
    if not stdin:
        _refuse_contradicting_types(params, signature, pasted)
    for value, output in fresh:
        table = tomlkit.table()
        table["why"] = "official"
        if stdin:
            table["input"] = tomlkit.string(value, multiline=True)
            table["output"] = output
        else:
            inline = tomlkit.inline_table()
            for name in names:
                inline[name] = _toml_value(value[name])
            table["input"] = inline
            table["output"] = _toml_value(output)
        examples.append(table)
        result.added += 1
    every = [value for value, _ in existing + fresh]
    if not stdin:
        _fill_types(params, signature, every, [output for _, output in existing + fresh], result)
    elif "input" not in document:
        from .formats import propose

        result.proposed_input = propose([str(v) for v in every])
        if result.proposed_input is not None:
            table = tomlkit.table()
            table.add(tomlkit.comment("Proposed from the pasted examples: check the lines and widen the bounds "
                                      "to the statement's."))
            table["lines"] = result.proposed_input["lines"]
            table["bounds"] = tomlkit.inline_table()
            table["bounds"].update(result.proposed_input["bounds"])
            document["input"] = table
        else:
            result.todo.append("[input]: the examples' shape is not one the kit proposes; declare the lines "
                               "(see problem.toml's comment) or write gen.py")
    spec_path.write_text(tomlkit.dumps(document), encoding="utf-8")
    return result


def _same(a, b):
    return a == b or (isinstance(a, str) and isinstance(b, str) and a.strip() == b.strip())


def _refuse_contradicting_types(params, signature, pasted):
    """A pasted value that contradicts a declared type is the paste's error, with its line."""
    from ..valuetypes import parse_type, type_error

    for example in pasted:
        for param in params:
            declared = str(param.get("type", ""))
            if declared and not _todo(declared):
                problem = type_error(example.input[param["name"]], parse_type(declared), param["name"])
                if problem:
                    raise PasteError(f"line {example.line}: {problem} (the spec declares {declared})")


def _fill_types(params, signature, inputs, outputs, result):
    for i, param in enumerate(params):
        if _todo(param.get("type", TODO_TYPE)):
            found = infer_type([value[param["name"]] for value in inputs])
            if found:
                param["type"] = found
                result.filled.append(f"params[{i}].type = {found}")
            else:
                result.todo.append(f"params[{i}].type ({param['name']}): the examples do not settle it "
                                   f"(an empty list, or mixed values)")
    if _todo(signature.get("returns", TODO_TYPE)):
        found = infer_type(outputs)
        if found:
            signature["returns"] = found
            result.filled.append(f"signature.returns = {found}")
        else:
            result.todo.append("signature.returns: the examples do not settle it")


# --- trusting a member's solution -----------------------------------------------------------------


def promote(spec, source, name, oracle=False):
    """Copy ``source`` into solutions/<slug>/<name>.py and list it as a reference (and the oracle).

    Never moves the member's file and never overwrites one. Returns the new path.
    """
    import tomlkit

    source = Path(source)
    if not source.is_file():
        raise AlgokitError(f"FILE {str(source)!r}: no such file; give a path to a .py solution")
    stem = name.removesuffix(".py")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", stem):
        raise AlgokitError(f"--as {name!r}: name the approach in lowercase, e.g. --as two_pointers")
    target = spec.solutions_dir / f"{stem}.py"
    if target.exists():
        raise AlgokitError(f"--as {name!r}: {shown(target)} exists already; choose another name")
    document = tomlkit.parse(spec.path.read_text(encoding="utf-8"))
    solutions = document.setdefault("solutions", tomlkit.table())
    references = solutions.setdefault("references", tomlkit.array())
    references.append(target.name)
    if oracle:
        solutions["oracle"] = target.name
    shutil.copyfile(source, target)
    spec.path.write_text(tomlkit.dumps(document), encoding="utf-8")
    return target
