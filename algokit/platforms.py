"""The judges problems come from, each in one row: how members spell it, how it calls and compares.

Every fact about a platform lives here and only here: the spellings a member types
(``--platform bj``) or writes in a path (``BJ2470_김주성.py``), the hosts of its URLs,
the style of its solutions, the checker its judge amounts to, and what a solution's
run keeps between test cases. A problem from another source (a group's own, a toy in
the tests) gets the style's usual way of running and exact comparison.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import names

# What LeetCode's Python 3 environment has without an import (its prelude imports these).
LEETCODE_PRELUDE = (
    "from typing import *\nfrom collections import *\nfrom heapq import *\nfrom bisect import *\n"
    "from itertools import *\nfrom functools import *\n"
    "import collections, heapq, bisect, math, itertools, functools, string, re, random, operator\n"
    # and its ListNode and TreeNode, which a member's file uses without defining them
    "from algokit.nodes import ListNode, TreeNode\n")


@dataclass(frozen=True)
class Platform:
    """One judge: its id in specs, its names, and how it runs and judges a solution."""

    id: str  # as specs write it: platform = "boj"
    name: str  # as a table shows it
    spellings: tuple[str, ...]  # every way members write it, in commands and in paths
    hosts: tuple[str, ...]  # its problem pages' hosts, for a URL given as a name
    style: str  # how its solutions are called: function, class (a method of Solution) or stdin
    checker: str  # how its judge compares a returned answer (a stdin program's text is compared by tokens)
    keeps_module: bool = False  # module globals last between test cases (LeetCode), else a fresh run each
    prelude: str = ""  # imports its environment makes before the solution's own code
    any_int_digits: bool = False  # no 4,300-digit cap on int <-> str (Programmers' Python predates it)
    answers_as_json: bool = False  # its checkers see the answer serialised as JSON: a tuple arrives as a list
    recursion_limit: int = 0  # its Python's recursion limit, where it raises CPython's 1,000 (0: left as it is)


PLATFORMS = (
    Platform("programmers", "Programmers", ("programmers", "프로그래머스", "pgs", "pg", "prgms"),
             ("programmers.co.kr",), "function", "value", any_int_digits=True),
    Platform("boj", "Baekjoon", ("boj", "baekjoon", "백준", "acmicpc", "bj"), ("acmicpc.net",), "stdin", "tokens"),
    Platform("leetcode", "LeetCode", ("leetcode", "리트코드", "lc"), ("leetcode.com",), "class", "json",
             keeps_module=True, prelude=LEETCODE_PRELUDE, answers_as_json=True,
             # LeetCode accepts recursion as deep as its inputs go: the recursive reversal of a 5,000-node
             # list (its own editorial's approach) and a depth-first search down a 10^4-node path of a tree.
             # Its exact limit is not published; 10^6, over the 512 MiB stack runs get, passes both.
             recursion_limit=1_000_000),
)
IDS = tuple(p.id for p in PLATFORMS)


def get(platform_id) -> Platform | None:
    """The platform a spec's ``platform`` names, or None for another source."""
    return next((p for p in PLATFORMS if p.id == platform_id), None)


def named(text) -> Platform | None:
    """The platform ``text`` spells (``BOJ``, ``백준``, ``bj``, ``Ｂａｅｋｊｏｏｎ``), or None."""
    wanted = names.folded(text)
    return next((p for p in PLATFORMS if wanted in {names.folded(s) for s in p.spellings}), None)


def of_host(host) -> Platform | None:
    """The platform whose pages live at ``host`` (``www.acmicpc.net`` too), or None."""
    host = host.lower()
    return next((p for p in PLATFORMS if any(host == h or host.endswith("." + h) for h in p.hosts)), None)


def of_style(style) -> Platform:
    """The platform whose solutions have ``style``: a new problem's likely source."""
    return next(p for p in PLATFORMS if p.style == ("class" if style == "design" else style))


def runs_like(platform_id, style) -> Platform:
    """Whose way of running a solution applies: the platform's own, else the one of the style's platform."""
    found = get(platform_id)
    if found is not None and (found.style == style or (found.style, style) == ("class", "design")):
        return found  # LeetCode's design problems run as its class-style ones do
    return of_style(style)


def default_checker(style, platform_id) -> str:
    """The checker kind a spec gets when it names none: what the platform's judge amounts to."""
    if style == "stdin":
        return "tokens"
    found = get(platform_id)
    return found.checker if found is not None else "exact"
