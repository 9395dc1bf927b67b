"""Input generators for 모음사전 beyond what the constraints alone give.

The mistakes members make here:

- base-5 weights: 625, 125, 25, 5, 1 per position, as if all words had five letters;
- zero-based: the list index instead of the position ("A" gives 0);
- one for the word only: adding 1 once instead of once per prefix of the word.

Words with many A's, with U's, and of every length tell these apart; the
derived strategy (any word over AEIOU) covers the rest.
"""

from hypothesis import strategies as st


def strategy_edge_letters():
    """Words over the first and last letters only: A-runs and U-runs."""
    return st.text(alphabet="AU", min_size=1, max_size=5).map(lambda word: {"word": word})


def strategy_short():
    """Words of one or two letters, where the prefixes weigh most."""
    return st.text(alphabet="AEIOU", min_size=1, max_size=2).map(lambda word: {"word": word})


def worst_last(n, rng):
    """n U's: the last word of its length, visited after everything else that precedes it."""
    return {"word": "U" * n}


def worst_random(n, rng):
    """A random word of length n."""
    return {"word": "".join(rng.choice("AEIOU") for _ in range(n))}
