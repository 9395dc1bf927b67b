"""Play the game second by second with the body as a plain list of cells, tail first, head last.

Each second: the head's next cell is computed; if it is off the board or already
in the body list (tail included: the head moves before the tail does), the game
ends at this second. Otherwise the head is appended; if the cell holds an apple,
the apple is removed and the tail stays, else the tail's cell is dropped. Then, if
a turn is scheduled at the end of this second, the heading turns. Nothing is
indexed or cached: the oracle.

Time: O(T * K) for T seconds and a body of at most K + 1 cells. Space: O(N^2 + K + L).
"""
import sys

RIGHT, DOWN, LEFT, UP = (0, 1), (1, 0), (0, -1), (-1, 0)
TURN_RIGHT = {RIGHT: DOWN, DOWN: LEFT, LEFT: UP, UP: RIGHT}
TURN_LEFT = {RIGHT: UP, UP: LEFT, LEFT: DOWN, DOWN: RIGHT}


def main():
    tokens = sys.stdin.read().split()
    n = int(tokens[0])
    k = int(tokens[1])
    apples = []
    for i in range(k):
        apples.append((int(tokens[2 + 2 * i]), int(tokens[3 + 2 * i])))
    rest = tokens[2 + 2 * k:]
    turns = []
    for i in range(int(rest[0])):
        turns.append((int(rest[1 + 2 * i]), rest[2 + 2 * i]))
    body = [(1, 1)]  # tail first, head last; rows and columns count from 1
    heading = RIGHT
    second = 0
    while True:
        second += 1
        head = body[-1]
        new_head = (head[0] + heading[0], head[1] + heading[1])
        off_board = not (1 <= new_head[0] <= n and 1 <= new_head[1] <= n)
        if off_board or new_head in body:
            break
        body.append(new_head)
        if new_head in apples:
            apples.remove(new_head)
        else:
            body.pop(0)
        for when, side in turns:
            if when == second:
                heading = TURN_RIGHT[heading] if side == "D" else TURN_LEFT[heading]
    print(second)


main()
