"""Work backwards from K: the last move into an even K is a doubling or a walk; into an odd K, a walk from a neighbour.

best(k) is k's answer: N - k when k <= N (doubling cannot help going down);
otherwise the smaller of walking all the way (k - N) and, for even k, one second
more than best(k / 2), for odd k, one second more than the better of best(k - 1)
and best(k + 1). Memoised; the arguments halve every two calls. From N = 0
doubling goes nowhere, so that start first steps to 1 (unless K = 0).

Time: O(log K). Space: O(log K).
"""
from functools import cache

n, k = map(int, input().split())
steps = 0
if n == 0 and k > 0:  # 2 * 0 = 0: the only useful first move is to 1
    n, steps = 1, 1


@cache
def best(target):
    if target <= n:
        return n - target
    if target % 2 == 0:
        return min(target - n, best(target // 2) + 1)
    return min(target - n, min(best(target - 1), best(target + 1)) + 1)


print(steps + best(k))
