"""Try every h from len(citations) down to 0; the first one that fits the definition is the H-Index.

h fits when at least h papers have h or more citations and the others have at
most h. No h above the number of papers can fit. This is the definition
checked literally, which makes it the oracle.

Time: O(n^2). Space: O(1).
"""


def solution(citations):
    """The largest h with >= h papers cited >= h times and the rest cited <= h times."""
    for h in range(len(citations), -1, -1):
        at_least = sum(1 for c in citations if c >= h)
        rest = [c for c in citations if c < h] if at_least >= h else None
        if rest is not None and all(c <= h for c in rest):
            return h
    return 0
