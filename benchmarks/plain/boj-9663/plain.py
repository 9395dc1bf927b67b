"""Backtracking row by row, with the used columns and both diagonals kept in sets.

A queen at (r, c) blocks column c, the diagonal r + c and the anti-diagonal r - c.
Place one queen per row, trying each column whose three lines are all free, and
undo the placement on the way back. This is the plain version most members write.

Time: O(N!) placements at most, each square tested in O(1). Space: O(N).
"""
import sys

n = int(sys.stdin.readline())
cols, sums, diffs = set(), set(), set()
count = 0


def place(r):
    global count
    if r == n:
        count += 1
        return
    for c in range(n):
        if c in cols or r + c in sums or r - c in diffs:
            continue
        cols.add(c)
        sums.add(r + c)
        diffs.add(r - c)
        place(r + 1)
        cols.remove(c)
        sums.remove(r + c)
        diffs.remove(r - c)


place(0)
print(count)
