"""Each catalogue problem's known mistakes are caught by the cross-check alone, at a fixed seed.

``tests/mistakes/<slug>/<mistake>.py`` is a small wrong solution that makes one
mistake named in the problem's gen.py; its docstring says which. It must be
caught by generated inputs within the spec's default number of examples: this
is how we know the strategies aim at the mistakes members actually make. A mistake
that makes the solution crawl (TLE) or crash (RE) is caught as surely as a wrong answer.
"""

import ast
from pathlib import Path

import pytest

from algokit.judging.judge import Judge
from algokit.problem.spec import load_spec

ROOT = Path(__file__).resolve().parents[1]
MISTAKES = Path(__file__).resolve().parent / "mistakes"
SEED = 20261129
CASES = sorted((path.parent.name, path.name) for path in MISTAKES.glob("*/*.py"))


@pytest.fixture(scope="module")
def judge():
    with Judge() as judge:
        yield judge


@pytest.fixture(autouse=True)
def same_inputs_in_any_process(monkeypatch):
    """The same inputs for the same seed, whatever else this process has imported.

    Hypothesis also draws literals it finds in the "local" modules already imported,
    so which tests ran before would change what a seed generates. These tests claim a
    catch at a fixed seed: they take those literals away (a private hook; without it
    the tests still run, only less reproducibly).
    """
    try:
        from hypothesis.internal.conjecture import providers
    except ImportError:
        return
    if hasattr(providers, "_get_local_constants"):
        empty = type(providers._local_constants)()
        monkeypatch.setattr(providers, "_get_local_constants", lambda: empty)


@pytest.mark.parametrize("slug, name", CASES)
def test_mistake_is_caught_by_the_crosscheck(judge, tmp_path, slug, name):
    spec = load_spec(ROOT / "problems" / slug)
    path = MISTAKES / slug / name
    assert (ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or "").strip(), \
        f"{path}: say in the docstring which mistake this is"
    # A budget far above the examples' cost: the catch must depend on the seed and the count only.
    verdict = judge.crosscheck(spec, path, seed=SEED, database=tmp_path, budget=600)
    assert not verdict.ok, f"{name} was not caught: {verdict.status} {verdict.message}"
    assert spec.violations(verdict.args) == []
