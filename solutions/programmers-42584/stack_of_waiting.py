"""Keep the seconds still waiting for a fall on a stack; a lower price settles them.

The waiting prices on the stack never decrease from bottom to top, so a new
price pops exactly those above it, and each pop is that second's first fall.
Whatever is left never fell and holds until the last second.

Time: O(n): each second is pushed and popped once. Space: O(n).
"""


def solution(prices):
    """Seconds each price holds, settled when a lower price arrives."""
    n = len(prices)
    answer = [0] * n
    waiting = []  # indices whose price has not fallen yet; their prices rise to the top
    for j, price in enumerate(prices):
        while waiting and prices[waiting[-1]] > price:
            i = waiting.pop()
            answer[i] = j - i
        waiting.append(j)
    for i in waiting:
        answer[i] = n - 1 - i
    return answer
