"""Top-down recursion with memoisation: count(k) tries 1, 2 and 3 as the next term.

count(0) = 1 (the sum is complete) and count(k < 0) = 0 (overshot); functools.cache
remembers each of the ten values. The answers are written at once with sys.stdout.write.

Time: O(10 + T). Space: O(10).
"""
import sys
from functools import cache


@cache
def count(k):
    if k < 0:
        return 0
    if k == 0:
        return 1
    return count(k - 1) + count(k - 2) + count(k - 3)


data = sys.stdin.read().split()
t = int(data[0])
sys.stdout.write("\n".join(str(count(int(x))) for x in data[1:1 + t]) + "\n")
