import importlib
import pkgutil
import shutil
from pathlib import Path

import pytest

import algokit

pytest_plugins = ["pytester"]

# pytester's runpytest runs pytest in this process and, when it ends, drops every module first
# imported during that run. One imported again later is a new object: a sandbox Plan made from
# the new module no longer pickles ("not the same object as algokit.judging.sandbox.Plan") for
# a runner that kept the old one. Importing the whole package first keeps one object per module.
for _module in pkgutil.walk_packages(algokit.__path__, "algokit."):
    importlib.import_module(_module.name)

ROOT = Path(__file__).resolve().parents[1]  # the catalogue: problems/ and solutions/


@pytest.fixture
def workspace_with(tmp_path, monkeypatch):
    """``workspace_with(*slugs)``: tmp_path, made the current directory, holding a copy of each
    catalogue problem named (problems/SLUG, and its references in solutions/SLUG)."""

    def make(*slugs):
        for slug in slugs:
            for part in ("problems", "solutions"):
                shutil.copytree(ROOT / part / slug, tmp_path / part / slug)
        monkeypatch.chdir(tmp_path)
        return tmp_path

    return make


@pytest.fixture
def unsandboxed(monkeypatch):
    """Runs without the sandbox, as on macOS, Windows or a kernel without Landlock and seccomp: for the
    tests of what contains a run there (its process tree ended, its folder removed, its supervisor
    outliving it), which start the processes the sandbox would refuse."""
    monkeypatch.setenv("ALGOKIT_SANDBOX", "off")


# The toy stdin problem "sum of N numbers" (Baekjoon's style), for the idioms and languages corpora.
STDIN_SUM_SPEC = '''#:schema ../problem.schema.json
slug = "toy-sum"
platform = "boj"
id = 0
url = "https://example.org/toy-sum"
title = { ko = "수의 합", en = "Sum of Numbers" }

[signature]
style = "stdin"
size = "N"
size_range = [1, 20000]

[limits]
time = 2.0

[solutions]
oracle = "loop.py"
references = ["loop.py", "builtin.py", "reduce.py"]

[crosscheck]
examples = 15

[[examples]]
why = "official"
input = "3\\n1 2 3\\n"
output = "6"

[[examples]]
why = "official: negative numbers"
input = "4\\n-5 2 -1 10\\n"
output = "6"

[[examples]]
why = "one number"
input = "1\\n7\\n"
output = "7"
'''
STDIN_SUM_GEN = '''
from hypothesis import strategies as st


def text(numbers):
    return f"{len(numbers)}\\n{' '.join(map(str, numbers))}\\n"


def strategy_small():
    return st.lists(st.integers(-1000, 1000), min_size=1, max_size=30).map(text)


def worst_random(n, rng):
    return text([rng.randint(-1000, 1000) for _ in range(n)])
'''
STDIN_SUM_REFERENCES = {
    "loop.py": "n = int(input())\ntotal = 0\nfor x in input().split():\n    total += int(x)\nprint(total)\n",
    "builtin.py": "import sys\nprint(sum(map(int, sys.stdin.read().split()[1:])))\n",
    "reduce.py": "import functools, operator\ninput()\nprint(functools.reduce(operator.add, map(int, input().split()), 0))\n",
}


@pytest.fixture
def judged_workspace(workspace_with):
    """A workspace with the toy stdin problem, 시소 짝꿍 and Two Sum."""
    root = workspace_with("programmers-152996", "leetcode-1")
    folder, solutions = root / "problems" / "toy-sum", root / "solutions" / "toy-sum"
    folder.mkdir(parents=True)
    solutions.mkdir(parents=True)
    (folder / "problem.toml").write_text(STDIN_SUM_SPEC, encoding="utf-8")
    (folder / "gen.py").write_text(STDIN_SUM_GEN, encoding="utf-8")
    for name, code in STDIN_SUM_REFERENCES.items():
        (solutions / name).write_text(code, encoding="utf-8")
    return root
