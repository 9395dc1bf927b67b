"""String pairs for LCS, written as Baekjoon's input text: one string per line, capital letters only.

Small pairs use two or three letters, so that letters repeat and many matchings
compete. The mistakes members make, and the pairs that show them:

- the longest common substring (a mismatch resets to 0) instead of a
  subsequence (``strategy_small``, ``strategy_spread``);
- greedy matching, each letter of the first string at its first match in the
  second: a letter matched early blocks better ones (``strategy_rotated``);
- on a match, 1 + max(above, left) instead of 1 + the diagonal, which matches one
  letter twice: any repeated letter (``strategy_small``);
- one DP row updated in place, reading this row's new value where the old
  diagonal was needed (``strategy_small``);
- lines read with sys.stdin.readline and never stripped: the newlines match as
  one more letter (every input).
"""

from hypothesis import strategies as st

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def text(first, second):
    """The input text: the two strings, one per line."""
    return f"{first}\n{second}\n"


def word(alphabet, low=1, high=10):
    return st.text(alphabet=alphabet, min_size=low, max_size=high)


@st.composite
def strategy_small(draw):
    """Two strings of 1 to 10 letters from A..B, A..C or the whole alphabet."""
    alphabet = draw(st.sampled_from(("AB", "ABC", LETTERS)))
    return text(draw(word(alphabet)), draw(word(alphabet)))


@st.composite
def strategy_rotated(draw):
    """A string and a rotation of it: greedy takes the moved letter first and loses the rest."""
    first = draw(word("ABCDE", 2, 9))
    k = draw(st.integers(1, len(first) - 1))
    return text(first, first[k:] + first[:k])


@st.composite
def strategy_spread(draw):
    """A short string and the same letters with others in between: a subsequence, never a substring."""
    short = draw(word("ABC", 1, 5))
    filler = draw(st.lists(word("XYZ", 0, 2), min_size=len(short), max_size=len(short)))
    return text(short, "".join(f + letter for f, letter in zip(filler, short)))


def worst_random(n, rng):
    """Two strings of n random capital letters."""
    return text("".join(rng.choice(LETTERS) for _ in range(n)), "".join(rng.choice(LETTERS) for _ in range(n)))


def worst_same_letter(n, rng):
    """n A's against n A's: every cell is a match, the answer is n."""
    return text("A" * n, "A" * n)


def worst_two_letters(n, rng):
    """Two strings of n letters from A and B: matches half the time."""
    return text("".join(rng.choice("AB") for _ in range(n)), "".join(rng.choice("AB") for _ in range(n)))
