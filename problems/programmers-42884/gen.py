"""Input generators for 단속카메라 beyond what the constraints alone give.

The mistakes members make here:

- sorting by entry and keeping the first car's exit as the camera, never
  moving it earlier when a car inside leaves sooner (sort by exit instead,
  or take the minimum exit);
- a strict comparison: a car whose entry or exit is exactly at the camera has
  met it, so a new camera is due only when entry > camera;
- merging overlapping routes as in "merge intervals" and counting the merged
  blocks: a chain of routes that overlap in pairs need not share one point;
- placing the camera at the entry of the car that leaves first, which misses
  cars that enter after it but before its exit.

These need nested routes, chains of routes that overlap only in pairs, and
routes that touch at one point, which random wide routes seldom give. The
strategies build them on a small stretch of road, where touching is common.
"""

from hypothesis import strategies as st


@st.composite
def _route(draw, lo=-10, hi=10, longest=20):
    """One route [entry, exit] with entry <= exit on [lo, hi]."""
    entry = draw(st.integers(lo, hi))
    return [entry, draw(st.integers(entry, min(hi, entry + longest)))]


@st.composite
def strategy_small_road(draw):
    """1..7 routes on the stretch -10..10: touching ends and single points are common."""
    return {"routes": draw(st.lists(_route(), min_size=1, max_size=7))}


@st.composite
def strategy_nested(draw):
    """A long route with shorter routes inside it, some inside each other, shuffled."""
    outer = draw(_route(-10, 10, 20))
    inner = draw(st.lists(_route(outer[0], outer[1], 6), min_size=1, max_size=6))
    return {"routes": draw(st.permutations([outer] + inner))}


@st.composite
def strategy_chain(draw):
    """Routes that overlap their neighbours only: consecutive ones share a point, the rest do not."""
    start = draw(st.integers(-10, 0))
    routes = []
    for _ in range(draw(st.integers(2, 6))):
        length = draw(st.integers(1, 4))
        routes.append([start, start + length])
        start += draw(st.integers(1, length))  # the next one starts inside this one, or at its exit
    return {"routes": draw(st.permutations(routes))}


def worst_random(n, rng):
    """Random routes over the whole road."""
    routes = []
    for _ in range(n):
        a, b = rng.randint(-30_000, 30_000), rng.randint(-30_000, 30_000)
        routes.append([min(a, b), max(a, b)])
    return {"routes": routes}


def worst_disjoint(n, rng):
    """n short routes that never meet: one camera per car, the largest answer, shuffled."""
    step = 60_000 // n
    routes = [[-30_000 + i * step, -30_000 + i * step + rng.randint(0, step - 1)] for i in range(n)]
    rng.shuffle(routes)
    return {"routes": routes}


def worst_nested(n, rng):
    """Routes nested around one point, shuffled: one camera meets every car."""
    routes = [[-rng.randint(0, 30_000), rng.randint(0, 30_000)] for _ in range(n)]
    return {"routes": routes}
