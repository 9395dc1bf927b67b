"""81302: sets the "everyone keeps distance" flag once, before the loop over rooms, so after one crowded room every later room is reported 0."""


def solution(places):
    answer = []
    ok = 1
    for room in places:
        for r in range(5):
            for c in range(5):
                if room[r][c] == "X":
                    continue
                near = sum(room[y][x] == "P" for y, x in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                           if 0 <= y < 5 and 0 <= x < 5)
                if (room[r][c] == "P" and near) or (room[r][c] == "O" and near >= 2):
                    ok = 0
        answer.append(ok)
    return answer
