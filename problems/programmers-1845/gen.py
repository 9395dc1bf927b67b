"""Input generators for 폰켓몬 beyond what the constraints alone give.

The answer is min(kinds, N/2), so every bug shows on one side of kinds == N/2,
and uniform numbers in [1, 200000] almost always give kinds > N/2. The mistakes
members make, and what shows them:

- forgetting the cap, returning the number of kinds: more kinds than N/2;
- returning N/2 always: fewer kinds than N/2 (many repeats);
- a greedy walk that checks the bag after adding (off by one): more kinds than N/2.

Only even lengths are drawn: the platform promises an even N.

``len(nums) / 2`` as the cap returns 2.0 for 2: Programmers compares values and
accepts it, so the kit does too, with a warning that an int is declared.
"""

from hypothesis import strategies as st

MAX_KIND = 200_000


@st.composite
def _with_kinds(draw, near_half):
    half = draw(st.integers(1, 6))
    n = 2 * half
    if near_half:  # the boundary every mistake sits on
        k = min(n, max(1, half + draw(st.integers(-1, 1))))
    else:
        k = draw(st.integers(1, n))
    kinds = draw(st.lists(st.sampled_from([1, 2, 3, 7, MAX_KIND - 1, MAX_KIND]) | st.integers(1, MAX_KIND),
                          min_size=k, max_size=k, unique=True))
    extra = draw(st.lists(st.sampled_from(kinds), min_size=n - k, max_size=n - k))
    return {"nums": draw(st.permutations(kinds + extra))}


def strategy_kinds_near_half():
    """Exactly N/2 - 1, N/2 or N/2 + 1 kinds: both sides of the cap."""
    return _with_kinds(near_half=True)


def strategy_any_number_of_kinds():
    """From one kind repeated to all different, N up to 12 (the oracle tries every half)."""
    return _with_kinds(near_half=False)


def worst_all_distinct(n, rng):
    """Every monster a different kind: the largest set, the cap decides. (N is even: an odd n gives n - 1.)"""
    return {"nums": rng.sample(range(1, MAX_KIND + 1), n - n % 2)}


def worst_few_kinds(n, rng):
    """Ten kinds only: a greedy walk never fills the bag and reads to the end."""
    pool = rng.sample(range(1, MAX_KIND + 1), 10)
    return {"nums": [rng.choice(pool) for _ in range(n - n % 2)]}
