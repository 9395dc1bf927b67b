"""42884: merges overlapping routes into blocks, as in "merge intervals", and counts the blocks."""


def solution(routes):
    routes = sorted(routes)
    blocks, end = 1, routes[0][1]
    for entry, leave in routes[1:]:
        if entry > end:
            blocks += 1
            end = leave
        else:
            end = max(end, leave)
    return blocks
