"""Numbers for 가운데를 말해요, written as Baekjoon's input text: N, then one number a line.

Numbers are -10,000 to 10,000 and may repeat. After each number the answer is
the middle of all numbers so far, the smaller of the two middles when their
count is even. The mistakes members make, and the inputs that show them:

- printing the larger of the two middles when the count is even
  (``strategy_small``: already the second number shows it);
- two heaps filled in turn without comparing their tops: a number that
  belongs in the other half stays where it fell (``strategy_monotone``);
- a max-heap kept as negated numbers, printed without negating back
  (``strategy_small``);
- sorting everything again after each number: right, but 10^5 sorts of up to
  10^5 numbers at the maximum (the oracle, sort_every_time.py, TLE).
"""

from hypothesis import strategies as st

LIMIT = 10_000


def text(numbers):
    """The input text: N, then one number a line."""
    return f"{len(numbers)}\n" + "".join(f"{x}\n" for x in numbers)


def strategy_small():
    """1 to 12 numbers in -5..5: repeats, negatives, both even and odd counts."""
    return st.lists(st.integers(-5, 5), min_size=1, max_size=12).map(text)


@st.composite
def strategy_monotone(draw):
    """Rising or falling runs, perhaps joined: each new number belongs to one side only."""
    numbers = sorted(draw(st.lists(st.integers(-LIMIT, LIMIT), min_size=2, max_size=10)))
    if draw(st.booleans()):
        numbers.reverse()
    tail = draw(st.lists(st.integers(-LIMIT, LIMIT), max_size=3))
    return text(numbers + tail)


@st.composite
def strategy_extremes(draw):
    """The ends of the range, -10,000 and 10,000, mixed with numbers near 0."""
    return text(draw(st.lists(st.sampled_from((-LIMIT, LIMIT, -LIMIT + 1, LIMIT - 1)) | st.integers(-3, 3),
                              min_size=1, max_size=10)))


def worst_increasing(n, rng):
    """n numbers rising (clipped at 10,000): each goes to the upper half and the halves rebalance every time."""
    return text([min(LIMIT, -LIMIT + i // 4) for i in range(n)])


def worst_random(n, rng):
    """n random numbers across the whole range."""
    return text([rng.randint(-LIMIT, LIMIT) for _ in range(n)])


def worst_zigzag(n, rng):
    """Numbers from both ends in turn, closing in on 0: both heaps grow, the middle moves every time."""
    return text([(LIMIT - i // 20) * (1 if i % 2 else -1) for i in range(n)])
