"""Follow the trucks, not the clock: jump straight to the second the front truck leaves.

A queue holds (second it leaves, weight) for each truck on the bridge. A truck
drives on one second after the one before it, or, if it is too heavy for what is
on the bridge, at the second enough trucks ahead have left: the clock jumps there.

Time: O(n). Space: O(n).
"""

from collections import deque


def solution(bridge_length, weight, truck_weights):
    """The second the last truck leaves, from each truck's entry second."""
    on_bridge = deque()  # (second it leaves, weight), in entry order
    load = second = 0
    for truck in truck_weights:
        second += 1  # at most one truck drives on per second
        while on_bridge and on_bridge[0][0] <= second:  # left by now (at most one)
            load -= on_bridge.popleft()[1]
        while load + truck > weight:  # wait for the front truck to leave
            second, gone = on_bridge.popleft()
            load -= gone
        on_bridge.append((second + bridge_length, truck))
        load += truck
    return second + bridge_length
