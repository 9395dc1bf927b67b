"""Recurses without a base case once there are three or more people (RecursionError)."""

SEATS = (2, 3, 4)


def solution(weights):
    if len(weights) > 2:
        return solution(weights) + 1
    a, b = weights
    return int(any(a * x == b * y for x in SEATS for y in SEATS))
