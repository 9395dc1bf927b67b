"""Input generation: derived strategies, random inputs and gen.py's worst cases respect the spec."""

import random
import shutil
from pathlib import Path

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from algokit.errors import SpecError
from algokit.judging.judge import Judge
from algokit.problem.generate import (
    case_rng,
    crosscheck_strategy,
    derived_strategy,
    load_gen,
    random_input,
    worst_cases,
)
from algokit.problem.spec import load_spec

ROOT = Path(__file__).resolve().parents[1]
SLUGS = ["programmers-152996", "programmers-150369"]
SMALL_N = 50


@pytest.fixture(scope="module")
def root():
    return ROOT


@pytest.fixture(scope="module")
def specs(root):
    return {slug: load_spec(root / "problems" / slug) for slug in SLUGS}


# Hypothesis builds the strategy inside the test from module-scoped fixtures, so one
# test covers both problems; 200 draws each keeps the whole file to a few seconds.
PROPERTY = settings(max_examples=200, deadline=None, database=None)


@pytest.mark.parametrize("slug", SLUGS)
@PROPERTY
@given(data=st.data())
def test_crosscheck_strategy_respects_the_spec(specs, slug, data):
    spec = specs[slug]
    args = data.draw(crosscheck_strategy(spec, load_gen(spec)))
    assert spec.violations(args) == []


@pytest.mark.parametrize("slug", SLUGS)
@PROPERTY
@given(data=st.data())
def test_derived_crosscheck_inputs_respect_the_small_limits(specs, slug, data):
    spec = specs[slug]
    args = data.draw(derived_strategy(spec.crosscheck_params))
    assert spec.violations(args, spec.crosscheck_params) == []
    assert spec.violations(args) == []


@PROPERTY
@given(data=st.data())
def test_derived_inputs_follow_len_equals_n(specs, data):
    spec = specs["programmers-150369"]
    cap, n, deliveries, pickups = data.draw(derived_strategy(spec.crosscheck_params))
    assert len(deliveries) == len(pickups) == n


@pytest.mark.parametrize("slug", SLUGS)
@settings(max_examples=50, deadline=None, database=None, phases=[Phase.generate, Phase.shrink])
@given(data=st.data())
def test_derived_strategy_on_the_full_constraints_respects_them(specs, slug, data):
    # The spec's own limits, not the cross-check's: 150369's lists have len = "n" with n up to 100,000.
    spec = specs[slug]
    args = data.draw(derived_strategy(spec.params))
    assert spec.violations(args) == []


@pytest.mark.parametrize("slug, n", [("programmers-152996", 2), ("programmers-152996", 37),
                                     ("programmers-150369", 1), ("programmers-150369", 37)])
def test_random_input_puts_the_size_at_n(specs, slug, n):
    spec = specs[slug]
    args = random_input(spec, n, random.Random(n))
    assert spec.violations(args) == []
    size = spec.kwargs(args)[spec.size_param]
    assert (len(size) if spec.size_is_len else size) == n
    if slug == "programmers-150369":
        assert len(args[2]) == len(args[3]) == n


@pytest.mark.parametrize("slug", SLUGS)
def test_worst_cases_are_valid_and_deterministic(specs, slug):
    spec = specs[slug]
    cases = worst_cases(spec)
    assert sorted(cases) == sorted(name[len("worst_"):] for name in vars(load_gen(spec)) if name.startswith("worst_"))
    for name, make in cases.items():
        args = make(SMALL_N, case_rng(spec, name, SMALL_N))
        assert spec.violations(args) == [], name
        size = spec.kwargs(args)[spec.size_param]
        assert (len(size) if spec.size_is_len else size) == SMALL_N
        assert make(SMALL_N, case_rng(spec, name, SMALL_N)) == args, f"worst_{name} is not reproducible"


def test_random_worst_cases_differ_between_sizes_and_cases(specs):
    # A fixed seed per (case, n), not one global seed: different cases are different inputs.
    spec = specs["programmers-152996"]
    cases = worst_cases(spec)
    uniform = cases["uniform"](SMALL_N, case_rng(spec, "uniform", SMALL_N))
    assert uniform != cases["uniform"](SMALL_N, case_rng(spec, "partner_rich", SMALL_N))
    assert cases["uniform"](SMALL_N + 1, case_rng(spec, "uniform", SMALL_N + 1))[0][:SMALL_N] != uniform[0]


@pytest.mark.parametrize("slug, case", [("programmers-152996", "uniform"), ("programmers-150369", "random")])
def test_worst_case_at_the_maximum_is_valid(specs, slug, case):
    spec = specs[slug]
    n = spec.size_max
    args = worst_cases(spec)[case](n, case_rng(spec, case, n))
    assert spec.violations(args) == []
    size = spec.kwargs(args)[spec.size_param]
    assert (len(size) if spec.size_is_len else size) == n == 100_000


def test_without_gen_py_the_worst_case_is_random_at_n(specs, tmp_path):
    spec = copy_problem(ROOT, tmp_path, "programmers-150369", "toy-parcels", gen=None)
    assert load_gen(spec) is None
    cases = worst_cases(spec)
    assert list(cases) == ["random"]
    args = cases["random"](SMALL_N, case_rng(spec, "random", SMALL_N))
    assert spec.violations(args) == []
    assert args[1] == SMALL_N


# --- gen.py mistakes ---------------------------------------------------------

def copy_problem(root, tmp_path, slug, new_slug, gen):
    """A throwaway workspace holding a copy of a seed problem under ``new_slug``, with ``gen`` as its gen.py."""
    folder = tmp_path / "problems" / new_slug
    folder.mkdir(parents=True)
    toml = (root / "problems" / slug / "problem.toml").read_text()
    (folder / "problem.toml").write_text(toml.replace(f'slug = "{slug}"', f'slug = "{new_slug}"'))
    if gen is not None:
        (folder / "gen.py").write_text(gen)
    shutil.copytree(root / "solutions" / slug, tmp_path / "solutions" / new_slug)
    return load_spec(folder)


BAD_RETURNS = {
    "wrong_key": '{"weight": [100] * n}',
    "extra_key": '{"weights": [100] * n, "n": n}',
    "no_keys": "{}",
    "not_a_dict": "([100] * n,)",
}


@pytest.mark.parametrize("kind", sorted(BAD_RETURNS))
def test_worst_case_with_wrong_keys_is_a_spec_error(root, tmp_path, kind):
    gen = f"def worst_{kind}(n, rng):\n    return {BAD_RETURNS[kind]}\n"
    spec = copy_problem(root, tmp_path, "programmers-152996", "toy-seesaw", gen)
    make = worst_cases(spec)[kind]
    with pytest.raises(SpecError) as caught:
        make(SMALL_N, case_rng(spec, kind, SMALL_N))
    assert caught.value.path.name == "gen.py"
    assert caught.value.field == f"worst_{kind}"
    assert "gen.py" in str(caught.value) and f"worst_{kind}" in str(caught.value)
    assert "weights" in str(caught.value)  # says which keys are wanted


def test_strategy_with_wrong_keys_is_a_spec_error(root, tmp_path):
    gen = ("from hypothesis import strategies as st\n\n"
           "def strategy_misnamed():\n"
           "    return st.just({'w': [100, 200]})\n")
    spec = copy_problem(root, tmp_path, "programmers-152996", "toy-seesaw", gen)

    @settings(max_examples=100, deadline=None, database=None)
    @given(crosscheck_strategy(spec, load_gen(spec)))
    def draw(args):
        pass  # the derived strategy alone never raises; the misnamed one is picked soon

    with pytest.raises(SpecError) as caught:
        draw()
    assert caught.value.path.name == "gen.py" and caught.value.field == "strategy_misnamed"
    assert "gen.py" in str(caught.value) and "strategy_misnamed" in str(caught.value)


def test_judge_crosscheck_passes_the_spec_error_through(root, tmp_path):
    gen = ("from hypothesis import strategies as st\n\n"
           "def strategy_misnamed():\n"
           "    return st.just({'w': [100, 200]})\n")
    spec = copy_problem(root, tmp_path, "programmers-152996", "toy-seesaw", gen)
    with Judge() as judge, pytest.raises(SpecError, match="strategy_misnamed"):
        judge.crosscheck(spec, spec.solutions_dir / "counting.py", max_examples=50, seed=1)


def test_judge_refuses_a_worst_case_outside_the_constraints(root, tmp_path):
    gen = "def worst_too_heavy(n, rng):\n    return {'weights': [1001] * n}\n"
    spec = copy_problem(root, tmp_path, "programmers-152996", "toy-seesaw", gen)
    with Judge() as judge, pytest.raises(SpecError) as caught:
        judge.case(spec, "too_heavy", spec.size_max)
    assert caught.value.path.name == "gen.py" and caught.value.field == "worst_too_heavy"
    assert "1001" in str(caught.value)


def test_gen_py_that_cannot_be_imported_is_a_spec_error(root, tmp_path):
    spec = copy_problem(root, tmp_path, "programmers-152996", "toy-seesaw", "import no_such_module_here\n")
    with pytest.raises(SpecError) as caught:
        load_gen(spec)
    assert caught.value.path.name == "gen.py"
    assert "ModuleNotFoundError" in str(caught.value)


def test_a_strategy_draw_outside_the_constraints_is_the_specs_error_not_a_wrong_answer(root, tmp_path):
    gen = ("from hypothesis import strategies as st\n\n"
           "def strategy_too_heavy():\n"
           "    return st.just({'weights': [100, 1001]})\n")
    spec = copy_problem(root, tmp_path, "programmers-152996", "toy-seesaw", gen)
    with Judge() as judge, pytest.raises(SpecError) as caught:
        judge.crosscheck(spec, spec.solutions_dir / "counting.py", max_examples=50, seed=1)
    error = caught.value
    assert error.path.name == "gen.py" and error.field == "strategy_too_heavy"
    assert "weights[1] = 1001 is outside [100, 1000]" in str(error)  # the value and the constraint it breaks
    assert "[100, 1001]" in str(error)


RECORDER = '''
def solution(weights):
    with open({log!r}, "a") as log:
        log.write(f"{{len(weights)}} {{sum(weights)}} {{hash(tuple(weights))}}\\n")
    return 0
'''


def test_time_and_the_max_runs_judge_the_very_same_input(root, tmp_path, monkeypatch, unsandboxed):
    """``algokit time`` at the maximum and pytest's ``max[uniform]`` get the same input for the same seed.

    Unsandboxed: the recorder writes what it was given into a log outside its run."""
    import subprocess
    import sys

    from algokit.judging import timing

    spec = copy_problem(root, tmp_path, "programmers-152996", "toy-seesaw",
                        (root / "problems" / "programmers-152996" / "gen.py").read_text())
    log = tmp_path / "seen.log"
    (spec.solutions_dir / "recorder.py").write_text(RECORDER.format(log=str(log)))
    n = spec.size_max
    timing.measure(spec, [("recorder", spec.solutions_dir / "recorder.py"), ("counting", spec.solutions_dir / "counting.py")],
                   [n], repeat=1, cases=["uniform"])
    timed = set(log.read_text().splitlines())
    log.unlink()
    monkeypatch.chdir(tmp_path)
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
                    "problems/toy-seesaw", "-k", "recorder and max and uniform"], capture_output=True, check=False)
    judged = set(log.read_text().splitlines())
    assert len(judged) == 1 and judged == timed


MEETINGS = '''
slug = "toy-meetings"
platform = "boj"
url = "https://example.org/toy-meetings"
title = { ko = "회의", en = "Meetings" }
[signature]
style = "stdin"
size = "N"
[input]
lines = ["N", "meetings: N lines of s e"]
bounds = { N = [1, 4], s = [0, 5], e = [0, 5] }
[[rules]]
expr = "all(int(s) <= int(e) for s, e in (row.split() for row in stdin.splitlines()[1:] if row))"
text = "a meeting ends no earlier than it starts"
[limits]
time = 1.0
[solutions]
oracle = "count.py"
references = ["count.py"]
[[examples]]
why = "official"
input = """
1
1 2
"""
output = "1"
'''


@pytest.fixture(scope="module")
def meetings(tmp_path_factory):
    # In a folder of its own: a problems/ folder at the root of this worker's temporary folders made
    # every later test there that changed into its own folder find a workspace above it.
    folder = tmp_path_factory.mktemp("meetings") / "problems" / "toy-meetings"
    folder.mkdir(parents=True)
    (folder / "problem.toml").write_text(MEETINGS, encoding="utf-8")
    return load_spec(folder)


@settings(max_examples=100, deadline=None, database=None)
@given(data=st.data())
def test_inputs_drawn_from_an_input_format_obey_the_rules_too(meetings, data):
    spec = meetings
    args = data.draw(crosscheck_strategy(spec))
    assert spec.violations(args) == [], args
