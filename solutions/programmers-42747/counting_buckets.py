"""Bucket the papers by citations, capping at n; walk down from n, adding up papers with at least h.

A count above n helps no more than n itself, so n + 1 buckets suffice. The first
h (from the top) whose running total reaches h is the answer.

Time: O(n). Space: O(n).
"""


def solution(citations):
    """The largest h with at least h papers cited h or more times, by counting."""
    n = len(citations)
    buckets = [0] * (n + 1)
    for cited in citations:
        buckets[min(cited, n)] += 1
    papers = 0
    for h in range(n, -1, -1):
        papers += buckets[h]
        if papers >= h:
            return h
    return 0
