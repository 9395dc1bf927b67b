"""Input generators for 같은 숫자는 싫어 beyond what the constraints alone give.

The mistakes members make here:

- removing every duplicate instead of consecutive ones (``set``, ``dict.fromkeys``,
  ``not in answer``): a digit that comes back in a later run disappears;
- the pairwise loop ``for i in range(len(arr) - 1)`` that keeps arr[i] when it
  differs from arr[i + 1] and never adds the last run;
- a "nothing kept yet" sentinel that is itself a digit (``prev = 0``), so a
  leading run of zeros vanishes.

Uniform digits rarely repeat a digit in a later run with a run of zeros in front,
so the strategies build arrays run by run from a small palette that includes 0.
"""

from itertools import accumulate, chain, islice, repeat

from hypothesis import strategies as st

PALETTE = [0, 0, 1, 2, 9]  # zeros twice as likely: the sentinel bug needs them first


@st.composite
def strategy_runs(draw):
    """A few runs of 1 to 3 equal digits; digits come back in later runs."""
    digits = draw(st.lists(st.sampled_from(PALETTE), min_size=1, max_size=6))
    lengths = draw(st.lists(st.integers(1, 3), min_size=len(digits), max_size=len(digits)))
    return {"arr": [d for d, k in zip(digits, lengths) for _ in range(k)]}


def strategy_returning_digit():
    """Two digits alternating in runs, so each comes back: catches the set-based dedup."""
    return st.tuples(st.sampled_from([0, 1, 9]), st.sampled_from([2, 3]),
                     st.lists(st.integers(1, 3), min_size=3, max_size=5)).map(
        lambda t: {"arr": [t[i % 2] for i, k in enumerate(t[2]) for _ in range(k)]})


def _runs_of(n, rng, longest):
    """n digits in runs of 1..longest, each run's digit unlike the previous run's."""
    # Random bytes mapped through a table, then iterators: no Python loop over a million items.
    steps = rng.randbytes(n).translate(bytes(b % 9 + 1 for b in range(256)))
    lengths = rng.randbytes(n).translate(bytes(b % longest + 1 for b in range(256)))
    digits = (total % 10 for total in accumulate(steps, initial=rng.randint(0, 9)))
    return list(islice(chain.from_iterable(map(repeat, digits, lengths)), n))


def worst_random_runs(n, rng):
    """Runs of 1 to 5 equal digits: about a third of the input survives."""
    return {"arr": _runs_of(n, rng, 5)}


def worst_no_repeats(n, rng):
    """No two neighbours equal: the answer is as long as the input."""
    return {"arr": _runs_of(n, rng, 1)}
