"""Turn it around: step on everything, and choose the cheapest stairs to skip.

Skipped stairs can never be neighbours (a move covers at most two), among any three
stairs in a row at least one is skipped, and stair N is never skipped. So the first
skip is at stair 1, 2 or 3, each next one 2 or 3 stairs after the one before, and
the last one at N - 1 or N - 2 (or none at all, for N <= 2). cost[i] is the least
total of skips ending with stair i skipped; the answer is the total minus the least.

Time: O(N). Space: O(N).
"""
import sys

input = sys.stdin.readline

n = int(input())
score = [0] + [int(input()) for _ in range(n)]
INF = float("inf")
cost = [INF] * (n + 1)
cost[0] = 0  # the start, below stair 1, counts as skipped: stairs 1 and 2 may both be stepped on
for i in range(1, n):
    for gap in (2, 3):
        if i - gap >= 0 and cost[i - gap] + score[i] < cost[i]:
            cost[i] = cost[i - gap] + score[i]
    if i == 1:
        cost[1] = score[1]  # skipping stair 1: a jump from the start to stair 2
least = min(cost[i] for i in range(max(0, n - 2), n))
print(sum(score) - least)
