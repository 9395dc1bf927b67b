"""Each kind with c pieces offers c + 1 choices (one of its pieces, or none); multiply, then drop the empty outfit.

The choices for different kinds are independent, so the outfits, including
the one with nothing on, number the product of (c + 1). Wearing nothing is not
allowed: subtract 1.

Time: O(n). Space: O(k) for k kinds.
"""

from collections import Counter
from math import prod


def solution(clothes):
    """prod(count + 1 for each kind) - 1."""
    counts = Counter(kind for _, kind in clothes)
    return prod(c + 1 for c in counts.values()) - 1
