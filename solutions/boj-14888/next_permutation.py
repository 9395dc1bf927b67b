"""Walk the distinct arrangements of the operator cards in lexicographic order with next-permutation, evaluating each.

Starting from the sorted cards, next-permutation (find the last rise, swap with the
smallest larger card after it, reverse the tail) visits each distinct arrangement
once, repeated cards included. Each is evaluated left to right with truncating division.

Time: O((N-1)! / (p! m! t! d!) * N). Space: O(N).
"""
import sys


def next_permutation(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return True


data = sys.stdin.read().split()
n = int(data[0])
numbers = list(map(int, data[1:1 + n]))
counts = list(map(int, data[1 + n:5 + n]))
cards = [op for op in range(4) for _ in range(counts[op])]
hi, lo = None, None
while True:
    v = numbers[0]
    for op, x in zip(cards, numbers[1:]):
        if op == 0:
            v += x
        elif op == 1:
            v -= x
        elif op == 2:
            v *= x
        elif v < 0:
            v = -(-v // x)
        else:
            v //= x
    if hi is None or v > hi:
        hi = v
    if lo is None or v < lo:
        lo = v
    if not next_permutation(cards):
        break
print(hi)
print(lo)
