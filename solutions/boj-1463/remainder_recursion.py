"""Top-down with only divisions: subtract 1 just until x divides, then divide.

Subtracting more than x % 2 ones before halving (or more than x % 3 before
dividing by 3) never helps, so best(x) = min(x % 2 + 1 + best(x // 2),
x % 3 + 1 + best(x // 3)), memoised, with best(1) = 0 and best(2) = best(3) = 1.
The arguments shrink by a factor of 2 or 3 at each call.

Time: O(log^2 N) distinct arguments. Space: O(log^2 N).
"""
from functools import cache


@cache
def best(x):
    if x <= 3:
        return 0 if x == 1 else 1
    return min(x % 2 + 1 + best(x // 2), x % 3 + 1 + best(x // 3))


print(best(int(input())))
