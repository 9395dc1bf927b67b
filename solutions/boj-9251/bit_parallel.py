"""Bit-parallel LCS (Allison-Dix, in Hyyro's form): a whole DP row lives in the bits of one integer.

Bit j of V is 0 where the row's value steps up at column j. For each letter x of
the first string, with M[x] the positions of x in the second: U = V & M[x], then
V = ((V + U) | (V - U)), cut to M bits. The LCS length is the number of 0 bits.
Python's big integers do M bits of work per arithmetic operation.

Time: O(N * M / w) for a machine word of w bits. Space: O(M / w + alphabet).
"""
import sys

input = sys.stdin.readline

a, b = input().strip(), input().strip()
m = len(b)
full = (1 << m) - 1
where = {}
for j, letter in enumerate(b):
    where[letter] = where.get(letter, 0) | 1 << j
v = full
for letter in a:
    u = v & where.get(letter, 0)
    v = ((v + u) | (v - u)) & full
print(m - bin(v).count("1"))
