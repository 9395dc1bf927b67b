"""Staircases for 계단 오르기, written as Baekjoon's input text: N, then one score per line.

The mistakes members make, and the staircases that show them:

- ignoring the rule that the last stair must be stepped on: ending on stair
  N - 1 when it scores more (``strategy_cheap_top``);
- the 포도주 시식 (BOJ 2156) recurrence, which may skip several stairs in a row
  and the last one (``strategy_cheap_top``, ``strategy_small``);
- forgetting the three-in-a-row rule (``strategy_small``: any staircase of three
  stairs or more whose scores make stepping on all of them tempting);
- filling the table's first three entries before the loop, which crashes when
  N is 1 or 2 (``strategy_short``).
"""

from hypothesis import strategies as st


def text(scores):
    """The input text: N, then each stair's score on its own line."""
    return f"{len(scores)}\n" + "".join(f"{s}\n" for s in scores)


def strategy_small():
    """1 to 12 stairs, scores from 1..10,000 or from a narrow range."""
    score = st.one_of(st.integers(1, 10_000), st.integers(1, 10))
    return st.lists(score, min_size=1, max_size=12).map(text)


def strategy_short():
    """1 to 3 stairs: the cases a table filled up front breaks on."""
    return st.lists(st.integers(1, 10_000), min_size=1, max_size=3).map(text)


@st.composite
def strategy_cheap_top(draw):
    """2 to 12 stairs with a last stair worth 1 and a rich stair just below it."""
    scores = draw(st.lists(st.integers(1, 100), min_size=0, max_size=10))
    return text(scores + [draw(st.integers(1_000, 10_000)), 1])


def worst_random(n, rng):
    """n stairs with random scores."""
    return text([rng.randint(1, 10_000) for _ in range(n)])


def worst_all_max(n, rng):
    """n stairs worth 10,000 each: the answer is the most stairs a legal climb can hold."""
    return text([10_000] * n)
