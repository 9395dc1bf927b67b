"""Prints, then closes sys.stdout: CPython flushes it first and exits 0."""
import sys

n = int(input())
print(sum(map(int, input().split())))
sys.stdout.close()
