"""Never checks whether a number is already in the sequence: numbers repeat ("1 1")."""
import sys

n, m = map(int, sys.stdin.readline().split())
sequence = []


def fill():
    if len(sequence) == m:
        print(" ".join(map(str, sequence)))
        return
    for x in range(1, n + 1):
        sequence.append(x)
        fill()
        sequence.pop()


fill()
