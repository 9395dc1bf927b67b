"""Evaluates each expression with the usual precedence (x and / before + and -) instead of strictly left to right."""
import sys
from itertools import permutations

data = sys.stdin.read().split()
n = int(data[0])
numbers = [int(x) for x in data[1:1 + n]]
counts = [int(x) for x in data[1 + n:5 + n]]
cards = "+" * counts[0] + "-" * counts[1] + "*" * counts[2] + "/" * counts[3]


def evaluate(order):
    terms, signs = [numbers[0]], []
    for card, x in zip(order, numbers[1:]):
        if card == "*":
            terms[-1] *= x
        elif card == "/":
            terms[-1] = int(terms[-1] / x)
        else:
            terms.append(x)
            signs.append(card)
    value = terms[0]
    for sign, term in zip(signs, terms[1:]):
        value = value + term if sign == "+" else value - term
    return value


results = [evaluate(order) for order in set(permutations(cards))]
print(max(results))
print(min(results))
