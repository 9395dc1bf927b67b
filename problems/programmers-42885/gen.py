"""Input generators for 구명보트 beyond what the constraints alone give.

The mistakes members make here:

- pairing neighbours in sorted order (the two lightest together), which wastes
  the light people the heavy ones needed;
- filling a boat with as many people as fit under the limit, though a boat
  holds at most two;
- a strict comparison (sum < limit) where a pair that weighs exactly the limit fits;
- closing the two pointers with ``while light < heavy``, which forgets the one
  person left in the middle.

All of them need people whose weights pair up only just, or exactly, at the
limit, which uniform weights from 40 to 240 rarely give. The strategies draw
weights around limit / 2 and pairs that sum exactly to the limit.
"""

from hypothesis import strategies as st


@st.composite
def strategy_around_half(draw):
    """2..10 people weighing near limit / 2: some pairs fit, some miss by a little."""
    limit = draw(st.integers(81, 240))
    half = limit // 2
    weights = st.integers(max(40, half - 25), min(limit - 1, half + 25))
    return {"people": draw(st.lists(weights, min_size=1, max_size=10)), "limit": limit}


@st.composite
def strategy_exact_pairs(draw):
    """People in pairs that weigh exactly the limit, plus a few who fit with nobody."""
    limit = draw(st.integers(81, 240))
    people = []
    for _ in range(draw(st.integers(0, 4))):
        w = draw(st.integers(40, limit - 40))
        people += [w, limit - w]
    people += draw(st.lists(st.integers(max(40, limit - 39), limit - 1), max_size=2))
    if not people:
        people = [limit - 1]
    return {"people": draw(st.permutations(people)), "limit": limit}


@st.composite
def strategy_light_crowd(draw):
    """Light people and a roomy limit: three or more would fit in one boat by weight."""
    limit = draw(st.integers(120, 240))
    return {"people": draw(st.lists(st.integers(40, limit // 3), min_size=1, max_size=9)), "limit": limit}


def worst_random(n, rng):
    """Uniform weights under a limit of 240."""
    return {"people": [rng.randint(40, 239) for _ in range(n)], "limit": 240}


def worst_all_pair(n, rng):
    """Everyone weighs at most 120 with a limit of 240: every person shares a boat."""
    return {"people": [rng.randint(40, 120) for _ in range(n)], "limit": 240}


def worst_nobody_pairs(n, rng):
    """Everyone weighs over 120 with a limit of 240: nobody shares, the longest partner searches."""
    return {"people": [rng.randint(121, 239) for _ in range(n)], "limit": 240}
