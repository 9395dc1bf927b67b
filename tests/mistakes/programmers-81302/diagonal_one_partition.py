"""81302: takes a diagonal pair as separated when either corner between them is a partition, where both must be."""


def solution(places):
    answer = []
    for room in places:
        ok = 1
        for r in range(5):
            for c in range(5):
                if room[r][c] != "P":
                    continue
                for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                    r1, c1, r2, c2 = r + dr, c + dc, r + 2 * dr, c + 2 * dc
                    if 0 <= r1 < 5 and 0 <= c1 < 5 and room[r1][c1] == "P":
                        ok = 0
                    if 0 <= r2 < 5 and 0 <= c2 < 5 and room[r2][c2] == "P" and room[r1][c1] != "X":
                        ok = 0
                for dr, dc in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
                    y, x = r + dr, c + dc
                    if 0 <= y < 5 and 0 <= x < 5 and room[y][x] == "P":
                        if room[r][x] != "X" and room[y][c] != "X":  # should be: either corner open
                            ok = 0
        answer.append(ok)
    return answer
