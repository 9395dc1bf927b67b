"""A recursive sum as deep as the input is long, with the recursion limit raised."""
import sys

sys.setrecursionlimit(10**6)


def total(numbers, i):
    return 0 if i == len(numbers) else numbers[i] + total(numbers, i + 1)


n = int(input())
print(total(list(map(int, input().split())), 0))
