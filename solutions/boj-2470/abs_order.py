"""Sort by absolute value: some pair of neighbours in that order is a best pair.

Two values of opposite signs sum to the difference of their sizes, and any value
sized between them makes a pair at least as close; two of the same sign sum to
their sizes added, least for the two smallest, which are neighbours too. So
only neighbours need checking; the winner is printed in ascending order.

Time: O(N log N). Space: O(N).
"""
import sys

input = sys.stdin.readline

n = int(input())
values = sorted(map(int, input().split()), key=abs)
best = min(zip(values, values[1:]), key=lambda pair: abs(pair[0] + pair[1]))
print(*sorted(best))
