"""For each of the scores 10 to 1, either beat Apeach by one arrow or leave it; spare arrows go to 0 points.

Winning score k never needs more than info + 1 arrows, and an arrow on a score Ryan
does not win is wasted, so each of the 2^10 subsets of scores to win is one
candidate. Arrows left over go to 0 points, which helps the tie-break and nothing else.

Time: O(2^10 * 11). Space: O(1).
"""


def solution(n, info):
    """Best plan over the 1,024 subsets of scores 10..1 that Ryan takes."""
    best_key, best = None, [-1]
    for mask in range(1 << 10):
        ryan = [info[i] + 1 if mask >> i & 1 else 0 for i in range(10)]
        if sum(ryan) > n:
            continue
        ryan.append(n - sum(ryan))  # the rest on 0 points
        margin = sum(10 - i if ryan[i] > info[i] else -(10 - i) if info[i] else 0 for i in range(11))
        key = (margin, ryan[::-1])
        if margin > 0 and (best_key is None or key > best_key):
            best_key, best = key, ryan
    return best
