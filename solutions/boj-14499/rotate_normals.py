"""Keep each face's number under the direction it points to in space, and roll by rotating those directions.

A face is keyed by its outward unit vector (east, north, up): the top is (0, 0, 1).
Rolling east turns the die a quarter about the north-south axis, which sends the
vector (x, y, z) to (z, y, -x): the top comes to face east, the east face goes to
the bottom. The four rolls are four such rotations; no table of which face goes
where is written by hand: the oracle.

Time: O(K) for K commands. Space: O(N * M).
"""
import sys

TOP, BOTTOM = (0, 0, 1), (0, 0, -1)
ROLL = {  # command -> (row step, column step, where a face pointing at (x, y, z) points after the roll)
    1: (0, 1, lambda x, y, z: (z, y, -x)),   # east
    2: (0, -1, lambda x, y, z: (-z, y, x)),  # west
    3: (-1, 0, lambda x, y, z: (x, z, -y)),  # north
    4: (1, 0, lambda x, y, z: (x, -z, y)),   # south
}


def main():
    data = sys.stdin.read().split()
    n, m, row, col, k = (int(v) for v in data[:5])
    cells = [int(v) for v in data[5:5 + n * m]]
    board = [cells[r * m:(r + 1) * m] for r in range(n)]
    commands = [int(v) for v in data[5 + n * m:5 + n * m + k]]
    faces = {(1, 0, 0): 0, (-1, 0, 0): 0, (0, 1, 0): 0, (0, -1, 0): 0, TOP: 0, BOTTOM: 0}
    out = []
    for command in commands:
        dr, dc, turn = ROLL[command]
        if not (0 <= row + dr < n and 0 <= col + dc < m):
            continue  # off the map: ignored, nothing printed
        row, col = row + dr, col + dc
        faces = {turn(*direction): value for direction, value in faces.items()}
        if board[row][col] == 0:
            board[row][col] = faces[BOTTOM]
        else:
            faces[BOTTOM] = board[row][col]
            board[row][col] = 0
        out.append(faces[TOP])
    print("\n".join(map(str, out)))


main()
