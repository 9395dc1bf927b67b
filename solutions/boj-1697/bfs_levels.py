"""Breadth-first search one second at a time: the positions first reached after t + 1 seconds come from those of t.

A bytearray marks the positions seen; the frontier is a plain list.

Time: O(P) for P = 100,001 positions. Space: O(P).
"""
n, k = map(int, input().split())
LIMIT = 100_000
seen = bytearray(LIMIT + 1)
seen[n] = 1
frontier, seconds = [n], 0
while not seen[k]:
    following = []
    for x in frontier:
        for y in (x - 1, x + 1, x * 2):
            if 0 <= y <= LIMIT and not seen[y]:
                seen[y] = 1
                following.append(y)
    frontier = following
    seconds += 1
print(seconds)
