"""Input generators for 조이스틱 beyond what the constraints alone give.

The letters cost their up/down presses wherever the cursor meets them; the whole
problem is the cursor route round the ring. The mistakes members make here:

- a greedy route that always moves to the nearest letter still to set, which
  can leave a letter behind and walk back for it;
- the formula published before the 2022-01-14 revision, min(n - 1, 2i + n - j),
  which only tries going right and then turning back, never going left first
  (and overcounts when the name ends in A);
- turning back only around the longest run of A, though a shorter run nearer
  one end can be cheaper to skip;
- a cursor that only moves right, to the last letter that is not A;
- going down from A as ord('Z') - ord(c): Z costs one press, not none.

Uniform random names almost never have long runs of A, so the strategies build
names from runs of A at the start, in the middle and at the end, rings that
read the same both ways round (turning back early and late tie), and sparse
names with a few letters far apart. The letters favour N (13 presses either
way), Z and Y (down through A) and B.
"""

from hypothesis import strategies as st

LETTERS = "BNZYOM"


@st.composite
def strategy_a_runs(draw):
    """Runs of A (possibly at either end) between short runs of letters, at most 20 long."""
    parts = ["A" * draw(st.integers(0, 4))]
    while len("".join(parts)) < 16 and draw(st.booleans()):
        parts.append("".join(draw(st.lists(st.sampled_from(LETTERS), min_size=1, max_size=3))))
        parts.append("A" * draw(st.integers(1, 6)))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(LETTERS)))
    name = "".join(parts)[:20]
    return {"name": name or "A"}


@st.composite
def strategy_symmetric(draw):
    """A ring that reads the same both ways from index 0: going left first or right first tie."""
    half = "".join(draw(st.lists(st.sampled_from("AAAB" + LETTERS), min_size=0, max_size=9)))
    middle = draw(st.sampled_from(["", "A", "B", "Z"]))
    first = draw(st.sampled_from("AB"))
    return {"name": first + half + middle + half[::-1]}


@st.composite
def strategy_sparse(draw):
    """Mostly A, with one to four letters anywhere in up to 20 places."""
    n = draw(st.integers(1, 20))
    name = ["A"] * n
    for _ in range(draw(st.integers(1, 4))):
        name[draw(st.integers(0, n - 1))] = draw(st.sampled_from(LETTERS))
    return {"name": "".join(name)}


def worst_no_a(n, rng):
    """No A at all: every letter must be visited, straight along the ring."""
    return {"name": "".join(rng.choice("BCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))}


def worst_alternating(n, rng):
    """Letter, A, letter, A...: many short runs of A, each a candidate place to turn."""
    return {"name": "".join(rng.choice(LETTERS) if i % 2 == 0 else "A" for i in range(n))}


def worst_sparse(n, rng):
    """Letters at both ends of a long run of A: the route must turn back."""
    name = ["A"] * n
    for i in {0, 1, n - 2, n - 1, rng.randrange(n)}:
        if 0 <= i < n:
            name[i] = rng.choice(LETTERS)
    return {"name": "".join(name)}
