"""Input generators for 더 맵게 beyond what the constraints alone give.

The mistakes members make here:

- no -1: popping two foods when only one is left (IndexError) instead of
  answering -1 when even mixing everything cannot reach K;
- the last food: answering -1 as soon as one food is left, without checking
  that this food may already be spicy enough (scoville [1, 2], K = 5 mixes once);
- "K 이상" read as "more than K": mixing while the mildest is <= K;
- sorting once and appending each mix at the back, as if the list stayed sorted;
- the formula turned round: mildest * 2 + second instead of mildest + second * 2.

Uniform inputs with K anywhere up to 10^9 are almost all impossible cases, so the
strategies pick K from the values that matter: a food's own score, a mix, the
score left after mixing everything, and one either side of them.
"""

import heapq

from hypothesis import strategies as st


def mixes_all(scoville):
    """Every score the mildest food takes while mixing down to one food."""
    heap = list(scoville)
    heapq.heapify(heap)
    seen = [heap[0]]
    while len(heap) > 1:
        heapq.heappush(heap, heapq.heappop(heap) + heapq.heappop(heap) * 2)
        seen.append(heap[0])
    return seen


@st.composite
def _around_k(draw, max_len, max_value):
    scoville = draw(st.lists(st.integers(0, max_value), min_size=2, max_size=max_len))
    pivots = sorted(set(scoville) | set(mixes_all(scoville)))
    pivot = draw(st.sampled_from(pivots))
    K = max(0, pivot + draw(st.sampled_from((-1, 0, 0, 1))))
    return {"scoville": scoville, "K": K}


def strategy_around_k():
    """Up to 8 mild foods, K at a food's score, a mix's score, or one away from them."""
    return _around_k(8, 12)


def strategy_last_food():
    """Two to four foods, so the answer often hinges on the single food left at the end."""
    return _around_k(4, 6)


def strategy_spread():
    """Foods far apart, where a mix can land below foods not yet used."""
    return _around_k(6, 1000)


@st.composite
def strategy_mix_before_unused(draw):
    """The first mix is still below K and milder than foods not yet used: it must be taken first."""
    mildest, second = sorted(draw(st.lists(st.integers(0, 5), min_size=2, max_size=2)))
    mix = mildest + second * 2
    unused = draw(st.lists(st.integers(mix + 1, mix + 20), min_size=1, max_size=4))
    K = draw(st.integers(mix + 1, max(unused) + 1))
    scoville = draw(st.permutations([mildest, second] + unused))
    return {"scoville": scoville, "K": K}


def worst_zeros_and_ones(n, rng):
    """Zeros and ones at random, K = 10^9: all n - 1 mixes, and each early mix (0) belongs before every unused 1.

    A sorted list that inserts each mix where it belongs shifts about n/2 items
    every time; a heap does not care.
    """
    return {"scoville": rng.choices((0, 1), k=n), "K": 1_000_000_000}
