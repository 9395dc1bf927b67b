"""Warshall's closure on bitsets: each boxer's row of beaten boxers is one int, merged a row at a time.

For each middle boxer k, every boxer who beats k also beats everyone k beats: one
`|=` of ints per pair (i, k) instead of a loop over j.

Time: O(n^3 / w) for word size w. Space: O(n^2) bits.
"""


def solution(n, results):
    """How many boxers are ordered against every other boxer by the results and their chains."""
    beats = [0] * (n + 1)
    for a, b in results:
        beats[a] |= 1 << b
    for k in range(1, n + 1):
        bit = 1 << k
        for i in range(1, n + 1):
            if beats[i] & bit:
                beats[i] |= beats[k]
    beaten_by = [0] * (n + 1)
    for a in range(1, n + 1):
        for b in range(1, n + 1):
            if beats[a] >> b & 1:
                beaten_by[b] |= 1 << a
    return sum(1 for x in range(1, n + 1) if (beats[x] | beaten_by[x]).bit_count() == n - 1)
