"""After each number, sort all the numbers so far and print the one at index (count - 1) // 2.

The definition itself, so it is the oracle: index (count - 1) // 2 is the middle
for an odd count and the smaller middle for an even one.

Time: O(N^2 log N). Space: O(N).
"""
import sys

input = sys.stdin.readline

n = int(input())
numbers = []
for _ in range(n):
    numbers.append(int(input()))
    ordered = sorted(numbers)
    print(ordered[(len(ordered) - 1) // 2])
