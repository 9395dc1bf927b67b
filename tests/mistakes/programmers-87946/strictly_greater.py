"""87946: enters a dungeon only when fatigue > need, though fatigue equal to the need is enough."""

from itertools import permutations


def solution(k, dungeons):
    best = 0
    for order in permutations(dungeons):
        fatigue, explored = k, 0
        for need, cost in order:
            if fatigue > need:
                fatigue -= cost
                explored += 1
        best = max(best, explored)
    return best
