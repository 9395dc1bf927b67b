"""Examples pasted from a problem's page, in the three shapes members copy, read into values.

- Programmers: the examples table, a header of the parameter names and ``result``,
  then one row per example, cells separated by tabs (or spaces), Python literals.
- Baekjoon: ``예제 입력 1`` / ``예제 출력 1`` blocks (or ``Sample Input 1`` /
  ``Sample Output 1``), the texts below each header; the page's ``복사`` (copy)
  buttons come along in a paste and are dropped.
- LeetCode: ``Input: nums = [2,7,11,15], target = 9`` then ``Output: [0,1]``,
  with JSON's ``true``, ``false`` and ``null``; a design problem's ``Input`` line is
  followed by its two arrays (the operations, then their arguments) and ``Output`` by
  the results, read as the parameters ``operations`` and ``arguments``.

Every mistake names the line it is on. Nothing here writes a file.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from ..errors import AlgokitError

_BOJ = re.compile(r"^\s*(예제\s*입력|예제\s*출력|sample\s*input|sample\s*output)\s*(\d+)\s*(복사)?\s*$", re.I)
_LEETCODE_INPUT = re.compile(r"^\s*Input\s*:\s*(.*)$")
_LEETCODE_OUTPUT = re.compile(r"^\s*Output\s*:\s*(.*)$")
_RESULT = ("result", "return", "answer")
_BARE = re.compile(r"^\s*(Input|Output)\s*:?\s*$")  # a design example's headers, each alone on its line


class PasteError(AlgokitError):
    """Pasted text that cannot be read: says which line, and what was expected."""


@dataclass(frozen=True)
class Pasted:
    """One example read from a paste: arguments by name (or a stdin text) and the answer."""

    input: object  # {name: value} for function and class styles; the input text for stdin programs
    output: object
    line: int  # where it starts in the paste, 1-based


def parse(text, names=None) -> tuple[str, list[Pasted]]:
    """``(format, examples)`` from pasted text: "programmers", "baekjoon" or "leetcode".

    ``names`` (the signature's parameter names, if known) are checked against a
    Programmers header or LeetCode's assignments. Raises PasteError naming the line.
    """
    lines = text.replace("\r\n", "\n").split("\n")
    if any(_BOJ.match(line) for line in lines):
        return "baekjoon", _baekjoon(lines)
    if any(_LEETCODE_INPUT.match(line) or _LEETCODE_OUTPUT.match(line) or _BARE.match(line) for line in lines):
        if any(_BARE.match(line) and line.strip().lower().startswith("input") for line in lines):
            return "leetcode", _leetcode_design(lines)
        return "leetcode", _leetcode(lines, names)
    return "programmers", _programmers(lines, names)


def _literal(text, line, what):
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        raise PasteError(f"line {line}: {text[:60]!r} is not a value ({what}): paste the cells as shown on the "
                         f"page, e.g. [1, 2] or \"text\"") from None


def _cells(line):
    """Split a table row into cells: at tabs, else at spaces outside brackets and quotes."""
    if "\t" in line:
        return [cell.strip() for cell in line.strip().split("\t") if cell.strip()]
    cells, depth, quote, current = [], 0, None, ""
    for ch in line.strip():
        if quote:
            current += ch
            quote = None if ch == quote else quote
        elif ch in "\"'":
            quote, current = ch, current + ch
        elif ch in "[({":
            depth, current = depth + 1, current + ch
        elif ch in "])}":
            depth, current = depth - 1, current + ch
        elif ch.isspace() and depth == 0:
            if current:
                cells.append(current)
            current = ""
        else:
            current += ch
    if current:
        cells.append(current)
    return cells


def _programmers(lines, names):
    header_at = next((i for i, line in enumerate(lines) if _cells(line) and _cells(line)[-1] in _RESULT), None)
    if header_at is None:
        raise PasteError("no examples found: paste a Programmers table (a header of the parameter names and "
                         "result), Baekjoon's 예제 입력/예제 출력 blocks, or LeetCode's Input:/Output: lines")
    header = _cells(lines[header_at])
    params = header[:-1]
    if names is not None and list(params) != list(names):
        raise PasteError(f"line {header_at + 1}: the table's columns are {', '.join(params)}, but the signature "
                         f"takes {', '.join(names)}: paste the table of this problem, header included")
    found = []
    for i in range(header_at + 1, len(lines)):
        if not lines[i].strip():
            continue
        cells = _cells(lines[i])
        if len(cells) != len(header):
            raise PasteError(f"line {i + 1}: {len(cells)} cells, expected {len(header)} "
                             f"({', '.join(header)}): keep the tabs between cells, or one space")
        values = [_literal(cell, i + 1, name) for cell, name in zip(cells, header)]
        found.append(Pasted(dict(zip(params, values[:-1])), values[-1], i + 1))
    if not found:
        raise PasteError(f"line {header_at + 1}: a header but no rows under it")
    return found


def _baekjoon(lines):
    blocks, current = {}, None
    for i, line in enumerate(lines):
        match = _BOJ.match(line)
        if match:
            kind = "input" if ("입력" in match[1] or "input" in match[1].lower()) else "output"
            current = (int(match[2]), kind)
            if current in blocks:
                raise PasteError(f"line {i + 1}: {line.strip()!r} appears twice")
            blocks[current] = (i + 1, [])
        elif current is not None and line.strip() != "복사":
            blocks[current][1].append(line.rstrip())
    found = []
    for number in sorted({n for n, _ in blocks}):
        if (number, "input") not in blocks or (number, "output") not in blocks:
            start = blocks.get((number, "input"), blocks.get((number, "output")))[0]
            missing = "출력 (output)" if (number, "output") not in blocks else "입력 (input)"
            raise PasteError(f"line {start}: example {number} has no 예제 {missing} block")
        start, text = blocks[number, "input"]
        output = "\n".join(blocks[number, "output"][1]).strip("\n")
        found.append(Pasted("\n".join(text).strip("\n") + "\n", output, start))
    return found


def _json_literal(text):
    """JSON's true/false/null as Python's, outside strings."""
    return re.sub(r'("(?:[^"\\]|\\.)*")|\b(true|false|null)\b',
                  lambda m: m[1] or {"true": "True", "false": "False", "null": "None"}[m[2]], text)


def _assignments(text, line):
    """``nums = [2,7], target = 9`` -> ``{"nums": [2, 7], "target": 9}``."""
    parts, depth, quote, current = [], 0, None, ""
    for ch in text:
        if quote:
            quote = None if ch == quote else quote
        elif ch == '"':
            quote = ch
        elif ch in "[{(":
            depth += 1
        elif ch in "]})":
            depth -= 1
        if ch == "," and depth == 0 and not quote:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    found = {}
    for part in parts:
        name, sep, value = part.partition("=")
        if not sep or not name.strip().isidentifier():
            raise PasteError(f"line {line}: {part.strip()[:40]!r} is not name = value")
        found[name.strip()] = _literal(_json_literal(value.strip()), line, name.strip())
    return found


def _leetcode(lines, names):
    found, pending = [], None
    for i, line in enumerate(lines, 1):
        if match := _LEETCODE_INPUT.match(line):
            pending = (i, _assignments(match[1], i))
            if names is not None and list(pending[1]) != list(names):
                raise PasteError(f"line {i}: the input names {', '.join(pending[1])}, but the signature takes "
                                 f"{', '.join(names)}")
        elif match := _LEETCODE_OUTPUT.match(line):
            if pending is None:
                raise PasteError(f"line {i}: Output: with no Input: before it")
            found.append(Pasted(pending[1], _literal(_json_literal(match[1].strip()), i, "output"), pending[0]))
            pending = None
    if pending is not None:
        raise PasteError(f"line {pending[0]}: Input: with no Output: after it")
    return found


def _leetcode_design(lines):
    """A design problem's examples: ``Input``, the operations, the arguments; ``Output``, the results."""
    found, at = [], 0
    rows = [(i, line.strip()) for i, line in enumerate(lines, 1) if line.strip()]
    while at < len(rows):
        i, line = rows[at]
        if not (_BARE.match(line) and line.lower().startswith("input")):
            raise PasteError(f"line {i}: expected Input, then the operations and their arguments on two lines")
        if at + 3 >= len(rows):
            raise PasteError(f"line {i}: Input needs two lines (the operations, then the arguments), then Output "
                             f"and the results")
        (j, operations), (k, arguments), (m, header) = rows[at + 1], rows[at + 2], rows[at + 3]
        if not (_BARE.match(header) and header.lower().startswith("output")) or at + 4 >= len(rows):
            raise PasteError(f"line {m}: expected Output, then the results on one line")
        n, output = rows[at + 4]
        value = {"operations": _literal(_json_literal(operations), j, "operations"),
                 "arguments": _literal(_json_literal(arguments), k, "arguments")}
        found.append(Pasted(value, _literal(_json_literal(output), n, "output"), i))
        at += 5
        while at < len(rows) and rows[at][1].lower().startswith("explanation"):  # the page's walk-through
            at += 1
            while at < len(rows) and not _BARE.match(rows[at][1]):
                at += 1
    return found


def infer_type(values) -> str | None:
    """The spec type of ``values`` (all examples of one parameter): int, str, list[list[int]]...

    None when the examples do not settle it (an empty list only, or mixed types).
    """
    kinds = {_type_of(v) for v in values}
    kinds.discard("?")
    if len(kinds) == 1:
        return kinds.pop()
    if kinds == {"int", "float"}:
        return "float"
    if kinds and all(k.startswith("list[") for k in kinds) and len({k.replace("int", "float") for k in kinds}) == 1:
        return kinds.pop().replace("int", "float")
    return None


def _type_of(value):
    if type(value) in (bool, int, float, str):
        return type(value).__name__
    if isinstance(value, list):
        inner = infer_type(value)
        if inner is None:
            return "?" if not value else "mixed"
        return f"list[{inner}]"
    return "mixed"
