"""Try every piece length from the longest cable down to 1; the first that gives N pieces is the answer.

No piece can be longer than the longest cable, and pieces of 1 cm always give
enough. The definition itself, so it is the oracle.

Time: O(K * longest cable). Space: O(K).
"""
import sys

input = sys.stdin.readline

k, n = map(int, input().split())
lengths = [int(input()) for _ in range(k)]
piece = max(lengths)
while sum(length // piece for length in lengths) < n:
    piece -= 1
print(piece)
