"""Prints each sequence as a Python list, "[1, 2]", instead of its numbers separated by spaces."""
import sys
from itertools import permutations

n, m = map(int, sys.stdin.readline().split())
for p in permutations(range(1, n + 1), m):
    print(list(p))
