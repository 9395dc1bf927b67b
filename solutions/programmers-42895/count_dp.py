"""Bottom-up by count: the set of values k copies of N make, for k = 1..8, each from the smaller sets.

A value made from k copies is N written k times (5, 55, 555...) or a op b, with a made
from i copies and b from k - i; taking every i from 1 to k - 1 covers both operand
orders. Division drops the remainder with Python's //. The first set holding number
gives the answer.

Time: O(sum over k of |S_i| * |S_(k-i)|): under 10^5 set operations for any N.
Space: O(|S_1| + ... + |S_8|), under 10^4 values.
"""


def solution(N, number):
    """The fewest copies of N that make number, or -1 if more than 8 are needed."""
    made = [set() for _ in range(9)]
    for k in range(1, 9):
        made[k].add(int(str(N) * k))
        for i in range(1, k):
            for a in made[i]:
                for b in made[k - i]:
                    made[k].update((a + b, a - b, a * b))
                    if b:
                        made[k].add(a // b)
        if number in made[k]:
            return k
    return -1
