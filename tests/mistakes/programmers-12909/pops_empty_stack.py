"""12909: pops the stack for every ')' without checking that it is empty, so ")" raises IndexError."""


def solution(s):
    stack = []
    for ch in s:
        if ch == "(":
            stack.append(ch)
        else:
            stack.pop()
    return len(stack) == 0
