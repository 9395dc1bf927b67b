"""Marks a number used on the way down but never unmarks it on the way back: most sequences are lost."""
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


fill()
