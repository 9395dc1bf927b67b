"""List every position Subin can stand on after exactly t seconds, for t = 0, 1, 2, ..., until K is among them.

No visited marks and no queue: the set after t + 1 seconds is every X - 1, X + 1
and 2X of the set after t seconds. Positions below 0 or above 2 * max(N, K) + 2
are dropped: from there, getting back to K takes longer than any route inside.
The oracle.

Time: O(P * answer) for P = 2 * max(N, K) positions. Space: O(P).
"""
n, k = map(int, input().split())
top = 2 * max(n, k) + 2
now, seconds = {n}, 0
while k not in now:
    now = {y for x in now for y in (x - 1, x + 1, 2 * x) if 0 <= y <= top}
    seconds += 1
print(seconds)
