"""Does not parse: the def line lacks its colon."""


def solution(weights)
    return len(weights)
