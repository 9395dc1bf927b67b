"""43105: walks down greedily to the larger of the two cells below, never reconsidering."""


def solution(triangle):
    column, total = 0, triangle[0][0]
    for row in triangle[1:]:
        if row[column + 1] > row[column]:
            column += 1
        total += row[column]
    return total
