"""Adds up each house's cheapest colour, forgetting that neighbours must differ."""
import sys

input = sys.stdin.readline
n = int(input())
print(sum(min(map(int, input().split())) for _ in range(n)))
