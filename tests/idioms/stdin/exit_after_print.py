"""Prints, then ends with exit(), sys.exit(0), quit() or raise SystemExit, by the answer's parity."""
import sys

n = int(input())
answer = sum(map(int, input().split()))
print(answer)
[exit, lambda: sys.exit(0), quit, lambda: sys.exit()][answer % 4]()
