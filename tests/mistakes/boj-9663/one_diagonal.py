"""Checks the column and only one diagonal direction (r + c), so queens on a shared r - c diagonal are allowed."""
import sys

n = int(sys.stdin.readline())
cols, sums = set(), set()
count = 0


def place(r):
    global count
    if r == n:
        count += 1
        return
    for c in range(n):
        if c in cols or r + c in sums:
            continue
        cols.add(c)
        sums.add(r + c)
        place(r + 1)
        cols.remove(c)
        sums.remove(r + c)


place(0)
print(count)
