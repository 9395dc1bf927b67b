"""Input generators for 이중우선순위큐 beyond what the constraints alone give.

The mistakes members make here:

- one heapq list, with the maximum deleted by list.remove(max(heap)) and no
  heapify afterwards: the list is no longer a heap, so later minimums are wrong;
- two heaps out of step: deleting the maximum from the max-heap only, so the
  min-heap still holds it (and the other way round) and stale numbers come back;
- popping from an empty queue (IndexError) instead of ignoring the deletion;
- keeping the numbers as strings, so "9" counts as larger than "16".

Uniform operations rarely empty the queue and refill it, or delete on both
sides of a queue built from many numbers. These strategies fill the queue with a
few repeated, negative and multi-digit numbers, then delete from both ends,
past empty, and insert again.
"""

from hypothesis import strategies as st

NUMBERS = (-5643, -642, -45, -9, -1, 0, 1, 9, 16, 45, 97, 123, 333, 653)
DELETIONS = ("D 1", "D -1")


def _insert(number):
    """The operation that inserts ``number``."""
    return f"I {number}"


def strategy_mixed():
    """Up to 16 operations: insertions of a few telling numbers and deletions on both sides."""
    operation = st.one_of(st.sampled_from(NUMBERS).map(_insert), st.sampled_from(DELETIONS))
    return st.lists(operation, min_size=1, max_size=16).map(lambda ops: {"operations": ops})


@st.composite
def strategy_fill_then_drain(draw):
    """Fill the queue, delete from both ends (sometimes past empty), then a few more operations."""
    numbers = draw(st.lists(st.integers(-20, 20) | st.sampled_from(NUMBERS), min_size=3, max_size=10))
    operations = [_insert(x) for x in numbers]
    operations += draw(st.lists(st.sampled_from(DELETIONS), min_size=1, max_size=len(numbers) + 2))
    operations += draw(st.lists(st.sampled_from(NUMBERS).map(_insert) | st.sampled_from(DELETIONS), max_size=4))
    return {"operations": operations}


@st.composite
def strategy_hidden_under_larger_parent(draw):
    """Seven numbers laid out as a heap whose maximum, removed by list.remove, leaves a small number under a larger one."""
    v = sorted(draw(st.lists(st.integers(-1000, 1000), min_size=7, max_size=7, unique=True)))
    left, right = draw(st.permutations((v[4], v[5])))
    # A heap in array order (pushing it in this order moves nothing). The maximum v[6] sits at
    # index 4; list.remove shifts v[2] from index 5 to index 4, under v[3] at index 1.
    heap = [v[0], v[3], v[1], left, v[6], v[2], right]
    later = draw(st.integers(v[3] + 1, 2000))
    tail = draw(st.lists(st.sampled_from(DELETIONS), max_size=3))
    return {"operations": [_insert(x) for x in heap] + ["D 1", "D -1", _insert(later), "D -1"] + tail}


def worst_drain_past_empty(n, rng):
    """n/8 insertions, then deletions from random ends: n/8 of them empty the queue, the rest find it empty.

    The queue holds 125,000 numbers when the deletions start, so a deletion that
    scans the queue is hopeless (about 10^10 steps in all, minutes); the rest checks that
    deleting from an empty queue costs nothing.
    """
    eighth = n // 8
    numbers = [_insert(rng.randint(-2**31, 2**31 - 1)) for _ in range(eighth)]
    return {"operations": numbers + rng.choices(DELETIONS, k=n - eighth)}
