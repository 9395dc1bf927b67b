"""87946: greedy without backtracking in the largest need - cost order, taking every dungeon it can afford."""


def solution(k, dungeons):
    explored = 0
    for need, cost in sorted(dungeons, key=lambda d: d[0] - d[1], reverse=True):
        if k >= need:
            k -= cost
            explored += 1
    return explored
