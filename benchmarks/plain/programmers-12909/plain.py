"""A stack: push every '(' and pop one for every ')'; a ')' with nothing to pop, or anything
left on the stack at the end, means the string is not balanced.

Time: O(n). Space: O(n) for the stack.
Written plainly: a list used as a stack with append / pop, a for loop over the characters.
"""


def solution(s):
    stack = []
    for ch in s:
        if ch == "(":
            stack.append(ch)
        else:
            if len(stack) == 0:
                return False
            stack.pop()
    if len(stack) == 0:
        return True
    return False
