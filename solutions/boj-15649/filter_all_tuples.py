"""List every tuple of M numbers from 1..N in lexicographic order (itertools.product) and keep those without repeats.

product yields its tuples in lexicographic order when its input is sorted, and
dropping some keeps the order; a tuple without repeats is exactly a wanted
sequence. Nothing to get wrong: the oracle. It looks at N^M tuples to keep
N! / (N - M)! of them.

Time: O(N^M * M). Space: O(N! / (N - M)! * M) for the output.
"""
import sys
from itertools import product

n, m = map(int, sys.stdin.readline().split())
lines = [" ".join(map(str, t)) for t in product(range(1, n + 1), repeat=m) if len(set(t)) == m]
print("\n".join(lines))
