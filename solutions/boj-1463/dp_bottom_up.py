"""Bottom-up table: ops[x] is the fewest operations from x to 1, for x = 2, 3, ..., N.

The last operation on x leads to x - 1, x / 2 or x / 3, all smaller and already
in the table: ops[x] = 1 + the best of those allowed.

Time: O(N). Space: O(N).
"""
n = int(input())
ops = [0] * (n + 1)
for x in range(2, n + 1):
    best = ops[x - 1]
    if x % 2 == 0 and ops[x // 2] < best:
        best = ops[x // 2]
    if x % 3 == 0 and ops[x // 3] < best:
        best = ops[x // 3]
    ops[x] = best + 1
print(ops[n])
