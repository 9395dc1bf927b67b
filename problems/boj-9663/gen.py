"""Board sizes for N-Queen, written as Baekjoon's input text: N on one line.

The input is one number, 1 <= N <= 14, so the cross-check simply walks the small
boards, where the oracle (all N! arrangements) is quick: N <= 8. The mistakes
members make, and the boards that show them:

- checking the column and only one of the two diagonals (``strategy_small``:
  wrong from N = 2);
- counting a board one row early, when the last row is reached rather than
  filled (``strategy_small``: wrong from N = 2);
- halving the search by mirror symmetry and forgetting the middle column when N
  is odd, which also makes N = 1 print 0 (``strategy_odd``);
- a list of N slots for the r - c diagonals: a negative index wraps around onto
  another diagonal instead of failing (``strategy_small``).

Right but too slow at N = 14 (``worst_largest``): testing every earlier queen
for each square, or checking all N! permutations.
"""

from hypothesis import strategies as st

ORACLE_MAX = 8  # the oracle lists all N! boards: 40,320 at N = 8, and runs out of memory at 10


def text(n):
    """The input text: N on one line."""
    return f"{n}\n"


def strategy_small():
    """Every board the oracle can check quickly: 1 <= N <= 8, the 0-answer sizes 2 and 3 among them."""
    return st.integers(1, ORACLE_MAX).map(text)


def strategy_odd():
    """Odd sizes 1, 3, 5, 7: a middle column that a mirror-symmetry shortcut must count once."""
    return st.sampled_from((1, 3, 5, 7)).map(text)


def worst_largest(n, rng):
    """N itself: the search tree grows about sixfold per row, 365,596 solutions at N = 14."""
    return text(n)
