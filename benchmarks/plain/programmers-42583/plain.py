"""Simulate truck by truck, not second by second: a queue holds [leave time, weight] of the
trucks on the bridge; each truck enters one second after the previous one, or later, at the
leave time of the front truck, while the bridge cannot bear it.

Time: O(n) (every truck enters and leaves the queue once). Space: O(n).
Written plainly: a deque of [leave time, weight] lists, while loops, no arithmetic shortcuts.
"""

from collections import deque


def solution(bridge_length, weight, truck_weights):
    bridge = deque()
    now = 0
    total = 0
    for truck in truck_weights:
        now += 1
        # trucks whose time is up are off the bridge
        while len(bridge) > 0 and bridge[0][0] <= now:
            front = bridge.popleft()
            total -= front[1]
        # too heavy: wait until the front truck leaves
        while total + truck > weight:
            front = bridge.popleft()
            now = front[0]
            total -= front[1]
        bridge.append([now + bridge_length, truck])
        total += truck
    return now + bridge_length
