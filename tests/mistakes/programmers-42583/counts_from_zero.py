"""42583: lets the first truck drive on at second 0, so every answer is one second short."""

from collections import deque


def solution(bridge_length, weight, truck_weights):
    on_bridge = deque()
    load, second = 0, -1
    for truck in truck_weights:
        second += 1
        while on_bridge and on_bridge[0][0] <= second:
            load -= on_bridge.popleft()[1]
        while load + truck > weight:
            second, gone = on_bridge.popleft()
            load -= gone
        on_bridge.append((second + bridge_length, truck))
        load += truck
    return second + bridge_length
