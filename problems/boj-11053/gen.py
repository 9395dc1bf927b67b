"""Sequences for 가장 긴 증가하는 부분 수열, written as Baekjoon's input text: N, then the N terms.

The mistakes members make, and the sequences that show them:

- comparing with ``<=``, so equal terms extend a subsequence (non-strict), in the
  O(N^2) DP or as ``bisect_right`` in the O(N log N) one: any repeated value
  (``strategy_repeats``);
- printing the value for the last term instead of the best over all terms: a
  sequence whose longest subsequence ends early (``strategy_small``);
- counting the longest run of neighbours that increase (a substring) instead of
  a subsequence, which may skip terms (``strategy_small``).
"""

from hypothesis import strategies as st


def text(terms):
    """The input text: N, then the terms on one line."""
    return f"{len(terms)}\n{' '.join(map(str, terms))}\n"


def strategy_small():
    """1 to 12 terms from 1..1000 or from a narrow range."""
    term = st.one_of(st.integers(1, 1000), st.integers(1, 20))
    return st.lists(term, min_size=1, max_size=12).map(text)


def strategy_repeats():
    """1 to 12 terms from 1..4: runs of equal values everywhere."""
    return st.lists(st.integers(1, 4), min_size=1, max_size=12).map(text)


def worst_random(n, rng):
    """n random terms."""
    return text([rng.randint(1, 1000) for _ in range(n)])


def worst_increasing(n, rng):
    """1, 2, ..., n: the answer is n, and every pair is compared."""
    return text(list(range(1, n + 1)))


def worst_all_equal(n, rng):
    """n copies of 500: the answer is 1, where a non-strict solution says n."""
    return text([500] * n)
