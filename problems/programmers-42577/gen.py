"""Input generators for 전화번호 목록 beyond what the constraints alone give.

Random digit strings almost never begin one another, so uniform inputs all
answer True. These plant prefix pairs, and near misses, where the mistakes fail.
The mistakes members make, and what shows them:

- comparing neighbours without sorting first: a prefix pair that is not adjacent;
- checking only one direction (does an earlier number begin a later one?): the
  longer number listed before its prefix;
- sorting numerically (key=int) instead of as text: "12", "13", "120", where the
  numeric order separates "12" from "120" (and a leading 0 is lost);
- `a in b` instead of `b.startswith(a)`: a number found inside another, not at its start;
- after sorting, checking only the first (shortest-sorting) number against the rest.

The one worst case has every number the same length (all 10^6 six-digit numbers
at the maximum), so the answer is True and every solution reads everything.
Longer numbers would cost the hash solution more, but at 10^6 numbers they also
cost the kit seconds to build and validate, so they are left out.
"""

from hypothesis import strategies as st

DIGITS = "0123456789"


@st.composite
def strategy_planted_pair(draw):
    """A few numbers plus a planted pair: a prefix, a number inside another, or a numeric-order trap."""
    book = draw(st.lists(st.text(DIGITS, min_size=1, max_size=4), max_size=6, unique=True))
    a = draw(st.text(DIGITS, min_size=1, max_size=3))
    tail = draw(st.text(DIGITS, min_size=1, max_size=3))
    kind = draw(st.sampled_from(["prefix", "inside", "numeric"]))
    if kind == "prefix":  # a begins a + tail
        planted = [a, a + tail]
    elif kind == "inside":  # a inside tail + a, not at its start (unless by chance)
        planted = [a, tail + a]
    else:  # a, a number between a and a + "0" numerically, then a + "0"
        planted = [a, str(int(a) + 1), a + "0"]
    book = list(dict.fromkeys(book + planted))  # distinct, order kept
    return {"phone_book": draw(st.permutations(book))}


def strategy_few_digits():
    """Short numbers over three digits: prefixes everywhere, in every order, leading zeros too."""
    return st.lists(st.text("012", min_size=1, max_size=4), min_size=1, max_size=8, unique=True).map(
        lambda book: {"phone_book": book})


def worst_same_length(n, rng):
    """n different numbers of equal length (the fewest digits that allow n), in scrambled order: True."""
    digits = max(1, len(str(n - 1)))
    size = 10 ** digits
    step = rng.randrange(1, size)
    while step % 2 == 0 or step % 5 == 0:  # coprime to 10**digits, so i -> i * step is a permutation
        step = rng.randrange(1, size)
    start = rng.randrange(size)
    return {"phone_book": [f"{(start + i * step) % size:0{digits}d}" for i in range(n)]}
