"""Count the open parentheses from left to right; fail as soon as the count goes negative.

A ')' with nothing open can never be matched later, so a negative count is
final; at the end, every '(' must have been closed.

Time: O(n). Space: O(1).
"""


def solution(s):
    """True when the running count of open '(' never dips below 0 and ends at 0."""
    depth = 0
    for ch in s:
        depth += 1 if ch == "(" else -1
        if depth < 0:
            return False
    return depth == 0
