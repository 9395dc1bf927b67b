"""A table filled with if/elif: a number divisible by 2 or 3 never considers subtracting 1 first."""
n = int(input())
ops = [0] * (n + 1)
for x in range(2, n + 1):
    if x % 3 == 0 and x % 2 == 0:
        ops[x] = min(ops[x // 3], ops[x // 2]) + 1
    elif x % 3 == 0:
        ops[x] = ops[x // 3] + 1
    elif x % 2 == 0:
        ops[x] = ops[x // 2] + 1
    else:
        ops[x] = ops[x - 1] + 1
print(ops[n])
