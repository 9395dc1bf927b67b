"""Divides by zero (ZeroDivisionError) once there are three or more people."""

SEATS = (2, 3, 4)


def solution(weights):
    if len(weights) > 2:
        return len(weights) // (len(weights) - len(weights))
    a, b = weights
    return int(any(a * x == b * y for x in SEATS for y in SEATS))
