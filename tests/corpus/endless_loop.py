"""Loops forever once there are three or more people; two-person inputs are answered correctly."""

SEATS = (2, 3, 4)


def solution(weights):
    if len(weights) > 2:
        while True:
            pass
    a, b = weights
    return int(any(a * x == b * y for x in SEATS for y in SEATS))
