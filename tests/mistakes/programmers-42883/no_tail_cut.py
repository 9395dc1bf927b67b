"""42883: the stack solution without the tail cut, so removals still owed when the digits never rise are lost ("4321", k = 1)."""


def solution(number, k):
    stack = []
    for digit in number:
        while k and stack and stack[-1] < digit:
            stack.pop()
            k -= 1
        stack.append(digit)
    return "".join(stack)
