"""Try every set of meetings and keep the largest in which no two overlap: the oracle.

Two meetings fit together when one ends no later than the other starts (a meeting
may start the moment another ends, and a zero-length meeting at time t fits with
anything that ends or starts at t). Each of the 2^N sets is checked pair by pair,
with no sorting and no greedy choice. Only for a dozen meetings.

Time: O(2^N * N^2). Space: O(N).
"""
import sys

input = sys.stdin.readline

n = int(input())
meetings = [tuple(map(int, input().split())) for _ in range(n)]
best = 0
for mask in range(1 << n):
    chosen = [meetings[i] for i in range(n) if mask >> i & 1]
    if len(chosen) <= best:
        continue
    if all(a_end <= b_start or b_end <= a_start
           for i, (a_start, a_end) in enumerate(chosen) for b_start, b_end in chosen[i + 1:]):
        best = len(chosen)
print(best)
