"""Pick the answer digit by digit: the largest digit that still leaves enough digits after it.

The j-th kept digit comes from a window that ends at index k + j and starts
just after the previous pick; take its leftmost maximum. The windows only move
right, so a deque of indices with non-increasing digits (sliding-window
maximum) gives each maximum in amortised O(1).

Time: O(n). Space: O(n).
"""

from collections import deque


def solution(number, k):
    """The leftmost maximum of each window, one window per kept digit."""
    window = deque()
    picked = []
    for end in range(len(number)):
        while window and number[window[-1]] < number[end]:
            window.pop()
        window.append(end)
        if end >= k:
            picked.append(number[window.popleft()])
    return "".join(picked)
