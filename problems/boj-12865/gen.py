"""Inputs for 평범한 배낭, written as Baekjoon's input text.

Small cases keep N at most 10 for the subset oracle and mix in the shapes that
break DP loops: items heavier than K, value-0 items, exact fits, repeats. The
mistakes members make, and what shows them:

- filling a 1-D table upward, which takes an item again and again: any item
  light enough to fit twice;
- ``break`` instead of ``continue`` on an item heavier than K: a heavy item
  before a useful one;
- greedy by value per weight: a best-ratio item that crowds out a better pair.
"""

from hypothesis import strategies as st


def text(k, items):
    """The input text: "N K", then one "W V" line per item."""
    return f"{len(items)} {k}\n" + "".join(f"{w} {v}\n" for w, v in items)


@st.composite
def strategy_small_bags(draw):
    """Up to 10 items, K up to 40: too heavy, worthless, exact and repeated items."""
    k = draw(st.integers(1, 40))
    weight = st.one_of(st.integers(1, k), st.integers(1, 60), st.just(k))
    value = st.one_of(st.integers(0, 30), st.just(0), st.integers(0, 1000))
    items = draw(st.lists(st.tuples(weight, value), min_size=1, max_size=10))
    return text(k, items)


def worst_small_weights(n, rng):
    """K = 100,000 and light items: every item updates every capacity, N * K steps."""
    return text(100_000, [(rng.randint(1, 10), rng.randint(0, 1000)) for _ in range(n)])


def worst_correlated(n, rng):
    """Value grows with weight: almost every subset weight is worth keeping, S nears K states."""
    items = []
    for _ in range(n):
        w = rng.randint(500, 2000)
        items.append((w, w // 2))
    return text(100_000, items)
