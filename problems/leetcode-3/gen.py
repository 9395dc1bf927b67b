"""Inputs for Longest Substring Without Repeating Characters beyond the constraints alone.

The mistakes members make here:

- moving the window's left edge to just after the previous copy of a character
  even when that copy lies before the window, so the edge moves back: "abba"
  gives 3 instead of 2;
- restarting the window at the repeated character (clearing everything) instead of
  just after its previous copy: "dvdf" gives 2 instead of 3;
- counting the distinct characters of the whole string, a subsequence rather than a
  substring: "pwwkew" gives 4 instead of 3;
- a table of 26 slots indexed by ord(ch) - ord('a'), as if only lowercase letters
  came: spaces, capitals, digits and symbols crash it or land in a wrong slot;
- updating the best length only when a repeat is met, so the last window (or a
  string with no repeat at all, like "au") is never counted;
- taking max() of an empty list, or s[0], on the empty string.

Uniform strings over 95 characters rarely repeat a character within a dozen, so
the strategies draw from a few characters at a time (spaces and symbols among
them) and build "abba"-like returns to an old copy on purpose.
"""

from hypothesis import strategies as st

PRINTABLE = "".join(chr(c) for c in range(32, 127))  # letters, digits, symbols and the space


@st.composite
def strategy_few_characters(draw):
    """Up to 12 characters drawn from 1 to 4 printable ones (the space often among them): many repeats."""
    chars = draw(st.lists(st.sampled_from(" aAbZ09!~" + PRINTABLE), min_size=1, max_size=4, unique=True))
    return {"s": "".join(draw(st.lists(st.sampled_from(chars), max_size=12)))}


@st.composite
def strategy_return_to_old_copy(draw):
    """A run of distinct characters, then the same ones mirrored, with a short random tail: "abba", "xyzzyx1"."""
    run = draw(st.lists(st.sampled_from(PRINTABLE), min_size=2, max_size=5, unique=True))
    tail = draw(st.lists(st.sampled_from(run + [" "]), max_size=4))
    return {"s": "".join(run + run[::-1] + tail)}


def worst_cycle_all(n, rng):
    """All 95 characters over and over: every window is 95 long, the most a scan per start can cost."""
    return {"s": (PRINTABLE * (n // len(PRINTABLE) + 1))[:n]}


def worst_random(n, rng):
    """Random printable characters: short windows, the typical long input."""
    return {"s": "".join(rng.choice(PRINTABLE) for _ in range(n))}


def worst_one_character(n, rng):
    """One character n times: the window never grows past 1, the left edge moves every step."""
    return {"s": rng.choice(PRINTABLE) * n}
