"""Keep only the useful (weight, value) states: none heavier and no more valuable than another.

Start from {(0, 0)}. Each item extends every state by itself where it fits; the
merged list is sorted by weight and pruned to the states whose value beats every
lighter one. Fast when few states survive, as with large, varied weights.

Time: O(N * S log S) for S surviving states (at most K + 1). Space: O(S).
"""
import sys

input = sys.stdin.readline

n, k = map(int, input().split())
states = [(0, 0)]  # (weight, value), weights ascending, values strictly ascending
for _ in range(n):
    w, v = map(int, input().split())
    grown = states + [(sw + w, sv + v) for sw, sv in states if sw + w <= k]
    grown.sort(key=lambda s: (s[0], -s[1]))
    states, top = [], -1
    for sw, sv in grown:
        if sv > top:
            states.append((sw, sv))
            top = sv
print(states[-1][1])
