"""Asks for a list of 10**10 items (80 GB) once there are three or more people."""

SEATS = (2, 3, 4)


def solution(weights):
    if len(weights) > 2:
        table = [0] * 10**10
        return len(table)
    a, b = weights
    return int(any(a * x == b * y for x in SEATS for y in SEATS))
