"""Calls sys.exit(3) while being imported, before solution() is even defined."""

import sys

sys.exit(3)


def solution(weights):
    return 0
