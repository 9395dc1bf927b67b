"""Count ways per running total: many sign vectors share a total, so merge them.

A Counter maps each reachable total to how many sign choices reach it. The
totals stay within [-sum(numbers), sum(numbers)], at most 2001 of them.

Time: O(n * S) with S = sum(numbers) <= 1000. Space: O(S).
"""

from collections import Counter


def solution(numbers, target):
    """Ways to reach each total, one number at a time; then the target's count."""
    ways = Counter({0: 1})
    for x in numbers:
        step = Counter()
        for total, count in ways.items():
            step[total + x] += count
            step[total - x] += count
        ways = step
    return ways[target]
