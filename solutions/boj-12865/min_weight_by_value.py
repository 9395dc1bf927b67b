"""Turn the table around: the least weight that reaches each total value.

lightest[t] is the smallest weight of a subset worth exactly t. Each item folds
in from the top value down, as in the 1-D DP; the answer is the largest t whose
lightest weight fits in K. Values are small here (V <= 1,000, so t <= 100,000).

Time: O(N * sum of V). Space: O(sum of V).
"""
import sys

input = sys.stdin.readline

n, k = map(int, input().split())
items = [tuple(map(int, input().split())) for _ in range(n)]
total = sum(v for _, v in items)
lightest = [0] + [k + 1] * total  # k + 1: out of reach
for w, v in items:
    if v == 0 or w > k:
        continue
    for t in range(total, v - 1, -1):
        if lightest[t - v] + w < lightest[t]:
            lightest[t] = lightest[t - v] + w
print(max(t for t in range(total + 1) if lightest[t] <= k))
