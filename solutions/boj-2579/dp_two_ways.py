"""best[i] is the highest score of a legal climb that stands on stair i; stair i is reached in two ways.

Either by a jump from stair i - 2 (best[i - 2]), or by a single step from stair
i - 1, which itself must have been reached by a jump from i - 3 so that no three
stairs in a row are stepped on (best[i - 3] + score[i - 1]). best[N] is the answer,
since the last stair must be stepped on. The start is stair 0, worth 0.

Time: O(N). Space: O(N).
"""
import sys

input = sys.stdin.readline

n = int(input())
score = [0] + [int(input()) for _ in range(n)]
best = [0] * (n + 1)
for i in range(1, n + 1):
    by_jump = best[i - 2] if i >= 2 else 0
    by_step = (best[i - 3] if i >= 3 else 0) + score[i - 1]
    best[i] = max(by_jump, by_step) + score[i]
print(best[n])
