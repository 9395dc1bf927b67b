"""Every arrangement with one queen per row and per column, listed, then checked diagonal by diagonal.

Queens that share neither a row nor a column are exactly a permutation: row r holds
its queen in column p[r]. List all N! permutations and keep those in which no two
rows r < s have |p[r] - p[s]| = s - r. Nothing is pruned and nothing is clever: the
oracle. The list of N! boards outgrows the memory long before N = 14.

Time: O(N! * N^2). Space: O(N! * N).
"""
import sys
from itertools import permutations

n = int(sys.stdin.readline())
boards = list(permutations(range(n)))
count = 0
for p in boards:
    if all(abs(p[r] - p[s]) != s - r for r in range(n) for s in range(r + 1, n)):
        count += 1
print(count)
