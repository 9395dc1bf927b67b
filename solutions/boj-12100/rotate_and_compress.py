"""Depth-first search over five moves; every move is "left" on a rotated board.

A left move compresses each row: drop the zeros, then walk the tiles from the left,
merging a tile into the previous one when they are equal and the previous one has not
merged yet. Up, right and down are the same after rotating the board a quarter turn.

Time: O(4^5 * N^2). Space: O(N^2) per level of the search.
"""
import sys

input = sys.stdin.readline


def left(board):
    n = len(board)
    out = []
    for row in board:
        line = []
        fresh = False  # whether line[-1] may still merge
        for value in row:
            if value == 0:
                continue
            if fresh and line[-1] == value:
                line[-1] *= 2
                fresh = False
            else:
                line.append(value)
                fresh = True
        out.append(line + [0] * (n - len(line)))
    return out


def rotate(board):
    """A quarter turn clockwise."""
    return [list(row) for row in zip(*board[::-1])]


def search(board, depth):
    best = max(map(max, board))
    if depth == 5:
        return best
    for _ in range(4):
        board = rotate(board)
        best = max(best, search(left(board), depth + 1))
    return best


n = int(input())
board = [list(map(int, input().split())) for _ in range(n)]
print(search(board, 0))
