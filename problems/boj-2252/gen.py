"""Comparisons for 줄 세우기, written as Baekjoon's input text: "N M", then one "A B" line per comparison.

"A B" means A stands before B. Every input here is drawn from a hidden line (a
random permutation), so the comparisons always admit an order; the same pair may
be compared more than once, and some students may never be compared. At size N
the worst cases hold M = min(100,000, 4 N) comparisons, so the maximum is
N = 32,000 and M = 100,000. Any valid line is accepted (checker.py). The
mistakes members make, and the inputs that show them:

- lining up only the students named in some comparison (``strategy_uncompared``);
- a depth-first search with no visited mark, which puts a student reached along
  two chains in line twice (``strategy_small``);
- printing the depth-first finishing order without reversing it
  (``strategy_small``);
- printing the Python list, brackets and commas included (``strategy_small``);
- followers kept in a set while every comparison line is counted, so a repeated
  comparison leaves a student waiting forever (``strategy_repeats``).

Right but too slow, or crashing, at the maximum: a recursive depth-first search
down the 32,000-long chain of ``worst_chain`` (past Python's recursion limit),
and relaxing depths round after round (N rounds of M comparisons on the chain).
"""

from hypothesis import strategies as st


def text(n, pairs):
    """The input text: "N M", then each comparison as "A B"."""
    return f"{n} {len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)


@st.composite
def _pairs(draw, line, count):
    """``count`` comparisons consistent with the hidden ``line``: (earlier, later) pairs."""
    pairs = []
    for _ in range(count):
        i = draw(st.integers(0, len(line) - 2))
        j = draw(st.integers(i + 1, len(line) - 1))
        pairs.append((line[i], line[j]))
    return pairs


@st.composite
def strategy_small(draw):
    """2 to 8 students, 1 to 12 comparisons from a hidden line: chains, diamonds, repeats."""
    n = draw(st.integers(2, 8))
    line = draw(st.permutations(range(1, n + 1)))
    return text(n, draw(_pairs(line, draw(st.integers(1, 12)))))


@st.composite
def strategy_uncompared(draw):
    """Up to 9 students, only a few of them ever compared: the rest must still stand in line."""
    n = draw(st.integers(2, 9))
    line = draw(st.permutations(range(1, n + 1)))
    named = line[:draw(st.integers(2, max(2, n // 2)))]
    return text(n, draw(_pairs(named, draw(st.integers(1, 3)))))


@st.composite
def strategy_repeats(draw):
    """A few comparisons, each repeated two or three times, in any order."""
    n = draw(st.integers(2, 6))
    line = draw(st.permutations(range(1, n + 1)))
    pairs = draw(_pairs(line, draw(st.integers(1, 3))))
    pairs = [p for p in pairs for _ in range(draw(st.integers(2, 3)))]
    return text(n, draw(st.permutations(pairs)))


def pair_count(n):
    """The number of comparisons at size n: 100,000 at n = 32,000."""
    return min(100_000, 4 * n)


def _line(n, rng):
    line = list(range(1, n + 1))
    rng.shuffle(line)
    return line


def worst_chain(n, rng):
    """The whole hidden line as one chain of comparisons, listed backwards, plus short hops.

    A recursive search goes n deep; relaxing depths needs n rounds.
    """
    line = _line(n, rng)
    pairs = [(line[i], line[i + 1]) for i in range(n - 2, -1, -1)]
    while len(pairs) < pair_count(n):
        i = rng.randint(0, n - 2)
        pairs.append((line[i], line[min(n - 1, i + rng.randint(1, 5))]))
    return text(n, pairs)


def worst_random(n, rng):
    """Comparisons between random earlier and later students of a hidden line."""
    line = _line(n, rng)
    pairs = []
    for _ in range(pair_count(n)):
        i, j = sorted(rng.sample(range(n), 2))
        pairs.append((line[i], line[j]))
    return text(n, pairs)
