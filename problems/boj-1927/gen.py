"""Operations for 최소 힙, written as Baekjoon's input text: N, then one x a line.

x is 0 (print and remove the smallest, or print 0 if there is none) or a
natural number below 2^31 (add it). Small inputs mix the two, often ask more
often than anything was added, and repeat values. The mistakes members make,
and the inputs that show them:

- popping an empty heap instead of printing 0: IndexError
  (``strategy_drain``, ``strategy_small``);
- printing the smallest without removing it (``heap[0]``): the same value
  comes out again (``strategy_small``, ``strategy_drain``);
- adding with ``list.append`` and removing with ``heapq.heappop``: the list
  is not a heap, so the pop returns the wrong value (``strategy_drain``);
- searching the whole list for the smallest at every 0: right, but 2.5 * 10^9
  steps at the maximum (the oracle, scan_for_minimum.py, TLE).
"""

from hypothesis import strategies as st

LARGEST = 2**31 - 1


def text(ops):
    """The input text: N, then one operation a line."""
    return f"{len(ops)}\n" + "".join(f"{x}\n" for x in ops)


def strategy_small():
    """1 to 14 operations, a third of them 0, values 1 to 9 (repeats likely)."""
    return st.lists(st.sampled_from((0, 0, 0)) | st.integers(1, 9), min_size=1, max_size=14).map(text)


@st.composite
def strategy_drain(draw):
    """Values added in descending or any order, then more 0s than values: the last answers are 0."""
    values = draw(st.lists(st.integers(1, 50), min_size=1, max_size=7))
    if draw(st.booleans()):
        values.sort(reverse=True)
    pops = [0] * draw(st.integers(len(values), len(values) + 3))
    return text(draw(st.sampled_from((values + pops, [0] + values + pops))))


@st.composite
def strategy_big_values(draw):
    """Values up to 2^31 - 1, the largest allowed, mixed with 0s."""
    return text(draw(st.lists(st.just(0) | st.integers(LARGEST - 5, LARGEST) | st.integers(1, 10**9),
                              min_size=1, max_size=10)))


def worst_push_then_pop(n, rng):
    """n / 2 random values, then n / 2 zeros: a heap of 50,000 drained, 50,000 lines printed."""
    half = n // 2
    return text([rng.randint(1, LARGEST) for _ in range(half)] + [0] * (n - half))


def worst_all_pops(n, rng):
    """n zeros on an empty heap: 100,000 lines of 0, the most output there can be."""
    return text([0] * n)


def worst_sawtooth(n, rng):
    """Two descending values added, one removed, over and over: every push climbs to the top."""
    ops = []
    value = LARGEST
    while len(ops) + 3 <= n:
        ops += [value, value - 1, 0]
        value -= 2
    return text(ops + [0] * (n - len(ops)))
