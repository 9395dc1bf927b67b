"""Mirror symmetry done halfway: doubles the boards whose first queen is in the left half, and forgets the middle column when N is odd."""
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
print(2 * half)
