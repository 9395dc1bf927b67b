"""Backtracking on the cards left: at each gap try each operator that still has a card, carrying the value so far.

Each distinct arrangement of the cards is reached exactly once (the counts, not
the cards, are branched on). int(value / number) truncates toward zero, and is
exact here since values stay within 10^9.

Time: O((N-1)! / (p! m! t! d!) * N), at most 25,200 leaves for N = 11. Space: O(N).
"""
import sys

input = sys.stdin.readline

n = int(input())
numbers = list(map(int, input().split()))
plus, minus, times, div = map(int, input().split())
best = -10 ** 10
worst = 10 ** 10


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
