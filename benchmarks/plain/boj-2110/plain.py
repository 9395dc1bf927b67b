"""Binary search on the smallest gap d: a greedy pass from the first house (a router wherever
the house is at least d past the last router) counts how many routers fit; keep the largest d
that fits C.

Time: O(N log N + N log X), X the span of the houses. Space: O(N).
Written plainly: sys.stdin.readline per line, no function, the search over 1..(last - first),
the greedy loop inline with indexing by range(1, n), module-level globals.
"""
import sys

input = sys.stdin.readline

n, c = map(int, input().split())
house = []
for _ in range(n):
    house.append(int(input()))
house.sort()

start = 1
end = house[-1] - house[0]
result = 0
while start <= end:
    mid = (start + end) // 2
    current = house[0]
    count = 1
    for i in range(1, n):
        if house[i] >= current + mid:
            count += 1
            current = house[i]
    if count >= c:
        result = mid
        start = mid + 1
    else:
        end = mid - 1

print(result)
