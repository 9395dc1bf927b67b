"""Input generators for 완주하지 못한 선수 beyond what the constraints alone give.

Every input is built here (completion is participant minus one runner, shuffled),
since derived lists would almost never be related that way. The mistakes members
make, and what shows them:

- names kept in a set or a plain "seen" dict, so duplicates collapse: the runner
  who did not finish shares a name with one who did (official example 3);
- sorting both lists and comparing pairwise, but forgetting the case where they
  agree to the end: the missing runner's name sorts after every other;
- returning the finisher's name at the first mismatch instead of the participant's:
  the missing runner sorts before some finisher.
"""

from string import ascii_lowercase

from hypothesis import strategies as st

POOL = ["a", "ab", "b", "ba", "z", "ana", "leo", "mislav", "zz"]  # near-equal and prefix names


@st.composite
def _race(draw, names, missing_last=False):
    participant = draw(st.lists(names, min_size=1, max_size=9))
    if missing_last:  # one runner whose name sorts after everyone else's
        participant.append(max(participant) + "z")
    out = len(participant) - 1 if missing_last else draw(st.integers(0, len(participant) - 1))
    completion = participant[:out] + participant[out + 1:]
    return {"participant": draw(st.permutations(participant)), "completion": draw(st.permutations(completion))}


def strategy_duplicate_names():
    """Names from a small pool, so most races have namesakes, the missing runner often among them."""
    return _race(st.sampled_from(POOL))


def strategy_missing_sorts_last():
    """The runner who did not finish has the name that sorts last."""
    return _race(st.sampled_from(POOL[:-1]) | st.text(ascii_lowercase, min_size=1, max_size=3), missing_last=True)


def strategy_any_names():
    """Short random names: distinct ones, repeats, the missing runner anywhere in sorted order."""
    return _race(st.text("abc", min_size=1, max_size=3))


def _finish(participant, rng):
    """The arguments for this field of runners, one of them (at random) not finishing."""
    completion = participant[:]
    rng.shuffle(completion)
    completion.pop()
    return {"participant": participant, "completion": completion}


def worst_random_names(n, rng):
    """n names of 20 random letters, almost all different: the largest table to build and list to sort."""
    return _finish(["".join(rng.choices(ascii_lowercase, k=20)) for _ in range(n)], rng)


def worst_namesakes(n, rng):
    """Only 50 different names, about n/50 runners each: duplicates everywhere."""
    pool = ["".join(rng.choices(ascii_lowercase, k=rng.randint(1, 20))) for _ in range(50)]
    return _finish([rng.choice(pool) for _ in range(n)], rng)
