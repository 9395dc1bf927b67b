"""Dynamic programming over sets: which sets of dungeons can be explored in some order?

Whatever the order, exploring a set S leaves exactly k - cost(S) fatigue. So S
is reachable when, for some d in S, S without d is reachable and k minus its
cost is at least d's need. The answer is the size of the largest reachable set.

Time: O(2^n * n). Space: O(2^n).
"""


def solution(k, dungeons):
    """Size of the largest set that some order can explore."""
    n = len(dungeons)
    spent = [0] * (1 << n)
    reachable = [False] * (1 << n)
    reachable[0] = True
    best = 0
    for s in range(1, 1 << n):
        low = (s & -s).bit_length() - 1
        spent[s] = spent[s & (s - 1)] + dungeons[low][1]
        reachable[s] = any(s >> i & 1 and reachable[s ^ 1 << i] and k - spent[s ^ 1 << i] >= need
                           for i, (need, _) in enumerate(dungeons))
        if reachable[s]:
            best = max(best, bin(s).count("1"))
    return best
