"""Judge on the real seed problems: references pass, classic bugs are caught with small inputs."""

import importlib.util
from pathlib import Path

import pytest

from algokit.judging import search
from algokit.judging.judge import Judge
from algokit.problem.spec import load_spec
from algokit.verdicts import Status, Verdict

CORPUS = Path(__file__).resolve().parent / "corpus"
MISTAKES = Path(__file__).resolve().parent / "mistakes"
EXAMPLES = 100  # inputs per cross-check: modest, to keep the file fast
SEED = 152996


@pytest.fixture(scope="module")
def root():
    return Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def seesaw(root):
    return load_spec(root / "problems/programmers-152996")


@pytest.fixture(scope="module")
def parcels(root):
    return load_spec(root / "problems/programmers-150369")


@pytest.fixture(scope="module")
def judge():
    with Judge() as judge:
        yield judge


def load_solution(path):
    """A trusted solution imported in this process, to recompute the oracle's answer."""
    module_spec = importlib.util.spec_from_file_location(f"oracle_{path.parent.name}_{path.stem}", path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module.solution


REFERENCES = [("programmers-152996", name) for name in
              ("brute_force.py", "counting.py", "one_pass.py", "sorted_bisect.py")] + \
             [("programmers-150369", name) for name in
              ("exhaustive_search.py", "suffix_trips.py", "owed_boxes.py", "trip_simulation.py")]


@pytest.mark.parametrize("slug, name", REFERENCES)
def test_reference_passes_every_example(root, judge, slug, name):
    spec = load_spec(root / "problems" / slug)
    assert name in spec.references
    for index in range(1, len(spec.examples) + 1):
        verdict = judge.example(spec, spec.solutions_dir / name, index)
        assert verdict.ok, (index, verdict)
        assert verdict.where.startswith(f"example {index}: ")


@pytest.mark.parametrize("slug, name", [r for r in REFERENCES if r[1] not in ("brute_force.py", "exhaustive_search.py")])
def test_reference_agrees_with_the_oracle(root, judge, slug, name):
    spec = load_spec(root / "problems" / slug)
    verdict = judge.crosscheck(spec, spec.solutions_dir / name, max_examples=EXAMPLES, seed=SEED)
    assert verdict.ok, verdict
    assert f"on {EXAMPLES} inputs" in verdict.message


def crosscheck_bug(judge, spec, name):
    verdict = judge.crosscheck(spec, MISTAKES / spec.slug / name, max_examples=EXAMPLES, seed=SEED)
    assert verdict.status == "WA", verdict
    assert verdict.where == "generated, shrunk by Hypothesis"
    assert spec.violations(verdict.args) == []
    # The expected answer really is the oracle's, and the solution really disagrees.
    oracle = load_solution(spec.solutions_dir / spec.oracle)
    assert verdict.expected == oracle(*[list(a) if isinstance(a, list) else a for a in verdict.args])
    assert verdict.got != verdict.expected
    return verdict


def test_integer_division_is_caught_with_a_two_person_counterexample(judge, seesaw):
    verdict = crosscheck_bug(judge, seesaw, "integer_division.py")
    (weights,) = verdict.args
    assert len(weights) == 2
    light, heavy = sorted(weights)
    # The only way to fool w * num // den: a partner that is a rounded-down, not exact, ratio.
    assert heavy in (light * 3 // 2, light * 4 // 3)
    assert (verdict.expected, verdict.got) == (0, 1)


def test_triple_counting_is_caught_with_two_equal_weights(judge, seesaw):
    verdict = crosscheck_bug(judge, seesaw, "triple_counting.py")
    (weights,) = verdict.args
    assert len(weights) == 2 and weights[0] == weights[1]
    assert (verdict.expected, verdict.got) == (1, 3)


def test_counting_from_both_sides_is_caught_with_one_unequal_pair(judge, seesaw):
    verdict = crosscheck_bug(judge, seesaw, "both_sides.py")
    (weights,) = verdict.args
    assert len(weights) == 2 and weights[0] != weights[1]
    assert (verdict.expected, verdict.got) == (1, 2)


def test_trips_to_house_n_are_caught_with_trailing_empty_houses(judge, parcels):
    verdict = crosscheck_bug(judge, parcels, "starts_at_house_n.py")
    cap, n, deliveries, pickups = verdict.args
    # The bug shows only when the last house has nothing to deliver or collect.
    assert deliveries[-1] == pickups[-1] == 0
    assert n <= 2 and sum(deliveries) + sum(pickups) <= 1


def test_ignoring_pickups_is_caught_with_a_pickup(judge, parcels):
    verdict = crosscheck_bug(judge, parcels, "ignores_pickups.py")
    cap, n, deliveries, pickups = verdict.args
    assert sum(pickups) >= 1  # without pickups the bug is harmless
    assert n <= 2 and sum(deliveries) + sum(pickups) <= 2
    assert verdict.got < verdict.expected


def test_endless_loop_is_tle_without_shrinking(judge, seesaw):
    # Shrinking would cost a time limit per try: one TLE ends the search, with the input as generated.
    verdict = judge.crosscheck(seesaw, CORPUS / "endless_loop.py", max_examples=EXAMPLES, seed=SEED)
    assert verdict.status == "TLE", verdict
    assert "not shrunk" in verdict.where
    assert len(verdict.args[0]) > 2  # the input that looped, as generated


def test_crash_during_crosscheck_is_re_shrunk_to_the_smallest_trigger(judge, seesaw):
    # Each try kills the worker; the judge must keep replacing it while Hypothesis shrinks.
    verdict = judge.crosscheck(seesaw, CORPUS / "os_exit.py", max_examples=EXAMPLES, seed=SEED)
    assert verdict.status == "RE", verdict
    assert "exited with code 7" in verdict.message
    assert verdict.where == "generated, shrunk by Hypothesis"
    assert len(verdict.args[0]) == 3


def test_stub_is_flagged_in_examples_and_crosscheck(judge, seesaw):
    stub = CORPUS / "stub.py"
    verdict = judge.example(seesaw, stub, 1)
    assert verdict.stub and verdict.status == "RE"
    verdict = judge.crosscheck(seesaw, stub, max_examples=EXAMPLES, seed=SEED)
    assert verdict.stub and verdict.status == "RE"


def test_a_real_crash_is_not_a_stub(judge, seesaw):
    verdict = judge.crosscheck(seesaw, CORPUS / "zero_division.py", max_examples=EXAMPLES, seed=SEED)
    assert verdict.status == "RE" and not verdict.stub
    assert "ZeroDivisionError at zero_division.py:" in verdict.message


def test_float_for_int_passes_on_programmers_with_a_warning(judge, seesaw):
    # Programmers compares values: a 시소 짝꿍 returning 4.0 for 4 scored 정확성 100 there.
    verdict = judge.example(seesaw, CORPUS / "returns_float.py", 1)
    assert verdict.status == "OK"
    assert verdict.message.startswith("warning: returned float 4.0 where int is declared")
    assert (verdict.expected, verdict.got) == (4, 4.0)


def test_float_for_int_is_still_wrong_where_the_spec_asks_for_exact(judge, seesaw, tmp_path):
    import shutil

    for part in ("problems", "solutions"):
        shutil.copytree(seesaw.workspace / part / seesaw.slug, tmp_path / part / seesaw.slug)
    spec_path = tmp_path / "problems" / seesaw.slug / "problem.toml"
    spec_path.write_text(spec_path.read_text(encoding="utf-8") + '\n[checker]\nkind = "exact"\n', encoding="utf-8")
    exact = load_spec(spec_path)
    verdict = judge.crosscheck(exact, CORPUS / "returns_float.py", max_examples=EXAMPLES, seed=SEED)
    assert verdict.status == "WA"
    assert "wrong type: expected int, got float" in verdict.message


def test_mutating_and_printing_solutions_pass(judge, seesaw):
    for name in ("mutates_argument.py", "prints_a_lot.py"):
        for index in range(1, len(seesaw.examples) + 1):
            verdict = judge.example(seesaw, CORPUS / name, index)
            assert verdict.ok, (name, index, verdict)


def test_shrinking_is_cut_by_the_cpu_guard_with_the_smallest_failure_so_far(seesaw):
    # Every failing try costs 1 s of CPU against a budget of 1 s: past twice the budget, shrinking
    # stops with the smallest failure seen, and says why.
    failing = []

    def probe(args):
        if len(args[0]) < 4:
            return None, 0.0
        failing.append(args)
        return Verdict(Status.WA, args=args), 1.0

    found = search.search(seesaw, probe, wanted=100, budget=1.0, seed=3, flaky="flaky")
    assert found.verdict.where == "generated; shrinking cut short by the CPU-time guard"
    assert len(failing) == 3  # 1 s, 2 s, 3 s: the try after passing 2 s is not made
    assert len(repr(found.verdict.args)) == min(len(repr(args)) for args in failing)


def test_a_search_prints_nothing_of_its_own_so_json_stays_json(seesaw, capsys):
    # A TLE met while Hypothesis shrinks a WA ends the search early; Hypothesis then printed
    # "You can reproduce this failure by adding @seed(...)" to stdout, into check's and week's --json.
    def probe(args):
        size = len(args[0])
        return (Verdict(Status.TLE if size > 6 else Status.WA, args=args) if size > 3 else None), 0.0

    for _ in range(3):
        found = search.search(seesaw, probe, wanted=100, budget=5, flaky="flaky")
        assert found.verdict is not None
    assert capsys.readouterr().out == ""
