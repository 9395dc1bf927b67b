"""67258: returns the window's 0-based list indices instead of the 1-based shelf numbers."""


def solution(gems):
    kinds = len(set(gems))
    inside = {}
    best = [0, len(gems) - 1]
    start = 0
    for end, gem in enumerate(gems):
        inside[gem] = inside.get(gem, 0) + 1
        while len(inside) == kinds:
            if end - start < best[1] - best[0]:
                best = [start, end]
            inside[gems[start]] -= 1
            if inside[gems[start]] == 0:
                del inside[gems[start]]
            start += 1
    return best
