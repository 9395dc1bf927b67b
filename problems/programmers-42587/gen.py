"""Input generators for 프로세스 beyond what the constraints alone give.

The mistakes members make here:

- sorting by (priority descending, index) and reading off the rank: the queue
  rotates, so after a high priority runs, the next ones start from where it was;
- following the wanted process by its priority value instead of its index, so
  another process with the same priority is taken for it;
- keeping a position counter that moves forward with each pop but is not
  wrapped to the back when the wanted process itself is sent to the back.

All three need repeated priorities and a few distinct levels, which uniform
draws from 1..9 over short queues seldom give, so the strategy draws from a
small palette of levels and puts the location anywhere in the queue.
"""

from hypothesis import strategies as st


@st.composite
def strategy_few_levels(draw):
    """Up to 8 processes over 2 or 3 priority levels, any location."""
    levels = draw(st.sampled_from([[1, 2], [1, 2, 3], [2, 5, 9], [1, 9]]))
    priorities = draw(st.lists(st.sampled_from(levels), min_size=1, max_size=8))
    return {"priorities": priorities, "location": draw(st.integers(0, len(priorities) - 1))}


def worst_rising(n, rng):
    """Priorities rise along the queue, the wanted one first: it runs last, after a trip per level."""
    return {"priorities": sorted(rng.randint(1, 9) for _ in range(n)), "location": 0}


def worst_random(n, rng):
    """Random priorities and location."""
    return {"priorities": [rng.randint(1, 9) for _ in range(n)], "location": rng.randrange(n)}


def worst_all_levels_interleaved(n, rng):
    """Levels 1..9 repeated in turn: every level's sweep runs round the whole queue."""
    return {"priorities": [1 + i % 9 for i in range(n)], "location": n // 2}
