"""Try every subsequence, as a bit mask over the terms, and keep the longest that strictly increases: the oracle.

It checks the definition directly on each of the 2^N - 1 non-empty choices of
terms, so it is right by construction and only usable for a dozen terms.

Time: O(2^N * N). Space: O(N).
"""
import sys

input = sys.stdin.readline

n = int(input())
terms = list(map(int, input().split()))
best = 0
for mask in range(1, 1 << n):
    kept = [terms[i] for i in range(n) if mask >> i & 1]
    if all(a < b for a, b in zip(kept, kept[1:])):
        best = max(best, len(kept))
print(best)
