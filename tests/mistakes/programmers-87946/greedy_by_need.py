"""87946: greedy without backtracking, entering the most demanding dungeons first."""


def solution(k, dungeons):
    explored = 0
    for need, cost in sorted(dungeons, key=lambda d: -d[0]):
        if k >= need:
            k -= cost
            explored += 1
    return explored
