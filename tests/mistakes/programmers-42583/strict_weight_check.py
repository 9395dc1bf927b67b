"""42583: waits while the load would reach weight (>= instead of >), so a bridge loaded to exactly weight is refused."""

from collections import deque


def solution(bridge_length, weight, truck_weights):
    on_bridge = deque()  # (second it leaves, weight)
    load = second = 0
    for truck in truck_weights:
        second += 1
        while on_bridge and on_bridge[0][0] <= second:
            load -= on_bridge.popleft()[1]
        while on_bridge and load + truck >= weight:
            second, gone = on_bridge.popleft()
            load -= gone
        on_bridge.append((second + bridge_length, truck))
        load += truck
    return second + bridge_length
