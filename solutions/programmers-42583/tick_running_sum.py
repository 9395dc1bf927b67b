"""Tick one second at a time over a deque of slots, keeping the load as a running sum.

The widely shared solution: the deque holds bridge_length slots (0 when empty),
so popping the front is the truck that leaves this second. Once the last truck is
on, it needs bridge_length more seconds.

Time: O(T) for T = the answer, up to n * L + 1. Space: O(L + n).
"""

from collections import deque


def solution(bridge_length, weight, truck_weights):
    """Seconds until the last truck has crossed, counted one by one."""
    bridge = deque([0] * bridge_length)
    waiting = deque(truck_weights)
    load = second = 0
    while waiting:
        second += 1
        load -= bridge.popleft()
        if load + waiting[0] <= weight:
            load += waiting[0]
            bridge.append(waiting.popleft())
        else:
            bridge.append(0)
    return second + bridge_length
