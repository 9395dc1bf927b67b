"""Input generators for 체육복 beyond what the constraints alone give.

The mistakes members make here:

- not settling lost ∩ reserve first: a student who lost a uniform but brought a
  spare wears it themself, yet code that skips this lets them lend it away or
  borrow another one;
- removing that intersection while iterating over the same list
  (``for r in reserve: ... reserve.remove(r)``), which skips the next element;
- lending in the order the lists are given: lost and reserve are not sorted,
  and a greedy pass over an unsorted list gives a spare to the wrong side;
- preferring the neighbour behind (i + 1) while sweeping forward, which takes
  the spare the next student needed.

Uniform lists of distinct numbers almost never put a lender between two
students who both need one, or a student in both lists next to a neighbour who
needs a uniform. The strategies build classrooms student by student from a few
statuses, pack them into runs of lost/spare/both, and shuffle both lists.
"""

from hypothesis import strategies as st

STATUSES = ("lost", "spare", "both", "neither")


def classroom(statuses):
    """lost and reserve (sorted) for students 1..n with these statuses, or None if either is empty."""
    lost = [i for i, s in enumerate(statuses, 1) if s in ("lost", "both")]
    reserve = [i for i, s in enumerate(statuses, 1) if s in ("spare", "both")]
    return (lost, reserve) if lost and reserve else None


@st.composite
def _classroom(draw, weights):
    """A class of 2..9 students; each status drawn from ``weights``; lists shuffled."""
    n = draw(st.integers(2, 9))
    statuses = draw(st.lists(st.sampled_from(weights), min_size=n, max_size=n))
    made = classroom(statuses)
    if made is None:  # at least one theft and one spare: force them in
        at = draw(st.integers(0, n - 1))
        statuses[at] = "both"
        made = classroom(statuses)
    lost, reserve = made
    return {"n": n, "lost": draw(st.permutations(lost)), "reserve": draw(st.permutations(reserve))}


def strategy_mixed():
    """Every status equally likely."""
    return _classroom(STATUSES)


def strategy_tight():
    """Mostly lost and spare, some both: lenders sit between two students who need one."""
    return _classroom(("lost", "lost", "spare", "spare", "both"))


@st.composite
def strategy_chain(draw):
    """A run of alternating needs and spares (L S L S ... or S L S L ...), a 'both' dropped in, shuffled."""
    n = draw(st.integers(3, 9))
    first = draw(st.sampled_from([0, 1]))
    statuses = ["lost" if (i + first) % 2 == 0 else "spare" for i in range(n)]
    for _ in range(draw(st.integers(0, 2))):
        statuses[draw(st.integers(0, n - 1))] = draw(st.sampled_from(STATUSES))
    made = classroom(statuses) or classroom(["lost", "spare"] + statuses[2:])
    lost, reserve = made
    return {"n": n, "lost": draw(st.permutations(lost)), "reserve": draw(st.permutations(reserve))}


def _shuffled(n, statuses, rng):
    lost, reserve = classroom(statuses)
    rng.shuffle(lost)
    rng.shuffle(reserve)
    return {"n": n, "lost": lost, "reserve": reserve}


def worst_alternating(n, rng):
    """Need, spare, need, spare...: every spare has a neighbour on each side to choose from."""
    return _shuffled(n, ["lost" if i % 2 == 0 else "spare" for i in range(n)], rng)


def worst_spares_around(n, rng):
    """Spare, need, spare, repeated: every student in need has a spare on each side."""
    return _shuffled(n, ["lost" if i % 3 == 1 else "spare" for i in range(n)], rng)


def worst_random(n, rng):
    """Random statuses, at least one theft and one spare."""
    statuses = [rng.choice(STATUSES) for _ in range(n)]
    statuses[0], statuses[-1] = "lost", "spare"
    return _shuffled(n, statuses, rng)
