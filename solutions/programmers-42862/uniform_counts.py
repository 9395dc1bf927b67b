"""Count each student's uniforms, then sweep the line once, borrowing from the front first.

have[i] is 1, plus 1 for a spare, minus 1 for a theft, so a student in both
lists simply has 1. Sweeping from the first student, one with none borrows from
the student before if that one has 2, else from the student after.

Time: O(n). Space: O(n).
"""


def solution(n, lost, reserve):
    """Students with at least one uniform after a single left-to-right sweep."""
    have = [0] + [1] * n + [0]
    for i in lost:
        have[i] -= 1
    for i in reserve:
        have[i] += 1
    for i in range(1, n + 1):
        if have[i] == 0:
            for giver in (i - 1, i + 1):
                if have[giver] == 2:
                    have[giver] -= 1
                    have[i] += 1
                    break
    return sum(1 for i in range(1, n + 1) if have[i] >= 1)
