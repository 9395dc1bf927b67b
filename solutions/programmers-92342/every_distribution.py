"""Try every way to spread n arrows over the 11 scores and score each one by the rules.

A depth-first search gives score 10, then 9, ... any number of the arrows left,
and the last arrows to 0 points, keeping the margin so far: score k goes to
whoever hit it more often, to Apeach on a tie, to no one if neither hit it.
Among the ways where Ryan wins outright, the largest margin wins, then the most
arrows on 0 points, then on 1 point, and so on up.

Time: O(C(n + 10, 10)), 184,756 ways at n = 10. Space: O(1).
"""


def solution(n, info):
    """Ryan's arrows per score (10 down to 0) with the best margin and tie-break, or [-1]."""
    ryan = [0] * 11  # index i holds the arrows on 10 - i points
    best_key, best = None, [-1]

    def shoot(i, left, margin):
        """Try every count of arrows on score 10 - i, with the scores above it fixed."""
        nonlocal best_key, best
        if i == 10:
            ryan[10] = left  # 0 points: worth nothing either way
            key = (margin, ryan[::-1])  # then more arrows on the lowest scores
            if margin > 0 and (best_key is None or key > best_key):
                best_key, best = key, ryan[:]
            return
        for k in range(left + 1):
            ryan[i] = k
            won = 10 - i if k > info[i] else -(10 - i) if info[i] else 0
            shoot(i + 1, left - k, margin + won)

    shoot(0, n, 0)
    return best
