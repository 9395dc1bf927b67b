"""Every catalogue problem meets the catalogue standard: what `algokit new` users trust.

One parametrized test per rule, over every folder in problems/, so a new problem
is held to the standard the moment it is added. The rules:

- three hint levels in Korean and English, at least one official example, a
  reason for every example;
- at least three references, the oracle among them, each opening with a
  docstring that gives the idea and its time and space cost;
- a statement in problems/<slug>/README.md that names its source URL;
- a gen.py whose docstring names the mistakes, whose strategies and worst cases
  respect every constraint, and a folder of those mistakes in tests/mistakes/<slug>/.
"""

import ast
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from algokit.layout import problem_dirs
from algokit.problem.generate import case_rng, crosscheck_strategy, load_gen, worst_cases
from algokit.problem.spec import load_spec

ROOT = Path(__file__).resolve().parents[1]
MISTAKES = Path(__file__).resolve().parent / "mistakes"
SLUGS = [folder.name for folder in problem_dirs(ROOT)]
SPECS = {slug: load_spec(ROOT / "problems" / slug) for slug in SLUGS}


@pytest.mark.parametrize("slug", SLUGS)
def test_hints_in_three_levels_and_two_languages(slug):
    hints = SPECS[slug].hints
    assert len(hints) == 3, f"{slug}: give hints 1 (technique), 2 (key idea), 3 (pitfall)"
    for hint in hints:
        assert hint.ko and hint.en
        assert any("\uac00" <= ch <= "\ud7a3" for ch in hint.ko), f"{slug}: hint.ko should be Korean"


@pytest.mark.parametrize("slug", SLUGS)
def test_examples_start_with_the_official_ones_and_each_has_a_reason(slug):
    spec = SPECS[slug]
    assert spec.examples[0].why.startswith("official")
    assert all(ex.why.strip() for ex in spec.examples)


@pytest.mark.parametrize("slug", SLUGS)
def test_three_references_with_an_oracle_and_documented_cost(slug):
    spec = SPECS[slug]
    assert len(spec.references) >= 3 and spec.oracle in spec.references
    assert len([r for r in spec.references if r != spec.oracle]) >= 2
    for name in spec.references:
        source = (spec.solutions_dir / name).read_text(encoding="utf-8")
        doc = ast.get_docstring(ast.parse(source)) or ""
        assert "Time:" in doc and "Space:" in doc, f"{slug}/{name}: the docstring gives the idea, Time: and Space:"


@pytest.mark.parametrize("slug", SLUGS)
def test_statement_in_our_words_names_its_source(slug):
    spec = SPECS[slug]
    statement = (spec.dir / "README.md").read_text(encoding="utf-8")
    assert spec.url in statement
    assert spec.title_ko in statement


@pytest.mark.parametrize("slug", SLUGS)
def test_gen_names_the_mistakes_and_they_are_in_the_corpus(slug):
    spec = SPECS[slug]
    gen = load_gen(spec)
    assert gen is not None and (gen.__doc__ or "").strip(), f"{slug}: gen.py's docstring names the mistakes"
    found = sorted((MISTAKES / slug).glob("*.py"))
    assert found, f"{slug}: add tests/mistakes/{slug}/<mistake>.py for each mistake gen.py names"


@pytest.mark.parametrize("slug", SLUGS)
def test_generated_inputs_respect_every_constraint(slug):
    spec = SPECS[slug]
    strategy = crosscheck_strategy(spec, load_gen(spec))

    @settings(max_examples=60, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(st.data())
    def draws_are_valid(data):
        args = data.draw(strategy)
        assert spec.violations(args) == []

    draws_are_valid()


@pytest.mark.parametrize("slug", SLUGS)
def test_worst_cases_are_valid_reproducible_and_sized(slug):
    spec = SPECS[slug]
    low, high = spec.size_bounds
    # Some sizes can be only even (a carpet's border) or only odd (numbers between operators):
    # a worst case must hit its size exactly on one of two neighbouring sizes, and be valid on both.
    for sizes in ([low], [n for n in (36, 37) if low <= n <= high] or [high]):
        for name, make in worst_cases(spec).items():
            hit = []
            for n in sizes:
                args = make(n, case_rng(spec, name, n))
                assert spec.violations(args) == [], (name, n)
                assert make(n, case_rng(spec, name, n)) == args, f"worst_{name} is not reproducible"
                if spec.style != "stdin":
                    size = spec.kwargs(args)[spec.size_param]
                    hit.append((len(size) if spec.size_is_len else size) == n)
            assert spec.style == "stdin" or any(hit), (name, sizes)


def test_the_readme_lists_the_catalogue_as_it_is():
    from algokit.problem.catalog import load_all, select
    from algokit.report.problems import catalogue_markdown

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- algokit list --markdown -->\n", 1)[1].split("\n<!-- end of the catalogue -->", 1)[0]
    assert table == catalogue_markdown(select(load_all(ROOT, catalogue=False))), (
        "README's catalogue table is stale: paste the output of `algokit list --markdown` between its markers")
