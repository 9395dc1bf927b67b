"""itertools.permutations(range(1, N + 1), M): its tuples come in lexicographic order for a sorted input.

Time: O(N! / (N - M)! * M). Space: O(N! / (N - M)! * M) for the output.
"""
import sys
from itertools import permutations

n, m = map(int, sys.stdin.readline().split())
sys.stdout.write("".join(" ".join(map(str, p)) + "\n" for p in permutations(range(1, n + 1), m)))
