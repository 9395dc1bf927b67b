"""Numbers for 1로 만들기, written as Baekjoon's input text: one line with N, 1 <= N <= 1,000,000.

The mistakes members make, and the numbers that show them:

- greedy: divide by 3 when possible, else by 2, else subtract 1; 10 goes
  10 → 5 → 4 → 2 → 1 (4) when 10 → 9 → 3 → 1 (3) is shorter
  (``strategy_greedy_traps``: numbers where the greedy route is longer);
- a table filled with if/elif: a number divisible by 2 or 3 never considers
  subtracting 1 first (``strategy_greedy_traps``);
- seeding the table with ops[2] = ops[3] = 1 before checking N, which fails for
  N = 1 and N = 2, whose table is shorter (``strategy_small``);
- recursion over all three choices without remembering results: exponential
  (``strategy_large``);
- remembered recursion through x - 1 without raising Python's recursion limit:
  RecursionError once N passes about 1,000 (``strategy_large``).
"""

from hypothesis import strategies as st

LIMIT = 1_000_000


def text(n):
    return f"{n}\n"


def fewest(top):
    """The fewest operations for every number up to top."""
    ops = [0] * (top + 1)
    for x in range(2, top + 1):
        best = ops[x - 1]
        if x % 2 == 0:
            best = min(best, ops[x // 2])
        if x % 3 == 0:
            best = min(best, ops[x // 3])
        ops[x] = best + 1
    return ops


def greedy(x):
    steps = 0
    while x > 1:
        x = x // 3 if x % 3 == 0 else x // 2 if x % 2 == 0 else x - 1
        steps += 1
    return steps


_OPS = fewest(20_000)
TRAPS = [x for x in range(2, 20_001) if greedy(x) != _OPS[x]]  # 10, 20, 30, 40, ...


@st.composite
def strategy_small(draw):
    """1 to 300, the smallest numbers most of all."""
    return text(draw(st.one_of(st.integers(1, 5), st.integers(1, 300))))


@st.composite
def strategy_greedy_traps(draw):
    """Numbers up to 20,000 where dividing whenever possible is not the shortest way."""
    return text(draw(st.sampled_from(TRAPS)))


@st.composite
def strategy_large(draw):
    """1,000 to 20,000: deep enough for a recursion limit, big enough for exponential work (the maximum is
    left to the worst cases, which keeps the cross-check quick)."""
    return text(draw(st.integers(1_000, 20_000)))


def worst_largest(n, rng):
    """N = n itself: the table runs all the way up."""
    return text(n)


def worst_longest_answer(n, rng):
    """The number up to n with the most operations, the last of them if several tie."""
    ops = fewest(n)
    most = max(ops)
    return text(max(x for x in range(1, n + 1) if ops[x] == most))
