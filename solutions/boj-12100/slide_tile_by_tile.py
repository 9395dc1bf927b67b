"""Play every sequence of up to five moves; each move slides the tiles one cell at a time, as on the board.

For a move, the tiles are taken from the wall side outwards. Each tile steps one cell
toward the wall while that cell is empty; then, if the next cell holds a tile of the same
value that has not merged during this move, the two merge there. Every board reached
by up to five moves is played, and the largest tile seen on any of them is the answer:
the oracle.

Time: O(4^5 * N^3). Space: O(N^2) per level of the game tree.
"""
import sys

STEP = {"up": (-1, 0), "down": (1, 0), "left": (0, -1), "right": (0, 1)}


def move(board, direction):
    n = len(board)
    board = [row[:] for row in board]
    dr, dc = STEP[direction]
    merged = [[False] * n for _ in range(n)]
    # The tile nearest the wall moves first: rows from the top for "up", from the bottom for "down", and so on.
    rows = range(n - 1, -1, -1) if dr == 1 else range(n)
    cols = range(n - 1, -1, -1) if dc == 1 else range(n)
    for r in rows:
        for c in cols:
            if board[r][c] == 0:
                continue
            value, cr, cc = board[r][c], r, c
            board[r][c] = 0
            while 0 <= cr + dr < n and 0 <= cc + dc < n and board[cr + dr][cc + dc] == 0:
                cr, cc = cr + dr, cc + dc
            nr, nc = cr + dr, cc + dc
            if 0 <= nr < n and 0 <= nc < n and board[nr][nc] == value and not merged[nr][nc]:
                board[nr][nc] = 2 * value
                merged[nr][nc] = True
            else:
                board[cr][cc] = value
    return board


def largest(board, moves_left):
    """The largest tile on ``board`` or on any board reached from it in ``moves_left`` moves or fewer."""
    best = max(max(row) for row in board)
    if moves_left > 0:
        for direction in STEP:
            best = max(best, largest(move(board, direction), moves_left - 1))
    return best


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    start = [[int(data[1 + r * n + c]) for c in range(n)] for r in range(n)]
    print(largest(start, 5))


main()
