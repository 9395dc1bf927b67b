"""Naming complexity classes with ``algokit.judging.fit`` on synthetic timings (no real timing here).

Every data set is t = c + a * f(n) with seeded multiplicative Gaussian noise, so
each test is deterministic and says exactly what the fit has to cope with.
"""

import math
import random

import pytest

from algokit.judging.fit import CLASSES, MAX_EXPONENT_N, Fit, fit

F = dict(CLASSES)
SIZES = [100_000 >> k for k in range(10)]  # 100000, 50000, ..., 195: a 512x span, like the harness's default
SMALL = list(range(4, 25, 2))  # exponential algorithms only reach tiny n
NOISE = 0.02  # about what a shared machine gives (2 % relative)
SEEDS = range(8)
POLYNOMIAL = ["O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^3)"]
LARGEST_TIME = 0.1  # seconds at the largest size


def sizes_for(name):
    return SMALL if name == "O(2^n)" else SIZES


def points(name, sizes, seed=None, startup=0.0, noise=NOISE):
    """``[(n, t)]`` with t = c + a*f(n) scaled so the largest size takes LARGEST_TIME.

    ``startup`` is c in units of the pure term's time at the smallest size
    (for O(1), where there is no growth, t is a constant). Noise is
    multiplicative and Gaussian, seeded; ``seed=None`` gives exact data.
    """
    f = F[name]
    if name == "O(1)":
        c, a = LARGEST_TIME, 0.0
    else:
        a = LARGEST_TIME / f(max(sizes))
        c = startup * a * f(min(sizes))
    rng = random.Random(seed)
    return [(n, (c + a * f(n)) * (1 + (rng.gauss(0, noise) if seed is not None else 0.0))) for n in sizes]


@pytest.mark.parametrize("name", POLYNOMIAL + ["O(2^n)"])
@pytest.mark.parametrize("seed", SEEDS)
def test_names_the_class_under_two_percent_noise(name, seed):
    found = fit(points(name, sizes_for(name), seed))
    assert found is not None
    assert found.name == name, found


@pytest.mark.parametrize("startup", [1.0, 3.0])
@pytest.mark.parametrize("name", POLYNOMIAL + ["O(2^n)"])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_constant_start_up_cost_does_not_bend_the_class(name, seed, startup):
    # c as large as (or three times) the growing term at the smallest size: a log-log
    # slope would call O(n) sublinear here; the fit must put it in c instead.
    found = fit(points(name, sizes_for(name), seed, startup=startup))
    assert found.name == name, found


def test_start_up_cost_lands_in_c():
    exact = points("O(n)", SIZES, startup=2.0)
    a = LARGEST_TIME / SIZES[0]
    found = fit(exact)
    assert found.name == "O(n)"
    assert found.c == pytest.approx(2.0 * a * SIZES[-1], rel=1e-6)
    assert found.a == pytest.approx(a, rel=1e-6)


@pytest.mark.parametrize("name", ["O(n)", "O(n log n)", "O(n^2)"])
def test_shuffled_and_repeated_points_give_the_same_class(name):
    data = points(name, SIZES, seed=1) + points(name, SIZES, seed=2)  # two repeats per size
    random.Random(0).shuffle(data)
    assert fit(data).name == name


@pytest.mark.parametrize("data", [
    [],
    [(1000, 0.1)],
    [(1000, 0.1), (1000, 0.11), (1000, 0.12)],  # three points, one size
    [(1000, 0.1), (2000, 0.2), (1000, 0.1), (2000, 0.21)],  # two sizes
    [(1000, 0.1), (2000, 0.2), (4000, 0.0)],  # a zero time is no measurement: two sizes left
    [(1000, 0.1), (2000, 0.2), (4000, -1.0)],
])
def test_fewer_than_three_distinct_sizes_is_none(data):
    assert fit(data) is None


def test_three_distinct_sizes_are_enough():
    found = fit([(1000, 0.1), (2000, 0.2), (4000, 0.4)])
    assert isinstance(found, Fit) and found.name == "O(n)"


@pytest.mark.parametrize("name", POLYNOMIAL + ["O(2^n)"])
@pytest.mark.parametrize("startup", [0.0, 1.5])
def test_predict_reproduces_exact_data(name, startup):
    exact = points(name, sizes_for(name), startup=startup)
    found = fit(exact)
    assert found.name == name
    assert found.error == pytest.approx(0.0, abs=1e-9)
    assert found.c >= 0 and found.a >= 0
    for n, t in exact:
        assert found.predict(n) == pytest.approx(t, rel=1e-9)
    # and between the measured sizes, where the model was not fitted
    n = sizes_for(name)[3] + 1
    if name == "O(1)":
        expected = LARGEST_TIME
    else:
        f = F[name]
        a = LARGEST_TIME / f(max(sizes_for(name)))
        expected = startup * a * f(min(sizes_for(name))) + a * f(n)
    assert found.predict(n) == pytest.approx(expected, rel=1e-9)


def test_exponential_is_considered_up_to_the_limit():
    top = MAX_EXPONENT_N
    assert fit([(n, 2.0 ** n * 1e-18) for n in range(top - 8, top + 1)]).name == "O(2^n)"


def test_exponential_is_not_considered_beyond_the_limit():
    top = MAX_EXPONENT_N
    found = fit([(n, 2.0 ** n * 1e-18) for n in range(top - 7, top + 2)])
    assert found is not None and found.name != "O(2^n)"


@pytest.mark.parametrize("name", POLYNOMIAL)
def test_large_sizes_never_try_the_exponential(name):
    # 2.0 ** 100000 overflows: the fit must not even evaluate it at these sizes.
    found = fit(points(name, SIZES, seed=3))
    assert found.name != "O(2^n)"
    assert math.isfinite(found.predict(SIZES[0]))


def test_noise_does_not_promote_linear_to_n_log_n():
    # Even at 3 % noise, the simpler class stays unless a richer one is clearly better.
    names = {fit(points("O(n)", SIZES, seed, noise=0.03)).name for seed in range(30)}
    assert names == {"O(n)"}
