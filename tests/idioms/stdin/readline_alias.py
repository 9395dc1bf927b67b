"""input = sys.stdin.readline, the most common fast-input idiom."""
import sys

input = sys.stdin.readline
n = int(input())
print(sum(map(int, input().split())))
