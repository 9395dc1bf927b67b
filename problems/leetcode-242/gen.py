"""Inputs for Valid Anagram beyond uniform draws, which are almost never anagrams.

The mistakes members make, and the inputs that show them:

- comparing the sets of letters, not how often each occurs: same letters, other
  counts, same length (``strategy_other_counts``);
- counting one way only, so strings of different lengths pass: ``Counter(s) -
  Counter(t)`` is empty whenever t holds s and more, and "every letter of t is
  still left in s" holds whenever s holds t and more (``strategy_one_letter_more``);
- adding up letter codes instead of counting letters: two letters
  moved one step apart keep the sum (``strategy_same_code_sum``).

Anagrams themselves come from ``strategy_shuffled``, so a solution that says
false too often is caught as well.
"""

from hypothesis import strategies as st

LETTERS = "abcdefghijklmnopqrstuvwxyz"
FEW = "abc"


def shuffled(draw, text):
    return "".join(draw(st.permutations(text)))


@st.composite
def strategy_shuffled(draw):
    """t is s shuffled: the answer is true."""
    s = draw(st.text(FEW, min_size=1, max_size=8))
    return {"s": s, "t": shuffled(draw, s)}


@st.composite
def strategy_other_counts(draw):
    """Same length and same set of letters, other counts: one copy of a repeated letter becomes another letter."""
    s = draw(st.text(FEW, min_size=3, max_size=8).filter(lambda s: len(set(s)) >= 2 and len(set(s)) < len(s)))
    repeated = sorted(c for c in set(s) if s.count(c) >= 2)
    x = draw(st.sampled_from(repeated))
    y = draw(st.sampled_from(sorted(set(s) - {x})))
    t = shuffled(draw, s.replace(x, y, 1))
    return {"s": s, "t": t} if draw(st.booleans()) else {"s": t, "t": s}


@st.composite
def strategy_one_letter_more(draw):
    """One string is the other shuffled, with one or two of its letters added."""
    base = draw(st.text(FEW, min_size=1, max_size=6))
    extra = draw(st.text(base, min_size=1, max_size=2))
    longer = shuffled(draw, base + extra)
    return {"s": base, "t": longer} if draw(st.booleans()) else {"s": longer, "t": base}


@st.composite
def strategy_same_code_sum(draw):
    """Same length and same sum of letter codes: in t, one letter moved up a step and another down."""
    s = draw(st.text("bcdefg", min_size=2, max_size=8))
    i, j = draw(st.lists(st.integers(0, len(s) - 1), min_size=2, max_size=2, unique=True))
    letters = list(s)
    letters[i] = chr(ord(letters[i]) + 1)
    letters[j] = chr(ord(letters[j]) - 1)
    return {"s": s, "t": shuffled(draw, "".join(letters))}


def worst_shuffled(n, rng):
    """t is s shuffled, n random letters each: the answer is true, every letter must be read."""
    s = "".join(rng.choices(LETTERS, k=n))
    letters = list(s)
    rng.shuffle(letters)
    return {"s": s, "t": "".join(letters)}


def worst_last_letter_differs(n, rng):
    """t is s shuffled, but its last letter changed: false, found only at the end of a scan of t."""
    s = "".join(rng.choices(LETTERS, k=n))
    letters = list(s)
    rng.shuffle(letters)
    letters[-1] = LETTERS[(LETTERS.index(letters[-1]) + 1) % 26]
    return {"s": s, "t": "".join(letters)}
