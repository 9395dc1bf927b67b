"""Bitmasks with mirror symmetry: count boards whose first queen is in the left half, twice.

Reflecting a board left to right maps solutions with the first-row queen in column c
to those with it in column N - 1 - c, one to one. So count the boards starting in
the left half and double them; for odd N, add the boards starting in the middle
column once. Half the search of bitmask.py.

Time: O(N!) placements at most, each O(1), about half of them. Space: O(N).
"""
import sys


def count(cols, left, right, full):
    if cols == full:
        return 1
    total = 0
    free = full & ~(cols | left | right)
    while free:
        bit = free & -free
        free ^= bit
        total += count(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1, full)
    return total


n = int(sys.stdin.readline())
full = (1 << n) - 1
half = 0
for c in range(n // 2):
    bit = 1 << c
    half += count(bit, (bit << 1) & full, bit >> 1, full)
total = 2 * half
if n % 2 == 1:
    bit = 1 << (n // 2)
    total += count(bit, (bit << 1) & full, bit >> 1, full)
print(total)
