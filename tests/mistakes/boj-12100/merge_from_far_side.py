"""Merges from the far side instead of toward the wall: 2 2 2 moved left becomes 2 4, not 4 2."""
import sys

input = sys.stdin.readline


def left(board):
    n = len(board)
    out = []
    for row in board:
        line = []
        fresh = False  # whether line[-1] may still merge
        tiles = [v for v in row if v]
        line = []
        fresh = False
        for value in reversed(tiles):
            if value == 0:
                continue
            if fresh and line[-1] == value:
                line[-1] *= 2
                fresh = False
            else:
                line.append(value)
                fresh = True
        out.append(line[::-1] + [0] * (n - len(line)))
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
