"""Input generators for 사칙연산 beyond what the constraints alone give.

Every arr is built as numbers joined by signs, so each draw alternates number and
sign as the statement requires. The mistakes members make here:

- the largest value only: a difference needs the right side's *smallest* value,
  so keeping one table of maxima (max - max) is wrong;
- tables started at 0: values such as 1 - 5 are negative, so a largest value that
  starts at 0 (or a smallest that starts small) is never replaced;
- the wrong fill order: filling by start and then end, both ascending, reads
  stretches that are not computed yet; fill by length (or start from the right);
- a bracket round the first number only: -(x) + the rest, greedy, misses a bracket
  over a longer stretch such as 1 - (3 + 5 - 8);
- one bracket flips everything: head - x + every later number, as if all later
  minus signs could become plus.

They all need several minus signs, so the strategies lean on "-", use a few
small numbers (ties and near-ties make the brackets matter) and draw 2 to 8 numbers
so that the oracle, which tries every bracketing, stays fast.
"""

from hypothesis import strategies as st


@st.composite
def _expression(draw, numbers, signs, count=st.integers(2, 8)):
    """numbers[0] sign numbers[1] sign ... as the list of strings arr."""
    k = draw(count)
    arr = [str(draw(numbers))]
    for _ in range(k - 1):
        arr += [draw(signs), str(draw(numbers))]
    return {"arr": arr}


def strategy_mostly_minus():
    """Two minus signs in three, numbers 1 to 1000."""
    return _expression(st.integers(1, 1000), st.sampled_from(["-", "-", "+"]))


def strategy_small_numbers():
    """Numbers from 1 to 9 with either sign: many bracketings tie or nearly tie."""
    return _expression(st.integers(1, 9), st.sampled_from(["-", "+"]))


def strategy_two_numbers():
    """A single operator: x - y can be negative, the simplest stretch."""
    return _expression(st.integers(1, 1000), st.sampled_from(["-", "+"]), st.just(2))


def _worst(n, rng, sign):
    k = (n + 1) // 2  # an even n is one more than the odd length below it
    arr = [str(rng.randint(1, 1000))]
    for _ in range(k - 1):
        arr += [sign(rng), str(rng.randint(1, 1000))]
    return {"arr": arr}


def worst_random(n, rng):
    """(n + 1) / 2 numbers from 1 to 1000 with random signs."""
    return _worst(n, rng, lambda r: r.choice("+-"))


def worst_all_minus(n, rng):
    """Every sign a minus: every split of every stretch takes the min/max branch."""
    return _worst(n, rng, lambda r: "-")
