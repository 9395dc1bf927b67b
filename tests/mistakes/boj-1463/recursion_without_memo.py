"""Recursion over all three choices without remembering results: the same numbers are solved again and again."""
import sys

sys.setrecursionlimit(10 ** 6)


def fewest(x):
    if x == 1:
        return 0
    best = fewest(x - 1)
    if x % 2 == 0:
        best = min(best, fewest(x // 2))
    if x % 3 == 0:
        best = min(best, fewest(x // 3))
    return best + 1


print(fewest(int(input())))
