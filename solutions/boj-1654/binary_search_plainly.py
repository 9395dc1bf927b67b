"""Binary search on the piece length from 1 to the longest cable, counting pieces with a plain loop.

Shorter pieces give more of them, so the lengths that give at least N pieces
form a range [1, answer]: keep the last mid that worked and search above it.
Starting at 1, never 0, keeps mid from being 0.

Time: O(K log(longest cable)). Space: O(K).
"""
import sys

input = sys.stdin.readline

k, n = map(int, input().split())
lengths = [int(input()) for _ in range(k)]
lo, hi = 1, max(lengths)
answer = 1
while lo <= hi:
    mid = (lo + hi) // 2
    pieces = 0
    for length in lengths:
        pieces += length // mid
    if pieces >= n:
        answer = mid
        lo = mid + 1
    else:
        hi = mid - 1
print(answer)
