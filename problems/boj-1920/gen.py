"""Lists and questions for 수 찾기, written as Baekjoon's input text: N, the N values, M, the M questions.

Every number is a 32-bit signed integer (-2^31 to 2^31 - 1); the values may
repeat and come in any order. Small inputs draw from a narrow range, so that
questions often hit the smallest or the largest value, or fall just outside.
The mistakes members make, and the inputs that show them:

- a binary search on the values as given, forgetting to sort them first: it
  misses values that are there (``strategy_unsorted``);
- looking up ``a[bisect_left(a, x)]`` without checking the index: a question
  larger than every value reads past the end and crashes (``strategy_edges``);
- a hand-written search with ``while lo < hi`` that never looks at the last
  candidate left, so the largest value (or the only one) is never found
  (``strategy_edges``, ``strategy_small``);
- checking every question against the whole list (``x in a`` on a list):
  right, but 10^10 comparisons at the maximum (the oracle, linear_scan.py, TLE).
"""

from hypothesis import strategies as st

LOW, HIGH = -2**31, 2**31 - 1


def text(values, questions):
    """The input text: N, the values on one line, M, the questions on one line."""
    return f"{len(values)}\n{' '.join(map(str, values))}\n{len(questions)}\n{' '.join(map(str, questions))}\n"


@st.composite
def strategy_small(draw):
    """1 to 8 values and 1 to 8 questions in -6..6: repeats, hits, misses just outside."""
    values = draw(st.lists(st.integers(-5, 5), min_size=1, max_size=8))
    questions = draw(st.lists(st.integers(-6, 6), min_size=1, max_size=8))
    return text(values, questions)


@st.composite
def strategy_edges(draw):
    """Questions at the smallest and largest values, one past each, and the 32-bit ends."""
    values = draw(st.lists(st.integers(-50, 50) | st.sampled_from((LOW, HIGH)), min_size=1, max_size=6))
    lo, hi = min(values), max(values)
    near = [v for v in (lo - 1, lo, hi, hi + 1, LOW, HIGH) if LOW <= v <= HIGH]
    questions = draw(st.lists(st.sampled_from(near) | st.integers(-50, 50), min_size=1, max_size=8))
    return text(draw(st.permutations(values)), questions)


@st.composite
def strategy_unsorted(draw):
    """Distinct values in descending or shuffled order, asked about each one."""
    values = draw(st.lists(st.integers(-1000, 1000), min_size=2, max_size=8, unique=True))
    if draw(st.booleans()):
        values.sort(reverse=True)
    questions = draw(st.permutations(values + [draw(st.integers(-1000, 1000))]))
    return text(values, questions)


def worst_half_present(n, rng):
    """n random 32-bit values and n questions, half of them values from the list."""
    values = [rng.randint(LOW, HIGH) for _ in range(n)]
    questions = [rng.choice(values) if rng.random() < 0.5 else rng.randint(LOW, HIGH) for _ in range(n)]
    return text(values, questions)


def worst_all_missing(n, rng):
    """n values in descending order and n questions that are all absent: a scan reads the whole list each time."""
    values = sorted(rng.sample(range(-10**9, 10**9, 2), n), reverse=True)
    questions = [rng.randrange(-10**9 + 1, 10**9, 2) for _ in range(n)]
    return text(values, questions)
