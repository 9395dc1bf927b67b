"""Inputs for N과 M (1), written as Baekjoon's input text: "N M".

1 <= M <= N <= 8, so there are only 36 inputs in all; the cross-check draws
from those the oracle answers quickly (all but N = 8 with M = 7 or 8, where it
lists 8^7 or 8^8 tuples), and the worst cases at size N are "N N" and
"N N-1", both N! lines.
The mistakes members make, and the inputs that show them:

- no check that a number is already in the sequence, so numbers repeat
  ("1 1"): any M >= 2 shows it (``strategy_any``);
- marking a number used but never unmarking it when the search backs up:
  only the first sequence (or few) come out (``strategy_any``);
- starting the next position after the last number (combinations, as in
  N과 M (2)): "2 1" never appears (``strategy_any``);
- printing each sequence as a Python list, "[1, 2]", instead of numbers
  separated by spaces (``strategy_any``).
"""

from hypothesis import strategies as st


def text(n, m):
    """The input text: "N M"."""
    return f"{n} {m}\n"


@st.composite
def strategy_any(draw):
    """Any 1 <= M <= N <= 8 but N = 8 with M >= 7 (the oracle would list 8^7 or 8^8 tuples)."""
    n = draw(st.integers(1, 8))
    m = draw(st.integers(1, n if n < 8 else 6))
    return text(n, m)


@st.composite
def strategy_small(draw):
    """N up to 4: the sequences are few enough to read in a counterexample."""
    n = draw(st.integers(1, 4))
    return text(n, draw(st.integers(1, n)))


def worst_all(n, rng):
    """M = N: every ordering of 1..N, 40,320 lines at N = 8."""
    return text(n, n)


def worst_all_but_one(n, rng):
    """M = N - 1 (or 1 when N = 1): as many lines as M = N, one number shorter each."""
    return text(n, max(1, n - 1))
