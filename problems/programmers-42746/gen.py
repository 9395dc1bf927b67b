"""Input generators for 가장 큰 수 beyond what the constraints alone give.

The mistakes members make here:

- all zeros: joining gives "000", but the number is "0";
- sorting the texts in plain reverse order: "30" comes before "3", though
  "330" beats "303";
- sorting by numeric value, largest first: 10 before 9;
- the repetition trick with too short a key: text * 2 puts 998 before 9, but
  "9998" beats "9989" (with numbers up to 1,000 the key needs text * 3).

Uniform numbers up to 1,000 seldom put one number's text at the start of
another's (3 and 30, 9 and 998), and almost never make every number 0. These
strategies draw from families of shared prefixes, and from zeros.
"""

from hypothesis import strategies as st

PREFIXED = (0, 1, 10, 100, 1000, 101, 110, 12, 121, 3, 30, 303, 34, 5, 50, 9, 98, 99, 989, 998, 999)


def strategy_shared_prefixes():
    """Up to 7 numbers whose texts begin with one another's: the order decides the answer."""
    return st.lists(st.sampled_from(PREFIXED), min_size=1, max_size=7).map(lambda numbers: {"numbers": numbers})


@st.composite
def strategy_one_digit_family(draw):
    """A digit d with numbers that start with d or dd (9 with 98, 99, 998; 1 with 10, 110, 1000)."""
    d = draw(st.integers(1, 9))
    family = sorted({d, 10 * d, 11 * d, 110 * d, 111 * d} | {110 * d + x for x in range(10)}
                    | {10 * d + x for x in range(10)} | {100 * d + x for x in range(10)})
    numbers = [d, 110 * d + draw(st.integers(0, 9))]  # d and "dd?": a text * 2 key misorders them when ? < d
    numbers += draw(st.lists(st.sampled_from([x for x in family if x <= 1000]), max_size=4))
    return {"numbers": draw(st.permutations(numbers))}


@st.composite
def strategy_mostly_zeros(draw):
    """Only zeros, or zeros and one other number."""
    numbers = [0] * draw(st.integers(1, 6))
    if draw(st.booleans()):
        numbers[draw(st.integers(0, len(numbers) - 1))] = draw(st.sampled_from((1, 10, 100, 1000, 7)))
    return {"numbers": numbers}


def worst_uniform(n, rng):
    """Random numbers in 0..1,000: every distinct value, every comparison needed."""
    return {"numbers": [rng.randint(0, 1000) for _ in range(n)]}

