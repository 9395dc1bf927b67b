"""Test cases for 1, 2, 3 더하기, written as Baekjoon's input text: T, then one n per line.

Each n is 1..10. Baekjoon gives no bound on T; we chose T <= 1,000. At size T
the worst cases hold T test cases. The mistakes members make, and the inputs
that show them:

- seeding the table with ways[3] = 3, forgetting that "3" alone is a sum
  (``strategy_single``: any n >= 3);
- reading only one number, so the test cases after T are never answered
  (``strategy_multi``);
- counting sums with the order of the terms ignored, partitions instead of
  ordered sums (``strategy_single``: n >= 3);
- a table of ten slots for "n < 11", so n = 10 falls off its end
  (``strategy_single``).

Right but too slow at the maximum: listing every sequence of 1s, 2s and 3s
(88,000 for n = 10) for each of 1,000 test cases (``worst_all_tens``).
"""

from hypothesis import strategies as st


def text(ns):
    """The input text: T, then each n on its own line."""
    return f"{len(ns)}\n" + "".join(f"{n}\n" for n in ns)


def strategy_single():
    """One test case, n from 1 to 10: T = 1."""
    return st.integers(1, 10).map(lambda n: text([n]))


def strategy_multi():
    """2 to 6 test cases in any order, repeats allowed, n = 10 often among them."""
    return st.lists(st.one_of(st.integers(1, 10), st.just(10)), min_size=2, max_size=6).map(text)


def worst_all_tens(n, rng):
    """n test cases, each n = 10: the largest sum every time."""
    return text([10] * n)


def worst_mixed(n, rng):
    """n test cases with random n from 1 to 10."""
    return text([rng.randint(1, 10) for _ in range(n)])
