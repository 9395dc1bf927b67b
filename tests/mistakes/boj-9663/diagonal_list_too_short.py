"""Keeps the r - c diagonals in a list of only N slots: a negative index wraps around onto another diagonal's slot."""
import sys

n = int(sys.stdin.readline())
col = [False] * n
up = [False] * (2 * n - 1)  # r + c: 0 .. 2n - 2, sized right
down = [False] * n  # r - c: -(n - 1) .. n - 1 needs 2n - 1 slots; -k lands on slot n - k
count = 0


def place(r):
    global count
    if r == n:
        count += 1
        return
    for c in range(n):
        if col[c] or up[r + c] or down[r - c]:
            continue
        col[c] = up[r + c] = down[r - c] = True
        place(r + 1)
        col[c] = up[r + c] = down[r - c] = False


place(0)
print(count)
