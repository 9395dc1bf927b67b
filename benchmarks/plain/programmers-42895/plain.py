"""DP over the count of N used: dp[i] is the set of values made from i copies, built from dp[j] and dp[i - j].

dp[i] holds N repeated i times (5, 55, ...) and a + b, a - b, a * b, a // b for every a
in dp[j] and b in dp[i - j], j from 1 to i - 1. The first i whose set holds number is
the answer; past 8 it is -1.

Time: O(sum over i of |dp[j]| * |dp[i - j]|), bounded by the tiny fixed limit of 8 copies. Space: O(sum of |dp[i]|).
Written plainly: a list of sets, four nested for loops, one add per operation.
"""


def solution(N, number):
    dp = [set() for _ in range(9)]
    for i in range(1, 9):
        dp[i].add(int(str(N) * i))
        for j in range(1, i):
            for a in dp[j]:
                for b in dp[i - j]:
                    dp[i].add(a + b)
                    dp[i].add(a - b)
                    dp[i].add(a * b)
                    if b != 0:
                        dp[i].add(a // b)
        if number in dp[i]:
            return i
    return -1
