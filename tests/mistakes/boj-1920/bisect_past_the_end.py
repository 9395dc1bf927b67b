"""Reads values[bisect_left(values, x)] without checking the index: a question above every value crashes."""
import sys
from bisect import bisect_left

input = sys.stdin.readline
n = int(input())
values = sorted(map(int, input().split()))
m = int(input())
for x in map(int, input().split()):
    print(1 if values[bisect_left(values, x)] == x else 0)
