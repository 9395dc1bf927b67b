"""Every board reachable in up to ten tilts, each tilt played one cell per tick for both beads.

In a tick, each bead still on the board steps one cell in the tilt's direction unless
a wall or the other bead is there; a bead stepping onto the hole leaves the board.
Ticks repeat until nothing moves, so the bead behind simply waits for the one ahead.
The set of positions after k tilts is built from the set after k - 1, for k = 1..10;
the first k with a position where red has left and blue has not is the answer: the oracle.

Time: O(10 * S * N * M) for S = (N * M)^2 positions. Space: O(S).
"""
import sys

STEP = ((-1, 0), (1, 0), (0, -1), (0, 1))


def tilt(board, red, blue, dr, dc):
    """Positions after the tilt; a bead in the hole is None."""
    beads = [red, blue]
    moved = True
    while moved:
        moved = False
        for i in (0, 1):
            if beads[i] is None:
                continue
            r, c = beads[i][0] + dr, beads[i][1] + dc
            if board[r][c] == "#" or (r, c) == beads[1 - i]:
                continue
            beads[i] = None if board[r][c] == "O" else (r, c)
            moved = True
    return beads[0], beads[1]


def main():
    lines = sys.stdin.read().split()
    n, m = int(lines[0]), int(lines[1])
    board = lines[2:2 + n]
    red = blue = None
    for r in range(n):
        for c in range(m):
            if board[r][c] == "R":
                red = (r, c)
            elif board[r][c] == "B":
                blue = (r, c)
    now = {(red, blue)}
    for tilts in range(1, 11):
        after = set()
        for red, blue in now:
            for dr, dc in STEP:
                new_red, new_blue = tilt(board, red, blue, dr, dc)
                if new_blue is None:
                    continue  # blue fell in: a failure, with or without red
                if new_red is None:
                    print(tilts)
                    return
                after.add((new_red, new_blue))
        now = after
    print(-1)


main()
