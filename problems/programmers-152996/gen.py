"""Input generators for 시소 짝꿍 beyond what the constraints alone give.

Uniform weights in [100, 1000] almost never contain w together with 3w/2, 2w or
4w/3, yet every bug lives there: double counting, float ratios, `//` on odd w.
"""

from hypothesis import strategies as st


def partners(w):
    """w, its balancing partners, and near misses from integer division, within range."""
    near = {w, w * 3 // 2, w * 2, w * 4 // 3, w * 2 // 3, w // 2, w * 3 // 4, w + 1}
    return sorted(v for v in near if 100 <= v <= 1000)


def strategy_partner_families():
    """Short lists drawn from one weight's family of partners, repeats welcome."""
    return st.integers(100, 1000).flatmap(
        lambda w: st.lists(st.sampled_from(partners(w)), min_size=2, max_size=12)
    ).map(lambda weights: {"weights": weights})


def strategy_few_distinct():
    """Many people sharing a handful of weights: counts multiply."""
    return st.lists(st.sampled_from([100, 150, 200, 300, 400, 101, 151]), min_size=2, max_size=30).map(
        lambda weights: {"weights": weights})


def worst_uniform(n, rng):
    """Uniform weights: all 901 values present, few partners each."""
    return {"weights": [rng.randint(100, 1000) for _ in range(n)]}


def worst_all_equal(n, rng):
    """Everyone weighs the same: n(n-1)/2 pairs, the largest answer."""
    return {"weights": [rng.randint(100, 1000)] * n}


def worst_partner_rich(n, rng):
    """Weights from a set closed under the seat ratios: every lookup hits."""
    pool = [120, 160, 180, 240, 270, 320, 360, 480, 540, 640, 720, 960]
    return {"weights": [rng.choice(pool) for _ in range(n)]}
