"""List every sequence of 1s, 2s and 3s of every length up to n, and count those that add up to n.

A sum uses at most n terms, each 1, 2 or 3, so itertools.product over lengths 1..n
sees every ordered sum exactly once. Nothing is derived: the oracle. About 88,000
sequences for n = 10, for every test case.

Time: O(T * 3^n * n). Space: O(n).
"""
import sys
from itertools import product

data = sys.stdin.read().split()
t = int(data[0])
out = []
for n in map(int, data[1:1 + t]):
    count = 0
    for length in range(1, n + 1):
        for terms in product((1, 2, 3), repeat=length):
            if sum(terms) == n:
                count += 1
    out.append(count)
print("\n".join(map(str, out)))
