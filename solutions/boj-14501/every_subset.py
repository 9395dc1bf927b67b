"""Try every set of days on which to start a consultation; keep the sets whose consultations
neither overlap nor run past day N, and print the best total pay. The oracle.

Time: O(2^N * N). Space: O(N).
"""
import sys

data = sys.stdin.read().split()
n = int(data[0])
t = [int(x) for x in data[1::2][:n]]
p = [int(x) for x in data[2::2][:n]]
best = 0
for chosen in range(1 << n):
    busy = [False] * (n + 6)    # busy[d]: day d (0-based) is taken; days n and later are after leaving
    fine = True
    for day in range(n):
        if chosen >> day & 1:
            for d in range(day, day + t[day]):
                if busy[d] or d >= n:
                    fine = False
                busy[d] = True
    if fine:
        best = max(best, sum(p[day] for day in range(n) if chosen >> day & 1))
print(best)
