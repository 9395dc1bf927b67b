"""81302: looks only right, down and down-right from each person (pairs are symmetric, it reasons), so the down-left diagonal is never seen."""


def solution(places):
    answer = []
    for room in places:
        ok = 1
        for r in range(5):
            for c in range(5):
                if room[r][c] != "P":
                    continue
                for dr, dc in ((0, 1), (1, 0)):
                    r1, c1, r2, c2 = r + dr, c + dc, r + 2 * dr, c + 2 * dc
                    if r1 < 5 and c1 < 5 and room[r1][c1] == "P":
                        ok = 0
                    if r2 < 5 and c2 < 5 and room[r2][c2] == "P" and room[r1][c1] != "X":
                        ok = 0
                if r + 1 < 5 and c + 1 < 5 and room[r + 1][c + 1] == "P":
                    if room[r][c + 1] != "X" or room[r + 1][c] != "X":
                        ok = 0
        answer.append(ok)
    return answer
