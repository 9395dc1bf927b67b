"""Input generators for 다리를 지나는 트럭 beyond what the constraints alone give.

The mistakes members make here:

- refusing a load equal to weight (``<`` instead of ``<=``);
- checking the weight before the truck leaving this second has driven off, so the
  next truck drives on a second late;
- sending trucks over in groups that fit together, the next group starting only
  when the last one is across, instead of one truck per second as room frees up;
- counting the first truck's entry as second 0, so the answer is one short.

Uniform weights seldom sum exactly to weight or make a truck wait for exactly the
one ahead, so the strategy draws trucks from the weights that do: 1, halves of
weight, weight itself and one less.
"""

from hypothesis import strategies as st


@st.composite
def strategy_tight_loads(draw):
    """Short bridges, trucks weighing 1, about weight / 2, weight - 1 or weight."""
    length = draw(st.integers(1, 4))
    limit = draw(st.integers(2, 12))
    pool = sorted({1, limit // 2, limit - limit // 2, limit - 1, limit})
    trucks = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=7))
    return {"bridge_length": length, "weight": limit, "truck_weights": trucks}


def worst_one_at_a_time(n, rng):
    """Every truck over half the limit: one at a time, 10^8 seconds at the maximum."""
    return {"bridge_length": 10_000, "weight": 10_000,
            "truck_weights": [rng.randint(5_001, 10_000) for _ in range(n)]}


def worst_full_bridge(n, rng):
    """Trucks of weight 1: the bridge is full, n + L seconds but up to L trucks at once."""
    return {"bridge_length": 10_000, "weight": 10_000, "truck_weights": [1] * n}


def worst_mixed(n, rng):
    """Random weights up to the limit: a few trucks at a time, many waits."""
    return {"bridge_length": 10_000, "weight": 10_000,
            "truck_weights": [rng.randint(1, 10_000) for _ in range(n)]}
