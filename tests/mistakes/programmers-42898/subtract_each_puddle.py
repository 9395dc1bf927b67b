"""42898: all paths minus the paths through each puddle, so a path through two puddles is subtracted twice."""

from math import comb

MOD = 1_000_000_007


def solution(m, n, puddles):
    answer = comb(m + n - 2, m - 1)
    for x, y in puddles:
        answer -= comb(x + y - 2, x - 1) * comb(m - x + n - y, m - x)
    return answer % MOD
