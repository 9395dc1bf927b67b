"""Remembered recursion through x - 1, without raising the recursion limit: RecursionError past about 1,000."""
memo = {1: 0}


def fewest(x):
    if x not in memo:
        best = fewest(x - 1)
        if x % 2 == 0:
            best = min(best, fewest(x // 2))
        if x % 3 == 0:
            best = min(best, fewest(x // 3))
        memo[x] = best + 1
    return memo[x]


print(fewest(int(input())))
