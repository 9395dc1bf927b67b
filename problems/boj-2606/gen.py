"""Networks for 바이러스, written as Baekjoon's input text: N, then the number of pairs, then one "a b" line per pair.

A pair joins two different computers and may be repeated; the pairs come in any
order, either end first. At size N the worst cases hold up to N(N-1)/2 pairs. The
mistakes members make, and the networks that show them:

- counting computer 1 itself among the infected: one too many on every network
  where 1 is connected (any);
- storing each pair one way only (a to b), when a link works both ways: pairs
  written with the far computer first (``strategy_written_backwards``);
- counting only the computers joined to 1 directly, not those reached through
  others (``strategy_chains``);
- a union-find that joins the two computers themselves instead of the roots of
  their groups (``parent[b] = a``), which splits groups that meet twice
  (``strategy_small``, ``strategy_chains``).
"""

import random

from hypothesis import strategies as st


def text(n, pairs):
    """The input text: N, then the number of pairs, then each pair as "a b"."""
    return f"{n}\n{len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)


@st.composite
def strategy_small(draw):
    """Up to 9 computers and 14 pairs in any order, repeats allowed, some computers cut off."""
    n = draw(st.integers(1, 9))
    if n == 1:
        return text(1, [])
    pair = st.tuples(st.integers(1, n), st.integers(1, n)).filter(lambda p: p[0] != p[1])
    return text(n, draw(st.lists(pair, max_size=14)))


@st.composite
def strategy_written_backwards(draw):
    """Every pair written with the larger number first, so a one-way link from 1 never leads anywhere."""
    n = draw(st.integers(2, 9))
    pair = st.tuples(st.integers(1, n), st.integers(1, n)).filter(lambda p: p[0] != p[1])
    pairs = draw(st.lists(pair, min_size=1, max_size=12))
    return text(n, [(max(a, b), min(a, b)) for a, b in pairs])


@st.composite
def strategy_chains(draw):
    """Computers in a few chains, 1 somewhere inside one: the virus must pass along several links."""
    n = draw(st.integers(3, 12))
    order = draw(st.permutations(range(1, n + 1)))
    cuts = draw(st.sets(st.integers(1, n - 1), max_size=3))
    pairs = [(order[i], order[i + 1]) for i in range(n - 1) if i + 1 not in cuts]
    pairs += draw(st.lists(st.sampled_from(pairs), max_size=3)) if pairs else []  # a link twice
    pairs = [(b, a) if draw(st.booleans()) else (a, b) for a, b in pairs]
    random.Random(draw(st.integers(0, 1000))).shuffle(pairs)
    return text(n, pairs)


def worst_every_pair(n, rng):
    """Every pair of computers linked: n(n-1)/2 pairs, everyone infected."""
    pairs = [(a, b) for a in range(1, n + 1) for b in range(a + 1, n + 1)]
    rng.shuffle(pairs)
    return text(n, pairs)


def worst_long_chain(n, rng):
    """One chain n, n-1, ..., 1, written from the far end: the virus passes n - 1 links, one at a time."""
    return text(n, [(i + 1, i) for i in range(n - 1, 0, -1)])
