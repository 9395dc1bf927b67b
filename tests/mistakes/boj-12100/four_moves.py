"""Stops after four moves (off by one in the depth): a board that needs all five moves is missed."""
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
    if depth == 4:
        return best
    for _ in range(4):
        board = rotate(board)
        best = max(best, search(left(board), depth + 1))
    return best


n = int(input())
board = [list(map(int, input().split())) for _ in range(n)]
print(search(board, 0))
