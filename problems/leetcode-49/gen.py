"""Inputs for Group Anagrams with many anagrams, repeats and near misses: uniform words rarely group.

The mistakes members make, and the inputs that show them:

- keying a word by its set of letters: "aab" and "abb" end up together
  (``strategy_same_letters``, ``strategy_classes``);
- keying a word by the sum of its letter codes: "ad" and "bc" end up together
  (``strategy_same_code_sum``);
- keying by the 26 counts written side by side as one string with no separator:
  counts 1, 11 and 11, 1 both read "111", so "abbbbbbbbbbb" and "aaaaaaaaaaab"
  end up together (``strategy_counts_past_nine``);
- collecting each group in a set, or skipping words already seen: a repeated
  word is returned once (``strategy_classes``);
- ``itertools.groupby`` on the words as given, without sorting them by key first:
  a class whose words are not next to each other is split (``strategy_classes``).

The answer's order is free (checker.py), so every grouping is judged by what it holds.
"""

from hypothesis import strategies as st

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def shuffled(draw, word):
    return "".join(draw(st.permutations(word)))


@st.composite
def strategy_classes(draw):
    """A few short base words over "abc" (the empty word too), each written several ways and
    sometimes repeated exactly, all in a shuffled order."""
    bases = draw(st.lists(st.text("abc", max_size=4), min_size=1, max_size=4))
    strs = []
    for base in bases:
        strs += [shuffled(draw, base) for _ in range(draw(st.integers(1, 3)))]
    if draw(st.booleans()):
        strs.append(draw(st.sampled_from(strs)))
    return {"strs": draw(st.permutations(strs))}


@st.composite
def strategy_same_letters(draw):
    """Words of the same letters in other numbers ("aab", "abb", "ab"), with some true anagrams."""
    letters = draw(st.text("abcd", min_size=1, max_size=3).map(lambda w: "".join(sorted(set(w)))))
    strs = []
    for _ in range(draw(st.integers(2, 5))):
        extra = draw(st.text(letters, max_size=3))
        strs.append(shuffled(draw, letters + extra))
    return {"strs": strs}


@st.composite
def strategy_same_code_sum(draw):
    """A word and another with one letter moved up a step and another down: equal sums of codes."""
    word = draw(st.text("bcdef", min_size=2, max_size=6))
    i, j = draw(st.lists(st.integers(0, len(word) - 1), min_size=2, max_size=2, unique=True))
    other = list(word)
    other[i] = chr(ord(other[i]) + 1)
    other[j] = chr(ord(other[j]) - 1)
    strs = [word, shuffled(draw, "".join(other))] + draw(st.lists(st.text("abc", max_size=3), max_size=3))
    return {"strs": draw(st.permutations(strs))}


@st.composite
def strategy_counts_past_nine(draw):
    """Two words over letters x and y whose counts, written side by side, read the same:
    x d1 times and y 10*d2 + d3 times, against x 10*d1 + d2 times and y d3 times."""
    k = draw(st.integers(0, 24))
    x, y = LETTERS[k], LETTERS[k + 1]
    d1, d2, d3 = draw(st.integers(1, 2)), draw(st.integers(1, 2)), draw(st.integers(0, 3))
    first = shuffled(draw, x * d1 + y * (10 * d2 + d3))
    second = shuffled(draw, x * (10 * d1 + d2) + y * d3)
    strs = [first, second] + draw(st.lists(st.sampled_from([first, second, x + y, y]), max_size=2))
    return {"strs": draw(st.permutations(strs))}


def worst_all_different(n, rng):
    """n random words of 100 letters: no two are anagrams, so there are n groups."""
    return {"strs": ["".join(rng.choices(LETTERS, k=100)) for _ in range(n)]}


def worst_hundred_classes(n, rng):
    """n words of 100 letters, spellings of about 100 base words shuffled together."""
    bases = ["".join(rng.choices(LETTERS, k=100)) for _ in range(min(100, n))]
    strs = []
    for i in range(n):
        letters = list(bases[i % len(bases)])
        rng.shuffle(letters)
        strs.append("".join(letters))
    rng.shuffle(strs)
    return {"strs": strs}
