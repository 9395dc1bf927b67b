"""Input generators for 택배 배달과 수거하기 beyond what the constraints alone give.

The exhaustive oracle is exponential in the number of boxes, so small inputs keep
the total at eight boxes or fewer while spreading them over more houses, larger
loads and capacities than the plain constraints in problem.toml allow.
"""

from hypothesis import strategies as st

MAX_BOXES = 8


@st.composite
def strategy_few_boxes(draw):
    """Up to 8 boxes over up to 7 houses: trailing zeros, one-sided loads, exact multiples."""
    n = draw(st.integers(1, 7))
    cap = draw(st.integers(1, 5))
    # Each box goes to one house, as a delivery or a pickup: shrinks toward fewer, nearer boxes.
    boxes = draw(st.lists(st.tuples(st.integers(0, n - 1), st.booleans()), max_size=MAX_BOXES))
    deliveries, pickups = [0] * n, [0] * n
    for house, is_pickup in boxes:
        (pickups if is_pickup else deliveries)[house] += 1
    return {"cap": cap, "n": n, "deliveries": deliveries, "pickups": pickups}


def worst_full_cap_1(n, rng):
    """50 boxes both ways everywhere with cap 1: the most trips, 5 million at n = 100,000."""
    return {"cap": 1, "n": n, "deliveries": [50] * n, "pickups": [50] * n}


def worst_random(n, rng):
    """Random capacity and loads."""
    return {"cap": rng.randint(1, 50), "n": n,
            "deliveries": [rng.randint(0, 50) for _ in range(n)],
            "pickups": [rng.randint(0, 50) for _ in range(n)]}


def worst_sparse_far(n, rng):
    """Almost every house empty, the busy ones far out, trailing zeros at the end."""
    deliveries, pickups = [0] * n, [0] * n
    for i in rng.sample(range(n // 2, n - n // 10), k=min(100, n // 3)):
        deliveries[i], pickups[i] = rng.randint(0, 50), rng.randint(0, 50)
    return {"cap": rng.randint(1, 50), "n": n, "deliveries": deliveries, "pickups": pickups}
