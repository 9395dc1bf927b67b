"""Direct enumeration: every ordering of the N-1 operator cards, each evaluated left to right.

Repeated cards make repeated orderings; they are evaluated again, which costs time
but cannot be wrong. Division truncates toward zero: the quotient of the absolute
values, with the sign put back. The oracle.

Time: O((N-1)! * N). Space: O(N).
"""
import sys
from itertools import permutations

data = sys.stdin.read().split()
n = int(data[0])
numbers = [int(x) for x in data[1:1 + n]]
counts = [int(x) for x in data[1 + n:5 + n]]
cards = "+" * counts[0] + "-" * counts[1] + "*" * counts[2] + "/" * counts[3]


def divide_toward_zero(a, b):
    quotient = abs(a) // abs(b)
    if (a < 0) != (b < 0):
        return -quotient
    return quotient


results = []
for order in permutations(cards):
    value = numbers[0]
    for card, number in zip(order, numbers[1:]):
        if card == "+":
            value = value + number
        elif card == "-":
            value = value - number
        elif card == "*":
            value = value * number
        else:
            value = divide_toward_zero(value, number)
    results.append(value)
print(max(results))
print(min(results))
