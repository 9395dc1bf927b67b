"""Count the outfits by how many kinds they use, adding one kind at a time.

ways[j] is the number of outfits that use exactly j of the kinds seen so far.
A new kind with c pieces either stays off (ways[j] as it was) or adds one of
its c pieces to an outfit of j - 1 kinds. The answer sums ways[1:].

Time: O(n + k^2) for k kinds. Space: O(k).
"""

from collections import Counter


def solution(clothes):
    """Sum over j >= 1 of the outfits wearing exactly j kinds."""
    counts = Counter(kind for _, kind in clothes)
    ways = [1]  # ways[0]: the empty outfit, so far the only one
    for c in counts.values():
        ways = [a + c * b for a, b in zip(ways + [0], [0] + ways)]
    return sum(ways[1:])
