"""Look at cells, not pairs: a room breaks the rule exactly when two people sit side by side, or an empty table touches two people.

Two people two apart with nothing but an empty table between them (in a line or
round a corner) both touch that table; a partition touches nobody's route.

Time: O(25) per room. Space: O(1).
"""


def keeps_distance(room):
    """True when no person has a neighbouring person and no empty table has two neighbouring people."""
    for r in range(5):
        for c in range(5):
            if room[r][c] == "X":
                continue
            near = sum(room[y][x] == "P" for y, x in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                       if 0 <= y < 5 and 0 <= x < 5)
            if (room[r][c] == "P" and near) or (room[r][c] == "O" and near >= 2):
                return False
    return True


def solution(places):
    """1 for each room where everyone keeps their distance, else 0."""
    return [int(keeps_distance(room)) for room in places]
