"""42583: checks the weight before the truck leaving this second has driven off, so a waiting truck enters a second late."""

from collections import deque


def solution(bridge_length, weight, truck_weights):
    bridge = deque([0] * bridge_length)
    waiting = deque(truck_weights)
    load = second = 0
    while waiting:
        second += 1
        if load + waiting[0] <= weight:
            load += waiting[0]
            bridge.append(waiting.popleft())
        else:
            bridge.append(0)
        load -= bridge.popleft()
    return second + bridge_length
