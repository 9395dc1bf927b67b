"""12909: rejects a ')' with nothing open but forgets the '(' still open at the end, so "(()" passes."""


def solution(s):
    stack = []
    for ch in s:
        if ch == "(":
            stack.append(ch)
        elif not stack:
            return False
        else:
            stack.pop()
    return True
