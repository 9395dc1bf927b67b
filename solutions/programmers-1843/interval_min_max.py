"""Interval DP over the numbers, keeping both the largest and the smallest value of every stretch.

A stretch i..j is (i..k) op (k+1..j) for its last operator k. A sum is largest when
both sides are; a difference is largest when the left is largest and the right
smallest, so the smallest values are needed too. Stretches are filled by length.

Time: O(k^3) for k numbers (about 170,000 splits at k = 101). Space: O(k^2).
"""


def solution(arr):
    """The largest value over all orders of evaluation of arr."""
    numbers = [int(x) for x in arr[::2]]
    signs = arr[1::2]
    k = len(numbers)
    hi = [[0] * k for _ in range(k)]
    lo = [[0] * k for _ in range(k)]
    for i, x in enumerate(numbers):
        hi[i][i] = lo[i][i] = x
    for length in range(2, k + 1):
        for i in range(k - length + 1):
            j = i + length - 1
            best, worst = float("-inf"), float("inf")
            for m in range(i, j):
                if signs[m] == "+":
                    best = max(best, hi[i][m] + hi[m + 1][j])
                    worst = min(worst, lo[i][m] + lo[m + 1][j])
                else:
                    best = max(best, hi[i][m] - lo[m + 1][j])
                    worst = min(worst, lo[i][m] - hi[m + 1][j])
            hi[i][j], lo[i][j] = best, worst
    return hi[0][k - 1]
