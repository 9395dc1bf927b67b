"""Backtracking on bitmasks: the free squares of a row are one integer, taken apart bit by bit.

cols, left and right mark the columns attacked in the current row by earlier queens
straight down and along the two diagonals; moving to the next row shifts left and
right by one. free = ~(cols | left | right) lists the safe columns at once, and
free & -free picks the lowest, so no square is ever tested and rejected.

Time: O(N!) placements at most, each O(1). Space: O(N).
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
print(count(0, 0, 0, (1 << n) - 1))
