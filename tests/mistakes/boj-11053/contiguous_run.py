"""Counts the longest run of neighbouring terms that increase (a substring), not a subsequence."""
import sys

input = sys.stdin.readline
n = int(input())
terms = list(map(int, input().split()))
best = run = 1
for a, b in zip(terms, terms[1:]):
    run = run + 1 if a < b else 1
    best = max(best, run)
print(best)
