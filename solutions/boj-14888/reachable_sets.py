"""Dynamic programming over the cards used: for each (pluses, minuses, times, divisions) used, the set of values reachable.

The state after k operators is determined by how many of each were used (they
sum to k, which fixes the next number). Values from different paths to the same
state merge in one set, so equal values are extended once.

Time: O(S * V) for S count states and V values per state. Space: O(S * V).
"""
import sys


def truncated(a, b):
    q = abs(a) // b
    return q if a >= 0 else -q


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    numbers = list(map(int, data[1:1 + n]))
    limit = tuple(map(int, data[1 + n:5 + n]))
    layer = {(0, 0, 0, 0): {numbers[0]}}
    for k in range(1, n):
        nxt = {}
        x = numbers[k]
        for used, values in layer.items():
            for op in range(4):
                if used[op] == limit[op]:
                    continue
                key = used[:op] + (used[op] + 1,) + used[op + 1:]
                if op == 0:
                    made = {v + x for v in values}
                elif op == 1:
                    made = {v - x for v in values}
                elif op == 2:
                    made = {v * x for v in values}
                else:
                    made = {truncated(v, x) for v in values}
                nxt.setdefault(key, set()).update(made)
        layer = nxt
    final = set().union(*layer.values())
    print(max(final))
    print(min(final))


main()
