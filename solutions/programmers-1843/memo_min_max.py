"""Top-down: the smallest and largest value of numbers[i..j], memoised, from every last operator.

For a difference the largest value is the left's largest minus the right's
smallest, and the smallest value the left's smallest minus the right's largest.

Time: O(k^3) for k numbers. Space: O(k^2) for the memo.
"""

from functools import cache


def solution(arr):
    """The largest value over all orders of evaluation of arr."""
    numbers = [int(x) for x in arr[::2]]
    signs = arr[1::2]

    @cache
    def bounds(i, j):
        """(smallest, largest) value of numbers[i..j] over all bracketings."""
        if i == j:
            return numbers[i], numbers[i]
        lows, highs = [], []
        for m in range(i, j):
            (a_lo, a_hi), (b_lo, b_hi) = bounds(i, m), bounds(m + 1, j)
            if signs[m] == "+":
                lows.append(a_lo + b_lo)
                highs.append(a_hi + b_hi)
            else:
                lows.append(a_lo - b_hi)
                highs.append(a_hi - b_lo)
        return min(lows), max(highs)

    return bounds(0, len(numbers) - 1)[1]
