"""Push each '(' and pop one for each ')'; the classic stack check.

A ')' needs an open '(' on the stack to match; at the end the stack must be empty.

Time: O(n). Space: O(n) for the stack.
"""


def solution(s):
    """True when every ')' pops a '(' and nothing is left on the stack."""
    stack = []
    for ch in s:
        if ch == "(":
            stack.append(ch)
        elif not stack:
            return False
        else:
            stack.pop()
    return not stack
