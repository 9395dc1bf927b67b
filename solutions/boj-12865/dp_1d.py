"""One row of best values by capacity, each item folded in from the top capacity down.

best[c] is the most value within weight c using the items so far. Adding an item
of weight w and value v: best[c] = max(best[c], best[c - w] + v), for c from K
down to w, so the item is used at most once. The plain DP of this problem.

Time: O(N * K). Space: O(K).
"""
import sys

input = sys.stdin.readline

n, k = map(int, input().split())
best = [0] * (k + 1)
for _ in range(n):
    w, v = map(int, input().split())
    for c in range(k, w - 1, -1):
        if best[c - w] + v > best[c]:
            best[c] = best[c - w] + v
print(best[k])
