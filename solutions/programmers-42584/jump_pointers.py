"""From the right, find each second's first fall by jumping along the falls already found.

If the price at j is no lower than at i, nothing between j and j's own first fall
is lower either, so the search for i jumps straight to fall[j].

Time: O(n) amortised, like the stack. Space: O(n).
"""


def solution(prices):
    """Seconds each price holds, from the index of its first fall (n when none)."""
    n = len(prices)
    fall = [n] * n
    for i in range(n - 2, -1, -1):
        j = i + 1
        while j < n and prices[j] >= prices[i]:
            j = fall[j]
        fall[i] = j
    return [min(f, n - 1) - i for i, f in enumerate(fall)]
