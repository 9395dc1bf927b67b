"""Lower the saw one metre at a time from the tallest tree until the wood cut reaches M.

The first height that yields enough is the highest one that does: the definition
itself, so it is the oracle. The heights add up to at least M, so the saw stops
by height 0 at the latest.

Time: O(N * max height). Space: O(N).
"""
import sys

input = sys.stdin.readline

n, m = map(int, input().split())
heights = list(map(int, input().split()))
saw = max(heights)
while sum(h - saw for h in heights if h > saw) < m:
    saw -= 1
print(saw)
