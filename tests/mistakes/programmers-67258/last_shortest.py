"""67258: replaces the best window when the new one is as short (<=), so it returns the last of the shortest windows."""


def solution(gems):
    kinds = len(set(gems))
    inside = {}
    best = [1, len(gems)]
    start = 0
    for end, gem in enumerate(gems):
        inside[gem] = inside.get(gem, 0) + 1
        while len(inside) == kinds:
            if end - start <= best[1] - best[0]:
                best = [start + 1, end + 1]
            inside[gems[start]] -= 1
            if inside[gems[start]] == 0:
                del inside[gems[start]]
            start += 1
    return best
