"""The 포도주 시식 (BOJ 2156) recurrence: any stair may be skipped, several in a row, and the last one too."""
import sys

input = sys.stdin.readline
n = int(input())
score = [0] + [int(input()) for _ in range(n)]
best = [0] * (n + 1)
for i in range(1, n + 1):
    best[i] = max(best[i - 1], (best[i - 2] if i >= 2 else 0) + score[i],
                  (best[i - 3] if i >= 3 else 0) + score[i - 1] + score[i])
print(best[n])
