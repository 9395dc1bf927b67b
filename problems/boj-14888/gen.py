"""Inputs for 연산자 끼워넣기, written as Baekjoon's input text: N, the N numbers, then the four operator counts.

Every input keeps every result, and every value met on the way (left to right), within
-10^9..10^9, as the problem promises. Small inputs keep N at 2 to 7, so a
counterexample shrinks to a few numbers. The mistakes members make:

- Python's floor division ``//`` on a negative value: -7 // 2 is -4, but the
  problem divides toward zero, -3 (``strategy_negative_division``: a subtraction
  early, a division after it, numbers that do not divide evenly);
- the usual precedence, × and ÷ before + and −, instead of strictly left to
  right (``strategy_precedence``);
- starting the maximum at 0 (or the minimum at 0): wrong when every result is
  negative (or positive) (``strategy_all_negative``, ``strategy_small``).
"""

from hypothesis import strategies as st

LIMIT = 10 ** 9


def text(numbers, counts):
    """The input text: N, the numbers, the counts of +, -, x, /."""
    return f"{len(numbers)}\n{' '.join(map(str, numbers))}\n{' '.join(map(str, counts))}\n"


def fits(numbers, counts):
    """Whether every arrangement keeps every value met, left to right, within -10^9..10^9."""
    def walk(i, value, left):
        if abs(value) > LIMIT:
            return False
        if i == len(numbers):
            return True
        for op in range(4):
            if left[op]:
                x = numbers[i]
                nxt = (value + x, value - x, value * x, abs(value) // x * (1 if value >= 0 else -1))[op]
                if not walk(i + 1, nxt, left[:op] + (left[op] - 1,) + left[op + 1:]):
                    return False
        return True
    return walk(1, numbers[0], tuple(counts))


def tame(numbers, counts):
    """Shrink the largest numbers until every result stays within the bounds; returns the input text."""
    numbers = list(numbers)
    while not fits(numbers, counts):
        i = numbers.index(max(numbers))
        numbers[i] = max(1, numbers[i] // 10)
    return text(numbers, counts)


@st.composite
def split(draw, total, allowed=(0, 1, 2, 3)):
    """Counts of +, -, x, / summing to ``total``, using only the ``allowed`` operators."""
    counts = [0, 0, 0, 0]
    for _ in range(total):
        counts[draw(st.sampled_from(allowed))] += 1
    return counts


@st.composite
def strategy_small(draw):
    """N from 2 to 7, numbers 1 to 100, any operators."""
    n = draw(st.integers(2, 7))
    numbers = draw(st.lists(st.integers(1, 100), min_size=n, max_size=n))
    return tame(numbers, draw(split(n - 1)))


@st.composite
def strategy_negative_division(draw):
    """A small first number, a subtraction and a division: the division meets a negative value."""
    n = draw(st.integers(3, 6))
    numbers = [draw(st.integers(1, 9))] + draw(st.lists(st.integers(2, 30), min_size=n - 1, max_size=n - 1))
    counts = draw(split(n - 3))
    counts[1] += 1
    counts[3] += 1
    return tame(numbers, counts)


@st.composite
def strategy_precedence(draw):
    """Additions or subtractions mixed with multiplications: order of evaluation changes the value."""
    n = draw(st.integers(3, 6))
    numbers = draw(st.lists(st.integers(1, 20), min_size=n, max_size=n))
    counts = draw(split(n - 3))
    counts[draw(st.sampled_from((0, 1)))] += 1
    counts[draw(st.sampled_from((2, 3)))] += 1
    return tame(numbers, counts)


@st.composite
def strategy_all_negative(draw):
    """Only subtractions and divisions or multiplications, a small first number: every result below 0."""
    n = draw(st.integers(2, 6))
    numbers = [draw(st.integers(1, 5))] + draw(st.lists(st.integers(6, 100), min_size=n - 1, max_size=n - 1))
    counts = draw(split(n - 2, (1, 2)))
    counts[1] += 1
    return tame(numbers, counts)


def spread(total):
    """Counts as even as can be: the most distinct arrangements (3, 3, 2, 2 for ten operators)."""
    return [total // 4 + (1 if i < total % 4 else 0) for i in range(4)]


def worst_even_mix(n, rng):
    """N numbers from 1 to 5 and operators spread evenly: 25,200 distinct arrangements at N = 11."""
    return text([rng.randint(1, 5) for _ in range(n)], spread(n - 1))


def worst_one_kind_each_side(n, rng):
    """Half additions, half subtractions: C(10, 5) = 252 distinct orders, but 10! orderings of the cards."""
    return text([rng.randint(1, 100) for _ in range(n)], [(n - 1) // 2, n - 1 - (n - 1) // 2, 0, 0])
