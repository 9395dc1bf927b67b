"""Sort the counts largest first: the i-th paper (1-based) supports h = i while it has at least i citations.

Once a paper has fewer citations than its rank, no later paper can qualify, so
the H-Index is the number of ranks i with citations[i-1] >= i.

Time: O(n log n). Space: O(n).
"""


def solution(citations):
    """Count the ranks whose paper has at least that many citations."""
    ranked = sorted(citations, reverse=True)
    return sum(1 for rank, cited in enumerate(ranked, 1) if cited >= rank)
