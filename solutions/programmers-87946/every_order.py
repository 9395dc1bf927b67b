"""Walk the dungeons in every possible order and keep the best count.

In each order, enter a dungeon whenever the fatigue left is at least its need.
Any plan is some order with the unexplored dungeons skipped, so the best order
is the answer. This is the statement simulated as written.

Time: O(n! * n). Space: O(n).
"""

from itertools import permutations


def solution(k, dungeons):
    """Most dungeons explored over all orders."""
    best = 0
    for order in permutations(dungeons):
        fatigue, explored = k, 0
        for need, cost in order:
            if fatigue >= need:
                fatigue -= cost
                explored += 1
        best = max(best, explored)
    return best
