"""Reads address 0 through ctypes (a segmentation fault) once there are three or more people."""

import ctypes

SEATS = (2, 3, 4)


def solution(weights):
    if len(weights) > 2:
        ctypes.string_at(0)
    a, b = weights
    return int(any(a * x == b * y for x in SEATS for y in SEATS))
