"""Backtracking: fill position by position with the smallest unused number first, print each full sequence.

Trying the numbers in increasing order at every position makes the sequences
come out in lexicographic order; a number is marked used on the way down and
unmarked on the way back. The plain intended code, one print per line.

Time: O(N! / (N - M)! * M). Space: O(M) besides the output.
"""
import sys

n, m = map(int, sys.stdin.readline().split())
used = [False] * (n + 1)
sequence = []


def fill():
    if len(sequence) == m:
        print(" ".join(map(str, sequence)))
        return
    for x in range(1, n + 1):
        if not used[x]:
            used[x] = True
            sequence.append(x)
            fill()
            sequence.pop()
            used[x] = False


fill()
