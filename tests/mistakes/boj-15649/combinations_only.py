"""Starts each position after the previous number, as in N과 M (2): only ascending sequences come out."""
import sys

n, m = map(int, sys.stdin.readline().split())
sequence = []


def fill(start):
    if len(sequence) == m:
        print(" ".join(map(str, sequence)))
        return
    for x in range(start, n + 1):
        sequence.append(x)
        fill(x + 1)
        sequence.pop()


fill(1)
