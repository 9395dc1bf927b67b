"""Counts a pair once per balancing seat pair, so equal weights count three times (2:2, 3:3, 4:4)."""

SEATS = (2, 3, 4)


def solution(weights):
    n = len(weights)
    return sum(1
               for i in range(n)
               for j in range(i + 1, n)
               for a in SEATS
               for b in SEATS
               if weights[i] * a == weights[j] * b)
