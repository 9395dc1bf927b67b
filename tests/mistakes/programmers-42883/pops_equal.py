"""42883: pops digits less than or equal to the new one (<= for <), spending removals on equal digits ("9919", k = 1)."""


def solution(number, k):
    stack = []
    for digit in number:
        while k and stack and stack[-1] <= digit:
            stack.pop()
            k -= 1
        stack.append(digit)
    return "".join(stack[:len(stack) - k])
