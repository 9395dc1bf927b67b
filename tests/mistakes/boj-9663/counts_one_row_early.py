"""Counts a board when the last row is reached (r == n - 1), before a queen is placed there: off by one."""
import sys

n = int(sys.stdin.readline())
cols, sums, diffs = set(), set(), set()
count = 0


def place(r):
    global count
    if r == n - 1:
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
