"""Input generators for 징검다리 beyond what the constraints alone give.

Every draw has distinct rocks strictly between the start and the finish, listed in
no particular order, and 1 <= n <= len(rocks). The mistakes members make here:

- unsorted rocks: walking the rocks in the order given (the official example is
  not sorted either);
- the finish forgotten: never checking the gap from the last kept rock to the
  finish, so a rock right before the finish survives;
- an upper bound of distance // 2: true while a rock stays, but when every rock is
  removed (n == len(rocks)) the answer is the whole distance;
- a strict count: accepting a gap only when it needs fewer than n removals;
- greedy removal: n times removing a rock beside the smallest gap, which can keep
  the wrong one (distance 6, rocks [2, 3, 4], n = 2: keep 3, for gaps of 3).

The strategies use short rivers with crowded rocks (many equal gaps), rocks close
to the finish, n equal to the number of rocks, and distances up to 10^9. At most
10 rocks, as the oracle tries every choice of rocks to remove.
"""

from hypothesis import strategies as st

MAX_DISTANCE = 1_000_000_000


@st.composite
def _river(draw, distances, most=10, remove_all=False):
    """A distance, up to `most` distinct rocks strictly inside it in shuffled order, and n."""
    distance = draw(distances)
    positions = st.integers(1, distance - 1)
    rocks = draw(st.lists(positions, min_size=1, max_size=min(most, distance - 1), unique=True))
    n = len(rocks) if remove_all else draw(st.integers(1, len(rocks)))
    return {"distance": distance, "rocks": rocks, "n": n}


def strategy_crowded():
    """Rivers of 2 to 20 with up to 10 rocks: gaps of 1 to 3 everywhere, many ties."""
    return _river(st.integers(2, 20))


def strategy_remove_all():
    """n equals the number of rocks: nothing stays, the answer is the whole distance."""
    return _river(st.integers(2, 1000), remove_all=True)


@st.composite
def strategy_near_finish(draw):
    """Some rocks within 3 of the finish: the last gap decides."""
    distance = draw(st.integers(10, 10_000))
    far = draw(st.lists(st.integers(1, distance // 2), min_size=1, max_size=6, unique=True))
    near = draw(st.lists(st.integers(distance - 3, distance - 1), min_size=1, max_size=3, unique=True))
    rocks = draw(st.permutations(far + near))
    return {"distance": distance, "rocks": rocks, "n": draw(st.integers(1, len(rocks)))}


def strategy_long_river():
    """Distances up to 10^9 with up to 10 rocks."""
    return _river(st.integers(2, MAX_DISTANCE))


def worst_random(n, rng):
    """n rocks at random places in 10^9, half of them removed."""
    return {"distance": MAX_DISTANCE, "rocks": rng.sample(range(1, MAX_DISTANCE), n), "n": max(1, n // 2)}


def worst_even_spacing(n, rng):
    """n rocks evenly spaced: every gap ties, few removed."""
    step = MAX_DISTANCE // (n + 1)
    rocks = [step * (i + 1) for i in range(n)]
    rng.shuffle(rocks)
    return {"distance": MAX_DISTANCE, "rocks": rocks, "n": rng.randint(1, max(1, n // 10))}


def worst_remove_all_but_one(n, rng):
    """n rocks at random places, all but one removed: the greedy walk jumps far."""
    return {"distance": MAX_DISTANCE, "rocks": rng.sample(range(1, MAX_DISTANCE), n), "n": max(1, n - 1)}
