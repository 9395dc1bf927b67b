"""Keep on a stack the seconds whose price has not fallen yet; when a lower price comes,
pop them and record how long they waited. Whatever is left never fell.

Time: O(n) (each second is pushed and popped once). Space: O(n).
Written plainly: a list as the stack, indexes in a for-range loop, a second loop for the rest.
"""


def solution(prices):
    n = len(prices)
    answer = [0] * n
    stack = []
    for i in range(n):
        while stack and prices[stack[-1]] > prices[i]:
            top = stack.pop()
            answer[top] = i - top
        stack.append(i)
    for i in stack:
        answer[i] = n - 1 - i
    return answer
