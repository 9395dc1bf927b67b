"""Score each student against their repeating pattern, indexed modulo its length.

Time: O(n). Space: O(1).
"""

PATTERNS = ([1, 2, 3, 4, 5], [2, 1, 2, 3, 2, 4, 2, 5], [3, 3, 1, 1, 2, 2, 4, 4, 5, 5])


def solution(answers):
    """Every student whose score equals the best, in ascending order."""
    scores = [sum(a == p[i % len(p)] for i, a in enumerate(answers)) for p in PATTERNS]
    best = max(scores)
    return [student for student, score in enumerate(scores, 1) if score == best]
