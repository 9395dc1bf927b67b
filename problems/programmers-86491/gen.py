"""Input generators for 최소직사각형 beyond what the constraints alone give.

The mistakes members make here:

- no rotation: the widest w times the tallest h, as the cards are given;
- the largest card: reading example 2 as "one card covers the rest", so max(w * h);
- the two largest numbers overall: right only when the second largest is a short side.

They all fail when the widest and tallest needs come from different cards and
some cards lie crosswise; small sides make the near ties that tell them apart.
"""

from hypothesis import strategies as st

SMALL = 12


def _card(side):
    """A card drawn from ``side``, as given or turned."""
    return st.tuples(side, side, st.booleans()).map(lambda t: [t[1], t[0]] if t[2] else [t[0], t[1]])


def strategy_crosswise():
    """Cards with one long and one short side, randomly turned: the needs split across cards."""
    long = st.integers(SMALL // 2, SMALL)
    short = st.integers(1, SMALL // 2)
    card = st.tuples(long, short, st.booleans()).map(lambda t: [t[1], t[0]] if t[2] else [t[0], t[1]])
    return st.lists(card, min_size=1, max_size=8).map(lambda sizes: {"sizes": sizes})


def strategy_mixed():
    """Any small cards, squares and repeats included."""
    return st.lists(_card(st.integers(1, SMALL)), min_size=1, max_size=8).map(lambda sizes: {"sizes": sizes})


def worst_random(n, rng):
    """Uniform cards over the whole range."""
    return {"sizes": [[rng.randint(1, 1000), rng.randint(1, 1000)] for _ in range(n)]}


def worst_crosswise(n, rng):
    """Long thin cards, half of them turned: every card changes the running maxima's side."""
    sizes = []
    for _ in range(n):
        long, short = rng.randint(500, 1000), rng.randint(1, 500)
        sizes.append([long, short] if rng.random() < 0.5 else [short, long])
    return {"sizes": sizes}
