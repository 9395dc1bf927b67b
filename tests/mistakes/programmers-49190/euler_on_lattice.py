"""49190: Euler's formula (edges - vertices + 1) on the unit lattice, without doubling: an X crossing mid-square is missed."""


def solution(arrows):
    moves = [(0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1), (-1, 0), (-1, 1)]
    point = (0, 0)
    points = {point}
    lines = set()
    for a in arrows:
        nxt = (point[0] + moves[a][0], point[1] + moves[a][1])
        points.add(nxt)
        lines.add(frozenset((point, nxt)))
        point = nxt
    return len(lines) - len(points) + 1
