"""A stdin program's input, declared in a few lines: read, checked, generated and shrunk from it.

Baekjoon-style statements describe their input in a handful of shapes; a spec's
``[input]`` table says which, one entry per line of the input, and bounds each name::

    [input]
    lines = ["N M", "maze: N lines of M chars '01'"]
    bounds = { N = [2, 100], M = [2, 100] }

The shapes:

- ``N M``: one line of named integers;
- ``a: N ints``: one line of N integers, named ``a`` (its bounds bound every one);
- ``grid: N lines of M ints``: N lines of M integers each;
- ``maze: N lines of M chars '01'``: N lines, each a string of M characters from the alphabet;
- ``edges: E lines of u v w``: E lines of named integers (bounds may name an earlier
  integer: ``u = [1, "V"]``);
- ``s: L chars 'abc'``: one line, a string of L characters from the alphabet.

With it, a stdin problem needs no gen.py: the cross-check draws inputs from the
declaration (smaller under ``[crosscheck] limits``), Hypothesis shrinks them, and the
worst case puts the size at n and everything else at its maximum.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import SpecError

_NAMES = re.compile(r"^[A-Za-z_]\w*( [A-Za-z_]\w*)*$")
_ROW = re.compile(r"^(\w+): (\w+) ints$")
_GRID = re.compile(r"^(\w+): (\w+) lines of (\w+) ints$")
_CHARS = re.compile(r"^(\w+): (\w+) lines of (\w+) chars '([^']+)'$")
_RECORDS = re.compile(r"^(\w+): (\w+) lines of ([A-Za-z_]\w*(?: [A-Za-z_]\w*)*)$")
_TEXT = re.compile(r"^(\w+): (\w+) chars '([^']+)'$")


@dataclass(frozen=True)
class Line:
    """One entry of ``[input] lines``: its kind, the names it binds and the counts it uses."""

    kind: str  # "names", "row", "grid", "chars", "records", "text"
    name: str = ""  # the bound of the values (row, grid) or the line's name
    names: tuple[str, ...] = ()  # the integers a "names" or "records" line holds
    count: str = ""  # how many values or lines: an integer's name or a number
    width: str = ""  # per line: how many values or characters
    alphabet: str = ""


@dataclass(frozen=True)
class InputFormat:
    lines: tuple[Line, ...]
    bounds: dict  # name -> (low, high); high or low may name an earlier integer

    def names(self):
        """Every name a bound can be given for."""
        found = []
        for line in self.lines:
            found += list(line.names) + ([line.name] if line.kind in ("row", "grid") else [])
        return found


def parse_format(path, lines, bounds) -> InputFormat:
    """The ``[input]`` table as an :class:`InputFormat`; SpecError naming the entry otherwise."""
    parsed, known = [], set()
    before = {}  # each name -> the integers declared before it: the names its bounds may use

    def count(value, where):
        if not (value.isdigit() or value in known):
            raise SpecError(path, where, f"{value!r} is not a number nor an integer named on an earlier line",
                            "name the count on a line before, e.g. \"N M\"")
        return value

    for i, text in enumerate(lines):
        where, text = f"input.lines[{i}]", text.strip()
        if m := _CHARS.match(text):
            parsed.append(Line("chars", m[1], count=count(m[2], where), width=count(m[3], where), alphabet=m[4]))
        elif m := _GRID.match(text):
            parsed.append(Line("grid", m[1], count=count(m[2], where), width=count(m[3], where)))
        elif m := _TEXT.match(text):
            parsed.append(Line("text", m[1], width=count(m[2], where), alphabet=m[3]))
        elif m := _ROW.match(text):
            parsed.append(Line("row", m[1], count=count(m[2], where)))
        elif m := _RECORDS.match(text):
            parsed.append(Line("records", m[1], names=tuple(m[3].split()), count=count(m[2], where)))
        elif _NAMES.match(text):
            parsed.append(Line("names", names=tuple(text.split())))
            for name in text.split():
                before[name] = set(known)
                known.add(name)
            continue
        else:
            raise SpecError(path, where, f"{text!r} is not an input line this kit reads",
                            "use \"N M\", \"a: N ints\", \"grid: N lines of M ints\", \"maze: N lines of M chars "
                            "'01'\", \"edges: E lines of u v w\" or \"s: L chars 'abc'\"")
        for name in parsed[-1].names or (parsed[-1].name,):
            before[name] = set(known)
    form = InputFormat(tuple(parsed), {})
    checked = {}
    for name in form.names():
        if name not in bounds:
            raise SpecError(path, f"input.bounds.{name}", "missing", f"add {name} = [low, high]")
    for name, value in bounds.items():
        if name not in form.names():
            raise SpecError(path, f"input.bounds.{name}", "unknown name",
                            f"known names here: {', '.join(form.names())}")
        if not (isinstance(value, list) and len(value) == 2
                and all(type(v) is int or (type(v) is str and v in known) for v in value)):
            raise SpecError(path, f"input.bounds.{name}", f"expected [low, high], got {value!r}",
                            "give two integers, or an integer named on an earlier line")
        later = [v for v in value if type(v) is str and v not in before.get(name, ())]
        if later:
            raise SpecError(path, f"input.bounds.{name}", f"{later[0]!r} is not declared before {name}",
                            "a bound may name only an integer that comes earlier in the input")
        if all(type(v) is int for v in value) and value[0] > value[1]:
            raise SpecError(path, f"input.bounds.{name}", f"low {value[0]} is above high {value[1]}",
                            "give [low, high] with low <= high")
        checked[name] = tuple(value)
    return InputFormat(form.lines, checked)


def _value(bound, values):
    return values[bound] if isinstance(bound, str) else bound


def _number(text, values):
    return int(text) if text.isdigit() else values[text]


def render(form, values, rows) -> str:
    """The input text from the drawn integers and each line's content."""
    out = []
    for line, content in zip(form.lines, rows):
        if line.kind == "names":
            out.append(" ".join(str(values[n]) for n in line.names))
        elif line.kind in ("row",):
            out.append(" ".join(map(str, content)))
        elif line.kind == "text":
            out.append(content)
        elif line.kind in ("grid", "records"):
            out += [" ".join(map(str, row)) for row in content]
        else:
            out += content
    return "\n".join(out) + "\n"


def strategy(form, overrides=None):
    """A Hypothesis strategy of input texts obeying ``form`` (``overrides``: smaller bounds by name)."""
    from hypothesis import strategies as st

    bounds = {**form.bounds, **(overrides or {})}

    def integer(draw, name, values):
        low, high = (_value(b, values) for b in bounds[name])
        return draw(st.integers(low, max(low, high)))

    @st.composite
    def texts(draw):
        values, rows = {}, []
        for line in form.lines:
            if line.kind == "names":
                for name in line.names:
                    values[name] = integer(draw, name, values)
                rows.append(None)
            elif line.kind == "row":
                rows.append([integer(draw, line.name, values) for _ in range(_number(line.count, values))])
            elif line.kind == "grid":
                rows.append([[integer(draw, line.name, values) for _ in range(_number(line.width, values))]
                             for _ in range(_number(line.count, values))])
            elif line.kind == "records":
                rows.append([[integer(draw, name, values) for name in line.names]
                             for _ in range(_number(line.count, values))])
            elif line.kind == "chars":
                width = _number(line.width, values)
                rows.append([draw(st.text(line.alphabet, min_size=width, max_size=width))
                             for _ in range(_number(line.count, values))])
            else:
                width = _number(line.width, values)
                rows.append(draw(st.text(line.alphabet, min_size=width, max_size=width)))
        return render(form, values, rows)

    return texts()


def worst(form, size, n, rng) -> str:
    """The worst case: the size at ``n``, every other integer at its highest, values at random."""
    values, rows = {}, []

    def integer(name, top=False):
        low, high = (_value(b, values) for b in form.bounds[name])
        return max(low, high) if top else rng.randint(low, max(low, high))

    for line in form.lines:
        if line.kind == "names":
            for name in line.names:
                values[name] = n if name == size else integer(name, top=True)
            rows.append(None)
        elif line.kind == "row":
            rows.append([integer(line.name) for _ in range(_number(line.count, values))])
        elif line.kind == "grid":
            rows.append([[integer(line.name) for _ in range(_number(line.width, values))]
                         for _ in range(_number(line.count, values))])
        elif line.kind == "records":
            rows.append([[integer(name) for name in line.names] for _ in range(_number(line.count, values))])
        elif line.kind == "chars":
            width = _number(line.width, values)
            rows.append(["".join(rng.choice(line.alphabet) for _ in range(width))
                         for _ in range(_number(line.count, values))])
        else:
            rows.append("".join(rng.choice(line.alphabet) for _ in range(_number(line.width, values))))
    return render(form, values, rows)


def violations(form, text) -> list[str]:
    """How ``text`` breaks ``form``: wrong counts, values out of bounds, stray characters."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    at, values = 0, {}

    def take(what):
        nonlocal at
        if at >= len(lines):
            raise _Broken(f"line {at + 1}: missing ({what})")
        at += 1
        return lines[at - 1]

    def ints(line, count, what):
        try:
            found = [int(x) for x in line.split()]
        except ValueError:
            raise _Broken(f"line {at}: {line!r} should be {what}, integers") from None
        if count is not None and len(found) != count:
            raise _Broken(f"line {at}: {len(found)} integers, expected {count} ({what})")
        return found

    def within(name, value):
        low, high = (_value(b, values) for b in form.bounds[name])
        if not low <= value <= high:
            raise _Broken(f"line {at}: {name} = {value} is outside [{low}, {high}]")

    try:
        for line in form.lines:
            if line.kind == "names":
                for name, value in zip(line.names, ints(take(" ".join(line.names)), len(line.names),
                                                       " ".join(line.names))):
                    within(name, value)
                    values[name] = value
            elif line.kind == "row":
                for value in ints(take(line.name), _number(line.count, values), line.name):
                    within(line.name, value)
            elif line.kind in ("grid", "records"):
                width = _number(line.width, values) if line.kind == "grid" else len(line.names)
                for _ in range(_number(line.count, values)):
                    row = ints(take(line.name), width, line.name)
                    for name, value in zip(line.names or [line.name] * width, row):
                        within(name, value)
            else:
                count = 1 if line.kind == "text" else _number(line.count, values)
                for _ in range(count):
                    row = take(line.name)
                    width = _number(line.width, values)
                    if len(row) != width or set(row) - set(line.alphabet):
                        raise _Broken(f"line {at}: {row[:40]!r} should be {width} characters from "
                                      f"{line.alphabet!r} ({line.name})")
        if any(line.strip() for line in lines[at:]):
            raise _Broken(f"line {at + 1}: more input than the format says")
    except _Broken as broken:
        return [str(broken)]
    return []


class _Broken(Exception):
    pass


def propose(texts) -> dict | None:
    """An ``[input]`` table that fits every example text, when the shape is clear; None otherwise.

    Knows the shapes members meet most: ``N M`` then N lines of M characters (a maze),
    ``N`` then a line of N integers, ``N M`` then N lines of M integers, and ``V E``
    then E lines of 2 or 3 integers (edges).
    """
    shapes = [_shape(text) for text in texts]
    if not shapes or any(s is None for s in shapes) or len({s[0] for s in shapes}) != 1:
        return None
    lines = shapes[0][0]
    bounds = {}
    for _, values in shapes:
        for name, (low, high) in values.items():
            old = bounds.get(name, (low, high))
            bounds[name] = (min(old[0], low), max(old[1], high))
    for vertex in ("u", "v"):  # an edge's ends are vertices: 1 to V
        if vertex in bounds:
            bounds[vertex] = (1, "V")
    return {"lines": list(lines), "bounds": {k: list(v) for k, v in bounds.items()}}


def _shape(text):
    rows = [line.split() for line in text.strip("\n").split("\n")]
    if not rows or not all(x.lstrip("-").isdigit() for x in rows[0]):
        return None
    head = list(map(int, rows[0]))
    body = rows[1:]
    if len(head) == 1 and len(body) == 1 and len(body[0]) == head[0] and _all_ints(body):
        nums = list(map(int, body[0]))
        return ("N", "a: N ints"), {"N": (head[0], head[0]), "a": (min(nums), max(nums))}
    if len(head) == 2 and len(body) == head[0] and all(len(r) == 1 and len(r[0]) == head[1] for r in body):
        alphabet = "".join(sorted(set("".join(r[0] for r in body))))
        return ("N M", f"maze: N lines of M chars '{alphabet}'"), {"N": (head[0],) * 2, "M": (head[1],) * 2}
    if len(head) == 2 and len(body) == head[0] and all(len(r) == head[1] for r in body) and _all_ints(body):
        nums = [int(x) for r in body for x in r]
        return ("N M", "grid: N lines of M ints"), {"N": (head[0],) * 2, "M": (head[1],) * 2,
                                                    "grid": (min(nums), max(nums))}
    if len(head) == 2 and len(body) == head[1] and body and len({len(r) for r in body}) == 1 \
            and len(body[0]) in (2, 3) and _all_ints(body):
        names = "u v w" if len(body[0]) == 3 else "u v"
        found = {"V": (head[0],) * 2, "E": (head[1],) * 2}
        for i, name in enumerate(names.split()):
            column = [int(r[i]) for r in body]
            found[name] = (min(column), max(column))
        return ("V E", f"edges: E lines of {names}"), found
    return None


def _all_ints(rows):
    return all(x.lstrip("-").isdigit() for row in rows for x in row)


def split_cases(text, lines_per_case) -> list[str] | None:
    """A multi-case input's cases, each as its own one-case input (``1``, then the case's lines); None when
    ``text`` is not T followed by T cases of ``lines_per_case`` lines."""
    lines = text.strip("\n").split("\n")
    try:
        count = int(lines[0])
    except (ValueError, IndexError):
        return None
    body = lines[1:]
    if count < 1 or len(body) != count * lines_per_case:
        return None
    return ["1\n" + "\n".join(body[i:i + lines_per_case]) + "\n" for i in range(0, len(body), lines_per_case)]
