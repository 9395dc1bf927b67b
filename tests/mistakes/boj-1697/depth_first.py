"""Depth-first search instead of breadth-first: prints the seconds of the first route that reaches K, not the fewest."""
n, k = map(int, input().split())
seen = [False] * 100_001
seen[n] = True
stack = [(n, 0)]
while stack:
    x, t = stack.pop()
    if x == k:
        print(t)
        break
    for y in (x - 1, x + 1, 2 * x):
        if 0 <= y <= 100_000 and not seen[y]:
            seen[y] = True
            stack.append((y, t + 1))
