"""Monotonic stack: pop smaller digits while removals remain, then drop any leftover removals from the end.

Time: O(n): each digit is pushed and popped at most once. Space: O(n).
Written plainly: a list as the stack, a for loop over the characters, join at the end.
"""


def solution(number, k):
    stack = []
    for digit in number:
        while stack and k > 0 and stack[-1] < digit:
            stack.pop()
            k -= 1
        stack.append(digit)
    if k > 0:
        stack = stack[:-k]
    return ''.join(stack)
