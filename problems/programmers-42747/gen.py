"""Input generators for H-Index beyond what the constraints alone give.

The mistakes members make here:

- trying only the citation counts themselves as h: for [10, 10] the H-Index is
  2, a number that appears nowhere in the list;
- off by one in the ranked scan: cited > rank instead of cited >= rank;
- returning the citation count of the deciding paper instead of the number of
  papers (the h of [10, 10] is not 10);
- no answer when no paper qualifies: a loop that returns inside and falls off
  the end gives None for all zeros.

Uniform counts up to 10,000 on a few papers make every paper qualify (h = n),
which hides most of these. These strategies keep the counts near the number of
papers, with repeats, zeros and counts far above n.
"""

from hypothesis import strategies as st


@st.composite
def strategy_counts_near_n(draw):
    """Up to 8 papers cited about as often as there are papers: the answer is somewhere inside."""
    n = draw(st.integers(1, 8))
    counts = st.integers(0, n + 1) | st.sampled_from((0, n, n + 5, 10_000))
    return {"citations": draw(st.lists(counts, min_size=n, max_size=n))}


@st.composite
def strategy_all_equal(draw):
    """Every paper cited the same number of times: zeros, or counts above n."""
    n = draw(st.integers(1, 6))
    return {"citations": [draw(st.sampled_from((0, 1, n - 1, n, n + 1, 10, 10_000)))] * n}


def worst_random(n, rng):
    """Random counts up to 10,000."""
    return {"citations": [rng.randint(0, 10_000) for _ in range(n)]}


def worst_all_zeros(n, rng):
    """No paper cited: h = 0, found last by a search from the top."""
    return {"citations": [0] * n}


def worst_half(n, rng):
    """0..n-1 shuffled: h = n / 2, in the middle of every search."""
    citations = list(range(n))
    rng.shuffle(citations)
    return {"citations": citations}
