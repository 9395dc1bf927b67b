"""Try every set of stepped-on stairs and keep the best one the rules allow: the oracle.

A set (a bit mask over stairs 1..N) is allowed when it holds the last stair, every
gap from the start (stair 0, not a stair) onwards is one or two, and no three
stairs in a row are all in it. The rules are checked as written; 2^N sets.

Time: O(2^N * N). Space: O(N).
"""
import sys

input = sys.stdin.readline

n = int(input())
scores = [int(input()) for _ in range(n)]
best = 0
for mask in range(1 << n):
    stepped = [i + 1 for i in range(n) if mask >> i & 1]
    if not stepped or stepped[-1] != n:
        continue
    path = [0] + stepped
    if any(b - a > 2 for a, b in zip(path, path[1:])):
        continue
    if any(stepped[k + 2] == stepped[k] + 2 for k in range(len(stepped) - 2)):
        continue
    best = max(best, sum(scores[i - 1] for i in stepped))
print(best)
