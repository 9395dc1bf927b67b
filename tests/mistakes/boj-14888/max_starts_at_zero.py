"""Starts the maximum at 0 and the minimum at 0: wrong when every result is negative (or every one positive)."""
import sys

input = sys.stdin.readline

n = int(input())
numbers = list(map(int, input().split()))
plus, minus, times, div = map(int, input().split())
best = 0
worst = 0


def dfs(i, value, plus, minus, times, div):
    global best, worst
    if i == n:
        best = max(best, value)
        worst = min(worst, value)
        return
    if plus:
        dfs(i + 1, value + numbers[i], plus - 1, minus, times, div)
    if minus:
        dfs(i + 1, value - numbers[i], plus, minus - 1, times, div)
    if times:
        dfs(i + 1, value * numbers[i], plus, minus, times - 1, div)
    if div:
        dfs(i + 1, int(value / numbers[i]), plus, minus, times, div - 1)


dfs(1, numbers[0], plus, minus, times, div)
print(best)
print(worst)
