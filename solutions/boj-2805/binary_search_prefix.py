"""Binary search on the saw's height, each step answered in O(log N) from sorted heights and prefix sums.

The trees taller than H are a suffix of the sorted heights, found with bisect_right;
their wood is (their sum) - (their count) * H, read from a table of suffix sums.

Time: O(N log N + log(max height) * log N). Space: O(N).
"""
import sys
from bisect import bisect_right
from itertools import accumulate


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    heights = sorted(map(int, data[2:2 + n]))
    prefix = [0, *accumulate(heights)]
    lo, hi = 0, heights[-1]
    while lo < hi:  # the answer is in [lo, hi]
        mid = (lo + hi + 1) // 2
        i = bisect_right(heights, mid)
        if (prefix[n] - prefix[i]) - (n - i) * mid >= m:
            lo = mid
        else:
            hi = mid - 1
    print(lo)


main()
