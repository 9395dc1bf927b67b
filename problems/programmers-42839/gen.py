"""Input generators for 소수 찾기 beyond what the constraints alone give.

The mistakes members make here:

- no deduplication: counting every arrangement, so "11" from two pieces counts twice;
- deduplicating strings, not numbers: "011" and "11" are different strings but one number;
- 0 and 1 taken for primes by a divisor loop that finds no divisor;
- the square root left out of the divisor loop (range(2, int(m ** 0.5))): 4, 9, 25, 49 pass as primes;
- only full-length arrangements, forgetting that some pieces may stay unused.

Uniform digit strings rarely hold repeated digits and zeros together, or spell a
prime's square; these strategies aim at exactly that.
"""

from hypothesis import strategies as st

SQUARES = ["4", "9", "25", "49", "121", "169", "289", "361", "529", "841", "961", "1369", "2209"]


def strategy_zeros_and_repeats():
    """Pieces from a few digits with zeros and ones: leading zeros and repeated values."""
    return st.lists(st.sampled_from("00113357"), min_size=1, max_size=4).map(lambda d: {"numbers": "".join(d)})


@st.composite
def strategy_prime_square(draw):
    """The pieces of a prime's square, shuffled, sometimes with one piece more."""
    pieces = list(draw(st.sampled_from(SQUARES)))
    if len(pieces) < 4 and draw(st.booleans()):
        pieces.append(draw(st.sampled_from("0123456789")))
    return {"numbers": "".join(draw(st.permutations(pieces)))}


def strategy_tiny():
    """One or two pieces: 0, 1, 2 and their pairs decide the small-number cases."""
    return st.text(alphabet="0123456789", min_size=1, max_size=2).map(lambda s: {"numbers": s})


def worst_prime_rich(n, rng):
    """Distinct digits 1..n, shuffled: 13,699 arrangements and 1,336 primes at n = 7, each
    prime costing trial division its full square root."""
    digits = list("1234567"[:n])
    rng.shuffle(digits)
    return {"numbers": "".join(digits)}


def worst_large_values(n, rng):
    """The n largest digits, shuffled: the largest values (9,876,543), the longest sieve."""
    digits = list("987654321"[:n])
    rng.shuffle(digits)
    return {"numbers": "".join(digits)}
