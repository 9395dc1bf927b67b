"""Keep the digits on a stack; a larger digit pops smaller ones while removals remain.

Once a digit has a larger digit after it, removing it always helps, and the
earlier the position the more it helps. What is left is non-increasing, so any
removals still owed come off the end.

Time: O(n). Space: O(n).
"""


def solution(number, k):
    """The kept digits, with the unused removals cut from the tail."""
    stack = []
    for digit in number:
        while k and stack and stack[-1] < digit:
            stack.pop()
            k -= 1
        stack.append(digit)
    return "".join(stack[:len(stack) - k])
