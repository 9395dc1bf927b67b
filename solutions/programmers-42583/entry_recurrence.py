"""Each truck's entry second from a recurrence, with prefix sums and binary search.

The bridge always carries a contiguous block of trucks. Truck i can enter once
truck k has left, for the last k whose block k..i is too heavy; so
enter[i] = max(enter[i-1] + 1, enter[k] + L), and k is found by bisecting the
prefix sums of the weights.

Time: O(n log n). Space: O(n).
"""

from bisect import bisect_left
from itertools import accumulate


def solution(bridge_length, weight, truck_weights):
    """The last truck's entry second plus the bridge length."""
    prefix = list(accumulate(truck_weights, initial=0))  # prefix[j] = weight of trucks 0..j-1
    enter = []
    for i in range(len(truck_weights)):
        k = bisect_left(prefix, prefix[i + 1] - weight) - 1  # last k with trucks k..i over weight
        earliest = enter[i - 1] + 1 if i else 1
        enter.append(max(earliest, enter[k] + bridge_length) if k >= 0 else earliest)
    return enter[-1] + bridge_length
