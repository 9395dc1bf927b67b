"""The 1-D DP, but each item updates the whole row in one list comprehension.

Shifting the row right by w and adding v gives every "take the item" value at
once; the new row is the element-wise max with the old one. The same O(N * K)
work, done by the interpreter's C loops instead of Python statements.

Time: O(N * K). Space: O(K).
"""
import sys

input = sys.stdin.readline

n, k = map(int, input().split())
best = [0] * (k + 1)
for _ in range(n):
    w, v = map(int, input().split())
    if w <= k:
        taken = best[: k + 1 - w]
        best = best[:w] + [old if old >= new + v else new + v for old, new in zip(best[w:], taken)]
print(best[k])
