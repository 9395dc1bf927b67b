"""Try every subset of the clothes; count those that are not empty and hold at most one piece per kind.

An outfit is a set of pieces, so listing all 2^n subsets and keeping the valid
ones counts the outfits by definition. No counting formula: the oracle.
Exponential: small inputs only.

Time: O(2^n * n). Space: O(n).
"""

from itertools import compress, product


def solution(clothes):
    """The number of non-empty subsets with no kind worn twice."""
    kinds = [kind for _, kind in clothes]
    outfits = 0
    for chosen in product((False, True), repeat=len(clothes)):
        worn = list(compress(kinds, chosen))
        if worn and len(set(worn)) == len(worn):
            outfits += 1
    return outfits
